// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QCPPainter;
class QCustomPlot;

namespace rls {

/// A chart (the trend chart, a trial's block means) as an object inside the report's text: the
/// layout keeps its place on a page, and drawing it hands the report's own QCPPainter to
/// QCustomPlot, so the PDF gets vectors, not a picture.
class ChartObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObject(QCustomPlot *plot)
        : m_plot(plot)
    { }

    QSizeF size; ///< the room it takes on the page
    /// The painter of the pages being drawn; the chart draws only with it.
    QCPPainter *painter = nullptr;
    /// The part of the document on the page being drawn. The chart is drawn only where it lies
    /// on that page whole: the layout also asks for it on the page before the one it was moved
    /// to, and QCustomPlot sets clip rectangles of its own, so the page's clip cannot stop it.
    QRectF page;
    /// The section's heading, drawn as the chart's top line so that the two never part at a
    /// page's end.
    QString title;
    QFont titleFont;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return size; }
    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override;

private:
    QCustomPlot *m_plot;
};

} // namespace rls
