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

const QRegularExpression &doseExpression(bool nameRequired)
{
    // "Name: " (optional in a group's column), amount, unit, optional "(detail)", optional
    // "at HH:MM". The captures are the same in both: name, amount, unit, detail, time.
    static const QString rest = QStringLiteral(R"(([-+]?[0-9]+(?:[.,][0-9]+)?)\s+([^()]+?)(?:\s+\((.*)\))?)"
                                               R"((?:\s+at\s+([0-9]{1,2}:[0-9]{2}))?$)");
    static const QRegularExpression optional(QStringLiteral(R"(^(?:(.+?):\s+)?)") + rest);
    static const QRegularExpression required(QStringLiteral(R"(^(.+?):\s+)") + rest);
    return nameRequired ? required : optional;
}

// What goes in the brackets: "glycinate", "from 300 mg glycinate", "from 300 mg" or nothing.
QString doseDetail(const Intake &dose)
{
    if (!dose.labelMg)
        return dose.form;
    return QStringLiteral("from %1 mg %2").arg(formatNumber(*dose.labelMg), dose.form).trimmed();
}

// Reads the brackets into the form and, after "from N mg", the weight on the label.
bool readDoseDetail(const QString &detail, Intake &dose, bool decimalComma, QString *why)
{
    static const QRegularExpression label(QStringLiteral(R"(^from\s+([0-9]+(?:[.,][0-9]+)?)\s+mg(?:\s+(.+))?$)"));
    const QRegularExpressionMatch m = label.match(detail.trimmed());
    if (!m.hasMatch()) {
        dose.form = detail.trimmed();
        return true;
    }
    const auto labelMg = parseNumber(m.captured(1), decimalComma, why);
    if (!labelMg)
        return false;
    dose.labelMg = *labelMg;
    dose.form = m.captured(2).trimmed();
    return true;
}

std::optional<Intake> parseDose(const QString &part, const QString &unnamed, bool decimalComma, QString *why)
{
    const QRegularExpressionMatch m = doseExpression(unnamed.isEmpty()).match(part);
    if (!m.hasMatch()) {
        *why = unnamed.isEmpty()
            ? QStringLiteral("\"%1\" is not a dose like \"Melatonin: 2 mg at 22:00\".").arg(part)
            : QStringLiteral("\"%1\" is not a dose like \"300 mg (glycinate) at 21:00\".").arg(part);
        return std::nullopt;
    }
    Intake dose;
    dose.substance = m.captured(1).isEmpty() ? unnamed : m.captured(1).trimmed();
    const auto amount = parseNumber(m.captured(2), decimalComma, why);
    if (!amount || !readDoseDetail(m.captured(4), dose, decimalComma, why))
        return std::nullopt;
    dose.amount = *amount;
    dose.unit = m.captured(3).trimmed();
    if (!m.captured(5).isEmpty()) {
        dose.time = parseTime(m.captured(5), why);
        if (!dose.time)
            return std::nullopt;
    }
    return dose;
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

std::optional<bool> parseYesNo(const QString &text, QString *why)
{
    static const QStringList yes = {
        QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("x")};
    static const QStringList no
        = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0")};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    *why = QStringLiteral("\"%1\" is neither yes nor no.").arg(text.trimmed());
    return std::nullopt;
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
    if (const QString detail = doseDetail(dose); !detail.isEmpty())
        s += QStringLiteral(" (%1)").arg(detail);
    if (dose.time && dose.time->isValid())
        s += QStringLiteral(" at ") + formatTime(dose.time);
    return s;
}

QString formatDoses(const QList<Intake> &doses, const QString &unnamed)
{
    QStringList parts;
    for (const Intake &d : doses) {
        const bool named = unnamed.isEmpty() || d.substance.trimmed().compare(unnamed, Qt::CaseInsensitive) != 0;
        parts.append(formatDose(d, named));
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<Intake>> parseDoses(const QString &text, const QString &unnamed, bool decimalComma, QString *why)
{
    QList<Intake> out;
    for (const QString &part : splitList(text)) {
        const auto dose = parseDose(part, unnamed, decimalComma, why);
        if (!dose)
            return std::nullopt;
        out.append(*dose);
    }
    return out;
}

} // namespace rls::csv
