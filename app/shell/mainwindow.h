// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <chrono>

class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace rls {

class DiaryContext;
class LogPage;
class TrayIcon;
class DiaryStore;

/// The main window. It assembles pages and menus; it holds no diary logic of its own.
/// Each page is a widget of its own folder under app/ and gets the shared DiaryContext.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DiaryStore &store, bool demo, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DiaryContext &context() const { return *m_context; }
    /// On a new diary (see WelcomeWizard::isDueFor) opens the first run's welcome over the window.
    void welcomeIfNew();
    /// The start of a session with the window: shows it with the keyboard, then the welcome on
    /// a new diary.
    void showAtStart();
    /// The start with the computer (--tray): only the tray icon while the reminder is on. A
    /// panel that starts after the app (at login) gets `patience` to show its tray; without one
    /// by then, or with nothing to wait for (the reminder off, the demo), the window opens.
    void startInTray(std::chrono::milliseconds patience = std::chrono::minutes(1));
    /// Help > Welcome: the welcome, the usual times, the regimen and the day split; returns it.
    QWidget *showWelcome();
    /// The tray icon and the evening reminder; null where the diary may have none (no tray on
    /// the desktop, the demo, a read-only diary).
    TrayIcon *trayIcon() const { return m_tray; }
    /// True when closing the window keeps the app running in the tray (the reminder is on).
    bool keepsRunningInTray() const;

    /// Brings the window up (from the tray, or from behind other windows).
    void showFromTray();
    /// Brings the window up on tonight's form with the focus on the severity: the tray's "Log
    /// tonight" and a click on the reminder. Unsaved changes to another night are asked about.
    void logTonight();
    /// File > Quit and the tray's Quit: closes the window (asking about unsaved changes first)
    /// and ends the app, also when the window would otherwise go to the tray. False when the
    /// person cancelled.
    bool quit();

    /// What a start does once the window is on screen (or at once in the tray): the damage check
    /// of a diary opened with DiaryCheck::Later, the count in the status bar, the day's backup.
    /// Runs once; afterFirstFrame calls it.
    void finishStart();
    /// Whether the window was built knowing the diary is damaged (read-only, with the banner).
    bool isBuiltForDamage() const { return m_builtForDamage; }

signals:
    /// The window closed for good (not into the tray): the app ends.
    void closed();
    /// finishStart found the diary damaged. The window was built for a whole one (writable,
    /// without the damage banner), so main() builds it again for the damaged one.
    void damageFound();

protected:
    /// Sees the application asked to quit (a signal, a logout), which closes every window: this
    /// one then closes for good, not into the tray (which would refuse the quit).
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Asks about unsaved changes in the evening form before the window closes.
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Adds a page as a tab, reachable with Ctrl+<its position>.
    void addPage(QWidget *page, const QString &title);
    void buildMenus();
    void showAbout();
    void restoreLayout();
    void saveLayout();
    void updateSummary();
    void showPreferences();
    void showBackups();
    /// What a read-only or damaged diary shows above the pages.
    QWidget *readOnlyBanner();
    /// Says once that closing the window keeps the app in the tray, and how to quit.
    void explainTray();
    /// Makes the tray icon once the diary may have one and the desktop shows a tray.
    void ensureTray();

    DiaryContext *m_context = nullptr;
    bool m_builtForDamage = false; // the diary was known to be damaged when the window was built
    LogPage *m_logPage = nullptr;
    bool m_shownBefore = false;
    bool m_started = false; // finishStart has run
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false; // File > Quit or the tray's Quit: the window closes for good
    QLabel *m_summary = nullptr;
    QMenu *m_helpMenu = nullptr;
    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace rls
