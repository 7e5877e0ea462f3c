// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "storage/diarystore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace rls {

MainWindow::MainWindow(DiaryStore &store, bool demo, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_demo(demo)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demo ? tr("RLS Diary — demo diary (not your own)")
                        : tr("RLS Diary — %1").arg(QFileInfo(store.path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rls-diary.svg")));

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *heading = new QLabel(demo ? tr("Demo diary") : tr("Your diary"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("nightCountLabel"));
    m_summary->setWordWrap(true);
    m_location = new QLabel(page);
    m_location->setObjectName(QStringLiteral("diaryLocationLabel"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_location);
    layout->addStretch(1);
    setCentralWidget(page);

    buildMenus();
    resize(1000, 680);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RLS Diary"), this, &MainWindow::showAbout);
}

void MainWindow::refresh()
{
    const auto summary = m_store.summary();
    if (!summary) {
        m_summary->setText(summary.error().message);
        return;
    }
    const QLocale locale;
    if (summary->nights == 0) {
        m_summary->setText(tr("No nights logged yet."));
    } else {
        const QString count = summary->nights == 1 ? tr("1 night logged")
                                                   : tr("%1 nights logged").arg(locale.toString(summary->nights));
        m_summary->setText(tr("%1, from %2 to %3.")
                               .arg(count, locale.toString(summary->first, QLocale::LongFormat),
                                    locale.toString(summary->last, QLocale::LongFormat)));
    }
    m_location->setText(m_demo ? tr("This is a generated demo diary in a temporary file; it is removed when "
                                     "the app closes and never touches your own diary.")
                               : tr("Stored only on this computer, in %1").arg(QDir::toNativeSeparators(m_store.path())));
    statusBar()->showMessage(m_demo ? tr("Demo diary") : QDir::toNativeSeparators(m_store.path()));
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
