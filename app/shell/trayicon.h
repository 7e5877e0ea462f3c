// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace rls {

class DiaryContext;
class EveningReminder;

/// The app's icon in the system tray and the evening reminder behind it. The icon is there
/// while the reminder is on in Preferences, the desktop has a tray (SystemTray::isAvailable),
/// and the diary is the person's to write (not the demo, not read-only). Its menu: Log tonight,
/// Open RLS Diary, Quit. When the reminder is due (EveningReminder), it shows "Tonight is not
/// logged yet"; a click on that asks, like "Log tonight", for tonight's form.
class TrayIcon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(DiaryContext &context, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether this diary may have a tray icon at all, whatever the preferences say.
    static bool possibleFor(const DiaryContext &context);
    /// True while the icon is in the tray and the reminder runs.
    bool isActive() const { return m_active; }

    QSystemTrayIcon *icon() const { return m_icon; }
    EveningReminder *reminder() const { return m_reminder; }
    /// The title and text of the last reminder shown, for the tests (a tray keeps no record).
    QString lastMessage() const { return m_lastMessage; }

signals:
    void logTonightRequested();
    void openRequested();
    void quitRequested();

private:
    /// Shows or hides the icon and starts or stops the reminder, as the preferences say.
    void follow();
    void remind(QDate night);

    DiaryContext &m_context;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    EveningReminder *m_reminder;
    bool m_active = false;
    QString m_lastMessage;
};

} // namespace rls
