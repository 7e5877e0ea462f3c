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

Result<std::unique_ptr<DiaryStore>> openDiary(const QString &path, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path))
        return Error {ErrorKind::NotFound,
            QStringLiteral("There is no diary at %1. Give one with --database.").arg(QDir::toNativeSeparators(path)),
            {}};
    if (path == DiaryStore::defaultPath())
        QDir().mkpath(QFileInfo(path).absolutePath());
    return DiaryStore::open(path);
}

} // namespace rls::cli
