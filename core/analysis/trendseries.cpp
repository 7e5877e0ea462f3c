// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/trendseries.h"

#include "analysis/daykey.h"

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

// The measures of every calendar day from `first`, Missing where no night was logged.
struct DayGrid {
    QDate first;
    QList<MeasureValues> days;
    QList<bool> logged;
};

DayGrid gridOf(const QList<Night> &nights, const QList<Substance> &catalog, QDate first, QDate last)
{
    DayGrid grid;
    grid.first = first;
    const auto count = static_cast<qsizetype>(first.daysTo(last) + 1);
    MeasureValues none;
    none.fill(Missing);
    grid.days.fill(none, count);
    grid.logged.fill(false, count);
    for (const Night &night : nights) {
        const qint64 i = first.daysTo(night.date);
        if (!night.date.isValid() || i < 0 || i >= count)
            continue;
        grid.days[i] = nightValues(night, catalog);
        grid.logged[i] = true;
    }
    return grid;
}

TrendRows nightRows(const DayGrid &grid, qsizetype skip)
{
    TrendRows rows;
    const qsizetype count = grid.days.size() - skip;
    rows.keys.reserve(count);
    rows.first.reserve(count);
    rows.nightsLogged.reserve(count);
    for (auto &column : rows.values)
        column.reserve(count);
    for (qsizetype i = skip; i < grid.days.size(); ++i) {
        const QDate date = grid.first.addDays(i);
        rows.keys.append(dayKey(date));
        rows.first.append(date);
        rows.nightsLogged.append(grid.logged.at(i) ? 1 : 0);
        for (size_t m = 0; m < MeasureCount; ++m)
            rows.values[m].append(grid.days.at(i)[m]);
    }
    rows.last = rows.first;
    return rows;
}

QList<double> rollingMean(const DayGrid &grid, qsizetype skip, int window, int minimum)
{
    constexpr auto severity = static_cast<size_t>(Measure::Severity);
    QList<double> out;
    out.reserve(grid.days.size() - skip);
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < grid.days.size(); ++i) {
        const double added = grid.days.at(i)[severity];
        if (!std::isnan(added)) {
            sum += added;
            ++count;
        }
        if (i >= window) {
            const double dropped = grid.days.at(i - window)[severity];
            if (!std::isnan(dropped)) {
                sum -= dropped;
                --count;
            }
        }
        if (i >= skip)
            out.append(count >= minimum && count > 0 ? sum / count : Missing);
    }
    return out;
}

// The row of the grid's days begin..end-1: a week or a month.
void appendMeans(TrendRows &rows, const DayGrid &grid, qsizetype begin, qsizetype end, int minimum)
{
    const QDate first = grid.first.addDays(begin);
    const QDate last = grid.first.addDays(end - 1);
    rows.first.append(first);
    rows.last.append(last);
    rows.keys.append((dayKey(first) + dayKey(last)) / 2);
    int logged = 0;
    for (qsizetype i = begin; i < end; ++i)
        logged += grid.logged.at(i) ? 1 : 0;
    rows.nightsLogged.append(logged);
    const int needed = std::max(1, std::min(minimum, static_cast<int>(end - begin)));
    for (size_t m = 0; m < MeasureCount; ++m) {
        double sum = 0;
        int count = 0;
        for (qsizetype i = begin; i < end; ++i) {
            const double v = grid.days.at(i)[m];
            if (!std::isnan(v)) {
                sum += v;
                ++count;
            }
        }
        rows.values[m].append(count >= needed ? sum / count : Missing);
    }
}

TrendRows weekRows(const DayGrid &grid, qsizetype skip, Qt::DayOfWeek firstDay, int minimum)
{
    TrendRows rows;
    qsizetype begin = skip;
    for (qsizetype i = skip + 1; i <= grid.days.size(); ++i) {
        const bool weekStarts = i < grid.days.size() && grid.first.addDays(i).dayOfWeek() == firstDay;
        if (i == grid.days.size() || weekStarts) {
            appendMeans(rows, grid, begin, i, minimum);
            begin = i;
        }
    }
    return rows;
}

TrendRows monthRows(const DayGrid &grid, qsizetype skip)
{
    TrendRows rows;
    qsizetype begin = skip;
    for (qsizetype i = skip + 1; i <= grid.days.size(); ++i) {
        if (i == grid.days.size() || grid.first.addDays(i).day() == 1) {
            appendMeans(rows, grid, begin, i, 1);
            begin = i;
        }
    }
    return rows;
}

} // namespace

TrendSeries buildTrendSeries(const QList<Night> &nights, const QList<Substance> &catalog, const TrendOptions &options)
{
    TrendSeries series;
    series.from = options.from;
    series.to = options.to;
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return series;
    const int window = std::max(1, options.rollingNights);
    // Days before the range feed the first rolling means; they are not plotted.
    const DayGrid grid = gridOf(nights, catalog, options.from.addDays(-(window - 1)), options.to);
    const qsizetype skip = window - 1;
    series.nights = nightRows(grid, skip);
    series.severityRollingMean = rollingMean(grid, skip, window, options.rollingMinimum);
    series.weeks = weekRows(grid, skip, options.firstDayOfWeek, options.weeklyMinimum);
    series.months = monthRows(grid, skip);

    QList<Night> inRange;
    for (const Night &night : nights) {
        if (night.date >= options.from && night.date <= options.to)
            inRange.append(night);
    }
    std::sort(inRange.begin(), inRange.end(), [](const Night &a, const Night &b) { return a.date < b.date; });
    series.regimens = findRegimenPeriods(inRange, catalog, options.regimens);
    return series;
}

void positivePoints(
    const QList<double> &keys, const QList<double> &values, QList<double> &outKeys, QList<double> &outValues)
{
    outKeys.clear();
    outValues.clear();
    const qsizetype n = std::min(keys.size(), values.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (values.at(i) > 0) {
            outKeys.append(keys.at(i));
            outValues.append(values.at(i));
        }
    }
}

} // namespace rls
