// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace rls {

/// Calendar nights in the rolling onset median and in each of the watch's two windows.
inline constexpr int OnsetWindowNights = 28;
/// Onsets a 28-night window needs before its median is shown: one a week on average, so a
/// handful of logged evenings cannot move the line on their own.
inline constexpr int MinOnsetsInWindow = 7;

/// A symptom onset on a line from 06:00 to 06:00: minutes since 06:00, so 15:00 (540) is earlier
/// than 21:00 (900) and 01:00 (1140) later than 23:00 (1020). RLS symptoms are an evening and
/// night matter; a line starting in the early morning keeps one evening's onsets in order.
int minutesOnOnsetLine(QTime onset);
/// The clock time of a point on the onset line (rounded to the minute), for notes and tooltips.
QTime clockOnOnsetLine(double minutes);

/// For each night of `nights` (sorted by date, oldest first), the median onset on the onset
/// line over the nights with an onset among the `windowNights` calendar nights ending at it;
/// nullopt where fewer than `minOnsets` such nights exist. One value per night, for a chart.
QList<std::optional<double>> rollingMedianOnset(
    const QList<Night> &nights, int windowNights = OnsetWindowNights, int minOnsets = MinOnsetsInWindow);

/// What the augmentation watch found.
enum class AugmentationState {
    NotOnMedicine, ///< no dopaminergic dose on at least 5 of the last 7 nights
    NotEnoughNights, ///< on it, but the stretch or its windows are too short to compare
    NoSignal, ///< compared, nothing to mention
    Signal, ///< compared, and the pattern is worth discussing with a doctor
};

/// The watch's figures and, for Signal, a calm note with its source.
struct AugmentationStatus {
    AugmentationState state = AugmentationState::NotOnMedicine;
    QStringList medicines; ///< dopaminergic substances taken in the last 7 nights, catalog names
    QDate stretchStart; ///< first night of the current stretch on the medicine
    QDate lastNight; ///< the night the watch looked back from
    int nightsOnMedicine = 0; ///< calendar nights from stretchStart to lastNight
    std::optional<double> firstMedianOnset; ///< minutes on the onset line, first 28 nights on it
    std::optional<double> recentMedianOnset; ///< minutes on the onset line, last 28 nights
    std::optional<double> hoursEarlier; ///< first minus recent, in hours (positive = earlier)
    std::optional<double> firstMeanSeverity; ///< 0-10, first 28 nights on it
    std::optional<double> recentMeanSeverity; ///< 0-10, last 28 nights
    bool armsAppeared = false; ///< arms in the last 28 nights, not in the first 28
    bool trunkAppeared = false; ///< trunk in the last 28 nights, not in the first 28
    QString note; ///< empty unless state is Signal
    QString source; ///< where the criteria come from; set whenever a comparison was made
};

/// Watches for the pattern of augmentation on a dopaminergic medicine (a substance flagged
/// Dopaminergic). Looks back from the last logged night on or before `today`; see
/// docs/statistics.md, "Augmentation watch", for the rules and where they come from.
AugmentationStatus augmentationWatch(const QList<Night> &nights, const QList<Substance> &catalog, QDate today);

} // namespace rls
