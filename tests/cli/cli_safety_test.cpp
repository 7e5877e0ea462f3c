// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 on the command line: writing commands never write under an open window, reading
// commands never write at all, damaged and foreign files are left alone, the files written are
// private, backups can be taken, listed and restored. Runs the built binary, as a person would.
#include "clirunner.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include "support/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rls;
using test::fileBytes;
using test::Outcome;
using test::rlsDiary;

using rls::test::modeOf;
using rls::test::setImmutable;
using rls::test::utf8WithOneLatin1ByteOnLine7;

namespace {

class CliSafety : public ::testing::Test {
protected:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString demoDiary(const char *name = "demo.sqlite", int nights = 120)
    {
        const QString path = file(name);
        const Outcome r = rlsDiary({QStringLiteral("demo"), QStringLiteral("--nights"), QString::number(nights),
            QStringLiteral("-o"), path, QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return path;
    }
    QString csv(const char *name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    Outcome summary(const QString &diary)
    {
        return rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), diary});
    }
    // "112 nights logged from ...": the demo skips some evenings, as people do.
    int nightsIn(const QString &diary) { return QString::fromUtf8(summary(diary).out).section(u' ', 0, 0).toInt(); }
    // The nights these tests add lie in 2030, after every night of the demo diary, so the import
    // is told those dates are meant (cli_import_columns_test.cpp tests that it asks).
    Outcome import(const QString &diary, const QString &csvFile, const QStringList &options = {})
    {
        return rlsDiary(QStringList {QStringLiteral("import"), csvFile, QStringLiteral("--allow-odd-dates"),
                            QStringLiteral("--database"), diary}
            + options);
    }
    // The file names in the test's folder, to see that a refused import left nothing behind.
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
};

} // namespace

// Finding 1: an import while the window has the diary open silently overwrote it.
TEST_F(CliSafety, import_whileAWindowHasTheDiaryOpen_isRefused_andWritesNothing)
{
    const QString diary = demoDiary();
    const QString nightly = csv("new.csv", "date,severity,note\r\n2030-01-01,4,from a spreadsheet\r\n");
    auto window = DiaryStore::open(diary); // what the window holds while it is open
    ASSERT_TRUE(window) << window.error().message.toStdString();
    const int before = window.value()->summary()->nights;
    const Outcome r = import(diary, nightly);
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("open in another RLS Diary window"))) << r.err.toStdString();
    EXPECT_EQ(window.value()->summary()->nights, before);
    // Reading goes on while the window is open.
    EXPECT_EQ(summary(diary).code, 0);
    window.value().reset();
    EXPECT_EQ(import(diary, nightly).code, 0);
}

// Finding 2: summary adopted another program's database (added tables, switched it to WAL), exit 0.
TEST_F(CliSafety, summaryAndImport_ofAnotherProgramsDatabase_failAndLeaveItByteForByte)
{
    const QString other = file("other.sqlite");
    {
        SQLite::Database db(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE recipe (name TEXT, minutes INTEGER)");
        db.exec("INSERT INTO recipe VALUES ('soup', 40)");
    }
    const QByteArray before = fileBytes(other);
    const Outcome s = summary(other);
    EXPECT_EQ(s.code, 1);
    EXPECT_TRUE(s.err.contains(QStringLiteral("not an RLS Diary file"))) << s.err.toStdString();
    EXPECT_EQ(import(other, csv("n.csv", "date,severity\r\n2030-01-01,4\r\n")).code, 1);
    EXPECT_EQ(fileBytes(other), before);
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));
}

// Finding 3: a damaged diary was summarised as if whole, and imported into.
TEST_F(CliSafety, aDamagedDiary_isReportedAsDamaged_andNotImportedInto)
{
    const QString diary = demoDiary("damaged.sqlite", 2000);
    {
        QFile f(diary);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 20);
        f.write(QByteArray(4096, '\0'));
    }
    const QByteArray before = fileBytes(diary);
    const Outcome s = summary(diary);
    EXPECT_EQ(s.code, 1);
    EXPECT_TRUE(s.err.contains(QStringLiteral("damaged"))) << s.err.toStdString();
    const Outcome i = import(diary, csv("n.csv", "date,severity\r\n2030-01-01,4\r\n"));
    EXPECT_EQ(i.code, 1);
    EXPECT_TRUE(i.err.contains(QStringLiteral("damaged"))) << i.err.toStdString();
    EXPECT_EQ(fileBytes(diary), before);
}

// Finding 6: a diary the person may only read could not be summarised or exported.
TEST_F(CliSafety, aDiaryInAReadOnlyFolder_canBeSummarisedAndExported)
{
    QTemporaryDir cd; // stands for a backup burnt on a CD
    const QString diary = cd.filePath(QStringLiteral("diary.sqlite"));
    const QString demo = demoDiary();
    const int nights = nightsIn(demo);
    ASSERT_GT(nights, 100);
    ASSERT_TRUE(QFile::copy(demo, diary));
    QFile::setPermissions(diary, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(cd.path(), QFile::ReadOwner | QFile::ExeOwner);
    if (::access(QFile::encodeName(cd.path()).constData(), W_OK) == 0)
        setImmutable(cd.path(), true);
    if (::access(QFile::encodeName(cd.path()).constData(), W_OK) == 0)
        GTEST_SKIP() << "read-only folders cannot be simulated on this file system";
    const QByteArray before = fileBytes(diary);
    const Outcome s = summary(diary);
    const Outcome e = rlsDiary({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
        QStringLiteral("--database"), diary});
    const QStringList left = QDir(cd.path()).entryList(QDir::Files | QDir::Hidden);
    setImmutable(cd.path(), false);
    QFile::setPermissions(cd.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(s.code, 0) << s.err.toStdString();
    EXPECT_TRUE(s.out.startsWith(QByteArray::number(nights) + " nights logged")) << s.out.toStdString();
    EXPECT_EQ(e.code, 0) << e.err.toStdString();
    EXPECT_EQ(e.out.count('\n'), nights + 1); // the header and a row per night
    EXPECT_EQ(left, QStringList {QStringLiteral("diary.sqlite")});
    EXPECT_EQ(fileBytes(diary), before);
}

// Finding 6: summary on a 0-byte file wrote a schema into it.
TEST_F(CliSafety, summaryOfAnEmptyFile_changesNothing)
{
    const QString empty = csv("empty.sqlite", {});
    const Outcome s = summary(empty);
    EXPECT_EQ(s.code, 1);
    EXPECT_TRUE(s.err.contains(QStringLiteral("empty file"))) << s.err.toStdString();
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("empty.sqlite")});
}

// Finding 5: the diary, its folder, exports and demo files were readable by every user.
TEST_F(CliSafety, everyFileTheCommandsWrite_isPrivate_evenWithUmask022)
{
    const mode_t old = ::umask(022); // the child inherits it
    QTemporaryDir home;
    const QString demo = demoDiary();
    const QString exported = file("export.csv");
    const Outcome e = rlsDiary({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
        QStringLiteral("--database"), demo, QStringLiteral("-o"), exported});
    const Outcome i = rlsDiary({QStringLiteral("import"), exported, QStringLiteral("--create")},
        home.path()); // into the person's own diary, started by this import
    const Outcome again = rlsDiary({QStringLiteral("import"), exported}, home.path()); // takes the day's backup
    ::umask(old);
    ASSERT_EQ(e.code, 0) << e.err.toStdString();
    ASSERT_EQ(i.code, 0) << i.err.toStdString();
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(modeOf(demo), 0600);
    EXPECT_EQ(modeOf(exported), 0600);
    const QString data = home.filePath(QStringLiteral(".local/share/rls-diary/rls-diary"));
    EXPECT_EQ(modeOf(data), 0700);
    EXPECT_EQ(modeOf(data + QStringLiteral("/diary.sqlite")), 0600);
    EXPECT_EQ(modeOf(data + QStringLiteral("/backups")), 0700);
    for (const QFileInfo &b : QDir(data + QStringLiteral("/backups")).entryInfoList(QDir::Files))
        EXPECT_EQ(modeOf(b.filePath()), 0600) << b.fileName().toStdString();
}

// Finding 11: a killed `demo -o` left a partial file that a re-run refused to overwrite.
TEST_F(CliSafety, aKilledDemo_leavesNoHalfDiary_andARerunWorks)
{
    const QString path = file("big-demo.sqlite");
    QProcess p;
    p.setProcessEnvironment(test::cliEnvironment());
    p.start(test::binaryUnderTest(),
        {QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("40000"), QStringLiteral("-o"), path});
    ASSERT_TRUE(p.waitForStarted());
    QThread::msleep(300);
    p.kill();
    p.waitForFinished();
    EXPECT_FALSE(QFileInfo::exists(path));
    const Outcome r = rlsDiary(
        {QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("30"), QStringLiteral("-o"), path});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_GT(nightsIn(path), 20);
    EXPECT_EQ(
        QDir(m_dir.path()).entryList({QStringLiteral("*.incomplete*")}, QDir::Files | QDir::Hidden), QStringList {});
}

TEST_F(CliSafety, backup_list_andRestore_bringTheDiaryBack)
{
    const QString diary = demoDiary();
    const int nights = nightsIn(diary);
    const Outcome b = rlsDiary({QStringLiteral("backup"), QStringLiteral("--database"), diary});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    const QString backup = QRegularExpression(QStringLiteral(" to (.+\\.sqlite)\\.$"))
                               .match(QString::fromUtf8(b.out.trimmed()))
                               .captured(1);
    ASSERT_TRUE(QFileInfo::exists(backup)) << b.out.toStdString();

    ASSERT_EQ(import(diary, csv("n.csv", "date,severity\r\n2030-01-01,4\r\n2030-01-02,5\r\n")).code, 0);
    EXPECT_EQ(nightsIn(diary), nights + 2);

    const Outcome dry = rlsDiary(
        {QStringLiteral("restore"), backup, QStringLiteral("--dry-run"), QStringLiteral("--database"), diary});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains("removes 2 nights not in the backup (2030-01-01 to 2030-01-02)"))
        << dry.out.toStdString();
    EXPECT_EQ(nightsIn(diary), nights + 2);

    const Outcome r = rlsDiary({QStringLiteral("restore"), backup, QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(nightsIn(diary), nights);

    const Outcome list
        = rlsDiary({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--database"), diary});
    EXPECT_EQ(list.code, 0);
    EXPECT_TRUE(list.out.contains("taken by hand")) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains("before an import"));
    EXPECT_TRUE(list.out.contains("before a restore"));
    EXPECT_TRUE(list.out.contains(QByteArray::number(nights + 2) + " nights, last 2030-01-02"));
}

TEST_F(CliSafety, restore_whileAWindowHasTheDiaryOpen_isRefused)
{
    const QString diary = demoDiary();
    ASSERT_EQ(rlsDiary({QStringLiteral("backup"), QStringLiteral("--database"), diary}).code, 0);
    const QString backup = backups::list(diary).first().path;
    auto window = DiaryStore::open(diary);
    ASSERT_TRUE(window);
    const Outcome r = rlsDiary({QStringLiteral("restore"), backup, QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("open in another RLS Diary window")));
}

// Finding 8: `import /dev/zero` (or a pipe) grew until std::bad_alloc aborted the process, as
// the 64 MB guard looked at the file's size, which a stream does not have.
TEST_F(CliSafety, importFromDevZero_isRefusedAtTheSizeLimit_quickly_andLeavesTheDiaryAsItWas)
{
    const QString diary = demoDiary();
    const QByteArray before = fileBytes(diary);
    const QStringList filesBefore = entries();
    QElapsedTimer clock;
    clock.start();
    const Outcome r = test::rlsDiaryWithinMemory(
        {QStringLiteral("import"), QStringLiteral("/dev/zero"), QStringLiteral("--database"), diary},
        1024ll * 1024 * 1024, 60000);
    EXPECT_EQ(r.code, 4) << "exit " << r.code << ": " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("/dev/zero: The file is larger than 64 MB"))) << r.err.toStdString();
    EXPECT_LT(clock.elapsed(), 30000);
    EXPECT_TRUE(fileBytes(diary) == before) << "the diary's bytes changed";
    EXPECT_EQ(entries(), filesBefore);
}

// Finding 9: one invalid byte made the whole file Windows-1252 ("Café" stored as "CafÃ©"),
// exit 0, and the dry run said nothing.
TEST_F(CliSafety, oneInvalidByteInAUtf8File_isRefusedWithItsLine_andTheDiaryIsUnchanged)
{
    const QString diary = demoDiary();
    const QByteArray before = fileBytes(diary);
    const QString mixed = csv("mixed.csv", utf8WithOneLatin1ByteOnLine7());
    const QStringList filesBefore = entries();
    for (const QStringList &options : {QStringList {}, QStringList {QStringLiteral("--dry-run")}}) {
        const Outcome r = import(diary, mixed, options);
        EXPECT_EQ(r.code, 4) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Line 7 is not valid UTF-8"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--encoding windows-1252"))) << r.err.toStdString();
    }
    EXPECT_TRUE(fileBytes(diary) == before) << "the diary's bytes changed";
    EXPECT_EQ(entries(), filesBefore);
}

TEST_F(CliSafety, theSameFileWithEncodingWindows1252_imports_andSaysSo)
{
    const QString diary = demoDiary();
    const QString mixed = csv("mixed.csv", utf8WithOneLatin1ByteOnLine7());
    const QStringList chosen = {QStringLiteral("--encoding"), QStringLiteral("windows-1252")};
    const Outcome dry = import(diary, mixed, chosen + QStringList {QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains("as Windows-1252 (chosen with --encoding)")) << dry.out.toStdString();
    const Outcome r = import(diary, mixed, chosen);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("as Windows-1252 (chosen with --encoding)")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Imported 7 new")) << r.out.toStdString();
    const Outcome e = rlsDiary({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("1999-01-06"),
        QStringLiteral("--to"), QStringLiteral("1999-01-06"), QStringLiteral("--database"), diary});
    EXPECT_TRUE(e.out.contains(QStringLiteral("Café pasted").toUtf8())) << e.out.toStdString();

    const Outcome bogus = import(diary, mixed, {QStringLiteral("--encoding"), QStringLiteral("latin-9")});
    EXPECT_EQ(bogus.code, 2);
    EXPECT_TRUE(bogus.err.contains(QStringLiteral("utf-8, utf-16 or windows-1252"))) << bogus.err.toStdString();
}

TEST_F(CliSafety, dryRunAndImport_nameTheEncodingFoundOut)
{
    const QString diary = demoDiary();
    const QString utf8 = csv("utf8.csv", QStringLiteral("date,notes\r\n1999-02-01,Café\r\n").toUtf8());
    const Outcome dry = import(diary, utf8, {QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains("as UTF-8 (found out from the file)")) << dry.out.toStdString();
    // A clean Windows-1252 file (nothing in it is UTF-8) is still read as Windows-1252.
    const QString ansi = csv("ansi.csv",
        "date;notes\r\n02.02.1999;M\xFC"
        "de, F\xFC\xDF"
        "e \x96 schlecht\r\n");
    const Outcome ansiDry = import(diary, ansi, {QStringLiteral("--dry-run")});
    EXPECT_EQ(ansiDry.code, 0) << ansiDry.err.toStdString();
    EXPECT_TRUE(ansiDry.out.contains("as Windows-1252 (found out from the file)")) << ansiDry.out.toStdString();
    const Outcome r = import(diary, ansi);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("as Windows-1252 (found out from the file)")) << r.out.toStdString();
}
