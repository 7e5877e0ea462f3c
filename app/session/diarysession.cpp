// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/diarysession.h"

#include "demo/syntheticdiary.h"
#include "session/preferences.h"

#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>

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

Result<std::unique_ptr<DiarySession>> DiarySession::openDefault(Access access, DiaryCheck check)
{
    auto settings = std::make_unique<QSettings>();
    const QString path = ownDiaryPath(*settings);
    // A chosen file's folder must exist; the default one is ours to make, for its owner only.
    if (path == DiaryStore::defaultPath() && access == Access::ReadWrite)
        makePrivateFolder(QFileInfo(path).absolutePath());
    OpenOptions options;
    options.access = access;
    options.check = check;
    auto store = DiaryStore::open(path, options);
    if (!store)
        return store.error();
    return std::unique_ptr<DiarySession>(new DiarySession(nullptr, std::move(store).value(), std::move(settings)));
}

Result<std::unique_ptr<DiarySession>> DiarySession::openFile(const QString &path, Access access, DiaryCheck check)
{
    OpenOptions options;
    options.access = access;
    options.check = check;
    auto store = DiaryStore::open(path, options);
    if (!store)
        return store.error();
    return std::unique_ptr<DiarySession>(
        new DiarySession(nullptr, std::move(store).value(), std::make_unique<QSettings>()));
}

int DiarySession::removeStaleDemoFolders(const QString &tempFolder)
{
    int removed = 0;
    const QDir temp(tempFolder);
    for (const QString &name :
        temp.entryList({QStringLiteral("rls-diary-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir folder(temp.filePath(name));
        QFile pidFile(folder.filePath(QStringLiteral("demo.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            continue; // not made by a demo of this version: left alone
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        pidFile.close();
        if (pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH))
            continue; // its app still runs
        if (folder.removeRecursively())
            ++removed;
    }
    return removed;
}

Result<std::unique_ptr<DiarySession>> DiarySession::openDemo(int nights)
{
    removeStaleDemoFolders(QDir::tempPath());
    auto dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("rls-diary-demo-XXXXXX")));
    if (!dir->isValid())
        return Error {ErrorKind::Storage,
            QCoreApplication::translate("DiarySession", "Could not make a temporary folder for the demo diary: %1")
                .arg(dir->errorString()),
            {}};
    // Who owns the folder, so that the next demo can tell a folder left by a killed app.
    QFile pidFile(dir->filePath(QStringLiteral("demo.pid")));
    if (pidFile.open(QIODevice::WriteOnly))
        pidFile.write(QByteArray::number(QCoreApplication::applicationPid()));
    pidFile.close();
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
    {
        // The window speaks the person's own language (read at start); Preferences shows it.
        QSettings own;
        demo.language = loadPreferences(own).language;
    }
    savePreferences(*settings, demo);
    return std::unique_ptr<DiarySession>(
        new DiarySession(std::move(dir), std::move(store).value(), std::move(settings)));
}

} // namespace rls
