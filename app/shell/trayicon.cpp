// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/trayicon.h"

#include "session/diarycontext.h"
#include "session/eveningreminder.h"
#include "shared/systemtray.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace rls {

TrayIcon::TrayIcon(DiaryContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/rls-diary.svg")), this))
    , m_menu(new QMenu)
    , m_reminder(new EveningReminder(context, this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *log = m_menu->addAction(tr("&Log tonight"), this, &TrayIcon::logTonightRequested);
    log->setObjectName(QStringLiteral("trayLogTonight"));
    QAction *open = m_menu->addAction(tr("&Open RLS Diary"), this, &TrayIcon::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    m_icon->setContextMenu(m_menu);

    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::logTonightRequested);
    connect(m_reminder, &EveningReminder::due, this, &TrayIcon::remind);
    connect(&context, &DiaryContext::preferencesChanged, this, &TrayIcon::follow);
    follow();
}

// The menu has no parent (a QMenu wants a widget, and this is no widget): it goes with the icon.
TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::possibleFor(const DiaryContext &context)
{
    return SystemTray::isAvailable() && !context.isDemo() && !context.store().isReadOnly();
}

void TrayIcon::follow()
{
    const Preferences &p = m_context.preferences();
    m_active = p.eveningReminder && possibleFor(m_context);
    m_icon->setToolTip(m_active ? tr("RLS Diary: reminds you at %1 if the night is not logged")
                                      .arg(QLocale().toString(p.reminderAt, QLocale::ShortFormat))
                                : tr("RLS Diary"));
    m_icon->setVisible(m_active);
    if (m_active && !m_reminder->isRunning())
        m_reminder->start();
    else if (!m_active)
        m_reminder->stop();
}

void TrayIcon::remind(QDate night)
{
    // After midnight "tonight" is still the night that began yesterday; in words, last night.
    const bool pastMidnight = m_context.now().date() > night;
    const QString title = pastMidnight ? tr("Last night is not logged yet") : tr("Tonight is not logged yet");
    const QString text = tr("Click here to log the night of %1.")
                             .arg(QLocale().toString(night, QCoreApplication::translate("DateFormat", "dddd d MMMM")));
    m_lastMessage = title + u'\n' + text;
    m_icon->showMessage(title, text, QIcon(QStringLiteral(":/icons/rls-diary.svg")));
}

} // namespace rls
