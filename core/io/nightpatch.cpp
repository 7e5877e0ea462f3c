// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/nightpatch.h"

#include "io/csvvalues.h"

#include <QCoreApplication>

#include <algorithm>

namespace rls {
namespace {

// Which doses a part covers: their substance's kind decides.
bool inPart(const Intake &dose, NightPart part, const QList<Substance> &catalog)
{
    switch (part) {
    case NightPart::Magnesium: return doseGroupOf(dose, catalog) == DoseGroup::Magnesium;
    case NightPart::Iron: return doseGroupOf(dose, catalog) == DoseGroup::Iron;
    case NightPart::Caffeine: return doseGroupOf(dose, catalog) == DoseGroup::Caffeine;
    case NightPart::Alcohol: return doseGroupOf(dose, catalog) == DoseGroup::Alcohol;
    case NightPart::Medication: return doseGroupOf(dose, catalog) == DoseGroup::Medication;
    case NightPart::OtherIntakes: return doseGroupOf(dose, catalog) == DoseGroup::Other;
    case NightPart::AllIntakes: return true;
    default: return false;
    }
}

bool isDosePart(NightPart part)
{
    return part >= NightPart::Magnesium && part <= NightPart::AllIntakes;
}

// The doses of `part` in `from` take the place of those in `to`, where the first of them was,
// so that the other doses keep their order.
void copyDoses(const Night &from, Night &to, NightPart part, const QList<Substance> &catalog)
{
    QList<Intake> kept;
    qsizetype at = -1;
    for (const Intake &d : to.intakes) {
        if (inPart(d, part, catalog)) {
            if (at < 0)
                at = kept.size();
        } else {
            kept.append(d);
        }
    }
    if (at < 0)
        at = kept.size();
    for (const Intake &d : from.intakes) {
        if (inPart(d, part, catalog))
            kept.insert(at++, d);
    }
    to.intakes = kept;
}

} // namespace

QList<NightPart> allNightParts()
{
    QList<NightPart> out;
    for (unsigned bit = 1; bit <= unsigned(NightPart::FlaggedForDoctor); bit <<= 1)
        out.append(NightPart(bit));
    return out;
}

unsigned partOf(DiaryField field)
{
    using F = DiaryField;
    using P = NightPart;
    switch (field) {
    case F::Severity: return unsigned(P::Severity);
    case F::Onset: return unsigned(P::Onset);
    case F::SensationList: return unsigned(P::SensationFlags);
    case F::BodyAreaList: return unsigned(P::BodyAreaFlags);
    case F::IrlsTotal: return unsigned(P::IrlsTotal);
    case F::InBed: return unsigned(P::InBed);
    case F::TriedToSleep: return unsigned(P::TriedToSleep);
    case F::MinutesToFallAsleep: return unsigned(P::MinutesToFallAsleep);
    case F::Awakenings: return unsigned(P::Awakenings);
    case F::MinutesAwake: return unsigned(P::MinutesAwake);
    case F::FinalAwakening: return unsigned(P::FinalAwakening);
    case F::OutOfBed: return unsigned(P::OutOfBed);
    case F::Quality: return unsigned(P::Quality);
    case F::MagnesiumMg:
    case F::MagnesiumDoses: return unsigned(P::Magnesium);
    case F::IronMg:
    case F::IronDoses: return unsigned(P::Iron);
    case F::CaffeineMg:
    case F::CaffeineDoses: return unsigned(P::Caffeine);
    case F::AlcoholDrinks:
    case F::AlcoholDoses: return unsigned(P::Alcohol);
    case F::MedicationDoses: return unsigned(P::Medication);
    case F::OtherIntakes: return unsigned(P::OtherIntakes);
    case F::Tags: return unsigned(P::Tags);
    case F::Note: return unsigned(P::Note);
    case F::FlaggedForDoctor: return unsigned(P::FlaggedForDoctor);
    case F::DoseTime:
    case F::Substance:
    case F::Kind:
    case F::Form:
    case F::Amount:
    case F::Unit:
    case F::LabelMg: return unsigned(P::AllIntakes);
    case F::Ignore:
    case F::Date: break;
    }
    return 0;
}

QString nightPartLabel(NightPart part)
{
    switch (part) {
    case NightPart::Severity: return QCoreApplication::translate("CsvImport", "severity");
    case NightPart::Onset: return QCoreApplication::translate("CsvImport", "onset");
    case NightPart::SensationFlags: return QCoreApplication::translate("CsvImport", "sensations");
    case NightPart::BodyAreaFlags: return QCoreApplication::translate("CsvImport", "body areas");
    case NightPart::IrlsTotal: return QCoreApplication::translate("CsvImport", "IRLS total");
    case NightPart::InBed: return QCoreApplication::translate("CsvImport", "into bed");
    case NightPart::TriedToSleep: return QCoreApplication::translate("CsvImport", "tried to sleep");
    case NightPart::MinutesToFallAsleep: return QCoreApplication::translate("CsvImport", "minutes to fall asleep");
    case NightPart::Awakenings: return QCoreApplication::translate("CsvImport", "awakenings");
    case NightPart::MinutesAwake: return QCoreApplication::translate("CsvImport", "minutes awake");
    case NightPart::FinalAwakening: return QCoreApplication::translate("CsvImport", "final awakening");
    case NightPart::OutOfBed: return QCoreApplication::translate("CsvImport", "out of bed");
    case NightPart::Quality: return QCoreApplication::translate("CsvImport", "sleep quality");
    case NightPart::Magnesium: return QCoreApplication::translate("CsvImport", "magnesium");
    case NightPart::Iron: return QCoreApplication::translate("CsvImport", "iron");
    case NightPart::Caffeine: return QCoreApplication::translate("CsvImport", "caffeine");
    case NightPart::Alcohol: return QCoreApplication::translate("CsvImport", "alcohol");
    case NightPart::Medication: return QCoreApplication::translate("CsvImport", "medication");
    case NightPart::OtherIntakes: return QCoreApplication::translate("CsvImport", "other intakes");
    case NightPart::AllIntakes: return QCoreApplication::translate("CsvImport", "intakes");
    case NightPart::Tags: return QCoreApplication::translate("CsvImport", "tags");
    case NightPart::Note: return QCoreApplication::translate("CsvImport", "note");
    case NightPart::FlaggedForDoctor: return QCoreApplication::translate("CsvImport", "mark for the doctor");
    }
    return {};
}

bool partIsEmpty(const Night &n, NightPart part, const QList<Substance> &catalog)
{
    const Symptoms &sy = n.symptoms;
    const SleepDiary &s = n.sleep;
    switch (part) {
    case NightPart::Severity: return !sy.severity;
    case NightPart::Onset: return !sy.onset;
    case NightPart::SensationFlags: return sy.sensations.toInt() == 0;
    case NightPart::BodyAreaFlags: return sy.bodyAreas.toInt() == 0;
    case NightPart::IrlsTotal: return !sy.irlsTotal;
    case NightPart::InBed: return !s.inBed;
    case NightPart::TriedToSleep: return !s.triedToSleep;
    case NightPart::MinutesToFallAsleep: return !s.minutesToFallAsleep;
    case NightPart::Awakenings: return !s.awakenings;
    case NightPart::MinutesAwake: return !s.minutesAwake;
    case NightPart::FinalAwakening: return !s.finalAwakening;
    case NightPart::OutOfBed: return !s.outOfBed;
    case NightPart::Quality: return !s.quality;
    case NightPart::Tags: return n.tags.isEmpty();
    case NightPart::Note: return n.note.trimmed().isEmpty();
    case NightPart::FlaggedForDoctor: return !n.flaggedForDoctor;
    default: break;
    }
    return std::none_of(
        n.intakes.cbegin(), n.intakes.cend(), [&](const Intake &d) { return inPart(d, part, catalog); });
}

QString partText(const Night &n, NightPart part, const QList<Substance> &catalog)
{
    if (part == NightPart::FlaggedForDoctor)
        return n.flaggedForDoctor ? QCoreApplication::translate("CsvImport", "yes")
                                  : QCoreApplication::translate("CsvImport", "no");
    if (partIsEmpty(n, part, catalog))
        return QCoreApplication::translate("CsvImport", "none");
    const Symptoms &sy = n.symptoms;
    const SleepDiary &s = n.sleep;
    const auto minutes
        = [](const std::optional<int> &m) { return QCoreApplication::translate("CsvImport", "%1 min").arg(*m); };
    switch (part) {
    case NightPart::Severity: return QString::number(*sy.severity);
    case NightPart::Onset: return csv::formatTime(sy.onset);
    case NightPart::SensationFlags: return csv::formatSensations(sy.sensations);
    case NightPart::BodyAreaFlags: return csv::formatBodyAreas(sy.bodyAreas);
    case NightPart::IrlsTotal: return QString::number(*sy.irlsTotal);
    case NightPart::InBed: return csv::formatTime(s.inBed);
    case NightPart::TriedToSleep: return csv::formatTime(s.triedToSleep);
    case NightPart::MinutesToFallAsleep: return minutes(s.minutesToFallAsleep);
    case NightPart::Awakenings: return QString::number(*s.awakenings);
    case NightPart::MinutesAwake: return minutes(s.minutesAwake);
    case NightPart::FinalAwakening: return csv::formatTime(s.finalAwakening);
    case NightPart::OutOfBed: return csv::formatTime(s.outOfBed);
    case NightPart::Quality: return QString::number(*s.quality);
    case NightPart::Tags: return n.tags.join(QStringLiteral(", "));
    case NightPart::Note: {
        const QString note = n.note.simplified();
        return u'"' + (note.size() > 40 ? note.left(39) + u'…' : note) + u'"';
    }
    default: break;
    }
    QList<Intake> doses;
    for (const Intake &d : n.intakes) {
        if (inPart(d, part, catalog))
            doses.append(d);
    }
    // As the nightly file writes them: the group's own substance goes unnamed.
    const QString unnamed = part == NightPart::Magnesium ? doseGroupSubstance(DoseGroup::Magnesium)
        : part == NightPart::Iron                        ? doseGroupSubstance(DoseGroup::Iron)
        : part == NightPart::Caffeine                    ? doseGroupSubstance(DoseGroup::Caffeine)
        : part == NightPart::Alcohol                     ? doseGroupSubstance(DoseGroup::Alcohol)
                                                         : QString();
    return csv::formatDoses(doses, unnamed);
}

void copyPart(const Night &from, Night &to, NightPart part, const QList<Substance> &catalog)
{
    switch (part) {
    case NightPart::Severity: to.symptoms.severity = from.symptoms.severity; return;
    case NightPart::Onset: to.symptoms.onset = from.symptoms.onset; return;
    case NightPart::SensationFlags: to.symptoms.sensations = from.symptoms.sensations; return;
    case NightPart::BodyAreaFlags: to.symptoms.bodyAreas = from.symptoms.bodyAreas; return;
    case NightPart::IrlsTotal: to.symptoms.irlsTotal = from.symptoms.irlsTotal; return;
    case NightPart::InBed: to.sleep.inBed = from.sleep.inBed; return;
    case NightPart::TriedToSleep: to.sleep.triedToSleep = from.sleep.triedToSleep; return;
    case NightPart::MinutesToFallAsleep: to.sleep.minutesToFallAsleep = from.sleep.minutesToFallAsleep; return;
    case NightPart::Awakenings: to.sleep.awakenings = from.sleep.awakenings; return;
    case NightPart::MinutesAwake: to.sleep.minutesAwake = from.sleep.minutesAwake; return;
    case NightPart::FinalAwakening: to.sleep.finalAwakening = from.sleep.finalAwakening; return;
    case NightPart::OutOfBed: to.sleep.outOfBed = from.sleep.outOfBed; return;
    case NightPart::Quality: to.sleep.quality = from.sleep.quality; return;
    case NightPart::Tags: to.tags = from.tags; return;
    case NightPart::Note: to.note = from.note; return;
    case NightPart::FlaggedForDoctor: to.flaggedForDoctor = from.flaggedForDoctor; return;
    default: break;
    }
    if (isDosePart(part))
        copyDoses(from, to, part, catalog);
}

} // namespace rls
