// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/newdiary.h"

#include "storage/backups.h"
#include "storage/diarystore.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace rls::cli {
namespace {

const QStringList sqliteSuffixes
    = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

Error failed(ErrorKind kind, const QString &message)
{
    return Error {kind, message, {}};
}

} // namespace

NewDiary::NewDiary(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_building(m_path + QStringLiteral(".incomplete"))
{ }

NewDiary::~NewDiary()
{
    if (m_lock) { // what is beside PATH.incomplete is this run's only while the lock is held
        removeBackupsOfTheBuild();
        if (!m_kept) {
            for (const QString &suffix : sqliteSuffixes)
                QFile::remove(m_building + suffix);
        }
    }
    m_lock.reset(); // unlocks, which removes PATH.lock
    if (!m_kept) {
        for (const QString &folder : std::as_const(m_madeFolders))
            QDir().rmdir(folder); // only when empty
    }
}

Result<std::unique_ptr<DiaryStore>> NewDiary::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists()) {
        // The default place is the app's to make (for its owner only); any other folder must exist.
        if (m_path != QFileInfo(DiaryStore::defaultPath()).absoluteFilePath())
            return failed(
                ErrorKind::FolderMissing, QStringLiteral("The folder for the diary %1 does not exist.").arg(shown));
        for (QDir missing = info.absoluteDir(); !missing.exists(); missing.setPath(QFileInfo(missing.path()).path()))
            m_madeFolders.append(missing.path());
        makePrivateFolder(info.absolutePath());
    }
    m_hadBackups = QFileInfo::exists(backups::folderFor(m_path));
    // PATH's writer lock, as a window or a writing command would take it: while the diary is being
    // built, they are refused, and a second `import --create` waits its turn.
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!m_lock->tryLock(0)) {
        const bool held = m_lock->error() == QLockFile::LockFailedError;
        m_lock.reset();
        return held ? failed(ErrorKind::InUse,
                   QStringLiteral("The diary %1 is being started by another RLS Diary window or command.").arg(shown))
                    : failed(ErrorKind::ReadOnly,
                        QStringLiteral("Could not start a diary at %1: its folder cannot be written.").arg(shown));
    }
    makePrivateFile(m_lock->fileName());
    if (QFileInfo::exists(m_path))
        return failed(
            ErrorKind::Storage, QStringLiteral("A file appeared at %1 meanwhile; nothing was written.").arg(shown));
    for (const QString &suffix : sqliteSuffixes)
        QFile::remove(m_building + suffix); // left by a run that was killed
    OpenOptions options;
    options.writerLock = false; // PATH's lock is held instead
    options.building = true; // aside: no WAL, references checked once by keep()
    auto store = DiaryStore::open(m_building, options);
    if (!store) // said of the diary asked for, not of the build's name
        return failed(store.error().kind, QString(store.error().message).replace(m_building, m_path));
    return store;
}

Result<void> NewDiary::keep(std::unique_ptr<DiaryStore> store)
{
    if (auto finished = store->finishBuilding(); !finished)
        return failed(finished.error().kind, QString(finished.error().message).replace(m_building, m_path));
    store.reset(); // closed: SQLite removes the (empty) WAL
    // rename() never replaces a file: should one have appeared at PATH, it is left as it is.
    if (!QFile::rename(m_building, m_path))
        return failed(ErrorKind::Storage,
            QStringLiteral("Could not put the new diary at %1; nothing was kept.")
                .arg(QDir::toNativeSeparators(m_path)));
    m_kept = true;
    return {};
}

void NewDiary::removeBackupsOfTheBuild()
{
    // An import takes a backup before it writes; of a diary that was empty it holds nothing, and
    // it would carry the name of the build.
    for (const BackupFile &backup : backups::list(m_building))
        QFile::remove(backup.path);
    if (!m_hadBackups)
        QDir().rmdir(backups::folderFor(m_path)); // only when empty
}

} // namespace rls::cli
