// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rls::test {

/// The path of a file in tests/data.
QString fixturePath(const QString &name);
/// The rows of a simple CSV fixture written by a script in tests/fixtures (comma separated,
/// cells quoted only when they hold a comma), without its header row.
QList<QStringList> readFixtureCsv(const QString &name);

/// A UTF-8 CSV file with accents on every line, and on line 7 one byte of Latin-1 (é as E9): what
/// a spreadsheet gives when one cell was pasted from another program. 7 nights from 1999-01-01.
QByteArray utf8WithOneLatin1ByteOnLine7();

/// The permission bits of a file (e.g. 0600), -1 when it does not exist.
int modeOf(const QString &path);
/// Sets or clears the file's immutable attribute: root may write whatever a file's mode says,
/// the attribute stops even root. False where the file system cannot (then a test skips).
bool setImmutable(const QString &path, bool on);

} // namespace rls::test

using rls::test::readFixtureCsv;
