// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <array>
#include <limits>

namespace rls {

/// The numbers the trend charts plot for a night (or average over a week).
enum class Measure : int {
    Severity, ///< RLS severity 0..10
    MagnesiumMg, ///< elemental magnesium taken that day, mg
    IronMg, ///< elemental iron taken that day, mg
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

/// The plotted numbers of one logged night. Intakes are the day's totals from dayTotals()
/// (model/dose.h), the same arithmetic as the notes and the CSV; a logged night without an
/// intake of a substance has 0 for it, because the person logged the day.
MeasureValues nightValues(const Night &night, const QList<Substance> &catalog);

/// The form of the night's largest magnesium dose (any magnesium-kind substance), or empty.
QString magnesiumForm(const Night &night, const QList<Substance> &catalog);

} // namespace rls
