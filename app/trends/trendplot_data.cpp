// SPDX-License-Identifier: GPL-3.0-or-later
// TrendPlot: handing the series of core/analysis to the graphs, and how they are drawn at
// each zoom (see docs/performance.md for why markers and antialiasing depend on it).
#include "analysis/augmentation.h"
#include "analysis/daykey.h"
#include "trends/regimenbands.h"
#include "trends/trendplot.h"

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

// Intake amounts per night that get a small, medium or large marker.
constexpr std::array<double, 2> CaffeineSteps {100, 250}; // mg
constexpr std::array<double, 2> AlcoholSteps {1, 2.5}; // standard drinks
constexpr std::array<double, 3> MarkerSizes {4, 6.5, 9};

// Above this many nights in view, markers and antialiasing cost more than they show.
constexpr double MarkerDays = 190; // a "6 months" view still shows each night
constexpr double DenseDays = 400;
// Above this span in view, weekly means give way to monthly ones: at 30 years, 1,570 weeks of
// bars, lines and markers missed a 60 Hz frame, and a pixel or two per week shows nothing more.
constexpr double MonthlyAboveDays = 3 * 365.25;
constexpr double DaysPerMonth = 365.25 / 12;

double finiteMax(const QList<double> &values)
{
    double highest = 0;
    for (double v : values) {
        if (std::isfinite(v))
            highest = std::max(highest, v);
    }
    return highest;
}

double finiteMin(const QList<double> &values, double fallback)
{
    double lowest = fallback;
    for (double v : values) {
        if (std::isfinite(v))
            lowest = std::min(lowest, v);
    }
    return lowest;
}

// Dose ticks labelled only up to the largest dose, while the axis runs on to 2.5 times that:
// the bars keep to the lower part of the panel, under the severity lines.
void scaleDoseAxis(QCPAxis *axis, double largestMg)
{
    const double step = largestMg <= 400 ? 100 : largestMg <= 1000 ? 200 : 500;
    const double top = std::max(step, std::ceil(largestMg / step) * step);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double mg = 0; mg <= top; mg += step)
        ticker->addTick(mg, QString::number(mg, 'f', 0));
    axis->setTicker(ticker);
    axis->setRange(0, top * 2.5);
}

// A filled marker. Where thousands are in view it is drawn once into a pixmap and stamped:
// QPainter's ellipses cost far more than blits (docs/performance.md).
QCPScatterStyle marker(QCPScatterStyle::ScatterShape shape, const QColor &colour, double size, bool stamped)
{
    const QCPScatterStyle style(shape, colour, colour, size);
    if (!stamped)
        return style;
    const int side = static_cast<int>(std::ceil(size)) + 2;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QCPPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    style.applyTo(&painter, QPen(colour));
    style.drawShape(&painter, side / 2.0, side / 2.0);
    painter.end();
    return QCPScatterStyle(pixmap);
}

} // namespace

void TrendPlot::setData(const TrendSeries &series, const QList<Night> &nights)
{
    m_series = series;
    m_nights = nights;
    scaleDoseAxis(m_top->axis(QCPAxis::atRight),
        std::max(finiteMax(series.nights[Measure::MagnesiumMg]), finiteMax(series.nights[Measure::IronMg])));
    const double lowestEfficiency = finiteMin(series.nights[Measure::SleepEfficiency], 50);
    m_sleep->axis(QCPAxis::atRight)->setRange(std::max(0.0, std::floor(lowestEfficiency / 10) * 10), 100);
    m_bands->setPeriods(series.regimens);
    showOnset();
    showRows(); // after the onset, so the legend knows whether there is an onset line
    syncRange(m_sleep->axis(QCPAxis::atBottom)->range()); // keep the view inside the new diary
}

void TrendPlot::setLabDates(const QList<QDate> &dates)
{
    QVector<double> keys, rows;
    for (const QDate &d : dates) {
        keys.append(dayKey(d));
        rows.append(3);
    }
    m_labs->setData(keys, rows);
}

void TrendPlot::showOnset()
{
    // The median of each night's 28-night window, computed in core; the panel shows its drift.
    const QList<std::optional<double>> medians = rollingMedianOnset(m_nights);
    QVector<double> keys, values;
    for (qsizetype i = 0; i < m_nights.size() && i < medians.size(); ++i) {
        if (medians.at(i)) {
            keys.append(dayKey(m_nights.at(i).date));
            values.append(*medians.at(i));
        }
    }
    m_onsetMedian->setData(keys, values, true);
    if (values.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    // Whole 2-hour steps around the line, at least 6 hours tall, so small wobbles stay small.
    double bottom = std::floor((*low - 60) / 120) * 120;
    double top = std::ceil((*high + 60) / 120) * 120;
    if (top - bottom < 360)
        top = bottom + 360;
    m_onset->axis(QCPAxis::atLeft)->setRange(std::max(0.0, bottom), std::min(1440.0, top));
}

void TrendPlot::setWeekly(bool weekly)
{
    if (weekly == m_weekly)
        return;
    m_weekly = weekly;
    m_monthly = weekly && spanInDays() > MonthlyAboveDays;
    showRows();
    adaptToSpan();
}

double TrendPlot::spanInDays() const
{
    return m_sleep->axis(QCPAxis::atBottom)->range().size() / SecondsPerDay;
}

void TrendPlot::showRows()
{
    const TrendRows &rows = m_monthly ? m_series.months : m_weekly ? m_series.weeks : m_series.nights;
    m_severity->setVisible(!m_weekly);
    if (m_weekly)
        m_severity->data()->clear();
    else
        m_severity->setData(m_series.nights.keys, m_series.nights[Measure::Severity], true);
    m_severityMean->setData(rows.keys, m_weekly ? rows[Measure::Severity] : m_series.severityRollingMean, true);
    m_severityMean->setName(m_monthly ? tr("Monthly mean severity")
            : m_weekly                ? tr("Weekly mean severity")
                                      : tr("7-night mean"));

    QList<double> keys;
    QList<double> values;
    if (m_monthly) {
        m_magnesium->data()->clear();
        m_magnesiumArea->setData(rows.keys, rows[Measure::MagnesiumMg], true);
    } else {
        m_magnesiumArea->data()->clear();
        positivePoints(rows.keys, rows[Measure::MagnesiumMg], keys, values);
        m_magnesium->setData(keys, values, true);
        m_magnesium->setWidth((m_weekly ? 5.6 : 0.7) * SecondsPerDay);
    }
    positivePoints(rows.keys, rows[Measure::IronMg], keys, values);
    m_iron->setData(keys, values, true);
    m_iron->setName(m_weekly ? tr("Iron (elemental mg/day)") : tr("Iron (elemental mg)"));
    m_magnesium->setName(m_weekly ? tr("Magnesium (elemental mg/day)") : tr("Magnesium (elemental mg)"));
    showIntakeMarkers(rows);
    m_sleepQuality->setData(rows.keys, rows[Measure::SleepQuality], true);
    m_sleepEfficiency->setData(rows.keys, rows[Measure::SleepEfficiency], true);
    updateLegend();
}

void TrendPlot::setMarkedNights(const QList<QDate> &nights, const QString &label)
{
    QVector<double> keys, values;
    for (const QDate &d : nights) {
        keys.append(dayKey(d));
        values.append(10.2); // just under the top of the 0-10 axis, above every severity dot
    }
    m_marked->setData(keys, values);
    m_marked->setName(label);
    updateLegend();
    updateDescription();
    replot(QCustomPlot::rpQueuedReplot);
}

void TrendPlot::updateLegend()
{
    // Rebuilt in one order each time; an entry without anything drawn would only raise questions.
    legend->clearItems();
    const bool monthlyMagnesium = m_monthly && finiteMax(m_series.months[Measure::MagnesiumMg]) > 0;
    const std::array<std::pair<QCPAbstractPlottable *, bool>, 9> entries {{
        {m_marked, !m_marked->data()->isEmpty()},
        {m_magnesium, !m_magnesium->data()->isEmpty() || monthlyMagnesium},
        {m_regimenKey, !m_series.regimens.isEmpty()},
        {m_iron, !m_iron->data()->isEmpty()},
        {m_severity, !m_weekly},
        {m_severityMean, true},
        {m_onsetMedian, !m_onsetMedian->data()->isEmpty()},
        {m_sleepQuality, true},
        {m_sleepEfficiency, true},
    }};
    for (const auto &[plottable, shown] : entries) {
        if (shown)
            plottable->addToLegend();
    }
    fitLegend();
}

// As many entries in a row as fit the chart's width, the rest on the next, so that no name is
// cut short (German names are long); the legend is a grid, so a column is as wide as its widest.
void TrendPlot::fitLegend()
{
    QList<int> widths; // the grid's cells in order; a wrapped grid's last row has empty ones
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i))
            widths.append(item->minimumOuterSizeHint().width());
    }
    const int count = int(widths.size());
    if (count == 0)
        return;
    const int available = width() - legend->margins().left() - legend->margins().right();
    int perRow = count;
    for (; perRow > 1; --perRow) {
        int total = 0;
        for (int column = 0; column < perRow; ++column) {
            int widest = 0;
            for (int i = column; i < count; i += perRow)
                widest = std::max(widest, widths.at(i));
            total += widest + legend->columnSpacing();
        }
        if (total <= available)
            break;
    }
    if (legend->wrap() != perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

void TrendPlot::showIntakeMarkers(const TrendRows &rows)
{
    auto fill = [&rows](const std::array<QCPGraph *, 3> &graphs, Measure measure, double row,
                    const std::array<double, 2> &steps) {
        std::array<QList<double>, 3> keys;
        const QList<double> &amounts = rows[measure];
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const double amount = amounts.at(i);
            if (!(amount > 0))
                continue;
            const size_t bin = amount <= steps[0] ? 0 : amount <= steps[1] ? 1 : 2;
            keys[bin].append(rows.keys.at(i));
        }
        for (size_t bin = 0; bin < graphs.size(); ++bin)
            graphs[bin]->setData(keys[bin], QList<double>(keys[bin].size(), row), true);
    };
    fill(m_caffeine, Measure::CaffeineMg, 1, CaffeineSteps);
    fill(m_alcohol, Measure::AlcoholDrinks, 2, AlcoholSteps);
}

void TrendPlot::adaptToSpan()
{
    const double days = spanInDays();
    const bool monthly = m_weekly && days > MonthlyAboveDays;
    if (monthly != m_monthly) { // a zoom crossed the span: swap the rows, then restyle below
        m_monthly = monthly;
        showRows();
    }
    const double rowsInView = m_monthly ? days / DaysPerMonth : m_weekly ? days / 7 : days;
    const bool markers = rowsInView <= MarkerDays;
    // Monthly means are few rows but span years: drawn antialiased, their tall fills and the
    // regimen bands under them cost about twice as much (docs/performance.md).
    m_dense = rowsInView > DenseDays || m_monthly;
    // Restyle only when the look changes, not on every step of a drag.
    const int look = (markers ? 1 : 0) | (m_dense ? 2 : 0) | (m_weekly ? 4 : 0) | (m_monthly ? 8 : 0);
    if (look != m_look) {
        m_look = look;
        restyle(markers);
    }
    if (m_bands)
        m_bands->updateLabels();
    // Every change of the range, the averaging or the series passes here.
    updateDescription();
}

void TrendPlot::restyle(bool markers)
{
    const ChartColours &c = m_colours;

    QColor faint = c.severity;
    faint.setAlpha(m_weekly ? 255 : 150);
    m_severity->setPen(QPen(faint, 1));
    m_severity->setScatterStyle(
        markers ? QCPScatterStyle(QCPScatterStyle::ssDisc, c.severity, 4.5) : QCPScatterStyle());
    // The mean is the line to read: bold while there is room, thinner when dense.
    m_severityMean->setPen(QPen(c.severity, m_dense ? 1.5 : 2.5));
    m_severityMean->setScatterStyle(
        markers && m_weekly ? QCPScatterStyle(QCPScatterStyle::ssDisc, c.severity, 6) : QCPScatterStyle());
    m_iron->setScatterStyle(marker(QCPScatterStyle::ssDiamond, c.iron, markers ? 7 : 5, m_dense));
    for (size_t bin = 0; bin < m_caffeine.size(); ++bin) {
        const double size = markers ? MarkerSizes[bin] : MarkerSizes[bin] * 0.7;
        m_caffeine[bin]->setScatterStyle(marker(QCPScatterStyle::ssDisc, c.caffeine, size, m_dense));
        m_alcohol[bin]->setScatterStyle(marker(QCPScatterStyle::ssSquare, c.alcohol, size, m_dense));
    }
    m_sleepQuality->setPen(QPen(c.sleepQuality, m_dense ? 1 : 1.5));
    m_sleepQuality->setScatterStyle(
        markers ? QCPScatterStyle(QCPScatterStyle::ssDisc, c.sleepQuality, 4) : QCPScatterStyle());
    QColor efficiency = c.sleepEfficiency;
    efficiency.setAlpha(190);
    m_sleepEfficiency->setPen(QPen(efficiency, 1));
    m_sleepEfficiency->setScatterStyle(
        markers ? QCPScatterStyle(QCPScatterStyle::ssCircle, efficiency, 4) : QCPScatterStyle());

    for (int i = 0; i < plottableCount(); ++i) {
        plottable(i)->setAntialiased(!m_dense);
        plottable(i)->setAntialiasedScatters(!m_dense);
        plottable(i)->setAntialiasedFill(!m_dense);
    }
    setNotAntialiasedElement(QCP::aeItems, m_dense); // the regimen bands: dozens of tall fills at "all"
}

} // namespace rls
