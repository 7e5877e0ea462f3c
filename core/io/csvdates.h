// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rls {

/// The date forms an imported file may use.
enum class DateFormat {
    Iso, ///< YYYY-MM-DD, what RLS Diary writes
    DayMonthYearDots, ///< DD.MM.YYYY (German, Scandinavian ...)
    DayMonthYearSlashes, ///< DD/MM/YYYY (British, French ...)
    MonthDayYearSlashes, ///< MM/DD/YYYY (American)
};

/// What the dates of a column say about their form. `format` is set when only one form fits;
/// when several fit (every day and month is 12 or less: 03/04/2026), `candidates` lists them
/// and the person has to be asked.
struct DateFormatGuess {
    std::optional<DateFormat> format;
    QList<DateFormat> candidates;
    bool ambiguous() const { return !format && candidates.size() > 1; }
};

/// Looks at every date of a column to find its form.
DateFormatGuess guessDateFormat(const QStringList &samples);

/// Reads a date in `format`; a trailing time ("2026-01-05 00:00:00") is ignored. A date that
/// does not exist (2026-02-30) is refused with a message saying so.
std::optional<QDate> parseDate(const QString &text, DateFormat format, QString *why);

/// "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY" or "MM/DD/YYYY".
QString dateFormatName(DateFormat format);
/// Parses a name written by dateFormatName() (case-insensitive); nullopt for anything else.
std::optional<DateFormat> dateFormatFromName(const QString &name);
/// Every format, in the order a person is offered them.
QList<DateFormat> allDateFormats();

} // namespace rls
