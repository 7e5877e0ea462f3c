// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SQLite {
class Database;
}

namespace rls {

/// Why a backup was taken; part of its file name.
enum class BackupReason { Daily, Manual, BeforeUpgrade, BeforeImport, BeforeRestore };

/// One backup file of a diary: `backups/<diary name>-YYYYMMDD-HHMMSS-<reason>.sqlite` beside it.
struct BackupFile {
    QString path;
    QDateTime takenAt; ///< local time, from the file name
    BackupReason reason = BackupReason::Daily;
};

/// What a backup holds, read without changing it.
struct BackupInfo {
    BackupFile file;
    int nights = 0;
    QDate lastNight; ///< invalid when it holds no night
    std::optional<QString> problem; ///< why it cannot be restored, if it cannot
};

/// How the diary differs from a backup, night by night (a night differs when its last change
/// differs), so that a restore can say what it will do before doing it.
struct BackupDifference {
    int diaryNights = 0;
    int backupNights = 0;
    QList<QDate> onlyInDiary; ///< nights a restore removes
    QList<QDate> onlyInBackup; ///< nights a restore brings back
    QList<QDate> changed; ///< nights a restore sets back to an earlier state
    /// One paragraph for the person: what a restore would do. Computed here, not in a dialog.
    QString describe() const;
};

namespace backups {

/// "daily", "manual", "before-upgrade", "before-import", "before-restore": the file name part.
QString reasonKey(BackupReason reason);
/// "daily", "taken by hand", "before an upgrade", ...: for lists.
QString reasonText(BackupReason reason);

/// The folder that holds the backups of the diary at `diaryPath`.
QString folderFor(const QString &diaryPath);
/// The backups of that diary, newest first; other files in the folder are left out.
QList<BackupFile> list(const QString &diaryPath);

/// Which backups the rotation deletes: it keeps the newest backup of each of the last 7 days,
/// 4 weeks and 12 months that have one (a backup can count for all three), and every backup
/// taken within the last 24 hours of `now`. `files` newest first, as list() gives them.
QList<BackupFile> toRemove(const QList<BackupFile> &files, const QDateTime &now);

/// Copies the open diary `db` (at `diaryPath`) into a new backup with VACUUM INTO, 0600 from
/// the start, checks the copy with integrity_check (a copy that fails is deleted and reported),
/// and then removes what the rotation no longer keeps. Returns the new file.
Result<BackupFile> take(SQLite::Database &db, const QString &diaryPath, BackupReason reason, const QDateTime &now);

/// Reads what a backup (or any diary file) holds, read-only, with SQLite's quick check, or its
/// full integrity_check when `fullCheck`.
BackupInfo inspect(const BackupFile &file, bool fullCheck = false);

} // namespace backups
} // namespace rls
