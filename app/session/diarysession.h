// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/diarystore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace rls {

/// Which diary the app works on for this run, with the settings that go with it: the person's
/// own diary (from the settings, or the default place), one given with --database, or a freshly
/// generated demo diary in a temporary folder that is removed on exit. The demo keeps its
/// settings in that folder too, so trying the demo never changes the person's own settings.
class DiarySession final {
public:
    /// The person's own diary: the file chosen in Preferences, else DiaryStore::defaultPath().
    /// The window and the command line both open this one, so they never disagree about it.
    static QString ownDiaryPath(QSettings &settings);
    /// Opens ownDiaryPath() (creating the default folder, 0700, when nothing was chosen).
    /// The window passes DiaryCheck::Later and checks once it is on screen.
    static Result<std::unique_ptr<DiarySession>> openDefault(
        Access access = Access::ReadWrite, DiaryCheck check = DiaryCheck::AtOpen);
    /// Opens the diary at `path` (its folder must exist).
    static Result<std::unique_ptr<DiarySession>> openFile(
        const QString &path, Access access = Access::ReadWrite, DiaryCheck check = DiaryCheck::AtOpen);
    /// Generates a demo diary of `nights` nights ending last night, in a temporary folder
    /// (rls-diary-demo-XXXXXX in the system's temporary folder) that is removed when the session
    /// ends. Folders left by a demo that was killed are removed first.
    static Result<std::unique_ptr<DiarySession>> openDemo(int nights);
    /// Removes the demo folders in `tempFolder` whose process is gone; returns how many.
    static int removeStaleDemoFolders(const QString &tempFolder);

    DiaryStore &store() { return *m_store; }
    QSettings &settings() { return *m_settings; }
    bool isDemo() const { return m_demoDir != nullptr; }

private:
    DiarySession(
        std::unique_ptr<QTemporaryDir> demoDir, std::unique_ptr<DiaryStore> store, std::unique_ptr<QSettings> settings);

    std::unique_ptr<QTemporaryDir> m_demoDir; // declared first: destroyed after the store closes
    std::unique_ptr<DiaryStore> m_store;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rls
