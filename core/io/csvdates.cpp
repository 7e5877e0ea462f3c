// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvdates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rls {
namespace {

enum class Shape { Iso, Dots, Slashes, Unknown };

struct Parts {
    Shape shape = Shape::Unknown;
    int a = 0, b = 0, c = 0; // the three numbers in the order written
};

// "2026-11-23" exactly, as our files write a date: what the ISO pattern below reads from it.
std::optional<Parts> plainIsoDate(QStringView t)
{
    if (t.size() != 10 || t.at(4) != u'-' || t.at(7) != u'-')
        return std::nullopt;
    int values[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, ends[3] = {4, 7, 10};
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < ends[part]; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            values[part] = values[part] * 10 + (c - u'0');
        }
    }
    return Parts {Shape::Iso, values[0], values[1], values[2]};
}

Parts split(const QString &text)
{
    if (const auto iso = plainIsoDate(text))
        return *iso;
    // Spreadsheets sometimes add a time of day to a date: keep only the date.
    const QString t = text.trimmed().section(u' ', 0, 0).section(u'T', 0, 0);
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression dots(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    static const QRegularExpression slashes(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    const std::pair<const QRegularExpression *, Shape> forms[]
        = {{&iso, Shape::Iso}, {&dots, Shape::Dots}, {&slashes, Shape::Slashes}};
    for (const auto &[re, shape] : forms) {
        const QRegularExpressionMatch m = re->match(t);
        if (m.hasMatch())
            return {shape, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    }
    return {};
}

} // namespace

QList<DateFormat> allDateFormats()
{
    return {DateFormat::Iso, DateFormat::DayMonthYearDots, DateFormat::DayMonthYearSlashes,
        DateFormat::MonthDayYearSlashes};
}

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso: return QStringLiteral("YYYY-MM-DD");
    case DateFormat::DayMonthYearDots: return QStringLiteral("DD.MM.YYYY");
    case DateFormat::DayMonthYearSlashes: return QStringLiteral("DD/MM/YYYY");
    case DateFormat::MonthDayYearSlashes: return QStringLiteral("MM/DD/YYYY");
    }
    return {};
}

std::optional<DateFormat> dateFormatFromName(const QString &name)
{
    for (DateFormat f : allDateFormats()) {
        if (dateFormatName(f).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

DateFormatGuess guessDateFormat(const QStringList &samples)
{
    int iso = 0, dots = 0, slashes = 0;
    bool firstOver12 = false, secondOver12 = false;
    for (const QString &s : samples) {
        const Parts p = split(s);
        switch (p.shape) {
        case Shape::Iso: ++iso; break;
        case Shape::Dots: ++dots; break;
        case Shape::Slashes:
            ++slashes;
            firstOver12 = firstOver12 || p.a > 12;
            secondOver12 = secondOver12 || p.b > 12;
            break;
        case Shape::Unknown: break;
        }
    }
    DateFormatGuess guess;
    if (iso >= dots && iso >= slashes) {
        guess.format = DateFormat::Iso; // also when nothing could be read: rows then say why
    } else if (dots >= slashes) {
        guess.format = DateFormat::DayMonthYearDots;
    } else if (firstOver12 && !secondOver12) {
        guess.format = DateFormat::DayMonthYearSlashes;
    } else if (secondOver12 && !firstOver12) {
        guess.format = DateFormat::MonthDayYearSlashes;
    } else {
        guess.candidates = {DateFormat::DayMonthYearSlashes, DateFormat::MonthDayYearSlashes};
    }
    if (guess.format)
        guess.candidates = {*guess.format};
    return guess;
}

std::optional<QDate> parseDate(const QString &text, DateFormat format, QString *why)
{
    const Parts p = split(text);
    const bool shapeFits = (format == DateFormat::Iso && p.shape == Shape::Iso)
        || (format == DateFormat::DayMonthYearDots && p.shape == Shape::Dots)
        || ((format == DateFormat::DayMonthYearSlashes || format == DateFormat::MonthDayYearSlashes)
            && p.shape == Shape::Slashes);
    if (!shapeFits) {
        *why = QCoreApplication::translate("CsvImport", "\"%1\" is not a date written as %2.")
                   .arg(text.trimmed(), dateFormatName(format));
        return std::nullopt;
    }
    QDate date;
    switch (format) {
    case DateFormat::Iso: date = QDate(p.a, p.b, p.c); break;
    case DateFormat::DayMonthYearDots:
    case DateFormat::DayMonthYearSlashes: date = QDate(p.c, p.b, p.a); break;
    case DateFormat::MonthDayYearSlashes: date = QDate(p.c, p.a, p.b); break;
    }
    if (!date.isValid()) {
        *why = QCoreApplication::translate("CsvImport", "%1 is not a date that exists.").arg(text.trimmed());
        return std::nullopt;
    }
    return date;
}

} // namespace rls
