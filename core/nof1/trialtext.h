// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/trialplan.h"
#include "nof1/trialanalysis.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rls {

/// The evening form's line for the night of `date`: "Trial: night 9 of 84, block 2 of 6,
/// B: no magnesium", with "(wash-out)" on wash-out nights, "Trial paused since 3 Dec" and the
/// like; empty when the night is not part of an ongoing trial.
QString trialStatusLine(const TrialPlan &plan, QDate date, QDate today, const QLocale &locale = QLocale());

/// Where the trial stands in words: "Running: night 9 of 84 (block 2 of 6).", "Finished on 3 Mar
/// 2027.", "Stopped early after 40 of 84 nights: analysed as it stands.", ...
QString trialPhaseSentence(
    const TrialPlan &plan, const TrialResult &result, QDate today, const QLocale &locale = QLocale());

/// The treatment effect in words, e.g. "On A, symptom severity (0-10) was 1.2 lower than on B
/// (mean of 3 pair differences; 95 % interval 2.0 lower to 0.4 lower)." or why there is none yet.
QString effectSentence(const TrialPlan &plan, const OutcomeAnalysis &analysis, const QLocale &locale = QLocale());

/// The randomisation test in words, always with the smallest p the design allows: "p = 0.25 ...
/// With 3 pairs no result can give a p below 0.25, so this design cannot show a difference
/// beyond chance at the usual 0.05 level on its own."
QString randomisationSentence(const OutcomeAnalysis &analysis, const QLocale &locale = QLocale());

/// "A: 38 of 40 logged nights as planned (95 %); 2 nights not logged."
QString adherenceSentence(
    const TrialPlan &plan, Condition condition, const ConditionAdherence &adherence, const QLocale &locale = QLocale());

/// The plan as the command line's JSON writes it: id, substance, dose_a, dose_b (null for none),
/// block_nights, pairs, washout_nights, primary, secondary, start, last_night, seed (as text),
/// order ("AB"/"BA" per pair), state, ended_on, pauses, blocks (first, last, condition).
QJsonObject trialPlanJson(const TrialPlan &plan, QDate today);
/// Where the trial stands: the plan's id, phase, night, nights, block, blocks, condition, washout,
/// status line (null fields outside the trial), adherence_a, adherence_b.
QJsonObject trialStatusJson(const TrialPlan &plan, const TrialResult &result, QDate today);
/// The result: pairs (each with pair, a_mean, b_mean, difference = a_mean - b_mean), effect,
/// ci95_low, ci95_high, randomisation_p, smallest_possible_p, adherence_a, adherence_b (0 to 1),
/// stopped_early, outcome, blocks, secondary (the same per outcome), harms.
QJsonObject trialResultJson(const TrialPlan &plan, const TrialResult &result);

} // namespace rls
