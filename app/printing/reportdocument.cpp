// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/reportdocument.h"

#include "printing/chartobject.h"

#include "shared/qcustomplot_include.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace rls {
namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
const QString ChartPlaceholder = QStringLiteral("@@trend-chart@@");

// Point sizes: the text a doctor reads at arm's length, the tables a little smaller.
constexpr double BodyPt = 9;
constexpr double FooterPt = 7;
constexpr double HeadingPt = 11;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const ReportTable &table)
{
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"border-collapse: collapse;\">");
    auto align = [&](int column) {
        return table.numericColumns.contains(column) ? QStringLiteral(" align=\"right\"") : QString();
    };
    html += QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.header.size(); ++c)
        html += QStringLiteral("<th bgcolor=\"#e4e4e4\" style=\"font-size: 8pt; padding-left: 6px;\"%1>%2</th>")
                    .arg(align(c), esc(table.header.at(c)));
    html += QStringLiteral("</tr></thead>");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QString shade = r % 2 ? QStringLiteral(" bgcolor=\"#f4f4f4\"") : QString();
        html += QStringLiteral("<tr%1>").arg(shade);
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td style=\"font-size: 8pt; padding-left: 6px;\"%1>%2</td>")
                        .arg(align(c), esc(row.at(c)).replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString reportHtml(const ReportText &text)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size: 15pt; margin-bottom: 2px;\">%1</h1>").arg(esc(text.title));
    if (!text.identity.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 10pt;\"><b>%1</b></p>").arg(esc(text.identity.join(u"   ·   ")));
    html += QStringLiteral("<p>%1</p>").arg(esc(text.period));
    for (const ReportSection &section : text.sections) {
        const QString pageBreak = section.startsPage ? QStringLiteral(" page-break-before: always;") : QString();
        if (!section.chart) // the chart draws its heading itself, so that the two stay together
            html += QStringLiteral("<h2 style=\"font-size: %1pt; margin-top: 8px; margin-bottom: 2px;%2\">%3</h2>")
                        .arg(HeadingPt)
                        .arg(pageBreak, esc(section.heading));
        for (const QString &p : section.paragraphs)
            html += QStringLiteral("<p style=\"margin-top: 1px; margin-bottom: 1px;\">%1</p>").arg(esc(p));
        if (section.chart)
            html += QStringLiteral("<p style=\"margin-top: 8px;%1\">%2</p>").arg(pageBreak, ChartPlaceholder);
        if (!section.table.header.isEmpty())
            html += tableHtml(section.table);
        for (const QString &n : section.notes)
            html += QStringLiteral("<p style=\"font-size: 8pt; color: #404040; margin-top: 2px;\">%1</p>").arg(esc(n));
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace

ReportDocument::ReportDocument(const ReportText &text, TrendPlot *chart)
    : m_text(text)
    , m_document(std::make_unique<QTextDocument>())
    , m_chart(std::make_unique<ChartObject>(chart))
{
    m_document->documentLayout()->registerHandler(ChartObjectType, m_chart.get());
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::paint(QPagedPaintDevice &device)
{
    QCPPainter painter(&device);
    if (!painter.isActive())
        return 0;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);

    const QRect body = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(BodyPt);
    QFont small = font;
    small.setPointSizeF(FooterPt);
    // The footer's line and text sit at the foot of the page, a clear gap below the last line of
    // text, so that a PDF reader never takes the two for one line.
    const int footerLine = QFontMetrics(small, &device).lineSpacing();
    const int footerHeight = 4 * footerLine;
    const QSizeF pageSize(body.width(), body.height() - footerHeight);

    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(pageSize);
    doc.setHtml(reportHtml(m_text));
    // The chart takes the page's width and about two fifths of its height.
    m_chart->size = QSizeF(pageSize.width(), pageSize.height() * 0.45);
    m_chart->titleFont = font;
    m_chart->titleFont.setPointSizeF(HeadingPt);
    m_chart->titleFont.setBold(true);
    for (const ReportSection &section : m_text.sections) {
        if (section.chart)
            m_chart->title = section.heading;
    }
    for (QTextCursor found = doc.find(ChartPlaceholder); !found.isNull(); found = doc.find(ChartPlaceholder, found)) {
        QTextCharFormat object;
        object.setObjectType(ChartObjectType);
        found.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    doc.setPageSize(pageSize); // lay out again with the chart in place

    const int pages = doc.pageCount();
    m_chart->painter = &painter;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        m_chart->page = clip.adjusted(-1, -1, 1, 1); // rounding of the layout's positions
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
        const QString pageText = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages);
        const double pageWidth = QFontMetricsF(small, &device).horizontalAdvance(pageText) + 8;
        painter.drawText(QRectF(0, top + 2, body.width() - pageWidth, 2 * footerLine),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_text.footer);
        painter.drawText(QRectF(0, top + 2, body.width(), 2 * footerLine), Qt::AlignRight | Qt::AlignTop, pageText);
    }
    m_chart->painter = nullptr;
    painter.end();
    return pages;
}

} // namespace rls
