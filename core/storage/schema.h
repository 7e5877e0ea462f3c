// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

namespace SQLite {
class Database;
}

namespace rls::schema {

/// The schema version this build writes. Bump it with a new step in schema.cpp.
inline constexpr int CurrentVersion = 5;

/// PRAGMA application_id of every RLS Diary file ("RLSD"), so that another program's SQLite
/// file is never taken for a diary.
inline constexpr int ApplicationId = 0x524C5344;

/// Reads PRAGMA user_version.
int version(SQLite::Database &db);

/// Brings a diary from `from` up to CurrentVersion: ordered steps gated on the old version,
/// all in one transaction, rolled back on any error. `from` must not be newer than CurrentVersion.
/// The same transaction marks the file with ApplicationId.
Result<void> migrate(SQLite::Database &db, int from);

} // namespace rls::schema
