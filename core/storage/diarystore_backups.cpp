// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's backups: taking them, comparing one with the diary, restoring one.
#include "storage/diaryfile.h"
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "storage/sqliteerror.h"
#include "util/logging.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>

#include <algorithm>

namespace rls {
namespace {

// Every night's date with its last change, for telling two diaries apart.
QHash<QDate, QString> nightStamps(SQLite::Database &db)
{
    QHash<QDate, QString> out;
    SQLite::Statement q(db, "SELECT date, updated_at FROM night");
    while (q.executeStep())
        out.insert(QDate::fromString(QString::fromUtf8(q.getColumn(0).getText()), Qt::ISODate),
            QString::fromUtf8(q.getColumn(1).getText()));
    return out;
}

QList<QDate> sorted(QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

std::optional<QString> DiaryStore::checkIntegrity()
{
    return diaryfile::check(*m_db, true);
}

QString DiaryStore::pragma(const char *name)
{
    try {
        return QString::fromUtf8(m_db->execAndGet(std::string("PRAGMA ") + name).getText());
    } catch (const SQLite::Exception &e) {
        return QString::fromUtf8(e.what());
    }
}

Result<BackupFile> DiaryStore::backUp(BackupReason reason)
{
    if (check())
        return Error {ErrorKind::Corrupt,
            QCoreApplication::translate(
                "DiaryStore", "The diary is damaged (%1), so no backup was taken: it would be damaged too.")
                .arg(*m_damage),
            {}};
    return backups::take(*m_db, m_path, reason, m_options.now());
}

Result<std::optional<BackupFile>> DiaryStore::backUpIfDue()
{
    check(); // a damaged diary must not push a good backup out of the rotation
    if (isReadOnly())
        return std::optional<BackupFile> {};
    const QList<BackupFile> existing = backups::list(m_path);
    const QDate today = m_options.now().toLocalTime().date();
    if (!existing.isEmpty() && existing.first().takenAt.date() >= today)
        return std::optional<BackupFile> {};
    auto made = backUp(BackupReason::Daily);
    if (!made)
        return made.error();
    return std::optional<BackupFile> {made.value()};
}

Result<BackupDifference> DiaryStore::compareWithBackup(const QString &backupPath)
{
    try {
        SQLite::Database backup(backupPath.toStdString(), SQLite::OPEN_READONLY);
        if (auto kind = diaryfile::identify(backup, backupPath); !kind)
            return kind.error();
        const QHash<QDate, QString> theirs = nightStamps(backup);
        const QHash<QDate, QString> ours = nightStamps(*m_db);
        BackupDifference d;
        d.diaryNights = int(ours.size());
        d.backupNights = int(theirs.size());
        for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
            if (!theirs.contains(it.key()))
                d.onlyInDiary.append(it.key());
            else if (theirs.value(it.key()) != it.value())
                d.changed.append(it.key());
        }
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            if (!ours.contains(it.key()))
                d.onlyInBackup.append(it.key());
        }
        d.onlyInDiary = sorted(d.onlyInDiary);
        d.onlyInBackup = sorted(d.onlyInBackup);
        d.changed = sorted(d.changed);
        return d;
    } catch (const SQLite::Exception &e) {
        return storageError(e,
            QCoreApplication::translate("DiaryStore", "Could not compare the diary with %1")
                .arg(diaryfile::shown(backupPath)));
    }
}

Result<BackupFile> DiaryStore::restoreBackup(const QString &backupPath)
{
    if (m_options.access == Access::ReadOnly)
        return Error {ErrorKind::ReadOnly,
            QCoreApplication::translate("DiaryStore", "The diary is open read-only, so nothing was restored."), {}};
    const BackupInfo info = backups::inspect({backupPath, {}, BackupReason::Manual}, true);
    if (info.problem)
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("DiaryStore", "%1 cannot be restored: %2. The diary was not changed.")
                .arg(diaryfile::shown(backupPath), *info.problem),
            {}};

    check(); // a damaged file is kept aside as bytes, a whole one copied by SQLite
    // What is there now is kept first, so a restore can itself be undone.
    Result<BackupFile> before = m_damage ? Result<BackupFile>(Error {}) : backUp(BackupReason::BeforeRestore);
    if (m_damage) {
        // A damaged file cannot be copied by SQLite; its bytes are kept aside as they are.
        const QDateTime local = m_options.now().toLocalTime();
        const QString aside = QDir(backups::folderFor(m_path))
                                  .filePath(QStringLiteral("%1-%2-before-restore.sqlite")
                                                .arg(QFileInfo(m_path).completeBaseName(),
                                                    local.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (makePrivateFolder(backups::folderFor(m_path)) && QFile::copy(m_path, aside) && makePrivateFile(aside))
            before = BackupFile {aside, local, BackupReason::BeforeRestore};
        else
            before = Error {ErrorKind::Storage,
                QCoreApplication::translate(
                    "DiaryStore", "Could not keep a copy of the damaged diary, so nothing was restored."),
                {}};
    }
    if (!before)
        return before.error();

    try {
        SQLite::Database source(backupPath.toStdString(), SQLite::OPEN_READONLY);
        // SQLite's online backup replaces every page in one write transaction, and keeps this
        // connection (and the WAL mode) as it is.
        SQLite::Backup copy(*m_db, source);
        copy.executeStep();
    } catch (const SQLite::Exception &e) {
        return storageError(
            e, QCoreApplication::translate("DiaryStore", "Could not restore %1").arg(diaryfile::shown(backupPath)));
    }
    m_damage = diaryfile::check(*m_db);
    if (m_damage)
        return Error {ErrorKind::Corrupt,
            QCoreApplication::translate(
                "DiaryStore", "The restored diary does not pass SQLite's check (%1). The diary as it was is in %2.")
                .arg(*m_damage, diaryfile::shown(before->path)),
            {}};
    try {
        const int version = schema::version(*m_db);
        const bool unmarked = m_db->execAndGet("PRAGMA application_id").getInt() != schema::ApplicationId;
        if (auto ready = prepareForWriting(version, unmarked); !ready)
            return ready.error();
    } catch (const SQLite::Exception &e) {
        return storageError(e,
            QCoreApplication::translate("DiaryStore", "Could not finish restoring %1")
                .arg(diaryfile::shown(backupPath)));
    }
    qCInfo(lcStorage) << "restored" << backupPath << "into" << m_path;
    return before;
}

} // namespace rls
