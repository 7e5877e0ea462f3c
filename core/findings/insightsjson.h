// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/insights.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rls {

/// One comparison as the command line's JSON writes it: n_with, n_without, mean_with,
/// mean_without, difference, ci95_low, ci95_high, hedges_g, lag1_autocorrelation,
/// ci95_adjusted_low, ci95_adjusted_high, p_adjusted, holm_p (null where not estimable),
/// factor, outcome, and note (the not-enough-data sentence, else null).
QJsonObject comparisonJson(const Insight &insight);
/// Every comparison, in the order given.
QJsonArray comparisonsJson(const QList<Insight> &insights);

} // namespace rls
