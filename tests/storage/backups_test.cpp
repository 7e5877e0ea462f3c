// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, finding 4: the diary's automatic backups, their rotation, and restoring one.
#include "storage/backups.h"
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rls;
using rls::test::TempDiary;

namespace {

int modeOf(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QList<QDate> datesIn(DiaryStore &store)
{
    QList<QDate> out;
    const auto nights = store.loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1)); // kept alive for the loop
    for (const Night &n : nights.value())
        out.append(n.date);
    return out;
}

// A diary whose clock the test moves.
struct ClockedDiary {
    TempDiary diary;
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(7, 30), Qt::UTC);
    std::unique_ptr<DiaryStore> store;

    DiaryStore &open()
    {
        if (!store) {
            OpenOptions options;
            options.now = [this] { return now; };
            auto opened = DiaryStore::open(diary.path(), options);
            EXPECT_TRUE(opened) << opened.error().message.toStdString();
            store = std::move(opened).value();
        }
        return *store;
    }
};

} // namespace

TEST(Backups, aBackup_isACheckedPrivateCopyOfEveryNight_inTheFolderBesideTheDiary)
{
    const mode_t old = ::umask(022);
    TempDiary diary;
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23).addDays(-i))));
    auto made = diary.store().backUp(BackupReason::Manual);
    ::umask(old);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made->path).absolutePath(), QDir(diary.dir()).filePath(QStringLiteral("backups")));
    EXPECT_EQ(modeOf(made->path), 0600);
    EXPECT_EQ(modeOf(backups::folderFor(diary.path())), 0700);
    const BackupInfo info = backups::inspect(made.value(), true);
    EXPECT_FALSE(info.problem.has_value());
    EXPECT_EQ(info.nights, 20);
    EXPECT_EQ(info.lastNight, QDate(2026, 11, 23));
    SQLite::Database copy(made->path.toStdString());
    EXPECT_EQ(copy.execAndGet("PRAGMA application_id").getInt(), schema::ApplicationId);
    ASSERT_EQ(backups::list(diary.path()).size(), 1);
    EXPECT_EQ(backups::list(diary.path()).first().reason, BackupReason::Manual);
}

TEST(Backups, theDailyBackup_isTakenOnTheFirstOpenOfEachDay_only)
{
    ClockedDiary d;
    ASSERT_TRUE(d.open().saveNight(test::fullNight(QDate(2026, 11, 23))));
    auto first = d.open().backUpIfDue();
    ASSERT_TRUE(first);
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ(first->value().reason, BackupReason::Daily);
    d.now = d.now.addSecs(3 * 3600);
    EXPECT_FALSE(d.open().backUpIfDue().value().has_value());
    d.now = d.now.addDays(1);
    EXPECT_TRUE(d.open().backUpIfDue().value().has_value());
    EXPECT_EQ(backups::list(d.diary.path()).size(), 2);
}

// The rotation over a year of daily backups, at 03:00 each day, seen on Tuesday 2026-11-24 at
// noon. Worked out by hand: the last 7 days (18th to 24th November); the newest of each of the
// last 4 ISO weeks adds Sunday 15 and Sunday 8 November; the newest of each of the last 12 months
// adds the last day of October 2026 back to December 2025.
TEST(Backups, theRotationKeeps7Daily4Weekly12Monthly)
{
    QList<BackupFile> files;
    for (QDate d(2026, 11, 24); d >= QDate(2025, 10, 1); d = d.addDays(-1))
        files.append({QStringLiteral("/b/diary-%1.sqlite").arg(d.toString(Qt::ISODate)), QDateTime(d, QTime(3, 0)),
            BackupReason::Daily});
    const QList<BackupFile> removed = backups::toRemove(files, QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
    QList<QDate> kept;
    for (const BackupFile &f : files) {
        if (std::none_of(removed.begin(), removed.end(), [&](const BackupFile &r) { return r.path == f.path; }))
            kept.append(f.takenAt.date());
    }
    const QList<QDate> expected
        = {QDate(2026, 11, 24), QDate(2026, 11, 23), QDate(2026, 11, 22), QDate(2026, 11, 21), QDate(2026, 11, 20),
            QDate(2026, 11, 19), QDate(2026, 11, 18), QDate(2026, 11, 15), QDate(2026, 11, 8), QDate(2026, 10, 31),
            QDate(2026, 9, 30), QDate(2026, 8, 31), QDate(2026, 7, 31), QDate(2026, 6, 30), QDate(2026, 5, 31),
            QDate(2026, 4, 30), QDate(2026, 3, 31), QDate(2026, 2, 28), QDate(2026, 1, 31), QDate(2025, 12, 31)};
    EXPECT_EQ(kept, expected);
}

TEST(Backups, everyBackupOfTheLast24Hours_isKept)
{
    QList<BackupFile> files;
    const QDateTime now(QDate(2026, 11, 24), QTime(22, 0));
    for (int i = 0; i < 6; ++i) // six imports today, each with its backup
        files.append({QStringLiteral("/b/diary-%1.sqlite").arg(i), now.addSecs(-3600 * i), BackupReason::BeforeImport});
    EXPECT_TRUE(backups::toRemove(files, now).isEmpty());
}

TEST(Backups, theRotationRunsWhenABackupIsTaken_andLeavesOtherFilesAlone)
{
    ClockedDiary d;
    ASSERT_TRUE(d.open().saveNight(test::fullNight(QDate(2026, 11, 23))));
    for (int day = 0; day < 12; ++day) {
        ASSERT_TRUE(d.open().backUpIfDue());
        d.now = d.now.addDays(1);
    }
    QFile other(QDir(backups::folderFor(d.diary.path())).filePath(QStringLiteral("my-notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    ASSERT_TRUE(d.open().backUpIfDue());
    // 13 daily backups over 13 days: the last 7 days, and the newest of earlier weeks/months.
    const QList<BackupFile> left = backups::list(d.diary.path());
    EXPECT_LT(left.size(), 13);
    EXPECT_GE(left.size(), 7);
    EXPECT_TRUE(other.exists());
}

TEST(Backups, restoring_showsWhatDiffers_takesABackupOfNowFirst_andBringsTheBackupBack)
{
    ClockedDiary d;
    DiaryStore &store = d.open();
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(store.saveNight(test::fullNight(QDate(2026, 11, 19).addDays(i)))); // 19th to 23rd
    auto made = store.backUp(BackupReason::Manual);
    ASSERT_TRUE(made);

    d.now = d.now.addSecs(3600);
    ASSERT_TRUE(store.deleteNight(QDate(2026, 11, 19)).value());
    Night changed = test::fullNight(QDate(2026, 11, 21));
    changed.note = QStringLiteral("changed after the backup");
    ASSERT_TRUE(store.saveNight(changed));
    ASSERT_TRUE(store.saveNight(test::fullNight(QDate(2026, 11, 24))));
    ASSERT_TRUE(store.saveNight(test::fullNight(QDate(2026, 11, 25))));

    auto difference = store.compareWithBackup(made->path);
    ASSERT_TRUE(difference);
    EXPECT_EQ(difference->onlyInDiary, (QList<QDate> {QDate(2026, 11, 24), QDate(2026, 11, 25)}));
    EXPECT_EQ(difference->onlyInBackup, QList<QDate> {QDate(2026, 11, 19)});
    EXPECT_EQ(difference->changed, QList<QDate> {QDate(2026, 11, 21)});
    EXPECT_EQ(difference->describe(),
        QStringLiteral("The diary holds 6 nights and the backup 5 nights. Restoring the backup removes 2 nights not "
                       "in the backup (2026-11-24 to 2026-11-25), brings back 1 night not in the diary now "
                       "(2026-11-19) and sets 1 night back to how they were then (2026-11-21). A backup of the "
                       "diary as it is now is taken first, so this can be undone."));

    d.now = d.now.addSecs(60);
    auto before = store.restoreBackup(made->path);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    EXPECT_EQ(before->reason, BackupReason::BeforeRestore);
    EXPECT_EQ(backups::inspect(before.value()).nights, 6);
    EXPECT_EQ(datesIn(store),
        (QList<QDate> {
            QDate(2026, 11, 19), QDate(2026, 11, 20), QDate(2026, 11, 21), QDate(2026, 11, 22), QDate(2026, 11, 23)}));
    EXPECT_NE(store.loadNight(QDate(2026, 11, 21))->value().note, changed.note);
    // The diary goes on as a diary: writable, marked, in WAL mode.
    EXPECT_TRUE(store.saveNight(test::fullNight(QDate(2026, 11, 24))));
    EXPECT_EQ(store.pragma("journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(store.pragma("application_id"), QString::number(schema::ApplicationId));
}

TEST(Backups, aDamagedDiary_canBeRestored_andItsBytesAreKeptAside)
{
    TempDiary diary;
    QList<Night> nights;
    for (int i = 0; i < 400; ++i)
        nights.append(test::fullNight(QDate(2026, 11, 23).addDays(-i)));
    ASSERT_TRUE(diary.store().saveNights(nights));
    auto made = diary.store().backUp(BackupReason::Daily);
    ASSERT_TRUE(made);
    diary.close();
    {
        QFile file(diary.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096 * 9);
        file.write(QByteArray(4096, '\0'));
    }
    DiaryStore &store = diary.store();
    ASSERT_TRUE(store.damage().has_value());
    auto before = store.restoreBackup(made->path);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(before->path));
    EXPECT_FALSE(store.damage().has_value());
    EXPECT_FALSE(store.isReadOnly());
    EXPECT_EQ(store.summary()->nights, 400);
    EXPECT_FALSE(store.checkIntegrity().has_value());
}

TEST(Backups, restoringAFileThatIsNotADiary_isRefused_andChangesNothing)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    const QString other = QDir(diary.dir()).filePath(QStringLiteral("other.sqlite"));
    {
        SQLite::Database raw(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("CREATE TABLE contact (name TEXT)");
    }
    auto restored = diary.store().restoreBackup(other);
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.error().message.contains(QStringLiteral("cannot be restored")));
    EXPECT_EQ(diary.store().summary()->nights, 1);
    EXPECT_TRUE(backups::list(diary.path()).isEmpty());
}
