// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace rls {
class DiaryStore;
}

namespace rls::cli {

/// A diary that does not exist yet, started by `import --create`. It is built beside its place,
/// as PATH.incomplete, while PATH's writer lock is held (so no window or command opens PATH
/// meanwhile), and renamed to PATH by keep() once the import wrote to it. Dropped without keep()
/// (a refused import, a dry run, nothing to import, an error) it leaves nothing behind: not the
/// file, its -wal, -shm or lock, nor a backups folder or the folders it made for the default
/// place. The backups an import takes of the empty new diary are removed in both cases.
class NewDiary final {
public:
    explicit NewDiary(const QString &path);
    ~NewDiary();
    NewDiary(const NewDiary &) = delete;
    NewDiary &operator=(const NewDiary &) = delete;

    /// Creates the new diary aside and opens it for writing.
    Result<std::unique_ptr<DiaryStore>> open();
    /// Closes `store` (the one open() gave) and puts the diary at its path.
    Result<void> keep(std::unique_ptr<DiaryStore> store);
    /// Where the diary goes, as an absolute path.
    QString path() const { return m_path; }

private:
    void removeBackupsOfTheBuild();

    QString m_path;
    QString m_building;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_madeFolders; ///< innermost first
    bool m_hadBackups = false;
    bool m_kept = false;
};

} // namespace rls::cli
