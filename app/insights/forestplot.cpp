// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/forestplot.h"

#include <algorithm>

namespace rls {

ForestPlot::ForestPlot(QWidget *parent)
    : QCustomPlot(parent)
    // Rows are the graph's keys on the left axis; differences its values along the bottom.
    , m_points(addGraph(yAxis, xAxis))
    , m_intervals(new QCPErrorBars(yAxis, xAxis))
    , m_zero(new QCPItemStraightLine(this))
    , m_highlight(new QCPItemRect(this))
{
    setObjectName(QStringLiteral("forestPlot"));
    setAccessibleName(tr("Differences with their intervals, one row per factor"));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor base = palette().color(QPalette::Base);
    setBackground(base);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    }
    yAxis->setRangeReversed(true); // the first factor on top
    yAxis->setSubTicks(false);
    yAxis->grid()->setVisible(false);
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xd9, 0x5f, 0x0e), 9));
    m_intervals->setDataPlottable(m_points);
    m_intervals->setErrorType(QCPErrorBars::etValueError);
    m_intervals->setPen(QPen(text, 2));
    m_zero->setPen(QPen(text, 1, Qt::DashLine));
    m_zero->point1->setCoords(0, 0);
    m_zero->point2->setCoords(0, 1);
    m_highlight->setPen(Qt::NoPen);
    m_highlight->setBrush(palette().color(QPalette::Highlight).lighter(160));
    m_highlight->setLayer(QStringLiteral("background"));
    m_highlight->setVisible(false);
    connect(this, &QCustomPlot::mousePress, this, &ForestPlot::onClick);
}

void ForestPlot::setInsights(const QList<Insight> &insights, const QString &unit)
{
    m_factors.clear();
    QVector<double> rows, differences, low, high;
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    double lowest = 0, highest = 0;
    for (const Insight &i : insights) {
        const Comparison &c = i.comparison;
        if (!c.difference || !c.ci95AdjustedLow || !c.ci95AdjustedHigh)
            continue;
        const double row = m_factors.size();
        m_factors.append(i.factor);
        rows.append(row);
        differences.append(*c.difference);
        low.append(*c.difference - *c.ci95AdjustedLow);
        high.append(*c.ci95AdjustedHigh - *c.difference);
        labels->addTick(row, i.factorLabel);
        lowest = std::min(lowest, *c.ci95AdjustedLow);
        highest = std::max(highest, *c.ci95AdjustedHigh);
    }
    m_points->setData(rows, differences, true);
    m_intervals->setData(low, high);
    yAxis->setTicker(labels);
    yAxis->setRange(-0.7, std::max<double>(m_factors.size(), 1) - 0.3);
    const double margin = std::max(0.5, (highest - lowest) * 0.1);
    xAxis->setRange(lowest - margin, highest + margin);
    xAxis->setLabel(tr("With − without (%1), and its 95 % interval").arg(unit));
    selectFactor(m_selected);
    replot();
}

void ForestPlot::selectFactor(const QString &factor)
{
    const qsizetype row = m_factors.indexOf(factor);
    m_selected = row >= 0 ? factor : QString();
    m_highlight->setVisible(row >= 0);
    if (row >= 0) {
        m_highlight->topLeft->setType(QCPItemPosition::ptPlotCoords);
        m_highlight->bottomRight->setType(QCPItemPosition::ptPlotCoords);
        m_highlight->topLeft->setAxes(xAxis, yAxis);
        m_highlight->bottomRight->setAxes(xAxis, yAxis);
        m_highlight->topLeft->setCoords(xAxis->range().lower, row - 0.45);
        m_highlight->bottomRight->setCoords(xAxis->range().upper, row + 0.45);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void ForestPlot::onClick(QMouseEvent *event)
{
    const double row = yAxis->pixelToCoord(event->pos().y());
    const qsizetype index = std::lround(row);
    if (index < 0 || index >= m_factors.size() || std::abs(row - index) > 0.45)
        return;
    selectFactor(m_factors.at(index));
    emit factorClicked(m_factors.at(index));
}

} // namespace rls
