// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for scripts/bench's start-up rows: a bare Qt Widgets window (a menu bar, a tab with a
// list and a form, a status bar), started and ended like `rls-diary --quit-after-first-frame`,
// with no diary behind it. RLS Diary's start is measured against it.
#include "shared/firstframe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    auto *tabs = new QTabWidget(&window);
    auto *split = new QSplitter(tabs);
    auto *list = new QListWidget(split);
    list->addItems({QStringLiteral("Tonight"), QStringLiteral("Last night")});
    auto *form = new QWidget(split);
    auto *layout = new QFormLayout(form);
    layout->addRow(QStringLiteral("Severity:"), new QLineEdit(form));
    tabs->addTab(split, QStringLiteral("Evening log"));
    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    rls::quitAfterFirstFrame(&window, sinceStart);
    window.show();
    return QApplication::exec();
}
