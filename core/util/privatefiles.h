// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDevice;

namespace rls {

/// Health data is for its owner alone: files the app writes are 0600 and the folders it makes
/// 0700, whatever the umask says. These return false when the mode could not be set.

/// Sets `path` to 0600 (read and write for the owner only).
bool makePrivateFile(const QString &path);
/// Creates `path` and any missing parents; the folders it creates, and `path` itself, are 0700.
bool makePrivateFolder(const QString &path);
/// Creates an empty file at `path` with mode 0600; fails when something already exists there.
/// SQLite's VACUUM INTO writes into an empty file, so a backup is never readable by others,
/// not even for a moment.
bool createPrivateEmptyFile(const QString &path);
/// For a file just opened for writing through QSaveFile: when no file existed at the target it
/// becomes 0600; a file that existed keeps its mode, which QSaveFile carries over (a person who
/// made an export readable by others keeps it so).
bool protectNewFile(QFileDevice &file, bool existedBefore);
/// True when group or others may read or write `path`.
bool isSharedWithOthers(const QString &path);

} // namespace rls
