// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/outcome.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// The two conditions of a personal (N-of-1) trial: A the dose being tested, B none or less.
enum class Condition { A, B };

/// The order of the two blocks of one pair, drawn at random when the trial is planned.
enum class PairOrder { AB, BA };

/// Where a trial stands as stored. Whether it has run its course is worked out from the dates.
enum class TrialState {
    Active, ///< running, or planned to start on a later date
    Paused, ///< the trial's clock stands still from `pausedOn` (see TrialPause)
    Stopped, ///< ended early by the person: analysed as it stands, labelled so
    Abandoned, ///< kept in the diary, never analysed
};

/// A stretch of nights outside the trial: from `from` up to the night before `until`. The trial's
/// clock stands still meanwhile, so the block that was running goes on where it stopped.
/// `until` is invalid while the pause lasts.
struct TrialPause {
    QDate from;
    QDate until;
    friend bool operator==(const TrialPause &, const TrialPause &) = default;
};

/// A personal trial as planned and confirmed: alternating blocks of A and B nights, the order
/// inside each pair randomised from `seed`, wash-out nights at the start of every block recorded
/// but not analysed, the outcomes declared before it starts. See docs/statistics.md.
struct TrialPlan {
    qint64 id = 0; ///< 0 until the diary stores it
    Intake doseA; ///< e.g. Magnesium 300 mg elemental, glycinate, at 21:00
    std::optional<Intake> doseB; ///< none: B means none of doseA.substance
    int blockNights = 14; ///< nights per block, at least 7
    int pairs = 3; ///< AB pairs, at least 2
    int washoutNights = 3; ///< at the start of each block, fewer than blockNights
    Outcome primary = Outcome::Severity;
    QList<Outcome> secondary;
    QDate start; ///< the first night of the trial
    quint64 seed = 0;
    QList<PairOrder> order; ///< one per pair, fixed when the plan is confirmed
    TrialState state = TrialState::Active;
    QDate endedOn; ///< Stopped: the last night analysed; Abandoned: the day it was given up
    QList<TrialPause> pauses; ///< oldest first; only the last may still be open
    QDateTime createdAt; ///< when it was confirmed (UTC), set by the store

    QString substance() const { return doseA.substance; }
    int totalNights() const { return blockNights * 2 * pairs; }
    int blockCount() const { return 2 * pairs; }
    friend bool operator==(const TrialPlan &, const TrialPlan &) = default;
};

/// Limits of a plan, checked by validatePlan.
inline constexpr int MinBlockNights = 7;
inline constexpr int MaxBlockNights = 60;
inline constexpr int MinPairs = 2;
inline constexpr int MaxPairs = 10;

/// A plan's problems in words ("Blocks need at least 7 nights."), empty when it can be confirmed.
QStringList validatePlan(const TrialPlan &plan);

/// The order of each pair drawn from `seed`: pair i is BA when the top bit of the i-th output
/// of SplitMix64 (Steele, Lea and Flood 2014) started at `seed` is set, else AB. The same seed
/// always gives the same order, so a plan can be shown before it starts and checked after.
QList<PairOrder> randomisedOrder(quint64 seed, int pairs);
/// A fresh seed from the system's random source.
quint64 newTrialSeed();

/// The condition of block `block` (0-based: pair block / 2, first or second of the pair).
Condition conditionOfBlock(const TrialPlan &plan, int block);

/// One night's place in the trial.
struct TrialNight {
    int index = 0; ///< 0-based night of the trial, counting only nights the trial ran
    int block = 0; ///< 0-based
    int pair = 0; ///< 0-based
    int nightInBlock = 0; ///< 0-based
    Condition condition = Condition::A;
    bool washout = false; ///< recorded, not analysed
};

/// Where the night of `date` falls in the trial, nullopt when it is outside it: before the start,
/// during a pause, after the last night, after a stop, or in an abandoned trial.
std::optional<TrialNight> trialNightOf(const TrialPlan &plan, QDate date);

/// The first and last night of each block as far as the pauses so far allow; a block after an
/// open pause is dated as if the trial resumed on `today`.
struct BlockSpan {
    int block = 0;
    Condition condition = Condition::A;
    QDate first;
    QDate last;
};
QList<BlockSpan> blockSpans(const TrialPlan &plan, QDate today);
/// The last planned night of the trial (see blockSpans).
QDate plannedLastNight(const TrialPlan &plan, QDate today);

/// Where a trial stands on `today`.
enum class TrialPhase { NotStarted, Running, Paused, Finished, Stopped, Abandoned };
TrialPhase phaseOf(const TrialPlan &plan, QDate today);
/// True while a trial still shapes the evenings: not finished, stopped or abandoned.
bool isOngoing(const TrialPlan &plan, QDate today);

/// The trial that shapes the evenings on `today`, if any (see isOngoing).
std::optional<TrialPlan> ongoingTrial(const QList<TrialPlan> &trials, QDate today);
/// The trial a page shows: the ongoing one, else the newest; nullopt when there is none.
std::optional<TrialPlan> latestTrial(const QList<TrialPlan> &trials, QDate today);

/// Stable words for storage and the command line: "active", "paused", "stopped", "abandoned".
QString stateKey(TrialState state);
std::optional<TrialState> stateFromKey(const QString &key);
/// "AB BA AB" and back; nullopt for text that is not such a list.
QString orderText(const QList<PairOrder> &order);
std::optional<QList<PairOrder>> orderFromText(const QString &text);

/// The dose planned for a condition, nullopt for "none".
std::optional<Intake> plannedDose(const TrialPlan &plan, Condition condition);
/// "A: magnesium glycinate 300 mg at 21:00", "B: no magnesium".
QString conditionLabel(const TrialPlan &plan, Condition condition);

/// What "My regimen" adds on a night of the trial: the usual doses without any of the trial's
/// substance, and the planned dose of the night's condition. Outside the trial, `usual` itself.
QList<Intake> trialRegimen(const QList<Intake> &usual, const TrialPlan &plan, QDate date);

/// The side-effect tags counted per condition as the trial's harms.
QStringList sideEffectTags();

} // namespace rls
