// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/chartobject.h"

#include "shared/qcustomplot_include.h"

#include <algorithm>

namespace rls {
namespace {
// The width, in pixels at 96 dpi, the chart is laid out at before it is scaled to the page, so
// that the legend and the axis titles fit.
constexpr double ChartLayoutWidth = 860;
} // namespace

void ChartObject::drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    // `p` is the QPainter the text layout was given: the same object as `painter`, which the
    // chart needs as a QCPPainter. Any other painter (none is expected) draws nothing.
    if (!m_plot || !painter || p != painter || !page.contains(rect))
        return;
    painter->save();
    QRectF plotRect = rect;
    if (!title.isEmpty()) {
        const QFontMetricsF metrics(titleFont, painter->device());
        painter->setFont(titleFont);
        painter->setPen(Qt::black);
        painter->drawText(
            QRectF(rect.left(), rect.top(), rect.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
        plotRect.setTop(rect.top() + metrics.height() * 1.4);
    }
    const double scale = std::min(1.0, plotRect.width() / ChartLayoutWidth);
    painter->translate(plotRect.topLeft());
    painter->scale(scale, scale);
    m_plot->toPainter(painter, int(plotRect.width() / scale), int(plotRect.height() / scale));
    painter->restore();
}

} // namespace rls
