// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/diarystore.h"

#include <QTemporaryDir>

#include <memory>

namespace rls {

/// Which diary the app works on for this run: the person's own, one given with --database,
/// or a freshly generated demo diary in a temporary folder that is removed on exit.
class DiarySession final {
public:
    /// Opens the person's diary at `path`, creating its folder when it is the default one.
    static Result<std::unique_ptr<DiarySession>> openFile(const QString &path, bool createFolder);
    /// Generates a demo diary of `nights` nights ending last night, in a temporary file.
    static Result<std::unique_ptr<DiarySession>> openDemo(int nights);

    DiaryStore &store() { return *m_store; }
    bool isDemo() const { return m_demoDir != nullptr; }

private:
    DiarySession(std::unique_ptr<DiaryStore> store, std::unique_ptr<QTemporaryDir> demoDir);

    std::unique_ptr<QTemporaryDir> m_demoDir; // declared first: destroyed after the store closes
    std::unique_ptr<DiaryStore> m_store;
};

} // namespace rls
