// SPDX-License-Identifier: GPL-3.0-or-later
// The first stage of every start: QtCore only. A command (export, import, summary, ...) and the
// help run here; a window or a painted report loads librls-diary-window.so, which links Qt
// Widgets and the rest, and hands over to it (windowstart/windowlibrary.h).
#include "cli/cli.h"
#include "cli/cliparse.h"
#include "session/startoptions.h"
#include "windowstart/windowlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace {

// True when the arguments ask for help or the version: text, which needs no display (a terminal
// over ssh, a script) and so no window library.
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

int showHelpOrVersion(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    rls::nameApplication();
    const rls::WindowOptions options;
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

// Loads the window library and returns the entry point `name`, or says on stderr why it cannot
// (there is no window to say it in) and returns null. The library is looked for beside the
// binary (the build tree), then where the install puts it.
QFunctionPointer windowEntry(const char *name)
{
    const QString binaryDir = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    const QString fileName = QStringLiteral(RLSDIARY_WINDOW_LIBRARY);
    QString tried;
    for (const QString &dir : {binaryDir, QDir(binaryDir).filePath(QStringLiteral(RLSDIARY_WINDOW_LIBRARY_DIR))}) {
        const QString path = QDir::cleanPath(QDir(dir).filePath(fileName));
        if (!QFileInfo::exists(path)) {
            tried += QStringLiteral("\n  %1: not there").arg(path);
            continue;
        }
        // Loaded once and never unloaded (QLibrary unloads only when asked): the window's
        // objects live until the process ends.
        static QLibrary library;
        library.setFileName(path);
        if (QFunctionPointer entry = library.resolve(name))
            return entry;
        tried += QStringLiteral("\n  %1: %2").arg(path, library.errorString());
    }
    std::fprintf(stderr,
        "RLS Diary cannot open its window: its library %s could not be loaded.%s\n"
        "Reinstall RLS Diary. The commands still work without it: rls-diary --help.\n",
        RLSDIARY_WINDOW_LIBRARY, qPrintable(tried));
    return nullptr;
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
        auto report = reinterpret_cast<RlsDiaryReportMain>(windowEntry(RLSDIARY_REPORT_MAIN));
        return report ? report(argc, argv) : 1;
    }
    if (rls::cli::isCommand(argc, argv)) {
        // export, import, summary, demo, or a mistyped command: no window, no display needed.
        QCoreApplication app(argc, argv);
        rls::nameApplication();
        return rls::cli::run(QCoreApplication::arguments());
    }
    if (asksForHelpOrVersion(argc, argv))
        return showHelpOrVersion(argc, argv);
    auto window = reinterpret_cast<RlsDiaryWindowMain>(windowEntry(RLSDIARY_WINDOW_MAIN));
    return window ? window(argc, argv, &sinceStart) : 1;
}
