// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/trialplan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// Whether a logged night of the trial followed the plan.
enum class Adherence { AsPlanned, BrokePlan, NotLogged };

/// One night's adherence: the planned amount of the trial's substance (0 for none) against the
/// amount the night's intakes hold, read as elemental magnesium or iron for those kinds and by
/// the substance's name otherwise. Within 10 % of the planned amount is as planned; see
/// docs/statistics.md.
struct NightAdherence {
    QDate date;
    Condition condition = Condition::A;
    bool washout = false;
    Adherence adherence = Adherence::NotLogged;
    double takenAmount = 0; ///< in the planned dose's unit
    QString why; ///< for a night that broke the plan: "took none", "took 150 mg (planned 300 mg)"
};

/// Adherence to the plan of one condition, over the trial's nights so far.
struct ConditionAdherence {
    int asPlanned = 0;
    int brokePlan = 0;
    int notLogged = 0;
    /// asPlanned / (asPlanned + brokePlan), 0 to 1; nullopt with no logged night.
    std::optional<double> share() const;
};

/// One block's figures for one outcome.
struct BlockResult {
    int block = 0;
    int pair = 0;
    Condition condition = Condition::A;
    QDate first, last; ///< as far as the trial has run (or stopped)
    int nights = 0; ///< nights of the block run so far
    int analysed = 0; ///< after the wash-out, logged with a value of the outcome
    std::optional<double> mean; ///< of the analysed nights
};

/// A pair: the A block's mean minus the B block's, when both have one.
struct PairResult {
    int pair = 0;
    std::optional<double> aMean, bMean, difference;
};

/// One outcome's analysis: block means, pair differences, the treatment effect with its t-interval
/// on the pair differences (pairs - 1 degrees of freedom) and the exact randomisation test.
struct OutcomeAnalysis {
    Outcome outcome = Outcome::Severity;
    QList<BlockResult> blocks;
    QList<PairResult> pairs;
    int completePairs = 0; ///< pairs with a difference
    std::optional<double> effect; ///< mean of the differences, with 1 or more complete pairs
    std::optional<double> ci95Low, ci95High; ///< with 2 or more complete pairs
    std::optional<double> randomisationP; ///< with 1 or more complete pairs
    /// The smallest p the randomisation test can give with completePairs pairs: 2 / 2^pairs.
    std::optional<double> smallestPossibleP;
};

/// Nights with each side-effect tag in each condition, over logged trial nights (wash-out included).
struct HarmCount {
    QString tag;
    int nightsA = 0;
    int nightsB = 0;
};

/// Everything the trial page, the report and the command line show.
struct TrialResult {
    TrialPhase phase = TrialPhase::NotStarted;
    bool stoppedEarly = false;
    int nightsRun = 0; ///< trial nights up to today (or the stop)
    int nightsLogged = 0;
    QList<NightAdherence> nights; ///< every trial night so far, in date order
    ConditionAdherence adherenceA, adherenceB;
    OutcomeAnalysis primary;
    QList<OutcomeAnalysis> secondary;
    QList<HarmCount> harms;
    int loggedA = 0, loggedB = 0; ///< logged nights per condition, the harms' denominators
};

/// The exact randomisation test of a mean of pair differences: the mean is recomputed for each of
/// the 2^n orders the design could have produced (swapping a pair's order flips its difference's
/// sign); p is the share of them whose mean is at least as far from 0 as the observed one.
/// nullopt for no differences.
std::optional<double> randomisationP(const QList<double> &differences);

/// Analyses one outcome of a trial from the nights logged (any order, any dates).
OutcomeAnalysis analyseOutcome(const TrialPlan &plan, const QList<Night> &nights, Outcome outcome, QDate today);

/// Analyses a trial as it stands on `today`: adherence, the primary and secondary outcomes, the
/// harms. An abandoned trial gives its adherence and no outcome figures.
TrialResult analyseTrial(
    const TrialPlan &plan, const QList<Night> &nights, const QList<Substance> &catalog, QDate today);

} // namespace rls
