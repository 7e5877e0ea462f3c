// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliio.h"

#include "session/diarysession.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace rls::cli {

void out(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

bool writeStdout(const QByteArray &bytes)
{
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

QString diaryPath(const QString &databaseOption)
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    QSettings settings; // the window's Preferences: main() gave the application its names
    return DiarySession::ownDiaryPath(settings);
}

Result<std::unique_ptr<DiaryStore>> openDiary(const QString &path, Use use)
{
    if (!QFileInfo::exists(path))
        return Error {ErrorKind::NotFound,
            QStringLiteral("There is no diary at %1. Check the path, or name the diary with --database FILE.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
            {}};
    OpenOptions options;
    options.access = use == Use::Read ? Access::ReadOnly : Access::ReadWrite;
    options.createIfMissing = false; // should it vanish meanwhile
    auto store = DiaryStore::open(path, options);
    if (!store)
        return store;
    if (const auto damage = store.value()->damage())
        err(QStringLiteral("Warning: the diary %1 is damaged (%2). What could be read is shown; nothing is "
                           "written into it. Restore a backup with: rls-diary restore FILE")
                .arg(QDir::toNativeSeparators(path), *damage));
    if (use == Use::Write) {
        if (auto daily = store.value()->backUpIfDue(); !daily)
            err(QStringLiteral("Warning: the day's backup could not be taken: %1").arg(daily.error().message));
    }
    return store;
}

} // namespace rls::cli
