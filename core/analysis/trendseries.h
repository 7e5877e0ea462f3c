// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/nightvalues.h"
#include "analysis/regimen.h"
#include "model/night.h"

#include <QDate>
#include <QList>

#include <array>

namespace rls {

/// What a trend chart covers and how it averages.
struct TrendOptions {
    QDate from; ///< first calendar night shown
    QDate to; ///< last calendar night shown, inclusive
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    int rollingNights = 7; ///< window of the rolling mean of severity, ending at each night
    int rollingMinimum = 4; ///< fewer logged nights in the window give no rolling mean
    /// Fewer nights with a value in a week give no weekly mean; a week cut short by the range
    /// edge needs at most as many as it has days.
    int weeklyMinimum = 3;
    RegimenOptions regimens;
};

/// Rows of plot data: one per calendar night, one per week or one per calendar month. Every measure has one value
/// per row, Missing (NaN) where nothing was logged, so a line shows a gap there.
struct TrendRows {
    QList<double> keys; ///< dayKey() of the night, or of the middle of the week's (month's) days in range
    QList<QDate> first; ///< first calendar night the row covers
    QList<QDate> last; ///< last calendar night the row covers (equal to first for nights)
    QList<int> nightsLogged; ///< logged nights in the row (0 or 1 for nights)
    std::array<QList<double>, MeasureCount> values;

    const QList<double> &operator[](Measure m) const { return values[static_cast<size_t>(m)]; }
    qsizetype size() const { return keys.size(); }
};

/// Everything a trend chart plots for one range.
struct TrendSeries {
    QDate from;
    QDate to;
    TrendRows nights; ///< one row per calendar night from `from` to `to`
    /// Rolling mean of severity, one value per row of `nights`: the mean of the logged nights in
    /// the window ending that night (nights before `from` count when they were given).
    QList<double> severityRollingMean;
    TrendRows weeks; ///< one row per week touching the range, cut at the range edges
    /// One row per calendar month touching the range, cut at the range edges. Each measure is
    /// the mean of the month's logged nights that have it (doses: mean mg per logged day),
    /// Missing only where no night of the month has it: a long view keeps every logged night.
    TrendRows months;
    QList<RegimenPeriod> regimens; ///< magnesium regimens overlapping the range
};

/// Turns nights into plot series for options.from..options.to. `nights` may come in any order
/// and may include nights outside the range: the rolling-mean window uses the ones before it.
/// `catalog` tells which substances are magnesium, iron, caffeine and alcohol.
TrendSeries buildTrendSeries(const QList<Night> &nights, const QList<Substance> &catalog, const TrendOptions &options);

/// Points of `values` that are above zero, e.g. the nights with a magnesium bar to draw.
void positivePoints(
    const QList<double> &keys, const QList<double> &values, QList<double> &outKeys, QList<double> &outValues);

} // namespace rls
