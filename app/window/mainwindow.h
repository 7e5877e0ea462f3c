// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace rls {

class DiaryStore;

/// The main window. It assembles pages; it holds no diary logic of its own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DiaryStore &store, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads the diary again and updates what the window shows about it.
    void refresh();

private:
    void buildMenus();
    void showAbout();

    DiaryStore &m_store;
    bool m_demo;
    QLabel *m_summary = nullptr;
    QLabel *m_location = nullptr;
};

} // namespace rls
