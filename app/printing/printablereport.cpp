// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printablereport.h"

#include "analysis/trendseries.h"
#include "printing/reportdocument.h"
#include "shared/qcustomplot_include.h"
#include "storage/diarystore.h"
#include "trends/chartcolours.h"
#include "trends/trendplot.h"

namespace rls {
namespace {

// Longer periods are charted as weekly means, as the Trends page does past six months.
constexpr qint64 WeeklyAboveDays = 186;
// The trend chart takes about two fifths of a page.
constexpr double ChartHeightShare = 0.45;

std::unique_ptr<TrendPlot> makeChart(const QList<Night> &nights, const QList<Substance> &catalog,
    const QList<LabResult> &labs, const ReportOptions &options, Qt::DayOfWeek firstDayOfWeek)
{
    auto plot = std::make_unique<TrendPlot>();
    TrendOptions trend;
    trend.from = options.from;
    trend.to = options.to;
    trend.firstDayOfWeek = firstDayOfWeek;
    plot->setData(buildTrendSeries(nights, catalog, trend), nights);
    plot->setWeekly(options.from.daysTo(options.to) + 1 > WeeklyAboveDays);
    plot->setVisibleDates(options.from, options.to);
    QList<QDate> labDates;
    for (const LabResult &lab : labs) {
        if (lab.date >= options.from && lab.date <= options.to)
            labDates.append(lab.date);
    }
    plot->setLabDates(labDates);
    plot->applyColours(ChartColours::forPrint());
    plot->legend->setWrap(4); // two rows: the page is narrower than a window
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranges the entries
    return plot;
}

} // namespace

Result<std::unique_ptr<PrintableReport>> PrintableReport::load(
    DiaryStore &store, const ReportOptions &options, Qt::DayOfWeek firstDayOfWeek)
{
    const auto source = readReportSource(store);
    if (!source)
        return source.error();
    ReportOptions o = options;
    if (o.tags.isEmpty())
        o.tags = source->tags;
    DoctorReport report = buildDoctorReport(source->nights, source->catalog, source->labs, o);
    auto chart = makeChart(source->nights, source->catalog, source->labs, o, firstDayOfWeek);
    return std::unique_ptr<PrintableReport>(new PrintableReport(std::move(report), std::move(chart)));
}

PrintableReport::PrintableReport(DoctorReport report, std::unique_ptr<TrendPlot> chart)
    : m_report(std::move(report))
    , m_text(reportText(m_report))
    , m_chart(std::move(chart))
    , m_document(std::make_unique<ReportDocument>(m_text))
{
    m_document->setChart(ReportChart::Trend, m_chart.get(), ChartHeightShare);
}

PrintableReport::~PrintableReport() = default;

int PrintableReport::paint(QPagedPaintDevice &device)
{
    return m_document->paint(device);
}

Result<int> PrintableReport::savePdf(const QString &path, const QPageSize &pageSize)
{
    return m_document->savePdf(path, pageSize);
}

} // namespace rls
