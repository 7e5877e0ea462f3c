// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvvalues.h"

#include <QLocale>
#include <QRegularExpression>

#include <charconv>
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
    // The items as splitList() gives them, looked at where they are rather than copied.
    for (const QStringView piece : QStringView(text).tokenize(u';')) {
        const QStringView item = piece.trimmed();
        if (item.isEmpty())
            continue;
        bool known = false;
        for (const Word &w : words) {
            const QStringView word(w.text);
            // A case-insensitive match folds one character into one: the lengths must agree.
            if (item.size() == word.size() && item.compare(word, Qt::CaseInsensitive) == 0) {
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

} // namespace

QString formatNumber(double value)
{
    // The fewest digits that read back as the same double, never with an exponent: 0.0000004
    // stays 0.0000004 (six decimals made it 0, which the import then refused as no amount).
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

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

QString formatTotal(double value)
{
    // A sum carries the binary rounding of its terms (0.1 g + 0.2 g is 300.00000000000006 mg);
    // twelve significant digits drop that noise and keep every digit a dose was written with.
    bool ok = false;
    const double rounded = QString::number(value, 'g', 12).toDouble(&ok);
    return formatNumber(ok ? rounded : value);
}

QString formatTime(const std::optional<QTime> &time)
{
    if (!time || !time->isValid())
        return {};
    // HH:mm, as QTime::toString(u"HH:mm") writes it, without its formatter (an export writes thousands)
    const int h = time->hour(), m = time->minute();
    const QChar text[]
        = {QChar(u'0' + h / 10), QChar(u'0' + h % 10), QChar(u':'), QChar(u'0' + m / 10), QChar(u'0' + m % 10)};
    return QString(text, 5);
}

QString formatInt(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

namespace {

// "21:30" or "9:30", the form our files and most others write: what QTime::fromString() reads
// with "H:mm", without its parser. nullopt for any other text.
std::optional<QTime> plainClockTime(QStringView t)
{
    if (t.size() != 4 && t.size() != 5)
        return std::nullopt;
    const qsizetype colon = t.size() - 3;
    if (t.at(colon) != u':')
        return std::nullopt;
    const auto number = [](QStringView digits) {
        int value = 0;
        for (const QChar c : digits) {
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    };
    const int hour = number(t.first(colon));
    const int minute = number(t.sliced(colon + 1));
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

// "42.3", "-5", "300": digits with at most one '.' between digits, as our files write a number,
// read without QLocale's parser. Both round to the nearest double, so the value is the one
// QLocale::c().toDouble() gives; nullopt for any other text (and for more than 30 characters,
// where underflow and overflow could come in), which goes the long way. In a decimal-comma file a
// '.' needs that way's checks ("1.500" is refused as ambiguous).
std::optional<double> plainDecimal(QStringView t, bool decimalComma)
{
    if (t.isEmpty() || t.size() > 30)
        return std::nullopt;
    char ascii[32];
    qsizetype i = 0;
    bool digitBefore = false, point = false, digitAfter = false;
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            (point ? digitAfter : digitBefore) = true;
        } else if (u == u'.' && digitBefore && !point && !decimalComma) {
            point = true;
        } else if (!(u == u'-' && i == 0)) {
            return std::nullopt;
        }
        ascii[i++] = char(u);
    }
    if (!digitBefore || (point && !digitAfter))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(ascii, ascii + i, value);
    if (error != std::errc() || end != ascii + i || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> parseNumber(const QString &text, bool decimalComma, QString *why)
{
    if (const auto v = plainDecimal(text, decimalComma))
        return v;
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
    if (const auto time = plainClockTime(t))
        return time;
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
    for (const QStringView piece : QStringView(text).tokenize(u';')) {
        if (const QStringView item = piece.trimmed(); !item.isEmpty())
            out.append(item.toString());
    }
    return out;
}

} // namespace rls::csv
