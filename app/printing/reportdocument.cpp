// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/reportdocument.h"

#include "printing/chartobject.h"

#include "io/savefile.h"
#include "shared/qcustomplot_include.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace rls {
namespace {

// Margins of every page, mm.
constexpr double MarginMm = 15;

// Each kind of chart is an object type of its own, found in the text by its placeholder.
int chartObjectType(ReportChart kind)
{
    return QTextFormat::UserObject + 1 + static_cast<int>(kind);
}

QString chartPlaceholder(ReportChart kind)
{
    return QStringLiteral("@@chart-%1@@").arg(static_cast<int>(kind));
}

// ReadOnly: the file or its folder could not be written (the command line's exit code 3).
Error saveError(const QString &path, const QString &why)
{
    return Error {ErrorKind::ReadOnly,
        QCoreApplication::translate("ReportDocument", "Could not save the report as %1: %2")
            .arg(QDir::toNativeSeparators(path), why),
        {}};
}

// Point sizes: the text a doctor reads at arm's length, the tables a little smaller.
constexpr double BodyPt = 9;
constexpr double FooterPt = 7;
constexpr double HeadingPt = 11;
constexpr double TitlePt = 15;
constexpr double IdentityPt = 10;
constexpr double TablePt = 8;
constexpr double NotePt = 8;

// How a report with a page limit is made to fit, step by step: the text and the charts take
// turns to shrink, the text down to 85 % of its size (9 pt becomes 7.65 pt, the tables 6.8 pt),
// the charts down to 75 % of the height they were given, below which their axes crowd out the
// data. A report that does not fit even then runs on.
struct Fit {
    double chart;
    double text;
};
constexpr Fit FitSteps[] = {{1, 1}, {1, 0.95}, {0.9, 0.95}, {0.9, 0.9}, {0.8, 0.9}, {0.8, 0.85}, {0.75, 0.85}};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A point size at `scale` (1 but when a report is fitted to its pages), as CSS.
QString pt(double points, double scale)
{
    return QString::number(points * scale) + QStringLiteral("pt");
}

QString tableHtml(const ReportTable &table, double scale)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"border-collapse: collapse;\">");
    auto align = [&](int column) {
        return table.numericColumns.contains(column) ? QStringLiteral(" align=\"right\"") : QString();
    };
    html += QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.header.size(); ++c)
        html += QStringLiteral("<th bgcolor=\"#e4e4e4\" style=\"font-size: %1; padding-left: 6px;\"%2>%3</th>")
                    .arg(pt(TablePt, scale), align(c), esc(table.header.at(c)));
    html += QStringLiteral("</tr></thead>");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QString shade = r % 2 ? QStringLiteral(" bgcolor=\"#f4f4f4\"") : QString();
        html += QStringLiteral("<tr%1>").arg(shade);
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td style=\"font-size: %1; padding-left: 6px;\"%2>%3</td>")
                        .arg(pt(TablePt, scale), align(c), esc(row.at(c)).replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// `drawn(kind)`: whether a chart of that kind is given to be drawn; `scale` shrinks every font.
QString reportHtml(const ReportText &text, const std::function<bool(ReportChart)> &drawn, double scale)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size: %1; margin-bottom: 2px;\">%2</h1>")
                .arg(pt(TitlePt, scale), esc(text.title));
    if (!text.identity.isEmpty())
        html += QStringLiteral("<p style=\"font-size: %1;\"><b>%2</b></p>")
                    .arg(pt(IdentityPt, scale), esc(text.identity.join(u"   ·   ")));
    html += QStringLiteral("<p>%1</p>").arg(esc(text.period));
    for (const ReportSection &section : text.sections) {
        const QString pageBreak = section.startsPage ? QStringLiteral(" page-break-before: always;") : QString();
        const bool chart = section.chart != ReportChart::None && drawn(section.chart);
        if (!chart) // the chart draws its heading itself, so that the two stay together
            html += QStringLiteral("<h2 style=\"font-size: %1; margin-top: 8px; margin-bottom: 2px;%2\">%3</h2>")
                        .arg(pt(HeadingPt, scale), pageBreak, esc(section.heading));
        for (const QString &p : section.paragraphs)
            html += QStringLiteral("<p style=\"margin-top: 1px; margin-bottom: 1px;\">%1</p>").arg(esc(p));
        if (chart)
            html += QStringLiteral("<p style=\"margin-top: 8px;%1\">%2</p>")
                        .arg(pageBreak, chartPlaceholder(section.chart));
        if (!section.table.header.isEmpty())
            html += tableHtml(section.table, scale);
        for (const QString &n : section.notes)
            html += QStringLiteral("<p style=\"font-size: %1; color: #404040; margin-top: 2px;\">%2</p>")
                        .arg(pt(NotePt, scale), esc(n));
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace

ReportDocument::ReportDocument(const ReportText &text)
    : m_text(text)
    , m_document(std::make_unique<QTextDocument>())
{ }

ReportDocument::~ReportDocument() = default;

void ReportDocument::setChart(ReportChart kind, QCustomPlot *plot, double heightShare)
{
    if (kind == ReportChart::None || !plot)
        return;
    Chart &chart = m_charts[kind];
    chart.object = std::make_unique<ChartObject>(plot);
    chart.heightShare = heightShare;
    m_document->documentLayout()->registerHandler(chartObjectType(kind), chart.object.get());
}

QPageLayout ReportDocument::pageLayout(const QPageSize &pageSize)
{
    return QPageLayout(
        pageSize, QPageLayout::Portrait, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
}

Result<int> ReportDocument::savePdf(const QString &path, const QPageSize &pageSize)
{
    // Drawn into memory first, then written all at once: a full disk or a size limit is seen
    // while writing, never a truncated PDF reported as saved.
    QByteArray pdf;
    int pages = 0;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("RLS Diary"));
        writer.setTitle(m_text.title);
        writer.setPageLayout(pageLayout(pageSize));
        // 96 dpi: the chart is laid out as on a screen of the page's size and every font keeps
        // its points; text and lines stay vectors at any zoom.
        writer.setResolution(96);
        pages = paint(writer);
    }
    if (pages == 0)
        return saveError(path, QCoreApplication::translate("ReportDocument", "the PDF could not be started."));
    if (auto saved = writeFileAtomically(path, pdf); !saved)
        return saveError(path, saved.error().message + u'.');
    return pages;
}

void ReportDocument::setPageLimit(int pages)
{
    m_pageLimit = std::max(0, pages);
}

void ReportDocument::layOut(QPagedPaintDevice &device, const QSizeF &pageSize, double chartScale, double textScale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(BodyPt * textScale);
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(pageSize);
    doc.setHtml(reportHtml(
        m_text, [this](ReportChart kind) { return m_charts.contains(kind); }, textScale));
    for (auto &[kind, chart] : m_charts) {
        // The chart takes the page's width and the share of its height it was given.
        ChartObject &object = *chart.object;
        object.size = QSizeF(pageSize.width(), pageSize.height() * chart.heightShare * chartScale);
        object.titleFont = font;
        object.titleFont.setPointSizeF(HeadingPt * textScale);
        object.titleFont.setBold(true);
        for (const ReportSection &section : m_text.sections) {
            if (section.chart == kind)
                object.title = section.heading;
        }
        const QString placeholder = chartPlaceholder(kind);
        for (QTextCursor found = doc.find(placeholder); !found.isNull(); found = doc.find(placeholder, found)) {
            QTextCharFormat format;
            format.setObjectType(chartObjectType(kind));
            found.insertText(QString(QChar::ObjectReplacementCharacter), format);
        }
    }
    doc.setPageSize(pageSize); // lay out again with the charts in place
}

int ReportDocument::paint(QPagedPaintDevice &device)
{
    QCPPainter painter(&device);
    if (!painter.isActive())
        return 0;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);

    const QRect body = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(FooterPt);
    // The footer's line and text sit at the foot of the page, a clear gap below the last line of
    // text, so that a PDF reader never takes the two for one line.
    const int footerLine = QFontMetrics(small, &device).lineSpacing();
    const int footerHeight = 4 * footerLine;
    const QSizeF pageSize(body.width(), body.height() - footerHeight);

    QTextDocument &doc = *m_document;
    for (const Fit &fit : FitSteps) {
        layOut(device, pageSize, fit.chart, fit.text);
        if (m_pageLimit == 0 || doc.pageCount() <= m_pageLimit)
            break;
    }
    for (auto &[kind, chart] : m_charts)
        chart.object->painter = &painter;

    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        for (auto &[kind, chart] : m_charts)
            chart.object->page = clip.adjusted(-1, -1, 1, 1); // rounding of the layout's positions
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black); // print colours whatever the window's theme
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const double top = body.height() - 2.2 * footerLine;
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
        painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
        painter.setFont(small);
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const QString pageText
            = QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(page + 1).arg(pages);
        const double pageWidth = QFontMetricsF(small, &device).horizontalAdvance(pageText) + 8;
        painter.drawText(QRectF(0, top + 2, body.width() - pageWidth, 2 * footerLine),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text.footer);
        painter.drawText(QRectF(0, top + 2, body.width(), 2 * footerLine), Qt::AlignRight | Qt::AlignTop, pageText);
    }
    for (auto &[kind, chart] : m_charts)
        chart.object->painter = nullptr;
    painter.end();
    return pages;
}

} // namespace rls
