// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "backups/backupsdialog.h"
#include "csvdialogs/csvactions.h"
#include "findings/insights.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "insights/insightspage.h"
#include "labs/labresultspage.h"
#include "log/logpage.h"
#include "printing/reportactions.h"
#include "printing/trialreportactions.h"
#include "session/diarycontext.h"
#include "settings/settingsdialog.h"
#include "settings/welcomewizard.h"
#include "shared/firstframe.h"
#include "shared/lazypage.h"
#include "shared/messagebox.h"
#include "shared/systemtray.h"
#include "shell/trayicon.h"
#include "storage/diarystore.h"
#include "trends/trendspage.h"
#include "trial/trialactions.h"
#include "trial/trialpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rls {
namespace {
// A logout asks every window to close (X11 session management); a window that only went to the
// tray would cancel the logout.
bool loggingOut()
{
#ifndef QT_NO_SESSIONMANAGER
    return qGuiApp->isSavingSession();
#else
    return false;
#endif
}
} // namespace

MainWindow::MainWindow(DiaryStore &store, bool demo, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(new DiaryContext(store, demo, settings, this))
    , m_builtForDamage(store.damage().has_value())
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString name = demo ? tr("demo diary (not your own)") : QFileInfo(store.path()).fileName();
    setWindowTitle(
        store.isReadOnly() ? tr("RLS Diary — %1 (read-only)[*]").arg(name) : tr("RLS Diary — %1[*]").arg(name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rls-diary.svg")));

    auto *central = new QWidget(this);
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (store.isReadOnly())
        layout->addWidget(readOnlyBanner());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();

    m_logPage = new LogPage(*m_context, m_pages);
    addPage(m_logPage, tr("Evening log"));
    // The other pages are built when first shown: the start builds only the evening's form.
    auto *trends = new LazyPage([this](QWidget *tab) { return new TrendsPage(*m_context, tab); }, m_pages);
    addPage(trends, tr("Trends"));
    connect(m_context, &DiaryContext::showNightsRequested, this,
        [this, trends](const QList<QDate> &nights, const QString &label) {
            static_cast<TrendsPage *>(trends->page())->markNights(nights, label);
            m_pages->setCurrentWidget(trends);
        });
    addPage(
        new LazyPage([this](QWidget *tab) { return new LabResultsPage(*m_context, tab); }, m_pages), tr("Lab results"));
    addPage(new LazyPage([this](QWidget *tab) { return new InsightsPage(*m_context, tab); }, m_pages), tr("Insights"));
    // After the guide and the keys, above the separator before About.
    QAction *howToRead = new QAction(tr("How to read the &insights"), this);
    howToRead->setObjectName(QStringLiteral("howToReadAction"));
    connect(howToRead, &QAction::triggered, this,
        [this] { MessageBox::information(this, tr("How to read the insights"), insightsHowToRead()); });
    m_helpMenu->insertAction(m_helpMenu->actions().value(2), howToRead);
    auto *trial = new LazyPage(
        [this](QWidget *tab) {
            auto *page = new TrialPage(*m_context, tab);
            connect(page, &TrialPage::exportReportRequested, this,
                [this](const TrialPlan &plan) { exportTrialReport(*m_context, plan, this); });
            return page;
        },
        m_pages);
    addPage(trial, tr("Trial"));

    // The evening form's actions: undo and redo in Edit, the rest in their own menu.
    const QList<QAction *> editActions = m_editMenu->actions();
    m_editMenu->insertActions(editActions.value(0), {m_logPage->undoAction(), m_logPage->redoAction()});
    m_editMenu->insertSeparator(editActions.value(0));
    QMenu *nightMenu = menuBar()->insertMenu(m_viewMenu->menuAction(), new QMenu(tr("&Night"), this))->menu();
    nightMenu->addActions(m_logPage->nightActions());
    nightMenu->addSeparator();
    addTrialActions(nightMenu, *m_context, this, [this, trial] { m_pages->setCurrentWidget(trial); });
    connect(m_logPage, &LogPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_logPage, &LogPage::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_context, &DiaryContext::openNightRequested, this, [this] { m_pages->setCurrentWidget(m_logPage); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("nightCountLabel"));
    statusBar()->addPermanentWidget(m_summary);
    connect(m_context, &DiaryContext::nightsChanged, this, &MainWindow::updateSummary);
    connect(m_context, &DiaryContext::preferencesRequested, this, &MainWindow::showPreferences);
    // What reads the whole diary waits until the window is on screen, so that the start does not
    // grow with the years.
    afterFirstFrame(this, [this] { finishStart(); });
    restoreLayout();

    qApp->installEventFilter(this); // to see a quit of the whole app: see eventFilter
    ensureTray();
}

void MainWindow::finishStart()
{
    if (m_started)
        return;
    m_started = true;
    DiaryStore &store = m_context->store();
    if (!m_builtForDamage && store.check()) {
        emit damageFound();
        return;
    }
    updateSummary();
    if (auto daily = store.backUpIfDue(); !daily)
        statusBar()->showMessage(tr("The day's backup could not be taken: %1").arg(daily.error().message));
}

void MainWindow::ensureTray()
{
    if (m_tray || !TrayIcon::possibleFor(*m_context))
        return;
    m_tray = new TrayIcon(*m_context, this);
    connect(m_tray, &TrayIcon::logTonightRequested, this, &MainWindow::logTonight);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
}

void MainWindow::showAtStart()
{
    show();
    activateWindow(); // take the keyboard at once, even where no window manager hands it over
    welcomeIfNew(); // a new diary: what the app does, where the diary lives, the usual times
}

void MainWindow::startInTray(std::chrono::milliseconds patience)
{
    QTimer::singleShot(0, this, &MainWindow::finishStart); // no frame to wait for in the tray
    ensureTray();
    if (keepsRunningInTray())
        return;
    const bool trayCouldCome = m_context->preferences().eveningReminder && !m_context->isDemo()
        && !m_context->store().isReadOnly() && !SystemTray::isAvailable();
    if (!trayCouldCome) {
        showAtStart();
        return;
    }
    auto *wait = new QTimer(this);
    wait->setInterval(std::min<std::chrono::milliseconds>(patience, std::chrono::seconds(1)));
    const QDeadlineTimer deadline(patience);
    connect(wait, &QTimer::timeout, this, [this, wait, deadline] {
        ensureTray();
        if (keepsRunningInTray() || isVisible()) { // in the tray, or opened meanwhile from a second start
            wait->deleteLater();
        } else if (deadline.hasExpired()) {
            wait->deleteLater();
            showAtStart();
        }
    });
    wait->start();
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
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    addCsvActions(m_fileMenu, quit, *m_context, this);
    addReportActions(m_fileMenu, quit, *m_context, this);
    QAction *backupsAction = new QAction(tr("&Backups…"), m_fileMenu);
    backupsAction->setObjectName(QStringLiteral("backupsAction"));
    connect(backupsAction, &QAction::triggered, this, &MainWindow::showBackups);
    m_fileMenu->insertAction(quit, backupsAction);
    m_fileMenu->insertSeparator(quit);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = m_editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(keys);
    preferences->setMenuRole(QAction::PreferencesRole);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = m_helpMenu->addAction(tr("&User Guide"), this, [this] { UserGuideDialog::showFor(this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts = m_helpMenu->addAction(
        tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog::showFor(*this, m_logPage); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    QAction *welcome = m_helpMenu->addAction(tr("&Welcome and Usual Times…"), this, [this] { showWelcome(); });
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    m_helpMenu->addSeparator();
    QAction *about = m_helpMenu->addAction(tr("&About RLS Diary"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

// The size and place the person left the window at, and the night list's width; the first
// time, three quarters of a large screen (a fixed 1280x820 left most of it empty), and never less
// than 1280x820 where the screen has room (a laptop keeps the width the form needs).
void MainWindow::restoreLayout()
{
    QSettings &settings = m_context->settings();
    auto *splitter = m_logPage->findChild<QSplitter *>(QStringLiteral("logSplitter"));
    if (splitter)
        splitter->restoreState(settings.value(QStringLiteral("window/logSplitter")).toByteArray());
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        return;
    const QRect area = screen()->availableGeometry();
    const QSize wanted(std::max(1280, area.width() * 3 / 4), std::max(820, area.height() * 17 / 20));
    resize(wanted.boundedTo(area.size()));
    move(area.center() - rect().center());
}

void MainWindow::saveLayout()
{
    QSettings &settings = m_context->settings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = m_logPage->findChild<QSplitter *>(QStringLiteral("logSplitter")))
        settings.setValue(QStringLiteral("window/logSplitter"), splitter->saveState());
}

void MainWindow::welcomeIfNew()
{
    if (WelcomeWizard::isDueFor(*m_context))
        showWelcome();
}

QWidget *MainWindow::showWelcome()
{
    if (m_context->store().isReadOnly())
        return nullptr;
    auto *wizard = new WelcomeWizard(*m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Back on the evening's first question once it is closed, whichever way.
    connect(wizard, &QDialog::finished, this, [this] { m_logPage->focusForm(); });
    wizard->open();
    return wizard;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The evening's first question has the focus, not the tabs or the list: typing "7" answers it.
    if (!m_shownBefore)
        m_logPage->focusForm();
    m_shownBefore = true;
}

bool MainWindow::keepsRunningInTray() const
{
    return m_tray && m_tray->isActive();
}

void MainWindow::showFromTray()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::logTonight()
{
    showFromTray();
    m_pages->setCurrentWidget(m_logPage);
    if (m_logPage->showNight(m_logPage->tonightDate()))
        m_logPage->focusForm();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // QCoreApplication::quit() (QuitOnSignal on SIGTERM, a logout) sends Quit to the application,
    // which closes every window and ends only when all of them accept.
    if (watched == qApp && event->type() == QEvent::Quit) {
        m_quitting = true;
        // Still here on the next turn of the event loop: the quit was cancelled (unsaved changes).
        QTimer::singleShot(0, this, [this] { m_quitting = false; });
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::quit()
{
    if (isHidden()) {
        // In the tray nothing is unsaved (closing asked), unless the window never showed: then
        // the question comes over the window it is about, not over nothing.
        if (!m_logPage->isDirty()) {
            emit closed();
            return true;
        }
        showFromTray();
    }
    m_quitting = true;
    const bool closedNow = close();
    m_quitting = false;
    return closedNow;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Asked before the window goes anywhere, the tray included: nothing typed waits unseen.
    if (!m_logPage->confirmLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (!m_quitting && !loggingOut() && keepsRunningInTray()) {
        explainTray();
        event->ignore();
        hide();
        return;
    }
    event->accept();
    emit closed();
}

void MainWindow::explainTray()
{
    if (m_context->preferences().trayExplained)
        return;
    MessageBox::information(this, tr("RLS Diary keeps running"),
        tr("RLS Diary stays in the tray, so that it can remind you at %1 if the night is not logged yet.\n\n"
           "To quit, choose Quit in the File menu or in the menu of the tray icon. The reminder can be turned "
           "off in Edit > Preferences.")
            .arg(QLocale().toString(m_context->preferences().reminderAt, QLocale::ShortFormat)));
    m_context->rememberTrayExplained();
}

void MainWindow::updateSummary()
{
    const auto summary = m_context->store().summary();
    if (!summary) {
        // A damaged diary is explained by the banner; here it is only named.
        m_summary->setText(m_context->store().damage()
                ? tr("Damaged diary, open read-only · %1").arg(QDir::toNativeSeparators(m_context->store().path()))
                : summary.error().message);
        return;
    }
    // Counted as the person logs: evenings. The sleep typed each evening belongs to the night
    // before, so a night holding only sleep is not an evening of its own; the tip says so.
    const int sleepOnly = summary->nights - summary->evenings;
    const QLocale locale;
    const QString count = summary->nights == 0 ? tr("No nights logged yet")
        : summary->evenings == 0
        ? (summary->nights == 1 ? tr("Sleep logged for 1 night")
                                : tr("Sleep logged for %1 nights").arg(locale.toString(summary->nights)))
        : summary->evenings == 1 ? tr("1 evening logged")
                                 : tr("%1 evenings logged").arg(locale.toString(summary->evenings));
    QString tip = m_context->isDemo() ? tr("A generated diary; your own diary is not touched.")
                                      : tr("Your diary is stored only on this computer.");
    if (sleepOnly > 0 && summary->evenings > 0) {
        const QString more = sleepOnly == 1
            ? tr("1 more night holds only its sleep")
            : tr("%1 more nights hold only their sleep").arg(locale.toString(sleepOnly));
        tip = tr("An evening is a night with its symptoms, doses, tags or note. The sleep you enter each evening "
                 "belongs to the night before, so %1.")
                  .arg(more)
            + u'\n' + tip;
    }
    const QString where = m_context->isDemo() ? tr("demo diary, removed when the app closes")
                                              : QDir::toNativeSeparators(m_context->store().path());
    m_summary->setText(QStringLiteral("%1 · %2").arg(count, where));
    m_summary->setToolTip(tip);
}

QWidget *MainWindow::readOnlyBanner()
{
    const DiaryStore &store = m_context->store();
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    auto *text = new QLabel(banner);
    text->setObjectName(QStringLiteral("readOnlyText"));
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::ToolTipText);
    // SQLite's own words ("Page 31: btreeInitPage() returns error code 11") help whoever repairs
    // the file, not the person: they are in the tooltip, not in the sentence.
    text->setText(store.damage()
            ? tr("<b>This diary is damaged:</b> part of the file cannot be read, so it is open read-only and "
                 "nothing more is written into it. To go on, restore a backup (File > Backups…).")
            : tr("<b>Read-only:</b> you can look at this diary, but nothing can be saved in it."));
    if (store.damage())
        text->setToolTip(tr("SQLite's check of the file found: %1").arg(*store.damage()));
    auto *layout = new QHBoxLayout(banner);
    layout->addWidget(text, 1);
    if (store.damage()) {
        auto *restore = new QPushButton(tr("&Backups…"), banner);
        connect(restore, &QPushButton::clicked, this, &MainWindow::showBackups);
        layout->addWidget(restore);
    }
    return banner;
}

void MainWindow::showBackups()
{
    BackupsDialog dialog(*m_context, this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(*m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_context->store().path(), m_context->isDemo(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace rls
