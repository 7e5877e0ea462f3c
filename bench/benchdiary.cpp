// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdiary.h"

#include "demo/syntheticdiary.h"

namespace rls::bench {

bool makeBenchDiary(BenchDiary &diary)
{
    constexpr int Nights = 11000; // about 30 years
    auto opened = DiaryStore::open(diary.dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return false;
    diary.store = std::move(opened).value();
    const SyntheticOptions options {.seed = 30, .nights = Nights, .lastNight = QDate(2026, 11, 22)};
    if (!writeSyntheticDiary(*diary.store, options))
        return false;
    const auto summary = diary.store->summary();
    if (!summary)
        return false;
    auto loaded = diary.store->loadRange(summary->first, summary->last);
    auto catalog = diary.store->substances();
    if (!loaded || !catalog)
        return false;
    diary.nights = std::move(loaded).value();
    diary.catalog = std::move(catalog).value();
    diary.first = summary->first;
    diary.last = summary->last;
    return true;
}

} // namespace rls::bench
