// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace rls {

class DiaryContext;
class LogPage;
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
    /// Help > Welcome: the welcome, the usual times, the regimen and the day split; returns it.
    QWidget *showWelcome();

protected:
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

    DiaryContext *m_context = nullptr;
    LogPage *m_logPage = nullptr;
    bool m_shownBefore = false;
    QLabel *m_summary = nullptr;
    QMenu *m_helpMenu = nullptr;
    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace rls
