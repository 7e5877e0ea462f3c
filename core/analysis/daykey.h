// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace rls {

/// The x coordinate of a night on a chart: seconds since 1970-01-01T00:00 UTC at noon (UTC)
/// of the night's calendar date. Built from the date alone, so a daylight-saving change or
/// the computer's time zone can never move a night or merge two of them. Charts format these
/// keys as UTC dates.
double dayKey(QDate date);

/// The calendar date whose noon is nearest to `key`; the inverse of dayKey().
QDate dateFromKey(double key);

/// Seconds in one calendar day on the key line.
inline constexpr double SecondsPerDay = 86400.0;

} // namespace rls
