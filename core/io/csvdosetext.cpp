// SPDX-License-Identifier: GPL-3.0-or-later
// The dose text of the nightly file ("Melatonin: 2 mg (slow release) at 22:15"), written and read.
#include "io/csvvalues.h"

#include <QRegularExpression>

namespace rls::csv {
namespace {

enum class Part { Name, Unit, Form };

// A double-quoted text with "" for a quote inside, as RFC 4180 writes a cell.
const QString quotedText = QStringLiteral(R"("(?:[^"]|"")*")");

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x80) { // ASCII's controls are C0 and DEL; its line separators are among them
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return true;
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// True when `s` would not read back as itself without quotes: it holds the list separator, the
// name's colon or a quote, it begins or ends with a space or holds a line break; a unit that
// holds brackets or " at ", or a form that begins like a weight from the label.
bool needsQuotes(const QString &s, Part part)
{
    static const QRegularExpression at(QStringLiteral(R"(\sat\s)"));
    static const QRegularExpression label(QStringLiteral(R"(^from\s)"));
    if (s.isEmpty() || s != s.trimmed() || hasControl(s) || s.contains(u';') || s.contains(u':') || s.contains(u'"'))
        return true;
    // The patterns need their words: most texts are let go without running them.
    switch (part) {
    case Part::Name: return false;
    case Part::Unit: return s.contains(u'(') || s.contains(u')') || (s.contains(u"at") && at.match(s).hasMatch());
    case Part::Form: return s.startsWith(u"from") && label.match(s).hasMatch();
    }
    return false;
}

QString token(const QString &s, Part part)
{
    if (!needsQuotes(s, part))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The text of a quoted token, or `s` trimmed when it is not one.
QString untoken(const QString &s)
{
    static const QRegularExpression whole(QStringLiteral("^%1$").arg(quotedText));
    const QString t = s.trimmed();
    if (!t.startsWith(u'"') || !whole.match(t).hasMatch())
        return t;
    return t.mid(1, t.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
}

// The parts of one dose as its text holds them.
struct DoseParts {
    QString name; ///< empty when the dose has none
    bool named = false;
    QString amount, unit, detail, time;
};

// The dose text as this version writes it: a name or unit is quoted or plain, and a plain one
// holds no quote, so that no colon or bracket inside a quoted text is taken for a separator.
// Captures: quoted name, plain name, amount, quoted unit, plain unit, detail, time.
std::optional<DoseParts> matchDose(const QString &text, bool nameRequired)
{
    static const QString name = QStringLiteral(R"((?:(%1)|([^"]+?)):\s+)").arg(quotedText);
    static const QString rest = QStringLiteral(R"re(([-+]?[0-9]+(?:[.,][0-9]+)?)\s+(?:(%1)|([^()"]+?)))re"
                                               R"((?:\s+\((.*)\))?(?:\s+at\s+([0-9]{1,2}:[0-9]{2}))?$)")
                                    .arg(quotedText);
    constexpr auto options = QRegularExpression::DotMatchesEverythingOption;
    static const QRegularExpression optional(QStringLiteral("^(?:%1)?%2").arg(name, rest), options);
    static const QRegularExpression required(QStringLiteral("^%1%2").arg(name, rest), options);
    const QRegularExpressionMatch m = (nameRequired ? required : optional).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    DoseParts p;
    p.named = m.hasCaptured(1) || m.hasCaptured(2);
    p.name = m.hasCaptured(1) ? untoken(m.captured(1)) : m.captured(2).trimmed();
    p.amount = m.captured(3);
    p.unit = m.hasCaptured(4) ? untoken(m.captured(4)) : m.captured(5).trimmed();
    p.detail = m.captured(6);
    p.time = m.captured(7);
    return p;
}

// "[-+]digits[.,digits]", the amount as matchDose() reads it.
bool isAmount(QStringView s)
{
    qsizetype i = s.startsWith(u'-') || s.startsWith(u'+') ? 1 : 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < s.size() && (s[i] == u'.' || s[i] == u',')) {
        ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

// "H:MM" or "HH:MM", the time as matchDose() reads it.
bool isDoseTime(QStringView s)
{
    const auto digit = [&](qsizetype i) { return s[i] >= u'0' && s[i] <= u'9'; };
    const qsizetype n = s.size();
    return (n == 4 || n == 5) && s[n - 3] == u':' && digit(n - 1) && digit(n - 2) && digit(0) && (n == 4 || digit(1));
}

// The start of the run of spaces that ends just before `end`.
qsizetype spacesBefore(QStringView s, qsizetype end)
{
    while (end > 0 && s[end - 1] == u' ')
        --end;
    return end;
}

// What matchDose() finds in the plain doses our files write ("Melatonin: 2 mg (slow release) at
// 22:15", "300 mg at 21:00"), without running its pattern: nullopt whenever the text is not plainly
// of that shape (quotes, another space than ' ', two ": ", brackets that do not close the text),
// and matchDose() decides. Where it gives parts they are the ones the pattern captures:
// CsvValues.parseDoses_readsEveryDoseAsThePatternsDo holds the two together.
std::optional<DoseParts> quickDoseParts(const QString &text, bool nameRequired)
{
    const QStringView all(text);
    qsizetype colon = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar c = all[i];
        if (c == u'"' || (c != u' ' && (c.unicode() < 0x20 || c.isSpace())))
            return std::nullopt;
        if (c == u':' && i + 1 < all.size() && all[i + 1] == u' ') {
            if (colon >= 0)
                return std::nullopt;
            colon = i;
        }
    }
    if (colon == 0 || (colon < 0 && nameRequired) || all.startsWith(u' ') || all.endsWith(u' '))
        return std::nullopt;
    DoseParts p;
    QStringView rest = all;
    if (colon > 0) {
        p.named = true;
        p.name = all.first(colon).trimmed().toString();
        rest = all.sliced(colon + 1).trimmed();
    }
    const qsizetype space = rest.indexOf(u' ');
    if (space < 0 || !isAmount(rest.first(space)))
        return std::nullopt;
    p.amount = rest.first(space).toString();
    const QStringView u = rest.sliced(space).trimmed(); // the unit, then the detail and the time
    if (u.isEmpty() || u.startsWith(u'(') || u.startsWith(u')'))
        return std::nullopt;
    qsizetype end = u.size(); // where the detail or the unit ends
    const qsizetype timeAt = u.lastIndexOf(u' ') + 1;
    if (timeAt > 0 && isDoseTime(u.sliced(timeAt))) {
        const qsizetype at = spacesBefore(u, timeAt);
        if (at >= 3 && u.sliced(at - 2, 2) == u"at" && u[at - 3] == u' ') {
            p.time = u.sliced(timeAt).toString();
            end = spacesBefore(u, at - 2);
        }
    }
    const qsizetype open = u.indexOf(u'(');
    if (open < 0) {
        if (u.first(end).contains(u')'))
            return std::nullopt;
        p.unit = u.first(end).toString();
        return p;
    }
    // The detail runs from the first '(' to the last ')' before the time, or before the end.
    qsizetype close = u.endsWith(u')') ? u.size() - 1 : (end < u.size() && u[end - 1] == u')' ? end - 1 : -1);
    const qsizetype unitEnd = spacesBefore(u, open);
    if (close < open || unitEnd == open || unitEnd == 0 || u.first(unitEnd).contains(u')'))
        return std::nullopt;
    p.unit = u.first(unitEnd).toString();
    p.detail = u.sliced(open + 1, close - open - 1).toString();
    return p;
}

// The dose text as versions before quoting wrote it, names and units as they were: read when a
// dose does not fit matchDose() (a name with a quote in it, written unquoted).
std::optional<DoseParts> matchOlderDose(const QString &text, bool nameRequired)
{
    static const QString rest = QStringLiteral(R"(([-+]?[0-9]+(?:[.,][0-9]+)?)\s+([^()]+?)(?:\s+\((.*)\))?)"
                                               R"((?:\s+at\s+([0-9]{1,2}:[0-9]{2}))?$)");
    static const QRegularExpression optional(QStringLiteral(R"(^(?:(.+?):\s+)?)") + rest);
    static const QRegularExpression required(QStringLiteral(R"(^(.+?):\s+)") + rest);
    const QRegularExpressionMatch m = (nameRequired ? required : optional).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return DoseParts {m.captured(1).trimmed(), m.hasCaptured(1), m.captured(2), m.captured(3).trimmed(), m.captured(4),
        m.captured(5)};
}

// What goes in the brackets: "glycinate", "from 300 mg glycinate", "from 300 mg" or nothing.
QString doseDetail(const Intake &dose)
{
    const QString form = dose.form.isEmpty() ? QString() : token(dose.form, Part::Form);
    if (!dose.labelMg)
        return form;
    return QStringLiteral("from %1 mg %2").arg(formatNumber(*dose.labelMg), form).trimmed();
}

// Reads the brackets into the form and, after "from N mg", the weight on the label.
bool readDoseDetail(const QString &detail, Intake &dose, bool decimalComma, QString *why)
{
    static const QRegularExpression label(QStringLiteral(R"(^from\s+([0-9]+(?:[.,][0-9]+)?)\s+mg(?:\s+(.+))?$)"),
        QRegularExpression::DotMatchesEverythingOption);
    if (!QStringView(detail).trimmed().startsWith(u"from")) { // the pattern needs its word
        dose.form = untoken(detail);
        return true;
    }
    const QRegularExpressionMatch m = label.match(detail.trimmed());
    if (!m.hasMatch()) {
        dose.form = untoken(detail);
        return true;
    }
    const auto labelMg = parseNumber(m.captured(1), decimalComma, why);
    if (!labelMg)
        return false;
    dose.labelMg = *labelMg;
    dose.form = untoken(m.captured(2));
    return true;
}

std::optional<Intake> parseDose(
    const QString &part, const QString &unnamed, bool decimalComma, QString *why, bool quick)
{
    auto parts = quick ? quickDoseParts(part, unnamed.isEmpty()) : std::nullopt;
    if (!parts)
        parts = matchDose(part, unnamed.isEmpty());
    if (!parts)
        parts = matchOlderDose(part, unnamed.isEmpty());
    if (!parts) {
        *why = unnamed.isEmpty()
            ? QStringLiteral("\"%1\" is not a dose like \"Melatonin: 2 mg at 22:00\".").arg(part)
            : QStringLiteral("\"%1\" is not a dose like \"300 mg (glycinate) at 21:00\".").arg(part);
        return std::nullopt;
    }
    Intake dose;
    dose.substance = parts->named ? parts->name : unnamed;
    const auto amount = parseNumber(parts->amount, decimalComma, why);
    if (!amount || !readDoseDetail(parts->detail, dose, decimalComma, why))
        return std::nullopt;
    dose.amount = *amount;
    // "1 standard drink" is how the file says one; the diary's unit is the plural.
    dose.unit = parts->unit == u"standard drink" ? QStringLiteral("standard drinks") : parts->unit;
    if (!parts->time.isEmpty()) {
        dose.time = parseTime(parts->time, why);
        if (!dose.time)
            return std::nullopt;
    }
    return dose;
}

// The doses of a cell: split at each ';' outside quotes. A cell whose quotes do not pair up
// (a file written by hand or before names were quoted) is split at every ';'.
QStringList splitDoses(const QString &text)
{
    QStringList out;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        if (c == u';' && !quoted) {
            out.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (quoted)
        return splitList(text);
    out.append(text.sliced(start));
    QStringList items;
    for (const QString &i : out) {
        if (!i.trimmed().isEmpty())
            items.append(i.trimmed());
    }
    return items;
}

} // namespace

QString formatDose(const Intake &dose, bool withName)
{
    QString s;
    s.reserve(48); // most doses fit: one allocation instead of one per piece
    if (withName) {
        s += token(dose.substance, Part::Name);
        s += QStringView(u": ");
    }
    const bool one = dose.amount == 1 && dose.unit == u"standard drinks";
    s += formatNumber(dose.amount);
    s += QChar(u' ');
    s += token(one ? QStringLiteral("standard drink") : dose.unit, Part::Unit);
    if (const QString detail = doseDetail(dose); !detail.isEmpty()) {
        s += QStringView(u" (");
        s += detail;
        s += QChar(u')');
    }
    if (dose.time && dose.time->isValid()) {
        s += QStringView(u" at ");
        s += formatTime(dose.time);
    }
    return s;
}

QString formatDoses(const QList<Intake> &doses, const QString &unnamed)
{
    QString out;
    for (qsizetype i = 0; i < doses.size(); ++i) {
        const Intake &d = doses.at(i);
        const bool named = unnamed.isEmpty() || d.substance.trimmed().compare(unnamed, Qt::CaseInsensitive) != 0;
        if (i > 0)
            out += QStringView(u"; ");
        out += formatDose(d, named);
    }
    return out;
}

namespace {

std::optional<QList<Intake>> parseDoses(
    const QString &text, const QString &unnamed, bool decimalComma, QString *why, bool quick)
{
    QList<Intake> out;
    for (const QString &part : splitDoses(text)) {
        const auto dose = parseDose(part, unnamed, decimalComma, why, quick);
        if (!dose)
            return std::nullopt;
        out.append(*dose);
    }
    return out;
}

} // namespace

std::optional<QList<Intake>> parseDoses(const QString &text, const QString &unnamed, bool decimalComma, QString *why)
{
    return parseDoses(text, unnamed, decimalComma, why, true);
}

std::optional<QList<Intake>> parseDosesByPatterns(
    const QString &text, const QString &unnamed, bool decimalComma, QString *why)
{
    return parseDoses(text, unnamed, decimalComma, why, false);
}

} // namespace rls::csv
