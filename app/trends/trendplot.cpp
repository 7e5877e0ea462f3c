// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/trendplot.h"

#include "analysis/augmentation.h"

#include "analysis/daykey.h"
#include "analysis/trenddescription.h"
#include "trends/dateticker.h"
#include "trends/regimenbands.h"
#include "trends/trendtooltip.h"

#include <QToolTip>

namespace rls {
namespace {

const QString BandLayer = QStringLiteral("bands");

void hideTickLabels(QCPAxis *axis)
{
    axis->setTickLabels(false);
    axis->setLabel(QString());
}

QSharedPointer<QCPAxisTickerFixed> fixedTicker(double step)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(step);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    return ticker;
}

void styleAxis(QCPAxis *axis, const ChartColours &c)
{
    const QPen pen(c.axis, 0);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(c.text);
    axis->setLabelColor(c.text);
    axis->grid()->setPen(QPen(c.grid, 0, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

} // namespace

TrendPlot::TrendPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(new DateTicker)
{
    setObjectName(QStringLiteral("trendPlot"));
    // Drawing thin lines without antialiasing while dragging keeps each step within a frame.
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phFastPolylines, true);
    setMinimumSize(480, 360);
    // Tab reaches the chart, so a screen reader reads its description (updateDescription); a
    // click does not take the focus from the form fields around it.
    setFocusPolicy(Qt::TabFocus);
    buildLayout();
    buildGraphs();
    m_bands = std::make_unique<RegimenBands>(m_top, BandLayer);
    setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    connect(this, &QCustomPlot::mouseMove, this, &TrendPlot::showTooltip);
    connect(this, &QCustomPlot::mouseDoubleClick, this, &TrendPlot::activateNight);
    applyScreenColours();
}

TrendPlot::~TrendPlot() = default;

void TrendPlot::buildLayout()
{
    m_top = axisRect();
    m_strip = new QCPAxisRect(this, false);
    m_strip->addAxes(QCPAxis::AxisTypes(QCPAxis::atBottom) | QCPAxis::atLeft);
    m_onset = new QCPAxisRect(this, false);
    m_onset->addAxes(QCPAxis::AxisTypes(QCPAxis::atBottom) | QCPAxis::atLeft);
    m_sleep = new QCPAxisRect(this, false);
    m_sleep->addAxes(QCPAxis::AxisTypes(QCPAxis::atBottom) | QCPAxis::atLeft | QCPAxis::atRight);
    m_top->axis(QCPAxis::atTop)->setVisible(false);
    m_top->axis(QCPAxis::atRight)->setVisible(true);

    // The legend goes in a row of its own above the panels, where it hides no data.
    m_top->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->addElement(2, 0, m_strip);
    plotLayout()->addElement(3, 0, m_onset);
    plotLayout()->addElement(4, 0, m_sleep);
    plotLayout()->setRowSpacing(2);
    plotLayout()->setRowStretchFactors({0.01, 3.0, 0.5, 0.9, 1.8});
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(8); // as many as fit in a row: fitLegend
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(22, 12);
    legend->setMargins(QMargins(4, 2, 4, 2));
    m_strip->setMinimumSize(0, 64);
    m_strip->setMaximumSize(QWIDGETSIZE_MAX, 64);

    auto *margins = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_top, m_strip, m_onset, m_sleep}) {
        rect->setMarginGroup(QCP::MarginSides(QCP::msLeft) | QCP::msRight, margins);
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        x->setTicker(m_ticker);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(x, nullptr);
        rect->setRangeZoomAxes(x, nullptr);
        rect->setRangeZoomFactor(0.85, 1.0);
        connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TrendPlot::syncRange);
    }
    hideTickLabels(m_top->axis(QCPAxis::atBottom));
    hideTickLabels(m_strip->axis(QCPAxis::atBottom));
    hideTickLabels(m_onset->axis(QCPAxis::atBottom));
    // Minutes on the onset line (06:00 to 06:00), labelled as clock times every 4 hours: the
    // panel is short, and a creep of hours is what it is there to show.
    QSharedPointer<QCPAxisTickerText> clock(new QCPAxisTickerText);
    for (int minutes = 0; minutes <= 24 * 60; minutes += 240)
        clock->addTick(minutes, clockOnOnsetLine(minutes).toString(u"HH:mm"));
    m_onset->axis(QCPAxis::atLeft)->setTicker(clock);
    m_onset->axis(QCPAxis::atLeft)->setLabel(tr("Onset"));
    m_onset->axis(QCPAxis::atLeft)->setRange(12 * 60, 18 * 60);
    m_sleep->axis(QCPAxis::atBottom)->setLabel(tr("Night (evening date)"));

    QCPAxis *severity = m_top->axis(QCPAxis::atLeft);
    severity->setLabel(tr("RLS severity (0–10)"));
    severity->setRange(-0.4, 10.4);
    severity->setTicker(fixedTicker(2));
    m_top->axis(QCPAxis::atRight)->setLabel(tr("Elemental dose (mg/day)"));

    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText);
    rows->addTick(1, tr("Caffeine"));
    rows->addTick(2, tr("Alcohol"));
    rows->addTick(3, tr("Lab test"));
    m_strip->axis(QCPAxis::atLeft)->setTicker(rows);
    m_strip->axis(QCPAxis::atLeft)->setRange(0.4, 3.6);

    QCPAxis *quality = m_sleep->axis(QCPAxis::atLeft);
    quality->setLabel(tr("Sleep quality (1–5)"));
    quality->setRange(0.6, 5.4);
    quality->setTicker(fixedTicker(1));
    m_sleep->axis(QCPAxis::atRight)->setLabel(tr("Sleep efficiency (%)"));
    m_sleep->axis(QCPAxis::atRight)->setRange(50, 100);
    m_sleep->axis(QCPAxis::atRight)->setTicker(fixedTicker(10));

    addLayer(BandLayer, layer(QStringLiteral("background")), QCustomPlot::limAbove);
    // Nothing is drawn on the overlay (no selection rectangle): one paint buffer instead of two
    // to clear and blend on every frame.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
}

QCPGraph *TrendPlot::addLine(QCPAxis *x, QCPAxis *y, const QString &objectName)
{
    QCPGraph *graph = addGraph(x, y);
    graph->setObjectName(objectName);
    graph->setSelectable(QCP::stNone);
    return graph;
}

void TrendPlot::buildGraphs()
{
    QCPAxis *topX = m_top->axis(QCPAxis::atBottom);
    m_marked = addLine(topX, m_top->axis(QCPAxis::atLeft), QStringLiteral("markedNights"));
    m_marked->setLineStyle(QCPGraph::lsNone);
    m_marked->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, palette().color(QPalette::Highlight),
        palette().color(QPalette::Highlight), 7));
    m_magnesium = new QCPBars(topX, m_top->axis(QCPAxis::atRight));
    m_magnesium->setObjectName(QStringLiteral("magnesiumBars"));
    m_magnesium->setName(tr("Magnesium (elemental mg)"));
    m_magnesium->setWidthType(QCPBars::wtPlotCoords);
    m_magnesium->setSelectable(QCP::stNone);
    // Monthly means touch each other: one stepped area draws them in one fill, where hundreds of
    // tall bars each cost a hand-over to Qt's painting threads (docs/performance.md).
    m_magnesiumArea = addLine(topX, m_top->axis(QCPAxis::atRight), QStringLiteral("magnesiumArea"));
    m_magnesiumArea->setLineStyle(QCPGraph::lsStepCenter);
    m_magnesiumArea->removeFromLegend(); // the bars' entry names it
    // A legend entry for the shaded regimen bands, which are items and have none of their own.
    m_regimenKey = new QCPBars(topX, m_top->axis(QCPAxis::atRight));
    m_regimenKey->setObjectName(QStringLiteral("regimenLegend"));
    m_regimenKey->setName(tr("On magnesium"));
    m_regimenKey->setPen(Qt::NoPen);
    m_regimenKey->setSelectable(QCP::stNone);
    m_iron = addLine(topX, m_top->axis(QCPAxis::atRight), QStringLiteral("ironGraph"));
    m_iron->setName(tr("Iron (elemental mg)"));
    m_iron->setLineStyle(QCPGraph::lsNone);
    m_severity = addLine(topX, m_top->axis(QCPAxis::atLeft), QStringLiteral("severityGraph"));
    m_severity->setName(tr("Severity (each night)"));
    m_severityMean = addLine(topX, m_top->axis(QCPAxis::atLeft), QStringLiteral("severityMeanGraph"));

    QCPAxis *stripX = m_strip->axis(QCPAxis::atBottom);
    for (size_t i = 0; i < m_caffeine.size(); ++i) {
        m_caffeine[i] = addLine(stripX, m_strip->axis(QCPAxis::atLeft), QStringLiteral("caffeineGraph%1").arg(i));
        m_alcohol[i] = addLine(stripX, m_strip->axis(QCPAxis::atLeft), QStringLiteral("alcoholGraph%1").arg(i));
        for (QCPGraph *g : {m_caffeine[i], m_alcohol[i]}) {
            g->setLineStyle(QCPGraph::lsNone);
            g->removeFromLegend(); // the strip's row labels name them
        }
    }

    m_labs = addLine(stripX, m_strip->axis(QCPAxis::atLeft), QStringLiteral("labTestGraph"));
    m_labs->setLineStyle(QCPGraph::lsNone);
    m_labs->setName(tr("Lab test (ferritin, saturation, ...)"));
    m_onsetMedian
        = addLine(m_onset->axis(QCPAxis::atBottom), m_onset->axis(QCPAxis::atLeft), QStringLiteral("onsetMedianGraph"));
    m_onsetMedian->setName(tr("Symptom onset (28-night median)"));
    QCPAxis *sleepX = m_sleep->axis(QCPAxis::atBottom);
    m_sleepQuality = addLine(sleepX, m_sleep->axis(QCPAxis::atLeft), QStringLiteral("sleepQualityGraph"));
    m_sleepQuality->setName(tr("Sleep quality"));
    m_sleepEfficiency = addLine(sleepX, m_sleep->axis(QCPAxis::atRight), QStringLiteral("sleepEfficiencyGraph"));
    m_sleepEfficiency->setName(tr("Sleep efficiency"));
}

void TrendPlot::applyColours(const ChartColours &c)
{
    m_colours = c;
    setBackground(c.background);
    for (QCPAxisRect *rect : {m_top, m_strip, m_onset, m_sleep}) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, c);
    }
    m_strip->axis(QCPAxis::atLeft)->grid()->setPen(QPen(c.grid, 0, Qt::DotLine));
    legend->setBrush(c.background);
    legend->setTextColor(c.text);
    m_magnesium->setPen(QPen(c.magnesiumEdge, 1));
    m_magnesium->setBrush(c.magnesium);
    m_magnesiumArea->setPen(QPen(c.magnesiumEdge, 1));
    m_magnesiumArea->setBrush(c.magnesium);
    m_bands->setColours(c.regimenBand, c.text);
    QColor key = c.regimenBand;
    key.setAlpha(key.alpha() * 2); // the legend swatch is small: a little stronger to be seen
    m_regimenKey->setBrush(key);
    m_onsetMedian->setPen(QPen(c.severity, 2, Qt::SolidLine));
    m_labs->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, c.iron, c.iron, 9));
    m_look = -1; // restyle every graph in the new colours
    adaptToSpan();
}

void TrendPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyScreenColours();
        replot(rpQueuedReplot);
    }
}

void TrendPlot::resizeEvent(QResizeEvent *event)
{
    fitLegend();
    QCustomPlot::resizeEvent(event);
}

void TrendPlot::paintEvent(QPaintEvent *event)
{
    QCustomPlot::paintEvent(event);
    if (!hasFocus())
        return;
    // A plain frame in the selection colour: the style's focus rectangle tints the whole chart.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void TrendPlot::updateDescription()
{
    const TrendAveraging averaging = m_monthly ? TrendAveraging::Months
        : m_weekly                             ? TrendAveraging::Weeks
                                               : TrendAveraging::Nights;
    const QDate from = visibleFrom();
    const QDate to = visibleTo();
    const TrendFacts facts = trendFacts(m_series, from, to, averaging);
    const QLocale locale;
    QStringList lines = trendChartSentences(facts, locale);
    int marked = 0;
    for (auto it = m_marked->data()->constBegin(); it != m_marked->data()->constEnd(); ++it) {
        const QDate night = dateFromKey(it->key);
        marked += night >= from && night <= to ? 1 : 0;
    }
    if (marked == 1)
        lines.append(tr("Marked along the top: %1, 1 night in view.").arg(m_marked->name()));
    else if (marked > 1)
        lines.append(tr("Marked along the top: %1, %2 nights in view.").arg(m_marked->name(), locale.toString(marked)));
    m_description = lines;
    setAccessibleName(trendChartName(facts, locale));
    setAccessibleDescription(lines.join(u' '));
}

void TrendPlot::setVisibleDates(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_sleep->axis(QCPAxis::atBottom)->setRange(dayKey(from) - SecondsPerDay / 2, dayKey(to) + SecondsPerDay / 2);
}

QDate TrendPlot::visibleFrom() const
{
    return dateFromKey(m_sleep->axis(QCPAxis::atBottom)->range().lower + SecondsPerDay / 2);
}

QDate TrendPlot::visibleTo() const
{
    return dateFromKey(m_sleep->axis(QCPAxis::atBottom)->range().upper - SecondsPerDay / 2);
}

void TrendPlot::syncRange(const QCPRange &wanted)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QCPRange range = wanted;
    if (m_series.from.isValid()) {
        // Keep at least a week in view, and never wander past the diary's first and last nights.
        const double lowest = dayKey(m_series.from) - SecondsPerDay / 2;
        const double highest = dayKey(m_series.to) + SecondsPerDay / 2;
        const double span = std::clamp(range.size(), 7 * SecondsPerDay, std::max(7 * SecondsPerDay, highest - lowest));
        const double centre = std::clamp(range.center(), lowest + span / 2, std::max(lowest, highest - span / 2) + 0);
        range = QCPRange(centre - span / 2, centre + span / 2);
    }
    for (QCPAxisRect *rect : {m_top, m_strip, m_onset, m_sleep})
        rect->axis(QCPAxis::atBottom)->setRange(range);
    adaptToSpan();
    m_syncing = false;
    emit visibleDatesChanged(visibleFrom(), visibleTo());
}

QDate TrendPlot::dateAt(const QPoint &pos) const
{
    for (QCPAxisRect *rect : {m_top, m_strip, m_onset, m_sleep}) {
        if (rect->rect().contains(pos)) {
            const QDate date = dateFromKey(rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()));
            if (date >= m_series.from && date <= m_series.to)
                return date;
        }
    }
    return {};
}

void TrendPlot::showTooltip(QMouseEvent *event)
{
    const QDate date = event->buttons() == Qt::NoButton ? dateAt(event->pos()) : QDate();
    if (!date.isValid()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), trendTooltip(m_series, m_nights, date, m_weekly, m_monthly),
        this, QRect(), 15000);
}

void TrendPlot::activateNight(QMouseEvent *event)
{
    const QDate date = dateAt(event->pos());
    if (date.isValid())
        emit nightActivated(date);
}

} // namespace rls
