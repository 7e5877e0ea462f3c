// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "storage/diarystore.h"
#include "window/diarycontext.h"
#include "window/overviewpage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace rls {

MainWindow::MainWindow(DiaryStore &store, bool demo, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(new DiaryContext(store, demo, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("RLS Diary — demo diary (not your own)")
                        : tr("RLS Diary — %1").arg(QFileInfo(store.path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rls-diary.svg")));

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    buildMenus();

    addPage(new OverviewPage(*m_context, m_pages), tr("&Overview"));

    statusBar()->showMessage(demo ? tr("Demo diary: changes are thrown away when the app closes")
                                  : tr("Diary: %1").arg(QDir::toNativeSeparators(store.path())));
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    if (index < 9) {
        QAction *show = m_viewMenu->addAction(QString(title).remove(u'&'));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(show, &QAction::triggered, m_pages, [this, page] { m_pages->setCurrentWidget(page); });
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RLS Diary"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RLS Diary"),
        tr("<p><b>RLS Diary %1</b></p>"
           "<p>A private diary for restless legs syndrome: symptoms, sleep, supplements "
           "and what you take, kept only on this computer.</p>"
           "<p>It records and charts; it does not diagnose. Talk to your doctor about "
           "what you see in it.</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace rls
