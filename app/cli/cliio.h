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
/// Opens the diary. With `mustExist`, a missing file is an error instead of a new diary, so
/// that reading commands never create files.
Result<std::unique_ptr<DiaryStore>> openDiary(const QString &path, bool mustExist);

} // namespace rls::cli
