// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "storage/diarystore.h"

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

} // namespace rls::test
