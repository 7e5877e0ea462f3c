// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a command's arguments: the parts every command shares (its help, dates, whole
// numbers, --database) and one parsing function per command. Each parsing function checks its
// options, prints what is wrong (exit 2) or the help (exit 0), and hands well-formed arguments to
// the command in clicommands.h.

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

namespace rls::cli {

/// What a command's help says besides its options.
struct CommandHelp {
    QString command; ///< "export"
    QString description;
    QString positional; ///< "file|The CSV file to import.", or empty when it takes none
    QString usage; ///< what follows "rls-diary export [options]", e.g. "FILE"
    /// Examples, each "ARGUMENTS|what it does", shown as `rls-diary ARGUMENTS`.
    QStringList examples;
};

/// The help of `parser` as a person reads it: "Usage: rls-diary <usage>" (never the path the
/// program was started from), Qt's list of options, then the examples ("ARGUMENTS|what").
QString helpText(const QCommandLineParser &parser, const QString &usage, const QStringList &examples);

/// Parses the command's options; returns an exit code when the command should not run (its help
/// was printed: 0; a wrong option or argument: 2).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const CommandHelp &help);

/// --database PATH, the diary a command works on.
QCommandLineOption databaseOption();
/// The date in option `name` (YYYY-MM-DD), `fallback` when it is absent, nothing (with a
/// message) when it is malformed.
std::optional<QDate> dateValue(const QCommandLineParser &parser, const QString &name, QDate fallback);
/// Reads an optional whole number in [low, high] into `value`; false (with a message) when malformed.
bool intValue(const QCommandLineParser &parser, const QString &name, int low, int high, int &value);

// The commands that read or write files beside the diary (cliargs_files.cpp).
int exportCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);

// The commands about the diary itself (cliargs_diary.cpp).
int summaryCommand(const QStringList &arguments);
int insightsCommand(const QStringList &arguments);
int demoCommand(const QStringList &arguments);
int backupCommand(const QStringList &arguments);
int restoreCommand(const QStringList &arguments);
int trialCommand(const QStringList &arguments);

} // namespace rls::cli
