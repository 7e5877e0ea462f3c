// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/augmentation.h"
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

/// The augmentation watch's status: state ("not_on_medicine", "not_enough_nights", "no_signal",
/// "signal"), medicines, stretch_start, last_night, nights_on_medicine, first_median_onset and
/// recent_median_onset (HH:MM), hours_earlier, first_mean_severity, recent_mean_severity,
/// arms_appeared, trunk_appeared, sentence, note and source (null where there is none).
QJsonObject augmentationJson(const AugmentationStatus &status);

/// One sentence for a person on what the watch sees now.
QString augmentationSentence(const AugmentationStatus &status);

} // namespace rls
