// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export and import on the 30-year diary: the nightly and the intakes file written from the
// diary to a file on disk (as File > Export CSV and `rls-diary export -o` do), and each of them
// imported into an empty diary: row by row, as `rls-diary import --create` does with our own
// files, and through the plan, as the dialog does (read, map, plan, back up, write).
// scripts/bench-io holds the same work against the sqlite3 command-line tool.
// Run: cmake --preset bench && cmake --build --preset bench --target io_bench && build/bench/bench/io_bench
#include "benchdiary.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/ownimport.h"

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

// How a file is imported: as `rls-diary import FILE --create` does with our own files (row by row,
// importOwnFile(), no backup of the new diary), or through the plan, as the File menu's dialog does
// and the command line does with any other file (read, guess the columns, plan, back up, write).
enum class Way { RowByRow, Planned };

// One import into a new empty diary made (untimed) before each run; `added` gets the nights written.
bool importOnce(rls::CsvKind kind, Way way, rls::DiaryStore &store, qsizetype &added)
{
    if (way == Way::RowByRow) {
        auto bytes = rls::readCsvBytes(csvPath(kind));
        auto stream = bytes ? rls::CsvRowStream::open(bytes.value()) : rls::Result<rls::CsvRowStream>(bytes.error());
        if (!stream)
            return false;
        auto imported = rls::importOwnFile(store, stream.value(), {});
        if (!imported || !imported.value())
            return false;
        added = imported.value()->added;
        return true;
    }
    auto table = rls::readCsvFile(csvPath(kind));
    if (!table)
        return false;
    const rls::ColumnMapping mapping = rls::guessMapping(table->header);
    const rls::ImportOptions options;
    auto plan = rls::planImport(store, table.value(), mapping, options);
    if (!plan || !plan->problems.isEmpty())
        return false;
    auto applied = rls::applyImport(store, plan.value(), options);
    if (!applied)
        return false;
    added = applied->added;
    return true;
}

void importFile(benchmark::State &state, rls::CsvKind kind, Way way)
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
        if (!importOnce(kind, way, *opened.value(), added)) {
            state.SkipWithError("the import failed");
            return;
        }
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
    importFile(state, rls::CsvKind::Nightly, Way::RowByRow);
}
BENCHMARK(BM_ImportNightly30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportIntakes30Years(benchmark::State &state)
{
    importFile(state, rls::CsvKind::Intakes, Way::RowByRow);
}
BENCHMARK(BM_ImportIntakes30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportNightlyPlanned30Years(benchmark::State &state)
{
    importFile(state, rls::CsvKind::Nightly, Way::Planned);
}
BENCHMARK(BM_ImportNightlyPlanned30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportIntakesPlanned30Years(benchmark::State &state)
{
    importFile(state, rls::CsvKind::Intakes, Way::Planned);
}
BENCHMARK(BM_ImportIntakesPlanned30Years)->Unit(benchmark::kMillisecond)->UseRealTime();

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
