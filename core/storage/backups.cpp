// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"

#include "storage/diaryfile.h"
#include "storage/schema.h"
#include "storage/sqliteerror.h"
#include "util/logging.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace rls {
namespace {

constexpr BackupReason allReasons[] = {BackupReason::Daily, BackupReason::Manual, BackupReason::BeforeUpgrade,
    BackupReason::BeforeImport, BackupReason::BeforeRestore};

QString isoList(const QList<QDate> &dates)
{
    if (dates.size() == 1)
        return dates.first().toString(Qt::ISODate);
    return QCoreApplication::translate("Backups", "%1 to %2")
        .arg(dates.first().toString(Qt::ISODate), dates.last().toString(Qt::ISODate));
}

QString nightsWord(qsizetype n)
{
    return n == 1 ? QCoreApplication::translate("Backups", "1 night")
                  : QCoreApplication::translate("Backups", "%1 nights").arg(n);
}

} // namespace

QString BackupDifference::describe() const
{
    if (onlyInDiary.isEmpty() && onlyInBackup.isEmpty() && changed.isEmpty())
        return QCoreApplication::translate(
            "Backups", "The diary and this backup hold the same nights; restoring it changes nothing.");
    QStringList parts;
    if (!onlyInDiary.isEmpty())
        parts.append(QCoreApplication::translate("Backups", "removes %1 not in the backup (%2)")
                         .arg(nightsWord(onlyInDiary.size()), isoList(onlyInDiary)));
    if (!onlyInBackup.isEmpty())
        parts.append(QCoreApplication::translate("Backups", "brings back %1 not in the diary now (%2)")
                         .arg(nightsWord(onlyInBackup.size()), isoList(onlyInBackup)));
    if (!changed.isEmpty())
        parts.append(QCoreApplication::translate("Backups", "sets %1 back to how they were then (%2)")
                         .arg(nightsWord(changed.size()), isoList(changed)));
    QString joined = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        joined += (i + 1 == parts.size() ? QCoreApplication::translate("Backups", " and ") : QStringLiteral(", "))
            + parts.at(i);
    return QCoreApplication::translate("Backups",
        "The diary holds %1 and the backup %2. Restoring the backup %3. "
        "A backup of the diary as it is now is taken first, so this can be undone.")
        .arg(nightsWord(diaryNights), nightsWord(backupNights), joined);
}

namespace backups {

QString reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily: return QStringLiteral("daily");
    case BackupReason::Manual: return QStringLiteral("manual");
    case BackupReason::BeforeUpgrade: return QStringLiteral("before-upgrade");
    case BackupReason::BeforeImport: return QStringLiteral("before-import");
    case BackupReason::BeforeRestore: return QStringLiteral("before-restore");
    }
    return {};
}

QString reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily: return QCoreApplication::translate("Backups", "daily");
    case BackupReason::Manual: return QCoreApplication::translate("Backups", "taken by hand");
    case BackupReason::BeforeUpgrade: return QCoreApplication::translate("Backups", "before an upgrade");
    case BackupReason::BeforeImport: return QCoreApplication::translate("Backups", "before an import");
    case BackupReason::BeforeRestore: return QCoreApplication::translate("Backups", "before a restore");
    }
    return {};
}

QString folderFor(const QString &diaryPath)
{
    return QFileInfo(diaryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupFile> list(const QString &diaryPath)
{
    static const QRegularExpression name(QStringLiteral(R"(^(.+)-(\d{8}-\d{6})-([a-z-]+?)(?:\.\d+)?\.sqlite$)"));
    const QString base = QFileInfo(diaryPath).completeBaseName();
    QList<BackupFile> out;
    const QDir folder(folderFor(diaryPath));
    for (const QString &entry : folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = name.match(entry);
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        const auto reason = std::find_if(std::begin(allReasons), std::end(allReasons),
            [&](BackupReason r) { return reasonKey(r) == m.captured(3); });
        if (!at.isValid() || reason == std::end(allReasons))
            continue;
        out.append({folder.filePath(entry), at, *reason});
    }
    // Names have whole seconds; two backups of one second (a restore right after "Back up now")
    // are told apart by when their files were written.
    std::sort(out.begin(), out.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        const QDateTime aWritten = QFileInfo(a.path).lastModified();
        const QDateTime bWritten = QFileInfo(b.path).lastModified();
        return aWritten != bWritten ? aWritten > bWritten : a.path > b.path;
    });
    return out;
}

QList<BackupFile> toRemove(const QList<BackupFile> &files, const QDateTime &now)
{
    QSet<qsizetype> keep;
    // The newest backup of each of the last `count` periods that have one.
    auto keepNewestPer = [&](int count, auto periodOf) {
        QSet<qint64> seen;
        for (qsizetype i = 0; i < files.size() && seen.size() < count; ++i) {
            const qint64 period = periodOf(files.at(i).takenAt.date());
            if (!seen.contains(period)) {
                seen.insert(period);
                keep.insert(i);
            }
        }
    };
    keepNewestPer(7, [](QDate d) { return d.toJulianDay(); });
    keepNewestPer(4, [](QDate d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(12, [](QDate d) { return qint64(d.year()) * 12 + d.month(); });
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).takenAt.secsTo(now) < 24 * 3600)
            keep.insert(i);
    }
    QList<BackupFile> out;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!keep.contains(i))
            out.append(files.at(i));
    }
    return out;
}

Result<BackupFile> take(SQLite::Database &db, const QString &diaryPath, BackupReason reason, const QDateTime &now)
{
    const QString folder = folderFor(diaryPath);
    if (!makePrivateFolder(folder))
        return Error {ErrorKind::Storage,
            QCoreApplication::translate("Backups", "Could not make the backups folder %1.")
                .arg(diaryfile::shown(folder)),
            {}};
    const QDateTime local = now.toLocalTime();
    const QString stem = QStringLiteral("%1-%2-%3")
                             .arg(QFileInfo(diaryPath).completeBaseName(),
                                 local.toString(QStringLiteral("yyyyMMdd-HHmmss")), reasonKey(reason));
    QString target = QDir(folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; !createPrivateEmptyFile(target); ++n) {
        if (n > 99 || !QFileInfo::exists(target))
            return Error {ErrorKind::Storage,
                QCoreApplication::translate("Backups", "Could not create the backup %1.").arg(diaryfile::shown(target)),
                {}};
        target = QDir(folder).filePath(QStringLiteral("%1.%2.sqlite").arg(stem).arg(n));
    }
    const BackupFile made {target,
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute(), local.time().second())), reason};
    try {
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, target.toStdString());
        vacuum.exec();
    } catch (const SQLite::Exception &e) {
        QFile::remove(target);
        return storageError(e,
            QCoreApplication::translate("Backups", "Could not back up the diary to %1").arg(diaryfile::shown(target)));
    }
    if (const BackupInfo info = inspect(made, true); info.problem) {
        QFile::remove(target);
        return Error {ErrorKind::Storage,
            QCoreApplication::translate(
                "Backups", "The new backup failed its check (%1), so it was removed; the diary was not changed.")
                .arg(*info.problem),
            {}};
    }
    qCInfo(lcStorage) << "backed up the diary to" << target;
    for (const BackupFile &old : toRemove(list(diaryPath), now.toLocalTime())) {
        if (old.path != target) {
            QFile::remove(old.path);
            qCInfo(lcStorage) << "removed the old backup" << old.path;
        }
    }
    return made;
}

BackupInfo inspect(const BackupFile &file, bool fullCheck)
{
    BackupInfo info {file, 0, {}, std::nullopt};
    try {
        SQLite::Database db(file.path.toStdString(), SQLite::OPEN_READONLY);
        if (auto kind = diaryfile::identify(db, file.path); !kind) {
            info.problem = QCoreApplication::translate("Backups", "not an RLS Diary file");
            return info;
        }
        if (schema::version(db) > schema::CurrentVersion) {
            info.problem = QCoreApplication::translate("Backups", "written by a newer version of RLS Diary");
            return info;
        }
        if (auto damage = diaryfile::check(db, fullCheck)) {
            info.problem = QCoreApplication::translate("Backups", "damaged: %1").arg(*damage);
            return info;
        }
        SQLite::Statement q(db, "SELECT count(*), max(date) FROM night");
        q.executeStep();
        info.nights = q.getColumn(0).getInt();
        info.lastNight = QDate::fromString(QString::fromUtf8(q.getColumn(1).getText()), Qt::ISODate);
    } catch (const SQLite::Exception &e) {
        info.problem = QString::fromUtf8(e.what());
    }
    return info;
}

} // namespace backups
} // namespace rls
