// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/diarysession.h"

#include "demo/syntheticdiary.h"
#include "session/preferences.h"

#include <QDir>
#include <QFileInfo>

namespace rls {

DiarySession::DiarySession(
    std::unique_ptr<QTemporaryDir> demoDir, std::unique_ptr<DiaryStore> store, std::unique_ptr<QSettings> settings)
    : m_demoDir(std::move(demoDir))
    , m_store(std::move(store))
    , m_settings(std::move(settings))
{ }

QString DiarySession::ownDiaryPath(QSettings &settings)
{
    const QString chosen = loadPreferences(settings).diaryPath;
    return chosen.isEmpty() ? DiaryStore::defaultPath() : chosen;
}

Result<std::unique_ptr<DiarySession>> DiarySession::openDefault()
{
    auto settings = std::make_unique<QSettings>();
    const QString path = ownDiaryPath(*settings);
    if (path == DiaryStore::defaultPath()) // a chosen file's folder must exist; the default one is ours to make
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = DiaryStore::open(path);
    if (!store)
        return store.error();
    return std::unique_ptr<DiarySession>(new DiarySession(nullptr, std::move(store).value(), std::move(settings)));
}

Result<std::unique_ptr<DiarySession>> DiarySession::openFile(const QString &path)
{
    auto store = DiaryStore::open(path);
    if (!store)
        return store.error();
    return std::unique_ptr<DiarySession>(
        new DiarySession(nullptr, std::move(store).value(), std::make_unique<QSettings>()));
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
    auto settings
        = std::make_unique<QSettings>(dir->filePath(QStringLiteral("demo-settings.ini")), QSettings::IniFormat);
    // The demo person takes magnesium and iron, so "My regimen" has something to show.
    Preferences demo;
    demo.regimen = {{substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)},
        {substances::Iron, 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)}};
    savePreferences(*settings, demo);
    return std::unique_ptr<DiarySession>(
        new DiarySession(std::move(dir), std::move(store).value(), std::move(settings)));
}

} // namespace rls
