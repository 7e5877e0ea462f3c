// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10: one writer per diary, read-only opening, damaged files, saves that do not overwrite
// what they did not load, locks that wait, durability, a full disk, private files. Every test
// works on a real diary file.
#include "storage/backups.h"
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "support/tempdiary.h"

#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rls;
using rls::test::fileBytes;
using rls::test::TempDiary;

using rls::test::modeOf;
using rls::test::setImmutable;

namespace {

OpenOptions readOnly()
{
    OpenOptions options;
    options.access = Access::ReadOnly;
    return options;
}

// A diary with `count` full nights ending 2026-11-23, closed, its WAL folded into the file.
void fillAndClose(TempDiary &diary, int count)
{
    QList<Night> nights;
    for (int i = 0; i < count; ++i)
        nights.append(test::fullNight(QDate(2026, 11, 23).addDays(-i)));
    ASSERT_TRUE(diary.store().saveNights(nights));
    diary.close();
}

bool canWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Makes `path` (a file or a folder) unwritable even for root; false when this system cannot.
bool makeUnwritable(const QString &path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ReadOther);
    if (canWrite(path))
        setImmutable(path, true);
    return !canWrite(path);
}

void makeWritable(const QString &path)
{
    setImmutable(path, false);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

class Umask022 {
public:
    Umask022()
        : m_old(::umask(022))
    { }
    ~Umask022() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

// ---- Finding 1: two writers on one diary -----------------------------------------------------

TEST(OneWriter, aSecondWriter_isRefused_whileTheFirstHoldsTheDiary)
{
    TempDiary diary;
    diary.store();
    auto second = DiaryStore::open(diary.path());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ErrorKind::InUse);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("open in another RLS Diary window")));
    // Reading alongside is fine, and the first writer still writes.
    auto reader = DiaryStore::open(diary.path(), readOnly());
    ASSERT_TRUE(reader) << reader.error().message.toStdString();
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    EXPECT_EQ(reader.value()->summary()->nights, 1);
    // Once the first closes, the next may write.
    diary.close();
    EXPECT_TRUE(DiaryStore::open(diary.path()));
}

TEST(OneWriter, aLockLeftByAProcessThatDied_isTakenOver)
{
    TempDiary diary;
    fillAndClose(diary, 1);
    // What QLockFile leaves when its process is killed: the pid, the app and this host.
    QFile lock(diary.path() + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(std::numeric_limits<int>::max() - 7) + "\nrls-diary\n"
        + QSysInfo::machineHostName().toUtf8() + "\n" + QSysInfo::machineUniqueId() + "\n");
    lock.close();
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->saveNight(test::fullNight(QDate(2026, 11, 24))));
}

// Found by `scripts/crash-test 1000` (kill 811, seed 769807364): a process killed between
// QLockFile creating the lock file and writing its pid into it leaves an empty lock, which
// QLockFile never calls stale; the diary could not be opened again ("process 0").
TEST(OneWriter, anEmptyLockLeftByAProcessKilledWhileTakingIt_isTakenOver)
{
    TempDiary diary;
    fillAndClose(diary, 1);
    QFile lock(diary.path() + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->saveNight(test::fullNight(QDate(2026, 11, 24))));
    // and it is a real lock again: a second writer is refused
    auto second = DiaryStore::open(diary.path());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ErrorKind::InUse);
}

// ---- Saves never overwrite what they did not load -------------------------------------------

// A creation killed half-way (the demo command killed at once) left its hidden building file and
// SQLite's journal beside the diary for good; the next creation of that diary, which holds the
// diary's lock so that no one else is building it, clears them.
TEST(OneWriter, buildingFilesLeftByAKilledCreation_areClearedByTheNextOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    for (const char *name : {".diary.sqlite.AbC123.new", ".diary.sqlite.AbC123.new-journal"}) {
        QFile leftover(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a diary");
    }
    QFile other(dir.filePath(QStringLiteral(".other.sqlite.XyZ789.new"))); // another diary's: kept
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    auto store = DiaryStore::open(path);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    EXPECT_EQ(
        QDir(dir.path()).entryList({QStringLiteral(".diary.sqlite.*")}, QDir::Files | QDir::Hidden), QStringList {});
    EXPECT_TRUE(QFile::exists(other.fileName()));
}

TEST(Conflicts, aNightChangedByAnotherStore_isNotOverwritten)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    // Window A loaded the night at 21:15.
    const Night loadedByA = diary.store().loadNight(QDate(2026, 11, 23))->value();

    // Window B (a second store on the same file, as when the lock cannot be had) changes the note later.
    OpenOptions b;
    b.writerLock = false;
    b.now = [] { return QDateTime(QDate(2026, 11, 23), QTime(22, 14), Qt::UTC); };
    auto storeB = DiaryStore::open(diary.path(), b);
    ASSERT_TRUE(storeB) << storeB.error().message.toStdString();
    Night fromB = storeB.value()->loadNight(QDate(2026, 11, 23))->value();
    fromB.note = QStringLiteral("B's note: legs calmer after the walk");
    ASSERT_TRUE(storeB.value()->replaceNights({fromB}, {}, Stamps::Touch, Guard::IfUnchanged));

    // A changes the severity and saves what it loaded: refused, and B's note stays.
    Night fromA = loadedByA;
    fromA.symptoms.severity = 3;
    auto saved = diary.store().replaceNights({fromA}, {}, Stamps::Touch, Guard::IfUnchanged);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("changed elsewhere")));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("reload it, or keep yours")));
    const Night stored = diary.store().loadNight(QDate(2026, 11, 23))->value();
    EXPECT_EQ(stored.note, fromB.note);
    EXPECT_EQ(stored.symptoms.severity, 7);

    // "Keep mine" is a deliberate overwrite.
    ASSERT_TRUE(diary.store().replaceNights({fromA}, {}, Stamps::Touch, Guard::None));
    EXPECT_EQ(diary.store().loadNight(QDate(2026, 11, 23))->value().symptoms.severity, 3);
}

TEST(Conflicts, aNightLoggedElsewhereWhileTheFormWasNew_isNotOverwritten)
{
    TempDiary diary;
    OpenOptions b;
    b.writerLock = false;
    auto storeB = DiaryStore::open(diary.path(), b);
    ASSERT_TRUE(storeB);
    Night fromB = test::fullNight(QDate(2026, 11, 23));
    ASSERT_TRUE(storeB.value()->saveNight(fromB));

    Night fromA; // the form was empty when A opened tonight
    fromA.date = QDate(2026, 11, 23);
    fromA.symptoms.severity = 2;
    auto saved = diary.store().replaceNights({fromA}, {}, Stamps::Touch, Guard::IfUnchanged);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(diary.store().loadNight(QDate(2026, 11, 23))->value().note, fromB.note);
}

// ---- Finding 6: read-only use ---------------------------------------------------------------

TEST(ReadOnly, aFileThePersonMayOnlyRead_isReadAndNotChanged)
{
    TempDiary diary;
    fillAndClose(diary, 30);
    const QByteArray before = fileBytes(diary.path());
    if (!makeUnwritable(diary.path()))
        GTEST_SKIP() << "read-only files cannot be simulated on this file system";
    auto opened = DiaryStore::open(diary.path(), readOnly());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->summary()->nights, 30);
    EXPECT_EQ(opened.value()->loadRange(QDate(2026, 1, 1), QDate(2026, 12, 31))->size(), 30);
    auto refused = opened.value()->saveNight(test::fullNight(QDate(2026, 11, 24)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::ReadOnly);
    opened.value().reset();
    makeWritable(diary.path());
    EXPECT_EQ(fileBytes(diary.path()), before);
}

TEST(ReadOnly, aDiaryInAFolderThatCannotBeWritten_isRead)
{
    TempDiary diary;
    fillAndClose(diary, 12);
    const QString folder = diary.dir();
    if (!makeUnwritable(folder)) {
        makeWritable(folder);
        GTEST_SKIP() << "read-only folders cannot be simulated on this file system";
    }
    auto opened = DiaryStore::open(diary.path(), readOnly());
    const int nights = opened ? opened.value()->summary()->nights : -1;
    const QString message = opened ? QString() : opened.error().message;
    opened = Error {};
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    makeWritable(folder);
    EXPECT_EQ(nights, 12) << message.toStdString();
    EXPECT_EQ(files, QStringList {QStringLiteral("diary.sqlite")});
}

TEST(ReadOnly, readingARollbackJournalDiary_leavesItsModeAndBytes)
{
    TempDiary diary;
    fillAndClose(diary, 5);
    {
        SQLite::Database raw(diary.path().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA journal_mode = DELETE");
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path(), readOnly());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->summary()->nights, 5);
    opened.value().reset();
    EXPECT_EQ(fileBytes(diary.path()), before);
    EXPECT_FALSE(QFileInfo::exists(diary.path() + QStringLiteral("-wal")));
}

TEST(ReadOnly, aMissingFile_isNotCreated)
{
    TempDiary diary;
    auto opened = DiaryStore::open(diary.path(), readOnly());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(QDir(diary.dir()).isEmpty());
}

// ---- Finding 3: a damaged diary -------------------------------------------------------------

TEST(Damaged, aDiaryWithAZeroedPage_opensReadOnly_andNothingIsWrittenIntoIt)
{
    TempDiary diary;
    fillAndClose(diary, 400);
    {
        QFile file(diary.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 4096 * 12);
        file.seek(4096 * 9); // a page of the nights' table
        file.write(QByteArray(4096, '\0'));
    }
    const QByteArray before = fileBytes(diary.path());
    auto opened = DiaryStore::open(diary.path());
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    DiaryStore &store = *opened.value();
    ASSERT_TRUE(store.damage().has_value());
    EXPECT_TRUE(store.isReadOnly());
    auto saved = store.saveNight(test::fullNight(QDate(2026, 11, 24)));
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::Corrupt);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("Restore a backup")));
    EXPECT_FALSE(store.addTag(QStringLiteral("new tag")));
    EXPECT_FALSE(store.deleteNight(QDate(2026, 11, 23)));
    EXPECT_FALSE(store.backUpIfDue().value().has_value()); // a damaged copy would be no backup
    opened.value().reset();
    EXPECT_EQ(fileBytes(diary.path()), before);
}

// Issue 15: the window opens its diary with the check left for after its first frame, so that
// its start does not grow with the years. Until then nothing may be written into a damaged file:
// the first write (or backup) runs the check itself, and is refused.
TEST(Damaged, checkedLater_theFirstWriteOrBackupChecksFirst_andNothingIsWrittenIntoIt)
{
    TempDiary diary;
    fillAndClose(diary, 400);
    {
        QFile file(diary.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096 * 9);
        file.write(QByteArray(4096, '\0'));
    }
    const QByteArray before = fileBytes(diary.path());
    for (const bool backupFirst : {false, true}) {
        auto opened = DiaryStore::open(diary.path(), {.check = DiaryCheck::Later});
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        DiaryStore &store = *opened.value();
        EXPECT_FALSE(store.isChecked());
        EXPECT_FALSE(store.damage().has_value()); // not known yet
        if (backupFirst) {
            EXPECT_FALSE(store.backUpIfDue().value().has_value());
        } else {
            auto saved = store.saveNight(test::fullNight(QDate(2026, 11, 24)));
            ASSERT_FALSE(saved);
            EXPECT_EQ(saved.error().kind, ErrorKind::Corrupt);
        }
        EXPECT_TRUE(store.isChecked());
        EXPECT_TRUE(store.damage().has_value());
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_FALSE(store.addTag(QStringLiteral("new tag")));
        opened.value().reset();
        EXPECT_EQ(fileBytes(diary.path()), before);
    }
    EXPECT_TRUE(backups::list(diary.path()).isEmpty()); // a damaged copy would be no backup
}

TEST(Damaged, checkedLater_aWholeDiaryIsWrittenAsUsual_andCheckedOnce)
{
    TempDiary diary;
    fillAndClose(diary, 30);
    auto opened = DiaryStore::open(diary.path(), {.check = DiaryCheck::Later});
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    DiaryStore &store = *opened.value();
    EXPECT_FALSE(store.isChecked());
    EXPECT_FALSE(store.check().has_value());
    EXPECT_TRUE(store.isChecked());
    ASSERT_TRUE(store.saveNight(test::fullNight(QDate(2026, 11, 24))));
    EXPECT_FALSE(store.isReadOnly());
}

// ---- Finding 7: locks that wait; finding 10: durability --------------------------------------

TEST(Locks, aSaveWaitsForAnotherWriter_insteadOfFailingAtOnce)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 22))));
    // Another program writes for 300 ms; the store's timeout is 2 s.
    SQLite::Database other(diary.path().toStdString(), SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    other.exec("UPDATE night SET note = 'being written elsewhere'");
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("COMMIT");
    });
    // The night was read before the other writer began, as the form had it.
    auto saved = diary.store().saveNight(test::fullNight(QDate(2026, 11, 23)));
    release.join();
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(diary.store().summary()->nights, 2);
}

TEST(Durability, synchronousIsFull_andTheJournalIsWal)
{
    TempDiary diary;
    EXPECT_EQ(diary.store().pragma("synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(diary.store().pragma("journal_mode"), QStringLiteral("wal"));
}

// ---- A full disk ------------------------------------------------------------------------------

TEST(DiskFull, aSaveThatDoesNotFit_saysSo_andTheDiaryStaysWhole)
{
    TempDiary diary;
    fillAndClose(diary, 3);
    int pages = 0;
    {
        SQLite::Database raw(diary.path().toStdString());
        pages = raw.execAndGet("PRAGMA page_count").getInt();
    }
    OpenOptions options;
    options.maxPageCount = pages;
    auto opened = DiaryStore::open(diary.path(), options);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    Night big = test::fullNight(QDate(2026, 11, 24));
    big.note = QString(20000, u'x');
    auto saved = opened.value()->saveNight(big);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("disk is full"))) << saved.error().message.toStdString();
    EXPECT_EQ(opened.value()->summary()->nights, 3);
    EXPECT_FALSE(opened.value()->checkIntegrity().has_value());
}

// ---- Finding 5: private files ---------------------------------------------------------------

TEST(PrivateFiles, aNewDiary_itsWalShmAndLock_areForItsOwnerOnly)
{
    const Umask022 umask;
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    EXPECT_EQ(modeOf(diary.path()), 0600);
    EXPECT_EQ(modeOf(diary.path() + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(diary.path() + QStringLiteral("-shm")), 0600);
    EXPECT_EQ(modeOf(diary.path() + QStringLiteral(".lock")), 0600);
}

TEST(PrivateFiles, aDiaryOthersCouldRead_becomesPrivateWhenOpened)
{
    const Umask022 umask;
    TempDiary diary;
    fillAndClose(diary, 1);
    ::chmod(QFile::encodeName(diary.path()).constData(), 0644);
    diary.store();
    EXPECT_EQ(modeOf(diary.path()), 0600);
}
