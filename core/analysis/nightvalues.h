// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <array>
#include <limits>

namespace rls {

/// The numbers the trend charts plot for a night (or average over a week).
enum class Measure : int {
    Severity, ///< RLS severity 0..10
    MagnesiumMg, ///< elemental magnesium taken that day, mg
    IronMg, ///< iron taken that day, mg
    CaffeineMg, ///< caffeine that day, mg
    AlcoholDrinks, ///< standard drinks that day
    SleepQuality, ///< 1 very poor .. 5 very good
    SleepEfficiency, ///< total sleep / time in bed, percent
    TotalSleepHours, ///< total sleep time, hours
};
inline constexpr int MeasureCount = 8;

/// Not a number: what a measure holds when the night did not record it. Charts leave a gap
/// there, never a zero.
inline constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

/// One value per Measure, Missing where unknown.
using MeasureValues = std::array<double, MeasureCount>;

/// The plotted numbers of one logged night. Intakes are daily totals of the entries whose
/// unit can be converted (mg, g, mcg/µg for mass; standard drinks for alcohol); a logged night
/// without an intake of a substance has 0 for it, because the person logged the day.
MeasureValues nightValues(const Night &night);

/// The magnesium form of the night's largest magnesium dose, or an empty string.
QString magnesiumForm(const Night &night);

} // namespace rls
