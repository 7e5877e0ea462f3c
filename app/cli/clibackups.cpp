// SPDX-License-Identifier: GPL-3.0-or-later
// The backup and restore commands.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFileInfo>

namespace rls::cli {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int readingDone(const DiaryStore &store)
{
    return store.damage() ? DiaryFailed : Ok;
}

int runBackup(const QString &database)
{
    // Copying only reads the diary, so a backup can be taken while a window has it open.
    auto store = openDiary(diaryPath(database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    auto made = store.value()->backUp(BackupReason::Manual);
    if (!made) {
        err(made.error().message);
        return DiaryFailed;
    }
    const BackupInfo info = backups::inspect(made.value());
    out(QStringLiteral("Backed up %1 (%2 nights, checked) to %3.")
            .arg(shown(store.value()->path()))
            .arg(info.nights)
            .arg(shown(made->path)));
    return Ok;
}

int runListBackups(const QString &database)
{
    const QString path = QFileInfo(diaryPath(database)).absoluteFilePath();
    const QList<BackupFile> files = backups::list(path);
    if (files.isEmpty()) {
        out(QStringLiteral("No backups yet in %1.").arg(shown(backups::folderFor(path))));
        return Ok;
    }
    out(QStringLiteral("Backups of %1, newest first:").arg(shown(path)));
    for (const BackupFile &file : files) {
        const BackupInfo info = backups::inspect(file);
        const QString what = info.problem
            ? QStringLiteral("cannot be restored: %1").arg(*info.problem)
            : QStringLiteral("%1 nights, last %2")
                  .arg(info.nights)
                  .arg(info.lastNight.isValid() ? info.lastNight.toString(Qt::ISODate) : QStringLiteral("none"));
        out(QStringLiteral("%1  %2  %3  %4")
                .arg(file.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    backups::reasonText(file.reason).leftJustified(17), what, shown(file.path)));
    }
    return Ok;
}

int runRestore(const QString &backup, const QString &database, bool dryRun)
{
    if (!QFileInfo::exists(backup)) {
        err(QStringLiteral("There is no backup at %1.").arg(shown(backup)));
        return FileFailed;
    }
    auto store = openDiary(diaryPath(database), dryRun ? Use::Read : Use::Write);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    auto difference = store.value()->compareWithBackup(backup);
    if (!difference) {
        err(difference.error().message);
        return FileFailed;
    }
    out(difference->describe());
    if (dryRun) {
        out(QStringLiteral("Dry run: nothing was changed."));
        return Ok;
    }
    auto before = store.value()->restoreBackup(backup);
    if (!before) {
        err(before.error().message);
        return DiaryFailed;
    }
    out(QStringLiteral("Restored %1 into %2. The diary as it was is kept in %3.")
            .arg(shown(backup), shown(store.value()->path()), shown(before->path)));
    return Ok;
}

} // namespace rls::cli
