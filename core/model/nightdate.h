// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace rls {

/// The night a person means by "tonight" at local time `now`: before the day-split hour
/// (noon by default, as in OSCAR) it is still the night that began the previous evening, so
/// logging at 01:30 goes to the night that started yesterday.
inline QDate tonight(const QDateTime &now, int daySplitHour = 12)
{
    const QDate today = now.date();
    return now.time().hour() < daySplitHour ? today.addDays(-1) : today;
}

} // namespace rls
