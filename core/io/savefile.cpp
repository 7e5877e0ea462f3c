// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/savefile.h"

#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace rls {

QString writeFailureReason(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC: return QCoreApplication::translate("SaveFile", "the disk is full");
    case EDQUOT: return QCoreApplication::translate("SaveFile", "your disk quota is used up");
    case EFBIG: return QCoreApplication::translate("SaveFile", "the file would be larger than this system allows");
    case EACCES:
    case EPERM: return QCoreApplication::translate("SaveFile", "you may not write there (permission denied)");
    case EROFS: return QCoreApplication::translate("SaveFile", "the disk is read-only");
    case ENOENT: return QCoreApplication::translate("SaveFile", "the folder does not exist");
    case EISDIR: return QCoreApplication::translate("SaveFile", "it is a folder");
    case EIO: return QCoreApplication::translate("SaveFile", "the disk reported an input/output error");
    case 0: return QCoreApplication::translate("SaveFile", "the system gave no reason");
    default: break;
    }
    const QString words = QString::fromLocal8Bit(std::strerror(errnoValue));
    return words.isEmpty() || words.startsWith(QStringLiteral("Unknown error"))
        ? QCoreApplication::translate("SaveFile", "the system gave error %1").arg(errnoValue)
        : words;
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir())
        return Error {ErrorKind::Storage, writeFailureReason(EISDIR), {}};
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    // Unbuffered: each write goes straight to the file, so a failure is seen with its errno
    // (a buffered write fails later, in commit(), as "Unknown error").
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error {ErrorKind::ReadOnly, writeFailureReason(errno), {}};
    protectNewFile(file, existed);
    qint64 written = 0;
    while (written < bytes.size()) {
        errno = 0;
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const int why = errno;
            file.cancelWriting();
            return Error {ErrorKind::Storage, writeFailureReason(why), {}};
        }
        written += n;
    }
    errno = 0;
    if (!file.commit()) // syncs, then renames; without it the temporary file is removed
        return Error {ErrorKind::Storage, writeFailureReason(errno), {}};
    return {};
}

} // namespace rls
