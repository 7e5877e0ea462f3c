// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvvalues.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace rls::csv {
namespace {

struct Word {
    unsigned flag;
    const char16_t *text;
};

constexpr Word sensationWords[] = {
    {unsigned(Sensation::UrgeToMove), u"urge to move"},
    {unsigned(Sensation::Tingling), u"tingling"},
    {unsigned(Sensation::Crawling), u"crawling"},
    {unsigned(Sensation::Cramps), u"cramps"},
    {unsigned(Sensation::Aching), u"aching"},
    {unsigned(Sensation::Twitching), u"twitching"},
};

constexpr Word areaWords[] = {
    {unsigned(BodyArea::Legs), u"legs"},
    {unsigned(BodyArea::Arms), u"arms"},
    {unsigned(BodyArea::Trunk), u"trunk"},
};

template <size_t N> QString formatFlags(unsigned flags, const Word (&words)[N])
{
    QStringList out;
    for (const Word &w : words) {
        if (flags & w.flag)
            out.append(QString::fromUtf16(w.text));
    }
    return out.join(QStringLiteral("; "));
}

template <size_t N> std::optional<unsigned> parseFlags(const QString &text, const Word (&words)[N], QString *why)
{
    unsigned flags = 0;
    for (const QString &item : splitList(text)) {
        bool known = false;
        for (const Word &w : words) {
            if (item.compare(QString::fromUtf16(w.text), Qt::CaseInsensitive) == 0) {
                flags |= w.flag;
                known = true;
            }
        }
        if (!known) {
            QStringList allowed;
            for (const Word &w : words)
                allowed.append(QString::fromUtf16(w.text));
            *why = QStringLiteral("\"%1\" is not one of: %2.").arg(item, allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return flags;
}

const QRegularExpression &doseExpression(bool withName)
{
    // amount, unit, optional "(form)", optional "at HH:MM"; with a name, "Name: " leads.
    static const QString rest = QStringLiteral(R"(([-+]?[0-9]+(?:[.,][0-9]+)?)\s+([^()]+?)(?:\s+\((.*)\))?)"
                                               R"((?:\s+at\s+([0-9]{1,2}:[0-9]{2}))?$)");
    static const QRegularExpression plain(QStringLiteral("^") + rest);
    static const QRegularExpression named(QStringLiteral(R"(^(.+?):\s+)") + rest);
    return withName ? named : plain;
}

double massFactor(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == u"mg")
        return 1;
    if (u == u"g")
        return 1000;
    if (u == u"µg" || u == u"mcg" || u == u"ug")
        return 0.001;
    return 0;
}

} // namespace

QString formatNumber(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

QString formatTime(const std::optional<QTime> &time)
{
    return time && time->isValid() ? time->toString(u"HH:mm") : QString();
}

QString formatInt(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

std::optional<double> parseNumber(const QString &text, bool decimalComma, QString *why)
{
    QString t = text.trimmed();
    static const QRegularExpression grouped(QStringLiteral(R"(^[-+]?[0-9]{1,3}\.[0-9]{3}$)"));
    if (decimalComma) {
        if (t.contains(u',') && t.contains(u'.')) {
            *why = QStringLiteral("\"%1\" mixes '.' and ','; write the number without a thousands separator.").arg(t);
            return std::nullopt;
        }
        if (!t.contains(u',') && grouped.match(t).hasMatch()) {
            *why = QStringLiteral("\"%1\" could mean %2 or %3; write it without the '.'.")
                       .arg(t, QString(t).replace(u'.', u','), QString(t).remove(u'.'));
            return std::nullopt;
        }
        t.replace(u',', u'.');
    } else if (t.contains(u',')) {
        *why = QStringLiteral("\"%1\" is not a number: use '.' as decimal point.").arg(t);
        return std::nullopt;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v)) {
        *why = QStringLiteral("\"%1\" is not a number.").arg(text.trimmed());
        return std::nullopt;
    }
    return v;
}

std::optional<int> parseWholeNumber(const QString &text, bool decimalComma, QString *why)
{
    const auto v = parseNumber(text, decimalComma, why);
    if (!v)
        return std::nullopt;
    if (std::abs(*v) > 1e9 || *v != std::floor(*v)) {
        *why = QStringLiteral("\"%1\" is not a whole number.").arg(text.trimmed());
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

std::optional<QTime> parseTime(const QString &text, QString *why)
{
    const QString t = text.trimmed();
    for (const char16_t *format : {u"H:mm", u"H:mm:ss", u"h:mm AP", u"h:mmAP", u"h:mm:ss AP"}) {
        const QTime time = QTime::fromString(t, QString::fromUtf16(format));
        if (time.isValid())
            return QTime(time.hour(), time.minute());
    }
    *why = QStringLiteral("\"%1\" is not a clock time (write it as HH:MM, e.g. 21:30).").arg(t);
    return std::nullopt;
}

std::optional<int> parseQuality(const QString &text, bool decimalComma, QString *why)
{
    static const QStringList words = {QStringLiteral("very poor"), QStringLiteral("poor"), QStringLiteral("fair"),
        QStringLiteral("good"), QStringLiteral("very good")};
    const qsizetype word = words.indexOf(text.trimmed().toLower());
    if (word >= 0)
        return int(word) + 1;
    return parseWholeNumber(text, decimalComma, why);
}

QString formatSensations(Sensations sensations)
{
    return formatFlags(sensations.toInt(), sensationWords);
}

std::optional<Sensations> parseSensations(const QString &text, QString *why)
{
    const auto flags = parseFlags(text, sensationWords, why);
    return flags ? std::optional(Sensations::fromInt(*flags)) : std::nullopt;
}

QString formatBodyAreas(BodyAreas areas)
{
    return formatFlags(areas.toInt(), areaWords);
}

std::optional<BodyAreas> parseBodyAreas(const QString &text, QString *why)
{
    const auto flags = parseFlags(text, areaWords, why);
    return flags ? std::optional(BodyAreas::fromInt(*flags)) : std::nullopt;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u';')) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

QString formatDose(const Intake &dose, bool withName)
{
    QString s = withName ? dose.substance + QStringLiteral(": ") : QString();
    s += formatNumber(dose.amount) + u' ' + dose.unit;
    if (!dose.form.isEmpty())
        s += QStringLiteral(" (%1)").arg(dose.form);
    if (dose.time && dose.time->isValid())
        s += QStringLiteral(" at ") + formatTime(dose.time);
    return s;
}

QString formatDoses(const QList<Intake> &doses, bool withName)
{
    QStringList parts;
    for (const Intake &d : doses)
        parts.append(formatDose(d, withName));
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<Intake>> parseDoses(
    const QString &text, const QString &substance, bool withName, bool decimalComma, QString *why)
{
    QList<Intake> out;
    for (const QString &part : splitList(text)) {
        const QRegularExpressionMatch m = doseExpression(withName).match(part);
        if (!m.hasMatch()) {
            *why = withName ? QStringLiteral("\"%1\" is not a dose like \"Melatonin: 2 mg at 22:00\".").arg(part)
                            : QStringLiteral("\"%1\" is not a dose like \"300 mg (glycinate) at 21:00\".").arg(part);
            return std::nullopt;
        }
        const int shift = withName ? 1 : 0;
        Intake dose;
        dose.substance = withName ? m.captured(1).trimmed() : substance;
        const auto amount = parseNumber(m.captured(1 + shift), decimalComma, why);
        if (!amount)
            return std::nullopt;
        dose.amount = *amount;
        dose.unit = m.captured(2 + shift).trimmed();
        dose.form = m.captured(3 + shift).trimmed();
        if (!m.captured(4 + shift).isEmpty()) {
            dose.time = parseTime(m.captured(4 + shift), why);
            if (!dose.time)
                return std::nullopt;
        }
        out.append(dose);
    }
    return out;
}

std::optional<double> totalIn(const QList<Intake> &doses, const QString &unit)
{
    const double target = massFactor(unit);
    double sum = 0;
    for (const Intake &d : doses) {
        if (target > 0 && massFactor(d.unit) > 0)
            sum += d.amount * massFactor(d.unit) / target;
        else if (d.unit.trimmed().compare(unit, Qt::CaseInsensitive) == 0)
            sum += d.amount;
        else
            return std::nullopt;
    }
    return sum;
}

} // namespace rls::csv
