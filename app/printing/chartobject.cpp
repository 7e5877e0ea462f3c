// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/chartobject.h"

#include "shared/qcustomplot_include.h"
#include "trends/trendplot.h"

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
    if (!m_plot || !painter || p != painter)
        return;
    const double scale = std::min(1.0, rect.width() / ChartLayoutWidth);
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    m_plot->toPainter(painter, int(rect.width() / scale), int(rect.height() / scale));
    painter->restore();
}

} // namespace rls
