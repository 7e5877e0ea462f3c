// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rls::test {

/// The path of a file in tests/data.
QString fixturePath(const QString &name);
/// The rows of a simple CSV fixture written by a script in tests/fixtures (comma separated,
/// cells quoted only when they hold a comma), without its header row.
QList<QStringList> readFixtureCsv(const QString &name);

} // namespace rls::test

using rls::test::readFixtureCsv;
