// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the CSV exports, read with one query each and handed over as SQLite steps.
#include "storage/exportrows.h"

#include "storage/diarystore.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>

#include <sqlite3.h>

#include <memory>
#include <string>

namespace rls {
namespace {

// Three ordered index scans merged by SQLite on (date, key): NULL sorts before every integer and
// every integer before any text, so a night's own row comes first, then its doses by position,
// then its tags. Each scan follows its index (night's date, intake_by_night, night_tag's key), so
// only a night's tags are sorted.
constexpr const char *nightsQuery = R"sql(SELECT date, NULL, severity, onset, sensations, body_areas, irls_total,
       in_bed, tried_to_sleep, minutes_to_sleep, awakenings, minutes_awake, final_awakening, out_of_bed,
       sleep_quality, note, flagged_for_doctor
  FROM night WHERE date BETWEEN :from AND :to
UNION ALL
SELECT i.night_date, i.position, s.name, i.amount, i.unit, i.form, i.time, i.label_mg,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM intake i JOIN substance s ON s.id = i.substance_id WHERE i.night_date BETWEEN :from AND :to
UNION ALL
SELECT nt.night_date, t.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL
  FROM night_tag nt JOIN tag t ON t.id = nt.tag_id WHERE nt.night_date BETWEEN :from AND :to
ORDER BY 1, 2)sql";

// Every dose has its night (intake.night_date references night(date), deleted with it), so the
// doses need no join with the nights.
constexpr const char *dosesQuery = R"sql(SELECT i.night_date, i.time, s.name, i.form, i.amount, i.unit, i.label_mg
  FROM intake i JOIN substance s ON s.id = i.substance_id WHERE i.night_date BETWEEN :from AND :to
 ORDER BY i.night_date, i.position)sql";

} // namespace

const char *exportQuery(ExportRows rows)
{
    return rows == ExportRows::Nights ? nightsQuery : dosesQuery;
}

StoredRow::Type StoredRow::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return Type::Integer;
    case SQLITE_FLOAT: return Type::Real;
    case SQLITE_TEXT: return Type::Text;
    case SQLITE_BLOB: return Type::Blob;
    default: break;
    }
    return Type::Null;
}

QByteArrayView StoredRow::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

int StoredRow::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

qint64 StoredRow::integer64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double StoredRow::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

Result<void> DiaryStore::readExportRows(
    ExportRows rows, QDate from, QDate to, const std::function<void(const StoredRow &)> &onRow)
{
    const QString context = QCoreApplication::translate("DiaryStore", "Could not read the diary");
    sqlite3 *db = m_db->getHandle();
    sqlite3_stmt *prepared = nullptr;
    const int made = sqlite3_prepare_v2(db, exportQuery(rows), -1, &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared, &sqlite3_finalize);
    if (made != SQLITE_OK)
        return storageError(SQLite::Exception(db, made), context);
    const std::string first = from.toString(Qt::ISODate).toStdString();
    const std::string last = to.toString(Qt::ISODate).toStdString();
    sqlite3_bind_text(
        prepared, sqlite3_bind_parameter_index(prepared, ":from"), first.c_str(), int(first.size()), SQLITE_STATIC);
    sqlite3_bind_text(
        prepared, sqlite3_bind_parameter_index(prepared, ":to"), last.c_str(), int(last.size()), SQLITE_STATIC);
    const StoredRow row(prepared);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(prepared)) == SQLITE_ROW)
        onRow(row);
    if (stepped != SQLITE_DONE)
        return storageError(SQLite::Exception(db, stepped), context);
    return {};
}

} // namespace rls
