// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fixtures.h"

#include <QFile>

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

} // namespace rls::test
