// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace rls {

/// The ranges the Trends and Insights pages offer, each ending at the newest logged night.
enum class RangePreset { FourWeeks, ThreeMonths, SixMonths, OneYear, All };

/// The first night of `preset` for a diary whose logged nights run from `first` to `last`:
/// 4 weeks is 28 nights, 3 months ends at `last` and starts the day after the same date three
/// months before; All is `first`.
QDate presetStart(RangePreset preset, QDate first, QDate last);

} // namespace rls
