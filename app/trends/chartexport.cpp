// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/chartexport.h"

#include "io/savefile.h"
#include "trends/trendplot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>

namespace rls {
namespace {

Error saveError(const QString &path, const QString &why)
{
    return Error {ErrorKind::Storage,
        QCoreApplication::translate("ChartExport", "Could not save the chart as %1: %2")
            .arg(QDir::toNativeSeparators(path), why),
        {}};
}

// Puts the chart in print colours with a heading for as long as it lives, then restores it.
class PrintLook final {
public:
    PrintLook(TrendPlot &plot, const ChartHeading &heading)
        : m_plot(plot)
    {
        plot.applyColours(ChartColours::forPrint());
        plot.plotLayout()->insertRow(0);
        m_title = new QCPTextElement(&plot, heading.title + QLatin1Char('\n') + heading.subtitle);
        QFont font = plot.font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        m_title->setFont(font);
        m_title->setTextColor(Qt::black);
        plot.plotLayout()->addElement(0, 0, m_title);
    }
    ~PrintLook()
    {
        m_plot.plotLayout()->remove(m_title);
        m_plot.plotLayout()->simplify();
        m_plot.applyScreenColours();
        m_plot.replot();
    }
    PrintLook(const PrintLook &) = delete;
    PrintLook &operator=(const PrintLook &) = delete;

private:
    TrendPlot &m_plot;
    QCPTextElement *m_title = nullptr;
};

} // namespace

Result<void> saveChartPng(TrendPlot &plot, const QString &path, const ChartHeading &heading, QSize size, double scale)
{
    if (size.isEmpty() || scale <= 0)
        return saveError(path, QCoreApplication::translate("ChartExport", "the picture size is empty."));
    QByteArray png;
    {
        const PrintLook look(plot, heading);
        const QPixmap pixmap = plot.toPixmap(size.width(), size.height(), scale);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (pixmap.isNull() || !pixmap.save(&buffer, "PNG"))
            return saveError(path, QCoreApplication::translate("ChartExport", "the picture could not be drawn."));
    }
    if (auto saved = writeFileAtomically(path, png); !saved)
        return saveError(path, saved.error().message + u'.');
    return {};
}

Result<void> saveChartPdf(TrendPlot &plot, const QString &path, const ChartHeading &heading)
{
    // Drawn into memory, then written all at once: a failed write is never a truncated PDF.
    QByteArray pdf;
    {
        const PrintLook look(plot, heading);
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("RLS Diary"));
        writer.setTitle(heading.title);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        // At 96 dpi the chart is laid out as on a screen of the page's size; fonts keep their points.
        writer.setResolution(96);
        QCPPainter painter(&writer);
        if (!painter.isActive())
            return saveError(path, QCoreApplication::translate("ChartExport", "the PDF could not be started."));
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        plot.toPainter(&painter, page.width(), page.height());
        painter.end();
    }
    if (auto saved = writeFileAtomically(path, pdf); !saved)
        return saveError(path, saved.error().message + u'.');
    return {};
}

} // namespace rls
