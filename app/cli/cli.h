// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "report/doctorreport.h"
#include "session/preferences.h"

#include <QStringList>

#include <functional>

namespace rls {
class DiaryStore;
}

namespace rls::cli {

/// Exit codes of the command line, also listed by `rls-diary COMMAND --help`.
enum ExitCode {
    Ok = 0,
    DiaryFailed = 1, ///< the diary could not be opened, read or written
    UsageError = 2, ///< an unknown option, a missing or malformed value
    FileFailed = 3, ///< the CSV or output file could not be read or written, or already exists
    NotImportable = 4, ///< the CSV has unreadable rows, ambiguous dates, or is not a diary file
};

/// Where the command is in `arguments` (as QCoreApplication::arguments() gives them): the first
/// word that is neither an option nor the value of the window's --database, --theme or
/// --demo-nights, so that `rls-diary --database FILE export` is the export. -1 when there is none.
qsizetype commandIndex(const QStringList &arguments);

/// True when the arguments hold a word in command position (commandIndex()): a command
/// (export, import, summary, ...) or a mistyped one, which run() refuses with the nearest
/// command. The app then runs without a window and needs no display.
bool isCommand(int argc, char **argv);

/// True for the commands that draw (`report`): they need a QApplication, on the offscreen
/// platform, and a report writer.
bool needsPainting(int argc, char **argv);

/// How `rls-diary report` has its PDF drawn: the window layer (app/printing) computes the report
/// of `options` from `store` and writes it to `path` on `paper`, returning the number of pages.
/// The command line itself stays QtCore only; app/main.cpp hands this in.
using ReportWriter = std::function<Result<int>(
    DiaryStore &store, const ReportOptions &options, ReportPaper paper, Qt::DayOfWeek firstDay, const QString &path)>;
void setReportWriter(ReportWriter writer);

/// Runs the command in `arguments` (as QCoreApplication::arguments() gives them) and returns
/// the exit code. Results go to stdout, messages to stderr.
int run(const QStringList &arguments);

} // namespace rls::cli
