// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

namespace SQLite {
class Database;
}

namespace rls::schema {

/// The schema version this build writes. Bump it with a new step in schema.cpp.
inline constexpr int CurrentVersion = 2;

/// Reads PRAGMA user_version.
int version(SQLite::Database &db);

/// Brings a diary from `from` up to CurrentVersion: ordered steps gated on the old version,
/// all in one transaction, rolled back on any error. `from` must not be newer than CurrentVersion.
Result<void> migrate(SQLite::Database &db, int from);

} // namespace rls::schema
