// SPDX-License-Identifier: GPL-3.0-or-later
// What a save costs on a real file with the durability the app promises (WAL, synchronous=FULL):
// saving an evening into a 90-night and a 30-year diary, what SQLite's sync itself costs per commit
// on this disk (one row, FULL against NORMAL, outside the app), and opening a 30-year diary with
// its quick_check, and the daily backup.
// Run: cmake --preset bench && cmake --build --preset bench && build/bench/bench/save_bench
#include "benchdiary.h"
#include "demo/syntheticdiary.h"
#include "storage/diaryfile.h"

#include <QCoreApplication>
#include <QFile>

#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

rls::bench::BenchDiary *years = nullptr; // the 30-year diary

struct SmallDiary {
    QTemporaryDir dir;
    std::unique_ptr<rls::DiaryStore> store;
    rls::Night evening;
};
SmallDiary *small = nullptr; // 90 nights, as after the first three months

bool makeSmallDiary()
{
    small = new SmallDiary;
    auto opened = rls::DiaryStore::open(small->dir.filePath(QStringLiteral("small.sqlite")));
    if (!opened)
        return false;
    small->store = std::move(opened).value();
    const rls::SyntheticOptions options {.seed = 90, .nights = 90, .lastNight = QDate(2026, 11, 22)};
    if (!rls::writeSyntheticDiary(*small->store, options))
        return false;
    auto last = small->store->loadNight(options.lastNight);
    if (!last || !last->has_value())
        return false;
    small->evening = last->value();
    return true;
}

// Saves the same full evening again and again, as a person pressing Ctrl+S after each change:
// every iteration is one transaction that replaces the night's row, intakes and tags.
void saveEvening(benchmark::State &state, rls::DiaryStore &store, rls::Night evening)
{
    evening.date = evening.date.addDays(1); // tonight, after the last logged night
    int severity = 0;
    for (auto _ : state) {
        evening.symptoms.severity = severity++ % 11;
        if (!store.saveNight(evening)) {
            state.SkipWithError("the save failed");
            return;
        }
    }
    state.counters["synchronous"] = store.pragma("synchronous").toDouble(); // 2 = FULL
}

void BM_SaveEvening_90Nights(benchmark::State &state)
{
    saveEvening(state, *small->store, small->evening);
}
BENCHMARK(BM_SaveEvening_90Nights)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SaveEvening_30Years(benchmark::State &state)
{
    saveEvening(state, *years->store, years->nights.last());
}
BENCHMARK(BM_SaveEvening_30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

// The floor under any save: one row committed in a WAL file with the given synchronous level.
// Argument 2 is FULL (what the app sets), 1 is NORMAL (what it would cost without a sync per commit).
void BM_CommitOneRow(benchmark::State &state)
{
    QTemporaryDir dir;
    SQLite::Database db(
        dir.filePath(QStringLiteral("floor.sqlite")).toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = " + std::to_string(state.range(0)));
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
    SQLite::Statement insert(db, "INSERT OR REPLACE INTO t (id, v) VALUES (1, ?)");
    int v = 0;
    for (auto _ : state) {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        insert.bind(1, ++v);
        insert.exec();
        insert.reset();
        tx.commit();
    }
}
BENCHMARK(BM_CommitOneRow)->Arg(2)->Arg(1)->ArgName("synchronous")->Unit(benchmark::kMillisecond)->UseRealTime();

// Opening the 30-year diary for writing as the window does (lock, quick_check, pragmas),
// and the quick_check alone.
void BM_Open30Years(benchmark::State &state)
{
    rls::OpenOptions options;
    options.writerLock = false; // the fixture's store holds the lock; the check is what is measured
    for (auto _ : state) {
        auto opened = rls::DiaryStore::open(years->store->path(), options);
        if (!opened) {
            state.SkipWithError("the diary did not open");
            return;
        }
        benchmark::DoNotOptimize(opened);
    }
}
BENCHMARK(BM_Open30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QuickCheck30Years(benchmark::State &state)
{
    SQLite::Database db(years->store->path().toStdString(), SQLite::OPEN_READONLY);
    for (auto _ : state)
        benchmark::DoNotOptimize(rls::diaryfile::check(db));
}
BENCHMARK(BM_QuickCheck30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

// The daily backup the window takes after it shows on the first open of a day: VACUUM INTO a new
// file, then integrity_check on the copy.
void BM_Backup30Years(benchmark::State &state)
{
    for (auto _ : state) {
        auto made = years->store->backUp(rls::BackupReason::Manual);
        if (!made) {
            state.SkipWithError("the backup failed");
            return;
        }
        state.PauseTiming();
        QFile::remove(made->path); // each iteration starts from the same folder
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Backup30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    years = new rls::bench::BenchDiary;
    if (!rls::bench::makeBenchDiary(*years) || !makeSmallDiary()) {
        std::fprintf(stderr, "could not make the benchmark diaries\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete small;
    delete years;
    return 0;
}
