// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "storage/diarystore.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace rls::test {

/// A real diary file in a fresh temporary folder, removed after the test.
class TempDiary {
public:
    TempDiary();
    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    QString dir() const { return m_dir.path(); }
    /// Opens (or reopens) the diary; fails the test when it cannot be opened.
    DiaryStore &store();
    /// Closes the connection, e.g. before looking at the file's bytes.
    void close() { m_store.reset(); }

    /// A fixed clock for the store's created/updated stamps.
    static QDateTime fixedNow() { return QDateTime(QDate(2026, 11, 23), QTime(21, 15), Qt::UTC); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

/// Every byte of a file, to prove a refused open left it as it was.
QByteArray fileBytes(const QString &path);

/// The substance catalog a new diary starts with, read from a real new diary file.
QList<Substance> seededCatalog();

/// A night with every field filled, as an evening's full entry would be.
Night fullNight(QDate date);

/// A person's first evening: last night's sleep (its own night, the day before) and tonight's
/// severity 6, the two nights one save of the evening form writes.
QList<Night> firstEvening(QDate tonight);

} // namespace rls::test

/// Lets GoogleTest print QStrings as text in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace rls {

/// Lets GoogleTest print a dose as words in failure messages, not as its bytes. Here, in the header
/// every test includes, so that every test program prints doses the same way.
inline void PrintTo(const Intake &d, std::ostream *os)
{
    *os << '{' << d.substance.toStdString() << ", " << d.amount << ' ' << d.unit.toStdString() << ", form \""
        << d.form.toStdString() << '"';
    if (d.time)
        *os << ", at " << d.time->toString(u"HH:mm").toStdString();
    if (d.labelMg)
        *os << ", label " << *d.labelMg << " mg";
    *os << '}';
}

} // namespace rls
