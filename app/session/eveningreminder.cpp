// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/eveningreminder.h"

#include "model/nightdate.h"
#include "reminder/reminderrule.h"
#include "session/diarycontext.h"
#include "storage/diarystore.h"

#include <QTimer>

#include <algorithm>

namespace rls {
namespace {
// A timer does not count the time a computer sleeps, and the wall clock can jump (a time zone,
// a daylight-saving change, a corrected clock): looking once a minute catches up with both.
constexpr qint64 longestWaitMs = 60 * 1000;
// A diary that could not be read is asked again after a while, not every second.
constexpr qint64 afterReadErrorSecs = 5 * 60;
} // namespace

EveningReminder::EveningReminder(DiaryContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EveningReminder::checkAndWait);
    // A new time or day-split hour, or the reminder turned on or off, counts at once.
    connect(&context, &DiaryContext::preferencesChanged, this, [this] {
        if (isRunning())
            checkAndWait();
    });
}

void EveningReminder::start()
{
    m_timer->start(0); // the first look once the event loop runs, not inside a constructor
}

void EveningReminder::stop()
{
    m_timer->stop();
}

bool EveningReminder::isRunning() const
{
    return m_timer->isActive();
}

void EveningReminder::checkAndWait()
{
    const QDateTime now = m_context.now();
    const QDateTime next = check(now);
    const qint64 wait = next.isValid() ? now.msecsTo(next) : longestWaitMs;
    m_timer->start(static_cast<int>(std::clamp<qint64>(wait, 1000, longestWaitMs)));
}

QDateTime EveningReminder::check(const QDateTime &now)
{
    const Preferences &p = m_context.preferences();
    if (!p.eveningReminder || m_context.store().isReadOnly())
        return {};
    const QDateTime next = nextReminderDue(now, p.reminderAt, p.daySplitHour, false, p.remindedNight);
    if (next > now)
        return next;
    // The time has come: only now is the diary asked, so the answer is what was saved by now.
    const QDate night = tonight(now, p.daySplitHour);
    const auto logged = isNightLogged(m_context.store(), night);
    if (!logged)
        return now.addSecs(afterReadErrorSecs);
    if (logged.value())
        return nextReminderDue(now, p.reminderAt, p.daySplitHour, true, p.remindedNight);
    m_context.rememberEveningReminderShown(night);
    emit due(night);
    return nextReminderDue(now, p.reminderAt, p.daySplitHour, false, night);
}

} // namespace rls
