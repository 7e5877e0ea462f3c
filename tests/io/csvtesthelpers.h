// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "io/ownimport.h"
#include "storage/diarystore.h"

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

namespace rls::test {

/// Everything a person would notice changing in a diary: every night with its stamps,
/// the summary and the substance list.
struct DiarySnapshot {
    QList<Night> nights;
    DiarySummary summary;
    QStringList substances;
};

inline DiarySnapshot snapshot(DiaryStore &store)
{
    DiarySnapshot s;
    s.nights = store.loadRange(QDate(1900, 1, 1), QDate(2200, 1, 1)).value();
    s.summary = store.summary().value();
    const auto catalog = store.substances(); // kept alive: the loop reads into it
    for (const Substance &sub : catalog.value())
        s.substances.append(sub.name);
    return s;
}

inline void expectSameDiary(const DiarySnapshot &a, const DiarySnapshot &b)
{
    EXPECT_EQ(a.summary.nights, b.summary.nights);
    EXPECT_EQ(a.summary.first, b.summary.first);
    EXPECT_EQ(a.summary.last, b.summary.last);
    EXPECT_EQ(a.substances, b.substances);
    ASSERT_EQ(a.nights.size(), b.nights.size());
    for (qsizetype i = 0; i < a.nights.size(); ++i) {
        EXPECT_TRUE(sameEntry(a.nights.at(i), b.nights.at(i))) << a.nights.at(i).date.toString().toStdString();
        EXPECT_EQ(a.nights.at(i).updatedAt, b.nights.at(i).updatedAt);
    }
}

/// A person's own magnesium product, dosed in grams: kind magnesium from its name.
inline Substance ownPowder()
{
    return newSubstanceNamed(QStringLiteral("Magnesium citrate powder"), QStringLiteral("g"));
}

/// A magnesium oil the person chose to keep as "other": it belongs in other_intakes although
/// its name says magnesium, and must come back as "other" from a file.
inline Substance ownOil()
{
    Substance s = newSubstanceNamed(QStringLiteral("Magnesium oil spray"), QStringLiteral("spray"));
    s.kind = SubstanceKind::Other;
    s.flags = {};
    return s;
}

/// Import options with the three choices the dialog and the command line always make.
inline ImportOptions importOptions(ConflictPolicy policy, std::optional<DateFormat> dateFormat, bool skipUnreadableRows)
{
    ImportOptions options;
    options.policy = policy;
    options.dateFormat = dateFormat;
    options.skipUnreadableRows = skipUnreadableRows;
    return options;
}

/// Reads, maps by guessing, plans: what the import dialog does before its preview.
inline Result<ImportPlan> planBytes(DiaryStore &store, const QByteArray &bytes, const ImportOptions &options = {})
{
    auto table = readCsv(bytes);
    if (!table)
        return table.error();
    return planImport(store, table.value(), guessMapping(table->header), options);
}

/// Plans and applies, as the command line's import does.
inline Result<ImportOutcome> importBytes(DiaryStore &store, const QByteArray &bytes, const ImportOptions &options = {})
{
    auto plan = planBytes(store, bytes, options);
    if (!plan)
        return plan.error();
    return applyImport(store, plan.value(), options);
}

/// Imports our own file row by row, as `import --create` does (importOwnFile()); nullopt when it
/// declined and left the file to the plan.
inline Result<std::optional<OwnFileImport>> importOwnBytes(
    DiaryStore &store, const QByteArray &bytes, const ImportOptions &options = {})
{
    auto stream = CsvRowStream::open(bytes);
    if (!stream)
        return stream.error();
    return importOwnFile(store, stream.value(), options);
}

/// Every row of every table an import writes, each as its columns' text joined by '|', the
/// nights without their created and updated stamps (the clock's): two diaries that hold the same
/// nights, doses, tags and catalog entries under the same ids give the same rows.
inline QStringList diaryRows(const QString &path)
{
    static const char *queries[]
        = {"SELECT 'night', date, severity, onset, sensations, body_areas, irls_total, in_bed, tried_to_sleep, "
           "minutes_to_sleep, awakenings, minutes_awake, final_awakening, out_of_bed, sleep_quality, note, "
           "flagged_for_doctor FROM night ORDER BY date",
            "SELECT 'intake', * FROM intake ORDER BY id", "SELECT 'substance', * FROM substance ORDER BY id",
            "SELECT 'form', * FROM substance_form ORDER BY substance_id, position",
            "SELECT 'tag', * FROM tag ORDER BY id", "SELECT 'night_tag', * FROM night_tag ORDER BY night_date, tag_id"};
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    QStringList rows;
    for (const char *sql : queries) {
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            QStringList cells;
            for (int c = 0; c < q.getColumnCount(); ++c)
                cells.append(
                    q.getColumn(c).isNull() ? QStringLiteral("NULL") : QString::fromUtf8(q.getColumn(c).getText()));
            rows.append(cells.join(u'|'));
        }
    }
    return rows;
}

} // namespace rls::test
