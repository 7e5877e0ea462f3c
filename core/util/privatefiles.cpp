// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rls {

bool makePrivateFile(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

bool makePrivateFolder(const QString &path)
{
    const QFileInfo info(QFileInfo(path).absoluteFilePath());
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (!info.exists()) {
        // Only the folders made here are made private: a parent that existed (a home) keeps its mode.
        const QString parent = info.absolutePath();
        if (parent != info.absoluteFilePath() && !QFileInfo::exists(parent) && !makePrivateFolder(parent))
            return false;
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
    } else if (!info.isDir()) {
        return false;
    }
    return ::chmod(native.constData(), S_IRWXU) == 0;
}

bool createPrivateEmptyFile(const QString &path)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    return ::close(fd) == 0 && ok;
}

bool protectNewFile(QFileDevice &file, bool existedBefore)
{
    return existedBefore || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool isSharedWithOthers(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

} // namespace rls
