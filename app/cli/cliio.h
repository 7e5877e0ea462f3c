// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace rls {
class DiaryStore;
}

namespace rls::cli {

/// Prints a line to stdout.
void out(const QString &line);
/// Prints a line to stderr.
void err(const QString &line);
/// Writes bytes to stdout unchanged (a CSV with its byte-order mark).
bool writeStdout(const QByteArray &bytes);

/// Which diary a command works on: --database, else the person's own, the one the window opens
/// (DiarySession::ownDiaryPath).
QString diaryPath(const QString &databaseOption);
/// How a command uses the diary.
enum class Use {
    /// Opened read-only: no lock, no WAL switch, no schema write, nothing created; works on a
    /// read-only file or folder. A damaged diary is read as far as it goes, with a warning.
    Read,
    /// Opened for writing; refused while a window holds the diary. The day's backup is taken
    /// when it is due.
    Write,
};
/// Opens the diary at `path` for `use`. Only a diary that exists is opened: a missing one is
/// refused (ErrorKind::NotFound) and nothing is created, so a mistyped path never becomes a new
/// diary. Only `import --create` starts one (NewDiary).
Result<std::unique_ptr<DiaryStore>> openDiary(const QString &path, Use use);

} // namespace rls::cli
