// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>

class QTimer;

namespace rls {

class DiaryContext;

/// The evening reminder's clock: looks at the time (DiaryContext::now()) and emits due() when
/// tonight's reminder is due and tonight is not logged, once a night. What "due" and "logged"
/// mean is core's (core/reminder/reminderrule.h); what a reminder looks like (a notification
/// from the tray) is the shell's. QtCore only, so a test drives it with check() and a fixed time.
class EveningReminder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EveningReminder)

public:
    /// Reminds of the diary `context` holds, with the time and the day-split hour of its
    /// preferences. Does nothing until start().
    explicit EveningReminder(DiaryContext &context, QObject *parent = nullptr);

    /// Starts looking at the clock: now, at the reminder time, and at least once a minute, so
    /// that a computer that slept through the reminder time reminds when it wakes.
    void start();
    void stop();
    bool isRunning() const;

    /// Looks at `now`: when the reminder is due and the diary holds nothing for tonight, emits
    /// due() and remembers the night (DiaryContext::rememberEveningReminderShown), so it comes
    /// once. Quiet when the reminder is off in Preferences or the diary cannot be written.
    /// Returns when it is worth looking again (invalid when the reminder is off).
    QDateTime check(const QDateTime &now);

signals:
    /// Tonight (the night of `night`) is not logged, and its reminder time has come.
    void due(QDate night);

private:
    void checkAndWait();

    DiaryContext &m_context;
    QTimer *m_timer;
};

} // namespace rls
