// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fixtures.h"

#include <QFile>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rls::test {
namespace {

QStringList splitRow(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            cells.append(std::exchange(cell, {}));
        else
            cell += c;
    }
    cells.append(cell);
    return cells;
}

} // namespace

QString fixturePath(const QString &name)
{
    return QStringLiteral(RLSDIARY_TEST_DATA "/") + name;
}

QList<QStringList> readFixtureCsv(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QStringList> rows;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(splitRow(line));
    }
    return rows;
}

QByteArray utf8WithOneLatin1ByteOnLine7()
{
    return QStringLiteral("date,symptom_severity_0_10,notes\r\n"
                          "1999-01-01,3,Café au lait\r\n"
                          "1999-01-02,4,Crème brûlée\r\n"
                          "1999-01-03,2,Müde\r\n"
                          "1999-01-04,5,Noël\r\n"
                          "1999-01-05,1,Façade\r\n")
               .toUtf8()
        + QByteArray("1999-01-06,6,Caf\xE9 pasted\r\n"
                     "1999-01-07,2,ça va\r\n");
}

int modeOf(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

} // namespace rls::test
