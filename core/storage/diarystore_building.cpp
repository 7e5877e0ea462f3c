// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a diary built aside (OpenOptions::building, `import --create`): its references
// checked once, then the WAL and foreign keys every diary has.
#include "storage/diarystore.h"

#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace rls {

Result<void> DiaryStore::finishBuilding()
{
    Q_ASSERT(m_options.building);
    const QString context = QCoreApplication::translate("DiaryStore", "Could not finish the new diary");
    try {
        SQLite::Statement broken(*m_db, "PRAGMA foreign_key_check");
        int count = 0;
        QString first;
        while (broken.executeStep()) {
            if (count++ == 0)
                first = QStringLiteral("%1 row %2 refers to a missing %3")
                            .arg(QString::fromUtf8(broken.getColumn(0).getText()))
                            .arg(broken.getColumn(1).getInt64())
                            .arg(QString::fromUtf8(broken.getColumn(2).getText()));
        }
        if (count > 0)
            return Error {ErrorKind::Storage,
                QCoreApplication::translate("DiaryStore",
                    "%1: rows refer to entries that are not in it (%2 in all; the first: %3). It was not kept.")
                    .arg(context)
                    .arg(count)
                    .arg(first),
                {}};
        const std::string mode = m_db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            return Error {ErrorKind::Storage,
                QCoreApplication::translate("DiaryStore", "%1: SQLite kept the journal mode \"%2\" instead of WAL.")
                    .arg(context, QString::fromStdString(mode)),
                {}};
        m_db->exec("PRAGMA foreign_keys = ON");
        m_options.building = false;
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, context);
    }
}

} // namespace rls
