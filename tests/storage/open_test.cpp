// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "support/tempdiary.h"

#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace rls;
using rls::test::fileBytes;
using rls::test::TempDiary;

using rls::test::setImmutable;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST(OpenDiary, missingFile_isCreatedAtTheCurrentVersion)
{
    TempDiary diary;
    ASSERT_FALSE(QFileInfo::exists(diary.path()));
    ASSERT_TRUE(DiaryStore::open(diary.path()));
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(schema::version(raw), schema::CurrentVersion);
}

TEST(OpenDiary, missingFolder_isATypedErrorNamingTheFolder)
{
    TempDiary diary;
    const QString path = diary.dir() + QStringLiteral("/no/such/folder/diary.sqlite");
    auto opened = DiaryStore::open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::FolderMissing);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(diary.dir() + QStringLiteral("/no")));
}

TEST(OpenDiary, emptyPath_isRefused)
{
    EXPECT_FALSE(DiaryStore::open(QString()));
}

TEST(OpenDiary, textFile_isNotADatabase_andIsLeftUntouched)
{
    TempDiary diary;
    const QByteArray text = "date,severity\n2026-11-23,5\nThis is somebody's spreadsheet, not a diary.\n";
    writeFile(diary.path(), text);
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not an RLS Diary database")));
    EXPECT_EQ(fileBytes(diary.path()), text);
}

TEST(OpenDiary, binaryJunk_isNotADatabase_andIsLeftUntouched)
{
    TempDiary diary;
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 131 + 7) % 251);
    writeFile(diary.path(), junk);
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_EQ(fileBytes(diary.path()), junk);
}

TEST(OpenDiary, folderGivenAsFile_isRefused)
{
    TempDiary diary;
    auto opened = DiaryStore::open(diary.dir());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
}

TEST(OpenDiary, readOnlyFile_isATypedError_andIsLeftUntouched)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    diary.close();
    const QByteArray before = fileBytes(diary.path());
    QFile::setPermissions(diary.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const bool immutable
        = ::access(QFile::encodeName(diary.path()).constData(), W_OK) == 0 && setImmutable(diary.path(), true);
    if (::access(QFile::encodeName(diary.path()).constData(), W_OK) == 0)
        GTEST_SKIP() << "this user may write read-only files here, so read-only cannot be simulated";
    auto opened = DiaryStore::open(diary.path());
    if (immutable)
        setImmutable(diary.path(), false);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(fileBytes(diary.path()), before);
}

TEST(OpenDiary, lockedByAnotherProgram_isATypedError)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    diary.close();

    // Another program takes an exclusive lock and keeps it.
    SQLite::Database other(diary.path().toStdString(), SQLite::OPEN_READWRITE);
    other.exec("PRAGMA locking_mode = EXCLUSIVE");
    other.exec("BEGIN EXCLUSIVE");
    other.exec("UPDATE night SET note = note");

    OpenOptions quick;
    quick.busyTimeoutMs = 50;
    auto opened = DiaryStore::open(diary.path(), quick);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::Locked);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("locked by another program")));
    other.exec("ROLLBACK");
}

TEST(OpenDiary, newerVersion_isRefusedAndLeftByteForByte)
{
    TempDiary diary;
    {
        SQLite::Database future(diary.path().toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        future.exec("CREATE TABLE night (date TEXT PRIMARY KEY, something_new BLOB)");
        future.exec("INSERT INTO night VALUES ('2031-01-01', x'00ff')");
        future.exec("PRAGMA user_version = 99");
        future.exec("PRAGMA application_id = " + std::to_string(schema::ApplicationId));
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::TooNew);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileBytes(diary.path()), before);
    EXPECT_FALSE(QFileInfo::exists(diary.path() + QStringLiteral("-wal")));
}

// Issue 10, finding 2: another program's SQLite file was given the diary's tables and seed
// rows and switched to WAL; one with a table named `night` failed halfway with "table night
// already exists". Both must be refused and left byte for byte.
TEST(OpenDiary, anotherProgramsDatabase_isRefused_andLeftByteForByte)
{
    TempDiary diary;
    {
        SQLite::Database other(diary.path().toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE contact (name TEXT, phone TEXT)");
        other.exec("INSERT INTO contact VALUES ('Dr. Weiss', '+49 30 1234')");
    }
    const QByteArray before = fileBytes(diary.path());
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        OpenOptions options;
        options.access = access;
        auto opened = DiaryStore::open(diary.path(), options);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not an RLS Diary file")))
            << opened.error().message.toStdString();
    }
    EXPECT_EQ(fileBytes(diary.path()), before);
    EXPECT_FALSE(QFileInfo::exists(diary.path() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(diary.path() + QStringLiteral(".lock")));
}

TEST(OpenDiary, aDatabaseWithATableNamedNight_isRefused_andLeftByteForByte)
{
    TempDiary diary;
    {
        SQLite::Database other(diary.path().toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE night (date TEXT, hours REAL)");
        other.exec("INSERT INTO night VALUES ('2026-11-01', 7.5)");
        other.exec("PRAGMA user_version = 1");
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
    EXPECT_FALSE(opened.error().message.contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileBytes(diary.path()), before);
}

// Finding 6: `summary` on a 0-byte file wrote a schema into it.
TEST(OpenDiary, emptyFile_isRefused_andStaysEmpty)
{
    TempDiary diary;
    writeFile(diary.path(), {});
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        OpenOptions options;
        options.access = access;
        auto opened = DiaryStore::open(diary.path(), options);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().kind, ErrorKind::NotADatabase);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("empty file")));
    }
    EXPECT_EQ(QFileInfo(diary.path()).size(), 0);
}

TEST(OpenDiary, newDiary_carriesTheApplicationId)
{
    TempDiary diary;
    ASSERT_TRUE(DiaryStore::open(diary.path()));
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(raw.execAndGet("PRAGMA application_id").getInt(), schema::ApplicationId);
    EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(OpenDiary, diaryFromBeforeTheApplicationId_isRecognisedAndMarked)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    diary.close();
    {
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA application_id = 0");
    }
    EXPECT_EQ(diary.store().summary()->nights, 1);
    diary.close();
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(raw.execAndGet("PRAGMA application_id").getInt(), schema::ApplicationId);
}

TEST(OpenDiary, reopeningACurrentDiary_keepsItsNights)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    diary.close();
    EXPECT_EQ(diary.store().summary()->nights, 1);
    EXPECT_EQ(diary.store().substances()->size(), test::seededCatalog().size()); // seeded once, not again
    EXPECT_TRUE(backups::list(diary.path()).isEmpty()); // no upgrade, so no upgrade backup
}
