// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation.h"

#include "model/dose.h"
#include "model/sleepmetrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace rls {
namespace {

// A figure as typed, never in exponent form: "1234567", "0.0000004".
QString plainNumber(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// `what` is the field's name for a person, translated only when the value is wrong: a night is
// validated several times on its way into the diary, and nearly always found right.
void checkRange(
    QList<FieldError> &out, const std::optional<int> &value, int low, int high, const QString &field, const char *what)
{
    if (value && (*value < low || *value > high))
        out.append({field,
            QCoreApplication::translate("Validation", "%1 must be between %2 and %3.")
                .arg(QCoreApplication::translate("Validation", what))
                .arg(low)
                .arg(high)});
}

void checkTime(QList<FieldError> &out, const std::optional<QTime> &time, const QString &field, const char *what)
{
    if (time && !time->isValid())
        out.append({field,
            QCoreApplication::translate("Validation", "%1 is not a valid clock time.")
                .arg(QCoreApplication::translate("Validation", what))});
}

// The sleep times must follow each other on the night's line (noon to noon).
void checkSleepOrder(QList<FieldError> &out, const SleepDiary &s)
{
    struct Step {
        const std::optional<QTime> &time;
        const char *field;
        const char *what;
    };
    const Step steps[] = {
        {s.inBed, "sleep.inBed", QT_TRANSLATE_NOOP("Validation", "going to bed")},
        {s.triedToSleep, "sleep.triedToSleep", QT_TRANSLATE_NOOP("Validation", "trying to sleep")},
        {s.finalAwakening, "sleep.finalAwakening", QT_TRANSLATE_NOOP("Validation", "the final awakening")},
        {s.outOfBed, "sleep.outOfBed", QT_TRANSLATE_NOOP("Validation", "getting out of bed")},
    };
    const Step *previous = nullptr;
    for (const Step &step : steps) {
        if (!step.time || !step.time->isValid())
            continue;
        if (previous && minutesOnNightLine(*step.time) < minutesOnNightLine(*previous->time)) {
            out.append({QString::fromLatin1(step.field),
                QCoreApplication::translate("Validation", "The time of %1 (%2) is before %3 (%4).")
                    .arg(QCoreApplication::translate("Validation", step.what), step.time->toString(u"HH:mm"),
                        QCoreApplication::translate("Validation", previous->what),
                        previous->time->toString(u"HH:mm"))});
        }
        previous = &step;
    }
    if (s.triedToSleep && s.finalAwakening && s.triedToSleep->isValid() && s.finalAwakening->isValid()) {
        const int span = minutesOnNightLine(*s.finalAwakening) - minutesOnNightLine(*s.triedToSleep);
        const int asleepOrAwake = s.minutesToFallAsleep.value_or(0) + s.minutesAwake.value_or(0);
        if (span >= 0 && asleepOrAwake > span)
            out.append({QStringLiteral("sleep.minutesAwake"),
                QCoreApplication::translate("Validation",
                    "Minutes to fall asleep plus minutes awake (%1) are more than the "
                    "time from trying to sleep to the final awakening (%2).")
                    .arg(asleepOrAwake)
                    .arg(span)});
    }
}

} // namespace

QList<FieldError> validateNight(const Night &night)
{
    QList<FieldError> out;
    if (!night.date.isValid())
        out.append(
            {QStringLiteral("date"), QCoreApplication::translate("Validation", "The night needs a valid date.")});

    const Symptoms &sy = night.symptoms;
    checkRange(
        out, sy.severity, 0, 10, QStringLiteral("severity"), QT_TRANSLATE_NOOP("Validation", "Symptom severity"));
    checkTime(out, sy.onset, QStringLiteral("onset"), QT_TRANSLATE_NOOP("Validation", "Symptom onset"));
    checkRange(
        out, sy.irlsTotal, 0, 40, QStringLiteral("irlsTotal"), QT_TRANSLATE_NOOP("Validation", "The IRLS total"));
    constexpr unsigned allSensations = 0x3f;
    if (sy.sensations.toInt() & ~allSensations)
        out.append({QStringLiteral("sensations"), QCoreApplication::translate("Validation", "Unknown sensation.")});
    constexpr unsigned allAreas = 0x7;
    if (sy.bodyAreas.toInt() & ~allAreas)
        out.append({QStringLiteral("bodyAreas"), QCoreApplication::translate("Validation", "Unknown body area.")});

    const SleepDiary &s = night.sleep;
    checkTime(out, s.inBed, QStringLiteral("sleep.inBed"), QT_TRANSLATE_NOOP("Validation", "Time into bed"));
    checkTime(out, s.triedToSleep, QStringLiteral("sleep.triedToSleep"),
        QT_TRANSLATE_NOOP("Validation", "Time tried to sleep"));
    checkTime(out, s.finalAwakening, QStringLiteral("sleep.finalAwakening"),
        QT_TRANSLATE_NOOP("Validation", "Final awakening"));
    checkTime(out, s.outOfBed, QStringLiteral("sleep.outOfBed"), QT_TRANSLATE_NOOP("Validation", "Time out of bed"));
    checkRange(out, s.minutesToFallAsleep, 0, 24 * 60, QStringLiteral("sleep.minutesToFallAsleep"),
        QT_TRANSLATE_NOOP("Validation", "Minutes to fall asleep"));
    checkRange(out, s.awakenings, 0, 100, QStringLiteral("sleep.awakenings"),
        QT_TRANSLATE_NOOP("Validation", "Number of awakenings"));
    checkRange(out, s.minutesAwake, 0, 24 * 60, QStringLiteral("sleep.minutesAwake"),
        QT_TRANSLATE_NOOP("Validation", "Minutes awake during the night"));
    checkRange(out, s.quality, 1, 5, QStringLiteral("sleep.quality"), QT_TRANSLATE_NOOP("Validation", "Sleep quality"));
    checkSleepOrder(out, s);

    for (qsizetype i = 0; i < night.intakes.size(); ++i) {
        const Intake &in = night.intakes.at(i);
        const auto key = [i](const char16_t *field) { return intakeFieldKey(i, QString::fromUtf16(field)); };
        const bool unnamed = QStringView(in.substance).trimmed().isEmpty();
        const QString who = unnamed ? QCoreApplication::translate("Validation", "An intake") : in.substance;
        if (unnamed)
            out.append({key(u"substance"),
                QCoreApplication::translate("Validation", "Intake %1 needs a substance.").arg(i + 1)});
        // 0 is a recorded "none" (no alcohol that day): a real value, as a 0 is everywhere.
        if (std::isnan(in.amount))
            out.append(
                {key(u"amount"), QCoreApplication::translate("Validation", "%1: the amount is missing.").arg(who)});
        else if (in.amount < 0)
            out.append({key(u"amount"),
                QCoreApplication::translate("Validation", "%1: the amount cannot be below 0.").arg(who)});
        else if (in.amount > MaxIntakeAmount)
            out.append({key(u"amount"),
                QCoreApplication::translate("Validation", "%1: the amount %2 is too large; please check it.")
                    .arg(who, plainNumber(in.amount))});
        if (in.unit.trimmed().isEmpty())
            out.append(
                {key(u"unit"), QCoreApplication::translate("Validation", "%1: the amount needs a unit.").arg(who)});
        if (in.time && !in.time->isValid())
            out.append({key(u"time"),
                QCoreApplication::translate("Validation", "%1 is not a valid clock time.")
                    .arg(QCoreApplication::translate("Validation", "%1: the time").arg(who))});
        if (in.labelMg) {
            const auto elementalMg = toMilligrams(in.amount, in.unit);
            if (!std::isfinite(*in.labelMg) || *in.labelMg <= 0 || *in.labelMg > MaxIntakeAmount)
                out.append({key(u"labelMg"),
                    QCoreApplication::translate(
                        "Validation", "%1: the weight from the label must be more than 0 and at most %2 mg.")
                        .arg(who)
                        .arg(MaxIntakeAmount)});
            else if (elementalMg && *elementalMg > *in.labelMg)
                out.append({key(u"labelMg"),
                    QCoreApplication::translate("Validation",
                        "%1: the amount (%2 mg) is more than the label's weight (%3 mg). The amount "
                        "is the magnesium or iron alone, a share of the compound on the label.")
                        .arg(who, plainNumber(*elementalMg), plainNumber(*in.labelMg))});
        }
    }
    for (const QString &tag : night.tags) {
        if (tag.trimmed().isEmpty())
            out.append({QStringLiteral("tags"), QCoreApplication::translate("Validation", "A tag cannot be empty.")});
        else if (const QString why = tagProblem(tag); !why.isEmpty())
            out.append({QStringLiteral("tags"), why});
    }
    return out;
}

QList<FieldError> validateLabResult(const LabResult &lab)
{
    QList<FieldError> out;
    if (!lab.date.isValid())
        out.append(
            {QStringLiteral("date"), QCoreApplication::translate("Validation", "The lab result needs a valid date.")});
    if (lab.test.trimmed().isEmpty())
        out.append({QStringLiteral("test"),
            QCoreApplication::translate("Validation", "The lab result needs the name of the test.")});
    if (!std::isfinite(lab.value) || lab.value < 0)
        out.append({QStringLiteral("value"),
            QCoreApplication::translate("Validation", "The lab value must be a number of 0 or more.")});
    if (lab.unit.trimmed().isEmpty())
        out.append({QStringLiteral("unit"), QCoreApplication::translate("Validation", "The lab value needs a unit.")});
    return out;
}

QList<FieldError> validateSubstance(const Substance &substance)
{
    QList<FieldError> out;
    if (substance.name.trimmed().isEmpty())
        out.append({QStringLiteral("name"), QCoreApplication::translate("Validation", "The substance needs a name.")});
    if (substance.unit.trimmed().isEmpty())
        out.append({QStringLiteral("unit"),
            QCoreApplication::translate("Validation", "The substance needs a unit, e.g. mg.")});
    return out;
}

QString tagProblem(const QString &tag)
{
    if (tag.contains(u';'))
        return QCoreApplication::translate(
            "Validation", "The tag \"%1\" cannot hold \";\": it separates tags in exported files.")
            .arg(tag);
    return {};
}

QString intakeFieldKey(qsizetype index, const QString &field)
{
    return QStringLiteral("intakes[%1].%2").arg(index).arg(field);
}

std::optional<IntakeFieldKey> parseIntakeFieldKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^intakes\[(\d+)\]\.(\w+)$)"));
    const QRegularExpressionMatch m = pattern.match(key);
    if (!m.hasMatch())
        return std::nullopt;
    return IntakeFieldKey {m.captured(1).toLongLong(), m.captured(2)};
}

Error invalid(const QList<FieldError> &fields)
{
    QStringList lines;
    for (const FieldError &f : fields)
        lines.append(f.message);
    return Error {ErrorKind::Invalid, lines.join(u'\n'), fields};
}

} // namespace rls
