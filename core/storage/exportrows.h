// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

struct sqlite3_stmt;

namespace rls {

/// What a CSV export reads from the diary: one query each, whose rows come in the order the file
/// is written, so that the exporter writes each row as SQLite steps to it and gathers nothing
/// (DiaryStore::readExportRows).
enum class ExportRows {
    /// For the nightly file. Every row starts with the night's date and a key: for each night by
    /// date, first its own row (key NULL, the NightRow columns), then a row per dose in the night's
    /// order (key the dose's position, an integer; the DoseInNight columns), then a row per tag (key
    /// the tag's name, text, in SQLite's binary order; the exporter puts them in the diary's order,
    /// by name without regard to ASCII case).
    Nights,
    /// For the intakes file: a row per dose by date and the night's order (the DoseRow columns).
    Doses,
};

/// The columns of ExportRows::Nights.
namespace nightrows {
enum Column : int {
    Date = 0,
    Key = 1,
    // A night's own row:
    Severity = 2,
    Onset,
    Sensations,
    BodyAreas,
    IrlsTotal,
    InBed,
    TriedToSleep,
    MinutesToSleep,
    Awakenings,
    MinutesAwake,
    FinalAwakening,
    OutOfBed,
    SleepQuality,
    Note,
    Flagged,
    // A dose's row:
    Substance = 2,
    Amount,
    Unit,
    Form,
    Time,
    LabelMg,
};
} // namespace nightrows

/// The columns of ExportRows::Doses.
namespace doserows {
enum Column : int { Date = 0, Time, Substance, Form, Amount, Unit, LabelMg };
} // namespace doserows

/// The SQL of `rows`, with the range as the parameters :from and :to (YYYY-MM-DD, inclusive): the
/// very text the exporter runs, which `rls-diary export --print-query` prints for the sqlite3
/// command-line tool (scripts/bench-io).
const char *exportQuery(ExportRows rows);

/// One row of an export query as SQLite holds it while the query stands on it: read it inside
/// the call that hands it over, keep nothing of it.
class StoredRow final {
public:
    enum class Type { Null, Integer, Real, Text, Blob };

    explicit StoredRow(sqlite3_stmt *statement)
        : m_statement(statement)
    { }

    Type type(int column) const;
    bool isNull(int column) const { return type(column) == Type::Null; }
    /// The value as SQLite's UTF-8 text (a number as SQLite writes it); empty for NULL.
    QByteArrayView text(int column) const;
    /// The value as an int, as SQLite converts it (SQLite::Column::getInt()).
    int integer(int column) const;
    /// The value as a 64-bit integer, as SQLite converts it (SQLite::Column::getInt64()).
    qint64 integer64(int column) const;
    /// The value as a double, as SQLite converts it (SQLite::Column::getDouble()).
    double real(int column) const;

private:
    sqlite3_stmt *m_statement;
};

} // namespace rls
