// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// One night's value of the measure being compared, e.g. severity on 2026-01-05.
struct NightValue {
    QDate date;
    double value;
};

/// Nights with a factor against nights without it: the figures the Insights page shows.
/// Every optional is empty when the data cannot give it; see docs/statistics.md.
struct Comparison {
    int nWith = 0, nWithout = 0;
    std::optional<double> meanWith, meanWithout, difference; ///< difference = meanWith - meanWithout
    std::optional<double> ci95Low, ci95High; ///< Welch's 95 % interval of the difference
    std::optional<double> hedgesG; ///< standardized difference, small-sample corrected
    std::optional<double> lag1Autocorrelation; ///< rho of the residuals on consecutive nights
    std::optional<double> ci95AdjustedLow, ci95AdjustedHigh, pAdjusted; ///< widened for rho > 0
    std::optional<double> holmP; ///< filled by holmAdjust()
    QString note; ///< why figures are missing (too few nights, no spread, rho too high), else empty
};

/// Compares the nights with a factor to the nights without it (Welch interval, Hedges' g, and the
/// interval and p value widened for lag-1 autocorrelation). Either group with fewer than
/// minimumNights nights (at least 2) gives counts and a note, no estimates.
Comparison compareGroups(const QList<NightValue> &with, const QList<NightValue> &without, int minimumNights = 7);

/// Holm's step-down adjustment over the pAdjusted of those comparisons that have one, written to
/// their holmP; the others get none.
void holmAdjust(QList<Comparison> &comparisons);

} // namespace rls
