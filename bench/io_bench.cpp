// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export and import on the 30-year diary: the nightly and the intakes file written from the
// diary to a file on disk (as File > Export CSV and `rls-diary export -o` do), and each of them
// imported into an empty diary (as `rls-diary import` does: read, map, plan, back up, write).
// scripts/bench-io holds the same work against the sqlite3 command-line tool.
// Run: cmake --preset bench && cmake --build --preset bench --target io_bench && build/bench/bench/io_bench
#include "benchdiary.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

rls::bench::BenchDiary *years = nullptr; // the 30-year diary

QString csvPath(rls::CsvKind kind)
{
    return years->dir.filePath(
        kind == rls::CsvKind::Nightly ? QStringLiteral("nightly.csv") : QStringLiteral("intakes.csv"));
}

// One export as the command line does it: the whole diary into a file, replaced atomically.
bool exportTo(rls::CsvKind kind, const QString &path)
{
    auto bytes = rls::exportCsv(*years->store, kind, years->first, years->last);
    return bytes && rls::saveCsvFile(path, bytes.value());
}

void exportFile(benchmark::State &state, rls::CsvKind kind)
{
    const QString path = years->dir.filePath(QStringLiteral("export.csv"));
    for (auto _ : state) {
        if (!exportTo(kind, path)) {
            state.SkipWithError("the export failed");
            return;
        }
    }
    state.counters["bytes"] = double(QFileInfo(path).size());
}

void BM_ExportNightly30Years(benchmark::State &state)
{
    exportFile(state, rls::CsvKind::Nightly);
}
BENCHMARK(BM_ExportNightly30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ExportIntakes30Years(benchmark::State &state)
{
    exportFile(state, rls::CsvKind::Intakes);
}
BENCHMARK(BM_ExportIntakes30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

// One import as the command line does it, into a new empty diary made (untimed) before each run:
// the file read, its columns guessed, the plan against the diary, the backup before the import
// and the one transaction that writes every night.
void importFile(benchmark::State &state, rls::CsvKind kind)
{
    qsizetype expected = 0;
    for (const rls::Night &n : years->nights)
        expected += kind == rls::CsvKind::Nightly || !n.intakes.isEmpty() ? 1 : 0;
    qsizetype added = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        auto opened = rls::DiaryStore::open(dir->filePath(QStringLiteral("empty.sqlite")));
        if (!opened) {
            state.SkipWithError("the empty diary could not be made");
            return;
        }
        state.ResumeTiming();
        auto table = rls::readCsvFile(csvPath(kind));
        if (!table) {
            state.SkipWithError("the file could not be read");
            return;
        }
        const rls::ColumnMapping mapping = rls::guessMapping(table->header);
        const rls::ImportOptions options;
        auto plan = rls::planImport(*opened.value(), table.value(), mapping, options);
        if (!plan || !plan->problems.isEmpty()) {
            state.SkipWithError("the import could not be planned");
            return;
        }
        auto applied = rls::applyImport(*opened.value(), plan.value(), options);
        if (!applied) {
            state.SkipWithError("the import failed");
            return;
        }
        added = applied->added;
        state.PauseTiming();
        opened.value().reset(); // closed, and the folder removed, outside the time
        dir.reset();
        state.ResumeTiming();
    }
    if (added != expected)
        state.SkipWithError("the import did not add every night of the file");
    state.counters["nights"] = double(added);
}

void BM_ImportNightly30Years(benchmark::State &state)
{
    importFile(state, rls::CsvKind::Nightly);
}
BENCHMARK(BM_ImportNightly30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportIntakes30Years(benchmark::State &state)
{
    importFile(state, rls::CsvKind::Intakes);
}
BENCHMARK(BM_ImportIntakes30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    years = new rls::bench::BenchDiary;
    if (!rls::bench::makeBenchDiary(*years) || !exportTo(rls::CsvKind::Nightly, csvPath(rls::CsvKind::Nightly))
        || !exportTo(rls::CsvKind::Intakes, csvPath(rls::CsvKind::Intakes))) {
        std::fprintf(stderr, "could not make the benchmark diary and its CSV files\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete years;
    return 0;
}
