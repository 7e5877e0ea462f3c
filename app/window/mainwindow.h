// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QSettings;
class QTabWidget;

namespace rls {

class DiaryContext;
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

private:
    /// Adds a page as a tab, reachable with Ctrl+<its position>.
    void addPage(QWidget *page, const QString &title);
    void buildMenus();
    void showAbout();

    DiaryContext *m_context = nullptr;
    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace rls
