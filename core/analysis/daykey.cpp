// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/daykey.h"

#include <cmath>

namespace rls {
namespace {
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
}

double dayKey(QDate date)
{
    return static_cast<double>(date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + SecondsPerDay / 2;
}

QDate dateFromKey(double key)
{
    if (!std::isfinite(key))
        return {};
    const auto day = static_cast<qint64>(std::floor(key / SecondsPerDay));
    return QDate::fromJulianDay(day + UnixEpochJulianDay);
}

} // namespace rls
