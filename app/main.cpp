// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/cliparse.h"
#include "printing/printablereport.h"
#include "session/diarysession.h"
#include "session/preferences.h"
#include "session/quitonsignal.h"
#include "shared/firstframe.h"
#include "shared/messagebox.h"
#include "shared/theme.h"
#include "shared/translation.h"
#include "shell/mainwindow.h"
#include "shell/newdiaryquestion.h"
#include "shell/windowactivation.h"
#include "storage/diarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

#include <sys/stat.h>

namespace {

// The names decide where the person's diary lives, so the window and the command line share them.
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RLSDIARY_VERSION));
}

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

// The window's options, the same whether they are only described (--help) or used.
struct WindowOptions {
    QCommandLineOption database {QStringLiteral("database"),
        QStringLiteral("Open the diary file <path> instead of your own."), QStringLiteral("path")};
    QCommandLineOption demo {QStringLiteral("demo"),
        QStringLiteral("Open a freshly generated demo diary in a temporary file; "
                       "your own diary is not touched.")};
    QCommandLineOption demoNights {QStringLiteral("demo-nights"),
        QStringLiteral("How many nights the demo diary covers (default 730)."), QStringLiteral("n"),
        QStringLiteral("730")};
    QCommandLineOption theme {QStringLiteral("theme"),
        QStringLiteral("Look for this run: system, light or dark (the default comes from Preferences)."),
        QStringLiteral("name")};
    QCommandLineOption readOnly {QStringLiteral("read-only"),
        QStringLiteral("Open the diary read-only: look, save nothing (for a backup, or a diary on a CD).")};
    QCommandLineOption language {QStringLiteral("language"),
        QStringLiteral("The window's language for this run: system, en or de (the default comes from "
                       "Preferences)."),
        QStringLiteral("code")};
    // For scripts/bench only (not in --help): time the start to the first frame, then quit.
    QCommandLineOption firstFrame = [] {
        QCommandLineOption o(QStringLiteral("quit-after-first-frame"), QStringLiteral("Time the start, then quit."));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        return o;
    }();
    // For scripts/bench only: after the first frame, shows every page in turn, then quits (the
    // resident size with Trends and Insights built).
    QCommandLineOption everyPage = [] {
        QCommandLineOption o(QStringLiteral("quit-after-every-page"), QStringLiteral("Show each page, then quit."));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        return o;
    }();
    QCommandLineOption tray {QStringLiteral("tray"),
        QStringLiteral("Start in the system tray, the window hidden, for the evening reminder (this is how "
                       "\"Start with the computer\" starts it). Without a tray, or with the reminder off, "
                       "the window opens.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("A private diary for restless legs syndrome.\n\n"
                           "Without a command it opens the window. Commands that run without a window:\n"
                           "  export   write nights as CSV          import   read a CSV into the diary\n"
                           "  summary  one line about the diary     demo     write a made-up diary\n"
                           "  report   the doctor's report as a PDF insights what the diary suggests\n"
                           "  trial    plan a personal trial, see where it stands, read its result\n"
                           "  backup   take or list backups         restore  put a backup back\n"
                           "See rls-diary COMMAND --help."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, demo, demoNights, theme, readOnly, language, firstFrame, everyPage, tray});
    }
};

// True when the arguments ask for help or the version: text, which needs no display (a terminal
// over ssh, a script) and so no QApplication.
bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *asked : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], asked) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // --quit-after-first-frame counts from here
    sinceStart.start();
    // Health data: whatever the app creates (the diary, its backups, settings, exports) is for
    // the person alone, however the system's umask is set.
    ::umask(077);
    if (rls::cli::needsPainting(argc, argv)) {
        // report: drawn like a page of the window, but on no screen, whatever display there is.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        nameApplication();
        rls::cli::setReportWriter([](rls::DiaryStore &store, const rls::ReportOptions &options, rls::ReportPaper paper,
                                      Qt::DayOfWeek firstDay, const QString &path) -> rls::Result<int> {
            auto report = rls::PrintableReport::load(store, options, firstDay);
            if (!report)
                return report.error();
            return report.value()->savePdf(path, rls::reportPageSize(paper));
        });
        return rls::cli::run(QCoreApplication::arguments());
    }
    if (rls::cli::isCommand(argc, argv)) {
        // export, import, summary, demo, or a mistyped command: no window, no display needed.
        QCoreApplication app(argc, argv);
        nameApplication();
        return rls::cli::run(QCoreApplication::arguments());
    }
    const WindowOptions options;
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        options.addTo(parser);
        if (parser.parse(QCoreApplication::arguments()) && parser.isSet(QStringLiteral("help"))
            && !parser.isSet(QStringLiteral("help-all"))) {
            std::fputs(qPrintable(rls::cli::helpText(parser, QStringLiteral("rls-diary [options]"),
                           {QStringLiteral("--demo|try the app on a made-up diary; yours is not touched"),
                               QStringLiteral("--database ~/Documents/legs.sqlite|open another diary file"),
                               QStringLiteral("--read-only --database old.sqlite|look at a diary (a backup, a "
                                              "copy) and change nothing"),
                               QStringLiteral("export -o nights.csv|a command, without a window: see rls-diary "
                                              "export --help")})),
                stdout);
            return 0;
        }
        parser.process(app); // prints the version (or all the help, with Qt's options) and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // The window decides when the app ends (MainWindow::closed): closing it may only put it in
    // the tray, and a message box closing while the window is there must not end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setApplicationDisplayName(QStringLiteral("RLS Diary"));
    QApplication::setDesktopFileName(QStringLiteral("org.rlsdiary.RLSDiary"));

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
        rls::quitAfterEveryPage(window.get(), sinceStart);
    else if (parser.isSet(firstFrame))
        rls::quitAfterFirstFrame(window.get(), sinceStart);
    // --tray (a start with the computer): only the tray icon, until the reminder or a click.
    if (parser.isSet(tray))
        window->startInTray();
    else
        window->showAtStart();
    return QApplication::exec();
}
