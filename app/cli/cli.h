// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rls::cli {

/// Exit codes of the command line, also listed by `rls-diary COMMAND --help`.
enum ExitCode {
    Ok = 0,
    DiaryFailed = 1, ///< the diary could not be opened, read or written
    UsageError = 2, ///< an unknown option, a missing or malformed value
    FileFailed = 3, ///< the CSV or output file could not be read or written, or already exists
    NotImportable = 4, ///< the CSV has unreadable rows, ambiguous dates, or is not a diary file
};

/// True when the arguments start with a command (export, import, summary, demo): the app
/// then runs without a window.
bool isCommand(int argc, char **argv);

/// Runs the command in `arguments` (as QCoreApplication::arguments() gives them) and returns
/// the exit code. Results go to stdout, messages to stderr.
int run(const QStringList &arguments);

} // namespace rls::cli
