// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <optional>

namespace rls {

/// Derived sleep measures, following the Consensus Sleep Diary formulas:
///   time in bed (TIB)    = out of bed - into bed
///   total sleep (TST)    = (final awakening - tried to sleep) - minutes to fall asleep - minutes awake
///   sleep efficiency (SE) = TST / TIB x 100
/// Each is missing when an item it needs is missing or the items contradict each other.
struct SleepMetrics {
    std::optional<int> timeInBedMinutes;
    std::optional<int> totalSleepMinutes;
    std::optional<double> efficiencyPercent;
};

/// Minutes since noon of the evening the night starts: 22:00 -> 600, 07:00 -> 1140.
/// Placing every clock time of a night on this one line is what makes the arithmetic
/// correct across midnight.
int minutesOnNightLine(QTime time);

/// Computes the derived measures of one night's sleep.
SleepMetrics computeSleepMetrics(const SleepDiary &sleep);

} // namespace rls
