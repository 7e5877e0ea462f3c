// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the Trends page is on a 30-year diary: building the series, switching ranges,
// and one drag or zoom step, each drawn offscreen in a 1366x700 chart.
// Run: cmake --preset bench && cmake --build --preset bench && build/bench/bench/chart_bench
#include "analysis/trendseries.h"
#include "benchdiary.h"
#include "session/diarycontext.h"
#include "storage/diarystore.h"
#include "trends/trendplot.h"
#include "trends/trendspage.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

const QSize ChartSize(1366, 700);

// One diary, one page, shared by every benchmark: made once, as the app makes them once.
struct Fixture {
    rls::bench::BenchDiary diary;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<rls::DiaryContext> context;
    std::unique_ptr<rls::TrendsPage> page;
    QList<rls::Night> nights;
    QList<rls::Substance> catalog;
    rls::TrendOptions all;
};

Fixture *fixture = nullptr;

bool makeFixture()
{
    fixture = new Fixture;
    if (!rls::bench::makeBenchDiary(fixture->diary))
        return false;
    fixture->nights = fixture->diary.nights;
    fixture->catalog = fixture->diary.catalog;
    fixture->all.from = fixture->diary.first;
    fixture->all.to = fixture->diary.last;
    fixture->settings = std::make_unique<QSettings>(
        fixture->diary.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fixture->context = std::make_unique<rls::DiaryContext>(*fixture->diary.store, true, *fixture->settings);
    fixture->page = std::make_unique<rls::TrendsPage>(*fixture->context);
    fixture->page->plot()->setFixedSize(ChartSize);
    fixture->page->show();
    fixture->page->reload();
    QApplication::processEvents();
    return true;
}

rls::TrendPlot &plot()
{
    return *fixture->page->plot();
}

void replotNow()
{
    plot().replot(QCustomPlot::rpImmediateRefresh);
}

void BM_LoadAllNights(benchmark::State &state)
{
    for (auto _ : state) {
        auto loaded = fixture->diary.store->loadRange(fixture->all.from, fixture->all.to);
        benchmark::DoNotOptimize(loaded.ok());
    }
}
BENCHMARK(BM_LoadAllNights)->Unit(benchmark::kMillisecond);

void BM_BuildSeriesAll(benchmark::State &state)
{
    for (auto _ : state) {
        const rls::TrendSeries series = rls::buildTrendSeries(fixture->nights, fixture->catalog, fixture->all);
        benchmark::DoNotOptimize(series.nights.size());
    }
    state.counters["nights"] = double(fixture->nights.size());
}
BENCHMARK(BM_BuildSeriesAll)->Unit(benchmark::kMillisecond);

// A switch from one preset to another and the replot it causes, as a click on the button does.
void BM_SwitchPreset(benchmark::State &state)
{
    using Preset = rls::TrendsPage::Preset;
    const auto to = static_cast<Preset>(state.range(0));
    const Preset from = to == Preset::All ? Preset::ThreeMonths : Preset::All;
    for (auto _ : state) {
        state.PauseTiming();
        fixture->page->showPreset(from);
        replotNow();
        state.ResumeTiming();
        fixture->page->showPreset(to);
        replotNow();
    }
}
BENCHMARK(BM_SwitchPreset)
    ->ArgName("to")
    ->Arg(int(rls::TrendsPage::Preset::All))
    ->Arg(int(rls::TrendsPage::Preset::ThreeMonths))
    ->Unit(benchmark::kMillisecond);

// One step of a drag along the date axis: the view moves by 8 pixels' worth of dates.
void BM_DragStep(benchmark::State &state)
{
    fixture->page->showPreset(static_cast<rls::TrendsPage::Preset>(state.range(0)));
    replotNow();
    QCPAxis *x = plot().sleepRect()->axis(QCPAxis::atBottom);
    double step = x->range().size() * 8 / ChartSize.width();
    for (auto _ : state) {
        const double before = x->range().lower;
        x->moveRange(step);
        if (x->range().lower == before) { // reached an end of the diary: come back
            step = -step;
            x->moveRange(step);
        }
        replotNow();
    }
}
BENCHMARK(BM_DragStep)
    ->ArgName("preset")
    ->Arg(int(rls::TrendsPage::Preset::ThreeMonths))
    ->Arg(int(rls::TrendsPage::Preset::OneYear))
    ->Arg(int(rls::TrendsPage::Preset::All))
    ->Unit(benchmark::kMillisecond);

// A drag step with `days` nights in view, ending at the newest night: spans around the switch
// from weekly to monthly means (at 3 years), to choose where it lies.
void BM_DragSpan(benchmark::State &state)
{
    const QDate last = plot().series().to;
    fixture->page->showDates(last.addDays(-(state.range(0) - 1)), last);
    replotNow();
    QCPAxis *x = plot().sleepRect()->axis(QCPAxis::atBottom);
    double step = -x->range().size() * 8 / ChartSize.width();
    for (auto _ : state) {
        const double before = x->range().lower;
        x->moveRange(step);
        if (x->range().lower == before) {
            step = -step;
            x->moveRange(step);
        }
        replotNow();
    }
    state.counters["monthly"] = plot().isMonthly() ? 1 : 0;
}
BENCHMARK(BM_DragSpan)->ArgName("days")->Arg(730)->Arg(1095)->Arg(1100)->Arg(1826)->Unit(benchmark::kMillisecond);

// One wheel notch in, then out, around the middle of the view.
void BM_ZoomStep(benchmark::State &state)
{
    fixture->page->showPreset(static_cast<rls::TrendsPage::Preset>(state.range(0)));
    replotNow();
    QCPAxis *x = plot().sleepRect()->axis(QCPAxis::atBottom);
    bool in = true;
    for (auto _ : state) {
        x->scaleRange(in ? 0.85 : 1 / 0.85, x->range().center());
        in = !in;
        replotNow();
    }
}
BENCHMARK(BM_ZoomStep)
    ->ArgName("preset")
    ->Arg(int(rls::TrendsPage::Preset::ThreeMonths))
    ->Arg(int(rls::TrendsPage::Preset::All))
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!makeFixture()) {
        std::fprintf(stderr, "chart_bench: could not make the synthetic diary\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete fixture;
    return 0;
}
