// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminder/reminderrule.h"

#include "model/nightdate.h"
#include "storage/diarystore.h"

#include <QTimeZone>

namespace rls {
namespace {

// The first moment on `date` at which a clock in `zone` reads `time`. On the day the clocks go
// back it reads 02:30 twice: the first. On the day they go forward it skips 02:30 (Qt then
// makes an invalid QDateTime): the moment it jumps past it.
QDateTime firstMomentAt(const QTimeZone &zone, QDate date, QTime time)
{
    const QDateTime guess(date, time, zone);
    const QDateTime around = guess.isValid() ? guess : QDateTime(date, QTime(12, 0), zone);
    QDateTime first;
    // The offsets from UTC the day before and the day after: both, on a day the clocks change.
    for (const int offset : {zone.offsetFromUtc(around.addDays(-1)), zone.offsetFromUtc(around.addDays(1))}) {
        const QDateTime candidate = QDateTime(date, time, Qt::OffsetFromUTC, offset).toTimeZone(zone);
        if (candidate.date() == date && candidate.time() == time && (!first.isValid() || candidate < first))
            first = candidate;
    }
    if (first.isValid())
        return first;
    if (guess.isValid())
        return guess;
    const QTimeZone::OffsetData jump = zone.nextTransition(QDateTime(date.addDays(-1), QTime(0, 0), Qt::UTC));
    return jump.atUtc.isValid() ? jump.atUtc.toTimeZone(zone) : guess;
}

// `date` at `time` on the same clock as `like`: its time zone, local time, UTC or an offset.
QDateTime onTheClockOf(const QDateTime &like, QDate date, QTime time)
{
    switch (like.timeSpec()) {
    case Qt::TimeZone: return firstMomentAt(like.timeZone(), date, time);
    case Qt::UTC: return QDateTime(date, time, Qt::UTC);
    case Qt::OffsetFromUTC: return QDateTime(date, time, Qt::OffsetFromUTC, like.offsetFromUtc());
    case Qt::LocalTime: break;
    }
    return firstMomentAt(QTimeZone::systemTimeZone(), date, time).toLocalTime();
}

} // namespace

QDateTime reminderMoment(QDate night, QTime at, int daySplitHour, const QDateTime &zoneOf)
{
    const QDate day = at.hour() >= daySplitHour ? night : night.addDays(1);
    return onTheClockOf(zoneOf, day, at);
}

QDateTime nextReminderDue(const QDateTime &now, QTime at, int daySplitHour, bool tonightLogged, QDate remindedNight)
{
    // `tonight` is the night that is not over yet: before the split hour, the one that began
    // yesterday evening. A night that is over is never reminded of.
    const QDate night = tonight(now, daySplitHour);
    if (!tonightLogged && remindedNight != night) {
        const QDateTime due = reminderMoment(night, at, daySplitHour, now);
        return due > now ? due : now;
    }
    return reminderMoment(night.addDays(1), at, daySplitHour, now);
}

Result<bool> isNightLogged(DiaryStore &store, QDate night)
{
    auto stored = store.loadNight(night);
    if (!stored)
        return stored.error();
    return stored->has_value();
}

} // namespace rls
