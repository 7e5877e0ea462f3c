// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QString>

#include <optional>

namespace rls::csv {

/// A number as the CSV writes it: '.' as decimal point, no exponent, no trailing zeros, and the
/// fewest digits that read back as exactly `value` ("300", "1.5", "0.0000004").
QString formatNumber(double value);
/// A computed figure rounded to at most `decimals` decimals ("72.2"); not read back.
QString formatNumber(double value, int decimals);
/// A day total (a sum of doses): as formatNumber(), rounded to 12 significant digits so that the
/// sum's binary rounding does not show ("300", not "300.00000000000006").
QString formatTotal(double value);
/// A clock time as HH:MM.
QString formatTime(const std::optional<QTime> &time);
/// An optional whole number, empty when missing.
QString formatInt(const std::optional<int> &value);

/// Reads a number written with '.' or, when `decimalComma`, with ',' as decimal point.
/// In decimal-comma files "1.500" is refused as ambiguous (1.5 or 1500?) instead of guessed.
std::optional<double> parseNumber(const QString &text, bool decimalComma, QString *why);
/// Reads a whole number; "7.0" as written by spreadsheets is accepted, "7.5" is not.
std::optional<int> parseWholeNumber(const QString &text, bool decimalComma, QString *why);
/// Reads a clock time: "21:30", "9:30", "21:30:00", "9:30 PM".
std::optional<QTime> parseTime(const QString &text, QString *why);
/// Reads a sleep quality: 1-5, or the diary's words "very poor" .. "very good".
std::optional<int> parseQuality(const QString &text, bool decimalComma, QString *why);

/// Reads the "show my doctor" mark: yes, y, true, 1 or x mark the night; no, n, false or 0 do not.
std::optional<bool> parseYesNo(const QString &text, QString *why);

/// Sensations as words separated by "; " ("urge to move; crawling"), and back.
QString formatSensations(Sensations sensations);
std::optional<Sensations> parseSensations(const QString &text, QString *why);
/// Body areas as words separated by "; " ("legs; arms"), and back.
QString formatBodyAreas(BodyAreas areas);
std::optional<BodyAreas> parseBodyAreas(const QString &text, QString *why);

/// Items of a "; " separated list, trimmed, empty ones dropped.
QStringList splitList(const QString &text);

// The dose text (csvdosetext.cpp).

/// One dose as readable text: "300 mg (glycinate) at 21:00"; with a weight from the label,
/// "42.3 mg (from 300 mg glycinate) at 21:00" (or "(from 300 mg)" without a form); with
/// `withName` the substance leads: "Melatonin: 2 mg at 22:00". A name, unit or form that would
/// not read back as itself ("Vitamin D; K2") is written in double quotes, a quote inside doubled:
/// "\"Vitamin D; K2\": 1000 IU". See docs/csv-format.md.
QString formatDose(const Intake &dose, bool withName);
/// Doses separated by "; ", each named except the doses of `unnamed` (the group's own
/// substance, e.g. "Magnesium"; empty names every dose).
QString formatDoses(const QList<Intake> &doses, const QString &unnamed);
/// Reads doses written by formatDoses(). With `unnamed` set a name is optional and a dose
/// without one is of `unnamed`; with `unnamed` empty every dose needs its name.
std::optional<QList<Intake>> parseDoses(const QString &text, const QString &unnamed, bool decimalComma, QString *why);
/// parseDoses() without its quick path for plain doses: every dose through the patterns, as
/// before there was one. For the test that holds the two together.
std::optional<QList<Intake>> parseDosesByPatterns(
    const QString &text, const QString &unnamed, bool decimalComma, QString *why);

} // namespace rls::csv
