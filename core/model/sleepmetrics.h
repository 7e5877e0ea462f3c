// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QStringList>

#include <optional>

namespace rls {

/// Derived sleep measures, following the Consensus Sleep Diary formulas:
///   time in bed (TIB)    = out of bed - into bed
///   total sleep (TST)    = (final awakening - tried to sleep) - minutes to fall asleep - minutes awake
///   sleep efficiency (SE) = TST / TIB x 100
/// Each is missing when an item it needs is missing or the items contradict each other: a blank
/// "minutes to fall asleep" is not 0 (counting it as 0 would make a night look better than it
/// was), so TST and SE stay empty. WASO left blank counts as 0 only when the person woke 0 times.
struct SleepMetrics {
    std::optional<int> timeInBedMinutes;
    std::optional<int> totalSleepMinutes;
    std::optional<double> efficiencyPercent;
};

/// Minutes since noon of the evening the night starts: 22:00 -> 600, 07:00 -> 1140.
/// Placing every clock time of a night on this one line is what makes the arithmetic
/// correct across midnight.
int minutesOnNightLine(QTime time);

/// Wake after sleep onset: item 5, or 0 when item 5 is blank and item 4 says 0 awakenings;
/// nullopt when it is not known.
std::optional<int> wakeAfterSleepOnset(const SleepDiary &sleep);

/// The items total sleep time still needs, in words ("minutes to fall asleep"), so the form
/// can say why TST and SE are empty; empty when none is missing.
QStringList missingForTotalSleep(const SleepDiary &sleep);

/// Computes the derived measures of one night's sleep.
SleepMetrics computeSleepMetrics(const SleepDiary &sleep);

} // namespace rls
