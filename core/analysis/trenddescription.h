// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/trendseries.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rls {

/// What the trend chart plots: every night, weekly means or monthly means.
enum class TrendAveraging { Nights, Weeks, Months };

/// One row of a plotted series: its value and the nights it covers (one night, or a week or a
/// month cut at the edges of the diary).
struct TrendPoint {
    double value = Missing;
    QDate first;
    QDate last;
};

/// First, last, lowest and highest value of one measure among the rows in view. When several
/// rows share the lowest (highest) value, the earliest is named. `rows` counts the rows with a
/// value; 0 means nothing was logged in view and the points are empty.
struct TrendExtremes {
    int rows = 0;
    TrendPoint first;
    TrendPoint last;
    TrendPoint lowest;
    TrendPoint highest;
};

/// A dose in view, counted on the nights whatever the averaging: on how many nights it was
/// taken, and the smallest and largest day's total among them (mg, or standard drinks).
struct DoseInView {
    int nights = 0;
    double lowest = 0;
    double highest = 0;
};

/// What the trend chart shows for the nights in view: the facts its text alternative tells a
/// person who cannot see it (docs/architecture.md, "Accessibility").
struct TrendFacts {
    QDate from; ///< first night in view, within the diary
    QDate to; ///< last night in view, within the diary
    TrendAveraging averaging = TrendAveraging::Nights;
    int nightsInView = 0;
    int nightsLogged = 0;
    TrendExtremes severity;
    TrendExtremes sleepQuality;
    TrendExtremes sleepEfficiency;
    DoseInView magnesium;
    DoseInView iron;
    DoseInView caffeine;
    DoseInView alcohol;
    QList<RegimenPeriod> regimens; ///< the shaded magnesium periods that overlap the view
};

/// The facts of `series` for the nights `from` to `to` (kept within the series), read from
/// the rows the chart draws for `averaging`: a week or month counts when it overlaps the view.
TrendFacts trendFacts(const TrendSeries &series, QDate from, QDate to, TrendAveraging averaging);

/// A short name for the chart: "Trend chart, 3 Mar 2026 to 14 Mar 2026".
QString trendChartName(const TrendFacts &facts, const QLocale &locale);
/// The chart in a few sentences: the period and nights logged, severity, sleep quality and
/// efficiency (first, last, lowest and highest with their night, week or month), the doses
/// and drinks, and the shaded magnesium periods.
QStringList trendChartSentences(const TrendFacts &facts, const QLocale &locale);
/// The sentences in one paragraph, as a screen reader reads them.
QString trendChartDescription(const TrendFacts &facts, const QLocale &locale);

} // namespace rls
