// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "session/diarysession.h"
#include "session/preferences.h"
#include "shared/theme.h"
#include "shell/mainwindow.h"
#include "storage/diarystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

// The names decide where the person's diary lives, so the window and the command line share them.
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RLSDIARY_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (rls::cli::isCommand(argc, argv)) {
        // export, import, summary, demo: no window, no display needed.
        QCoreApplication app(argc, argv);
        nameApplication();
        return rls::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("RLS Diary"));
    QApplication::setDesktopFileName(QStringLiteral("org.rlsdiary.RLSDiary"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A private diary for restless legs syndrome.\n\n"
                       "Without a command it opens the window. Commands that run without a window:\n"
                       "  export   write nights as CSV          import   read a CSV into the diary\n"
                       "  summary  one line about the diary     demo     write a made-up diary\n"
                       "See rls-diary COMMAND --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Open the diary file <path> instead of your own."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Open a freshly generated demo diary in a temporary file; "
                       "your own diary is not touched."));
    const QCommandLineOption demoNights(QStringLiteral("demo-nights"),
        QStringLiteral("How many nights the demo diary covers (default 730)."), QStringLiteral("n"),
        QStringLiteral("730"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Look for this run: system, light or dark (the default comes from Preferences)."),
        QStringLiteral("name"));
    parser.addOptions({database, demo, demoNights, theme});
    parser.process(app);

    auto session = [&]() -> rls::Result<std::unique_ptr<rls::DiarySession>> {
        if (parser.isSet(demo)) {
            bool ok = false;
            const int nights = parser.value(demoNights).toInt(&ok);
            if (!ok || nights < 1 || nights > 40000)
                return rls::Error {
                    rls::ErrorKind::Invalid, QStringLiteral("--demo-nights must be a number from 1 to 40000."), {}};
            return rls::DiarySession::openDemo(nights);
        }
        if (parser.isSet(database))
            return rls::DiarySession::openFile(parser.value(database));
        return rls::DiarySession::openDefault();
    }();
    if (!session) {
        QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
            QStringLiteral("%1\n\nNothing was changed.").arg(session.error().message));
        return 1;
    }

    auto look = rls::loadPreferences(session.value()->settings()).theme;
    if (parser.isSet(theme)) {
        const auto chosen = rls::themeFromKey(parser.value(theme));
        if (!chosen) {
            QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
                QStringLiteral("--theme must be system, light or dark, not \"%1\".").arg(parser.value(theme)));
            return 2;
        }
        look = *chosen;
    }
    rls::applyTheme(look);

    rls::MainWindow window(session.value()->store(), session.value()->isDemo(), session.value()->settings());
    window.show();
    window.activateWindow(); // take the keyboard at once, even where no window manager hands it over
    return QApplication::exec();
}
