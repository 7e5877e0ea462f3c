// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace rls {

class DiaryStore;

/// The evening reminder's rule, with no clock and no tray: when "Tonight is not logged yet"
/// should come. Times are wall-clock times in the time zone of `now` (a QDateTime in a
/// QTimeZone, local time or UTC), so a daylight-saving change moves nothing: the reminder
/// comes at 21:00 on the clock whether that day had 23, 24 or 25 hours.
///
/// The reminder for a night (keyed by the date of its evening, as everywhere in the diary) is
/// due at the first `at` on the clock from that night's day-split hour on: the evening of the
/// night when `at` is at or after the split hour (21:00 with the split at 12:00), else the next
/// morning (a reminder at 00:30 belongs to the night before). It may come late, when the
/// computer was asleep or the app closed at `at`, until the night is over at the next
/// day-split hour; then the next night's reminder is the next one. A night is reminded of once.
///
/// Returns when the next reminder is due: `now` itself when one is due now (tonight is not
/// logged, not reminded of yet, and `at` has passed), else a moment after `now`.
/// `remindedNight` is the night last reminded of (invalid when none).
QDateTime nextReminderDue(
    const QDateTime &now, QTime at, int daySplitHour, bool tonightLogged, QDate remindedNight = QDate());

/// The moment the reminder for `night` is due (see nextReminderDue), on the clock of the time
/// zone `zoneOf` is in. A time the clock shows twice that day (02:30 when the clocks go back)
/// is its first showing; a time the clock skips (02:30 when they go forward) is the moment the
/// clock jumps past it (03:00).
QDateTime reminderMoment(QDate night, QTime at, int daySplitHour, const QDateTime &zoneOf);

/// Whether the night of `night` counts as logged: the diary holds an entry for it, whatever is
/// in it (a severity, a dose, a tag, a note). Last night's sleep, which tonight's form also
/// asks for, is saved with last night and so does not count for tonight.
Result<bool> isNightLogged(DiaryStore &store, QDate night);

} // namespace rls
