// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace rls {

/// Writes `bytes` to `path` all or nothing: into a temporary file beside it, synced to disk, then
/// renamed over the target (QSaveFile). A new file is private (0600); a file that existed keeps its
/// mode. On failure any older file at `path` is left as it was, and the error's message says in
/// words what failed ("the disk is full"), to follow "Could not write FILE: ".
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

/// What a failed write's `errno` means for a person: "the disk is full", "the file would be
/// larger than this system allows", "you may not write there (permission denied)", ... Never
/// "Unknown error": an errno without words gives its number.
QString writeFailureReason(int errnoValue);

} // namespace rls
