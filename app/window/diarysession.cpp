// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/diarysession.h"

#include "demo/syntheticdiary.h"

#include <QDir>
#include <QFileInfo>

namespace rls {

DiarySession::DiarySession(std::unique_ptr<DiaryStore> store, std::unique_ptr<QTemporaryDir> demoDir)
    : m_demoDir(std::move(demoDir))
    , m_store(std::move(store))
{ }

Result<std::unique_ptr<DiarySession>> DiarySession::openFile(const QString &path, bool createFolder)
{
    if (createFolder)
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = DiaryStore::open(path);
    if (!store)
        return store.error();
    return std::unique_ptr<DiarySession>(new DiarySession(std::move(store).value(), nullptr));
}

Result<std::unique_ptr<DiarySession>> DiarySession::openDemo(int nights)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error {ErrorKind::Storage,
            QStringLiteral("Could not make a temporary folder for the demo diary: %1").arg(dir->errorString()), {}};
    auto store = DiaryStore::open(dir->filePath(QStringLiteral("demo-diary.sqlite")));
    if (!store)
        return store.error();
    const SyntheticOptions options {.seed = 20261123, .nights = nights, .lastNight = QDate::currentDate().addDays(-1)};
    if (auto written = writeSyntheticDiary(*store.value(), options); !written)
        return written.error();
    return std::unique_ptr<DiarySession>(new DiarySession(std::move(store).value(), std::move(dir)));
}

} // namespace rls
