// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <SQLiteCpp/Exception.h>

namespace rls {

/// Turns an SQLite failure into an Error a person can read, with a kind the app can act on
/// (locked, read-only, not a database, damaged, ...). `context` says what was being done.
Error storageError(const SQLite::Exception &e, const QString &context);

} // namespace rls
