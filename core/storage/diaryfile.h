// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QFileInfo>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

/// What a file on disk is before the store trusts it: where it may be, whether it is an RLS
/// Diary at all, and whether SQLite finds it whole. Nothing here writes into an existing file.
namespace rls::diaryfile {

/// The path as a person reads it in a message.
QString shown(const QString &path);

/// Refuses what can be seen before SQLite touches the file (a missing folder, a folder given as
/// the file, an empty file, a file that cannot be written when `forWriting`), so that a refusal
/// leaves it untouched.
std::optional<Error> checkLocation(const QFileInfo &info, bool forWriting);

/// Makes a new diary at `path` at the current schema, 0600. It is built beside `path` under a
/// temporary name and renamed into place, so `path` never holds half a diary (a diary killed
/// while being made would otherwise leave an empty file that is then refused as not a diary).
/// With `clearLeftovers` (the caller holds the diary's writer lock, so no one else is building
/// it), building files a killed creation of this diary left behind are removed first.
Result<void> create(const QString &path, bool clearLeftovers);

/// Whether an open file is an RLS Diary.
enum class Kind {
    Diary, ///< carries schema::ApplicationId
    DiaryWithoutId, ///< written before the id was set: the diary's tables and a known version
};
/// Refuses, as ErrorKind::NotADatabase, any SQLite file that is not a diary: another program's
/// file, one with a few tables of the same names, an empty database.
Result<Kind> identify(SQLite::Database &db, const QString &path);

/// PRAGMA quick_check (or integrity_check when `full`): nullopt when SQLite finds the file
/// whole, else what it found, in its own words.
std::optional<QString> check(SQLite::Database &db, bool full = false);

} // namespace rls::diaryfile
