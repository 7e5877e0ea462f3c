// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/printablereport.h"

#include "analysis/trendseries.h"
#include "printing/reportdocument.h"
#include "shared/qcustomplot_include.h"
#include "storage/diarystore.h"
#include "trends/chartcolours.h"
#include "trends/trendplot.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace rls {
namespace {

// Longer periods are charted as weekly means, as the Trends page does past six months.
constexpr qint64 WeeklyAboveDays = 186;
// Margins of every page, mm.
constexpr double MarginMm = 15;

QString tr(const char *text)
{
    return QCoreApplication::translate("PrintableReport", text);
}

// ReadOnly: the file or its folder could not be written (the command line's exit code 3).
Error saveError(const QString &path, const QString &why)
{
    return Error {
        ErrorKind::ReadOnly, tr("Could not save the report as %1: %2").arg(QDir::toNativeSeparators(path), why), {}};
}

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
    , m_document(std::make_unique<ReportDocument>(m_text, m_chart.get()))
{ }

PrintableReport::~PrintableReport() = default;

int PrintableReport::paint(QPagedPaintDevice &device)
{
    return m_document->paint(device);
}

Result<int> PrintableReport::savePdf(const QString &path, const QPageSize &pageSize)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, file.errorString());
    protectNewFile(file, existed);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("RLS Diary"));
        writer.setTitle(m_text.title);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait,
            QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
        // 96 dpi: the chart is laid out as on a screen of the page's size and every font keeps
        // its points; text and lines stay vectors at any zoom.
        writer.setResolution(96);
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return saveError(path, tr("the PDF could not be started."));
    }
    if (!file.commit())
        return saveError(path, file.errorString());
    return pages;
}

} // namespace rls
