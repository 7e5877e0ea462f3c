// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the Insights page's table is on a 30-year diary: every factor compared on one
// outcome (what the page computes when it opens or the range changes), all five outcomes (the
// most an outcome switch can cost), and the augmentation watch.
// Run: cmake --preset bench && cmake --build --preset bench && build/bench/bench/insights_bench
#include "analysis/augmentation.h"
#include "benchdiary.h"
#include "findings/insights.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

struct Fixture {
    rls::bench::BenchDiary diary;
    QList<rls::Night> nights;
    QList<rls::Substance> catalog;
    rls::InsightOptions options;
};

Fixture *fixture = nullptr;

bool makeFixture()
{
    fixture = new Fixture;
    if (!rls::bench::makeBenchDiary(fixture->diary))
        return false;
    fixture->nights = fixture->diary.nights;
    fixture->catalog = fixture->diary.catalog;
    fixture->options.from = fixture->diary.first;
    fixture->options.to = fixture->diary.last;
    fixture->options.tags = fixture->diary.store->tags().value();
    return true;
}

void BM_InsightsAllFactors(benchmark::State &state)
{
    for (auto _ : state) {
        auto insights
            = rls::computeInsights(fixture->nights, fixture->catalog, rls::Outcome::Severity, fixture->options);
        benchmark::DoNotOptimize(insights);
    }
    state.counters["nights"] = double(fixture->nights.size());
}
BENCHMARK(BM_InsightsAllFactors)->Unit(benchmark::kMillisecond);

void BM_InsightsEveryOutcome(benchmark::State &state)
{
    for (auto _ : state) {
        for (rls::Outcome outcome : rls::allOutcomes()) {
            auto insights = rls::computeInsights(fixture->nights, fixture->catalog, outcome, fixture->options);
            benchmark::DoNotOptimize(insights);
        }
    }
}
BENCHMARK(BM_InsightsEveryOutcome)->Unit(benchmark::kMillisecond);

void BM_AugmentationWatch(benchmark::State &state)
{
    for (auto _ : state) {
        auto status = rls::augmentationWatch(fixture->nights, fixture->catalog, fixture->options.to);
        benchmark::DoNotOptimize(status);
    }
}
BENCHMARK(BM_AugmentationWatch)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!makeFixture()) {
        std::fprintf(stderr, "could not make the 30-year diary\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete fixture;
    return 0;
}
