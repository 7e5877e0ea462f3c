// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diaryfile.h"

#include "storage/schema.h"
#include "storage/sqliteerror.h"
#include "util/logging.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

#include <SQLiteCpp/Database.h>

namespace rls::diaryfile {
namespace {

Error refused(ErrorKind kind, const QString &message)
{
    return Error {kind, message, {}};
}

bool hasDiaryTables(SQLite::Database &db)
{
    return db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                         "('night', 'intake', 'substance', 'substance_form', 'tag', 'night_tag', 'lab_result')")
               .getInt()
        == 7;
}

} // namespace

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

std::optional<Error> checkLocation(const QFileInfo &info, bool forWriting)
{
    const QString where = shown(info.filePath());
    if (!info.absoluteDir().exists())
        return refused(ErrorKind::FolderMissing,
            QCoreApplication::translate("DiaryFile", "The folder for the diary %1 does not exist.").arg(where));
    if (info.isDir())
        return refused(ErrorKind::NotADatabase,
            QCoreApplication::translate("DiaryFile", "%1 is a folder, not a diary file.").arg(where));
    if (info.exists() && info.size() == 0)
        return refused(ErrorKind::NotADatabase,
            QCoreApplication::translate("DiaryFile",
                "%1 is an empty file, not an RLS Diary; it was left as it was. "
                "Choose another file name for a new diary.")
                .arg(where));
    if (!forWriting)
        return std::nullopt;
    if (info.exists() && !info.isWritable())
        return refused(ErrorKind::ReadOnly,
            QCoreApplication::translate("DiaryFile",
                "The diary %1 is read-only, so nothing could be saved. "
                "Check the file's permissions, or open it read-only.")
                .arg(where));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return refused(ErrorKind::ReadOnly,
            QCoreApplication::translate("DiaryFile",
                "The folder of %1 cannot be written, so the diary cannot be saved there. "
                "Open it read-only, or move it to a folder of yours.")
                .arg(where));
    return std::nullopt;
}

Result<void> create(const QString &path, bool clearLeftovers)
{
    const QFileInfo info(path);
    if (clearLeftovers) {
        const QString pattern = QStringLiteral(".%1.??????.new").arg(info.fileName());
        QDir dir = info.absoluteDir();
        for (const QString &left :
            dir.entryList({pattern, pattern + QStringLiteral("-journal")}, QDir::Files | QDir::Hidden)) {
            qCWarning(lcStorage) << "removing" << left << "left by a creation that did not finish";
            dir.remove(left);
        }
    }
    QTemporaryFile building(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.new").arg(info.fileName())));
    if (!building.open())
        return refused(ErrorKind::Storage,
            QCoreApplication::translate("DiaryFile", "Could not create the diary %1: %2")
                .arg(shown(path), building.errorString()));
    building.close();
    makePrivateFile(building.fileName());
    try {
        SQLite::Database db(building.fileName().toStdString(), SQLite::OPEN_READWRITE);
        // No rollback journal while the file is built: it is new, private and only renamed into
        // place once complete (an interrupted build is removed, see clearLeftovers), so a journal
        // on disk would only add its syncs (and the folder's) to every new diary. Each commit
        // still syncs the file (synchronous FULL).
        db.exec("PRAGMA journal_mode = MEMORY");
        db.exec("PRAGMA synchronous = FULL");
        if (auto made = schema::migrate(db, 0); !made)
            return made.error();
        // WAL keeps the last good state readable if the app dies mid-write; the mode is kept in the file.
        db.exec("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception &e) {
        return storageError(
            e, QCoreApplication::translate("DiaryFile", "Could not create the diary %1").arg(shown(path)));
    }
    // rename() never replaces a file that appeared meanwhile: a diary is never overwritten.
    if (!building.rename(path))
        return refused(ErrorKind::Storage,
            QCoreApplication::translate("DiaryFile", "Could not create the diary %1: %2")
                .arg(shown(path), building.errorString()));
    building.setAutoRemove(false);
    qCInfo(lcStorage) << "created a new diary at" << path;
    return {};
}

Result<Kind> identify(SQLite::Database &db, const QString &path)
{
    if (db.execAndGet("PRAGMA application_id").getInt() == schema::ApplicationId)
        return Kind::Diary;
    if (db.execAndGet("PRAGMA application_id").getInt() == 0 && schema::version(db) >= 1 && hasDiaryTables(db))
        return Kind::DiaryWithoutId;
    return refused(ErrorKind::NotADatabase,
        QCoreApplication::translate("DiaryFile",
            "%1 is not an RLS Diary file: it is another program's database, so it was not opened "
            "and nothing in it was changed.")
            .arg(shown(path)));
}

std::optional<QString> check(SQLite::Database &db, bool full)
{
    try {
        SQLite::Statement q(db, full ? "PRAGMA integrity_check(5)" : "PRAGMA quick_check(5)");
        QStringList found;
        while (q.executeStep())
            found.append(QString::fromUtf8(q.getColumn(0).getText()));
        if (found == QStringList {QStringLiteral("ok")})
            return std::nullopt;
        return found.join(QStringLiteral("; "));
    } catch (const SQLite::Exception &e) {
        return QString::fromUtf8(e.what());
    }
}

} // namespace rls::diaryfile
