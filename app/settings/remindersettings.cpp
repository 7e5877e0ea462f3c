// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/remindersettings.h"

#include "session/autostart.h"
#include "session/diarycontext.h"
#include "shared/systemtray.h"
#include "storage/diarystore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rls {

ReminderSettings::ReminderSettings(const DiaryContext &context, QWidget *parent)
    : QGroupBox(tr("Evening reminder"), parent)
{
    setObjectName(QStringLiteral("reminderGroup"));
    m_remind = new QCheckBox(tr("Remind me in the e&vening, at"), this);
    m_remind->setObjectName(QStringLiteral("reminderCheck"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("reminderTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Reminder time"));
    m_autostart = new QCheckBox(tr("&Start with the computer, in the tray"), this);
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("reminderNote"));
    m_note->setWordWrap(true);

    // One line for the reminder and its time, as it reads: remind me in the evening, at 21:00.
    auto *when = new QHBoxLayout;
    when->addWidget(m_remind);
    when->addWidget(m_time);
    when->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(when);
    layout->addWidget(m_autostart);
    layout->addWidget(m_note);

    // Why the app cannot remind, where it cannot; else what the reminder does.
    QString why;
    if (!SystemTray::isAvailable())
        why = tr("Your desktop shows no system tray, so RLS Diary cannot remind you.");
    else if (context.isDemo())
        why = tr("The demo diary does not remind you; your own diary does.");
    else if (context.store().isReadOnly())
        why = tr("This diary is open read-only, so RLS Diary does not remind you of it.");
    m_possible = why.isEmpty();
    m_note->setText(m_possible ? tr("Quiet once something is saved for tonight. While it is on, closing the "
                                    "window keeps RLS Diary in the tray.")
                               : why);
    connect(m_remind, &QCheckBox::toggled, this, &ReminderSettings::updateEnabled);
}

void ReminderSettings::load(const Preferences &p)
{
    m_remind->setChecked(p.eveningReminder);
    m_time->setTime(p.reminderAt);
    m_autostartWas = autostart::isOn();
    m_autostart->setChecked(m_autostartWas);
    updateEnabled();
}

void ReminderSettings::updateEnabled()
{
    m_remind->setEnabled(m_possible);
    m_time->setEnabled(m_possible && m_remind->isChecked());
    // Starting in the tray is for the reminder: without it, nothing would be there to see.
    m_autostart->setEnabled(m_possible && m_remind->isChecked());
}

Result<void> ReminderSettings::applyAutostart() const
{
    if (!m_possible)
        return {};
    const bool wanted = m_remind->isChecked() && m_autostart->isChecked();
    if (wanted == m_autostartWas)
        return {};
    return autostart::set(wanted, autostart::programFor(QCoreApplication::applicationFilePath()));
}

void ReminderSettings::apply(Preferences &p) const
{
    if (!m_possible)
        return;
    p.eveningReminder = m_remind->isChecked();
    p.reminderAt = m_time->time();
}

} // namespace rls
