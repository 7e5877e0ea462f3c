// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start, in librls-diary-window.so (windowstart/windowlibrary.h): main.cpp has parsed
// nothing but found that a window (or a painted report) is asked for, and calls in here.
#include "cli/cli.h"
#include "printing/printablereport.h"
#include "session/diarysession.h"
#include "session/preferences.h"
#include "session/quitonsignal.h"
#include "session/startoptions.h"
#include "shared/firstframe.h"
#include "shared/messagebox.h"
#include "shared/theme.h"
#include "shared/translation.h"
#include "shell/mainwindow.h"
#include "shell/newdiaryquestion.h"
#include "shell/windowactivation.h"
#include "storage/diarystore.h"
#include "windowstart/windowlibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <functional>
#include <optional>
#include <type_traits>

namespace {

// Tells of a damaged diary once the window is there, so the box sits on the diary it talks about.
void explainDamage(rls::MainWindow &window, const rls::DiaryStore &store)
{
    const QString shown = QDir::toNativeSeparators(store.path());
    QTimer::singleShot(0, &window, [&window, shown, details = store.damage().value_or(QString())] {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("RLS Diary"),
            QCoreApplication::translate("Main",
                "The diary %1 is damaged: part of the file cannot be read.\n\n"
                "It is open read-only, so nothing more is written into it. Restore a backup with "
                "File > Backups…; a copy of the damaged file is kept first.")
                .arg(shown),
            QMessageBox::Ok, &window);
        box.setDetailedText(QCoreApplication::translate("Main", "SQLite's check of the file found:\n%1").arg(details));
        box.exec();
    });
}

// When the diary cannot be opened for writing (another window has it, or it may only be read),
// says why and offers to look at it read-only. Returns the read-only session, or the error.
rls::Result<std::unique_ptr<rls::DiarySession>> offerReadOnly(
    const rls::Error &why, const std::function<rls::Result<std::unique_ptr<rls::DiarySession>>(rls::Access)> &open)
{
    const auto answer = rls::MessageBox::choose(nullptr, QStringLiteral("RLS Diary"),
        QCoreApplication::translate("Main", "%1\n\nYou can open it read-only to look at it: nothing can be saved then.")
            .arg(why.message),
        {{QMessageBox::Open, QCoreApplication::translate("Main", "Open &read-only")},
            {QMessageBox::Close, QCoreApplication::translate("Main", "&Quit")}},
        QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return why;
    return open(rls::Access::ReadOnly);
}

} // namespace

extern "C" Q_DECL_EXPORT int rlsDiaryReportMain(int argc, char **argv)
{
    // report: drawn like a page of the window, but on no screen, whatever display there is.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rls::nameApplication();
    rls::cli::setReportWriter([](rls::DiaryStore &store, const rls::ReportOptions &options, rls::ReportPaper paper,
                                  Qt::DayOfWeek firstDay, const QString &path) -> rls::Result<int> {
        auto report = rls::PrintableReport::load(store, options, firstDay);
        if (!report)
            return report.error();
        return report.value()->savePdf(path, rls::reportPageSize(paper));
    });
    return rls::cli::run(QCoreApplication::arguments());
}

extern "C" Q_DECL_EXPORT int rlsDiaryWindowMain(int argc, char **argv, const QElapsedTimer *sinceStart)
{
    QApplication app(argc, argv);
    rls::nameApplication();
    // The window decides when the app ends (MainWindow::closed): closing it may only put it in
    // the tray, and a message box closing while the window is there must not end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setApplicationDisplayName(QStringLiteral("RLS Diary"));
    QApplication::setDesktopFileName(QStringLiteral("org.rlsdiary.RLSDiary"));

    const rls::WindowOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    const auto &[database, demo, demoNights, theme, readOnly, language, firstFrame, everyPage, tray] = options;
    parser.process(app);

    // The language first: every box from here on, the questions before the window included,
    // reads its words when it is made.
    const std::optional<rls::Language> asked
        = parser.isSet(language) ? rls::languageFromKey(parser.value(language)) : std::nullopt;
    const rls::Translation translation(asked.value_or([] {
        QSettings settings;
        return rls::loadPreferences(settings).language;
    }()));
    if (parser.isSet(language) && !asked) {
        QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
            QCoreApplication::translate("Main", "--language must be system, en or de, not \"%1\".")
                .arg(parser.value(language)));
        return 2;
    }

    const QString path = [&] {
        QSettings settings;
        return parser.isSet(database) ? parser.value(database) : rls::DiarySession::ownDiaryPath(settings);
    }();
    // A --database (or a file chosen in Preferences) that is not there may be mistyped: ask
    // before creating it. Quit creates nothing. (Asked before any diary is open, so a `kill`
    // meanwhile simply ends the app.)
    if (!parser.isSet(demo) && !parser.isSet(readOnly) && !rls::mayStartDiaryAt(path))
        return 0;
    const rls::QuitOnSignal quitOnSignal; // a logout or `kill` still closes the diary properly
    auto open = [&](rls::Access access) -> rls::Result<std::unique_ptr<rls::DiarySession>> {
        if (parser.isSet(demo)) {
            bool ok = false;
            const int nights = parser.value(demoNights).toInt(&ok);
            if (!ok || nights < 1 || nights > 40000)
                return rls::Error {rls::ErrorKind::Invalid,
                    QCoreApplication::translate("Main", "--demo-nights must be a number from 1 to 40000."), {}};
            return rls::DiarySession::openDemo(nights);
        }
        if (parser.isSet(database))
            return rls::DiarySession::openFile(parser.value(database), access, rls::DiaryCheck::Later);
        return rls::DiarySession::openDefault(access, rls::DiaryCheck::Later);
    };
    auto session = open(parser.isSet(readOnly) ? rls::Access::ReadOnly : rls::Access::ReadWrite);
    if (!session && session.error().kind == rls::ErrorKind::InUse) {
        // A start with the computer (--tray) while the app already runs: nothing to do.
        if (parser.isSet(tray))
            return 0;
        // The diary is open in another window: bring that one to the front instead.
        if (rls::WindowActivation::askRunningWindowToShow(path))
            return 0;
        session = offerReadOnly(session.error(), open);
    } else if (!session && session.error().kind == rls::ErrorKind::ReadOnly && !parser.isSet(demo)) {
        session = offerReadOnly(session.error(), open);
    }
    if (!session) {
        QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
            QCoreApplication::translate("Main", "%1\n\nNothing was changed.").arg(session.error().message));
        return 1;
    }

    auto look = rls::loadPreferences(session.value()->settings()).theme;
    if (parser.isSet(theme)) {
        const auto chosen = rls::themeFromKey(parser.value(theme));
        if (!chosen) {
            QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
                QCoreApplication::translate("Main", "--theme must be system, light or dark, not \"%1\".")
                    .arg(parser.value(theme)));
            return 2;
        }
        look = *chosen;
    }
    rls::applyTheme(look);

    rls::DiaryStore &store = session.value()->store();
    std::unique_ptr<rls::MainWindow> window;
    std::function<void()> makeWindow = [&] {
        window = std::make_unique<rls::MainWindow>(store, session.value()->isDemo(), session.value()->settings());
        if (window->isBuiltForDamage())
            explainDamage(*window, store);
        // Whichever window holds the writer's lock answers a second start (a damaged diary's
        // too: it holds the lock so that a restore can write).
        if (!store.isReadOnly() || store.damage())
            new rls::WindowActivation(store.path(), window.get()); // owned by the window
        QObject::connect(window.get(), &rls::MainWindow::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        // The check after the first frame found damage: the same window, built for a damaged
        // diary (read-only, with its banner), takes the place of the one built for a whole one.
        QObject::connect(
            window.get(), &rls::MainWindow::damageFound, &app,
            [&] {
                window.reset();
                makeWindow();
                window->showAtStart();
            },
            Qt::QueuedConnection);
    };
    makeWindow();
    if (parser.isSet(everyPage))
        rls::quitAfterEveryPage(window.get(), *sinceStart);
    else if (parser.isSet(firstFrame))
        rls::quitAfterFirstFrame(window.get(), *sinceStart);
    // --tray (a start with the computer): only the tray icon, until the reminder or a click.
    if (parser.isSet(tray))
        window->startInTray();
    else
        window->showAtStart();
    return QApplication::exec();
}

// main.cpp calls them through these types: a signature changed here must change there.
static_assert(std::is_same_v<decltype(&rlsDiaryWindowMain), RlsDiaryWindowMain>);
static_assert(std::is_same_v<decltype(&rlsDiaryReportMain), RlsDiaryReportMain>);
