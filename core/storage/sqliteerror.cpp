// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rls {

Error storageError(const SQLite::Exception &e, const QString &context)
{
    const QString detail = QString::fromUtf8(e.what());
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorKind::Locked,
            QCoreApplication::translate(
                "SqliteError", "%1: the diary is locked by another program. Close it and try again.")
                .arg(context),
            {}};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorKind::ReadOnly,
            QCoreApplication::translate("SqliteError", "%1: the diary file cannot be written (it is read-only).")
                .arg(context),
            {}};
    case SQLITE_NOTADB:
        return {ErrorKind::NotADatabase,
            QCoreApplication::translate(
                "SqliteError", "%1: the file is not an RLS Diary database; it was left as it was.")
                .arg(context),
            {}};
    case SQLITE_CORRUPT:
        return {ErrorKind::Corrupt,
            QCoreApplication::translate("SqliteError",
                "%1: the diary file is damaged (%2). Restore a backup: File > Backups..., "
                "or rls-diary restore.")
                .arg(context, detail),
            {}};
    case SQLITE_FULL:
        return {
            ErrorKind::Storage, QCoreApplication::translate("SqliteError", "%1: the disk is full.").arg(context), {}};
    case SQLITE_IOERR:
        return {ErrorKind::Storage,
            QCoreApplication::translate("SqliteError",
                "%1: the diary file could not be written or read (%2). The disk may be full or "
                "failing, or the file larger than this system allows.")
                .arg(context, detail),
            {}};
    case SQLITE_CANTOPEN:
        return {ErrorKind::Storage,
            QCoreApplication::translate("SqliteError", "%1: the diary file cannot be opened.").arg(context), {}};
    default: return {ErrorKind::Storage, QStringLiteral("%1: %2").arg(context, detail), {}};
    }
}

} // namespace rls
