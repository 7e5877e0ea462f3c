// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: `import --create` builds the new diary aside (cli::NewDiary) with OpenOptions::building:
// no WAL and no foreign-key lookup per row while it is written, then finishBuilding() checks every
// reference once and turns the WAL on. These tests hold the build to a whole diary.
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

using namespace rls;
using rls::test::fullNight;

namespace {

std::unique_ptr<DiaryStore> openBuilding(const QString &path)
{
    OpenOptions options;
    options.building = true;
    auto store = DiaryStore::open(path, options);
    EXPECT_TRUE(store) << store.error().message.toStdString();
    return store ? std::move(store.value()) : nullptr;
}

std::string journalMode(const QString &path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA journal_mode").getString();
}

int count(const QString &path, const char *table)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

} // namespace

/// A new diary opened for building, with the night of 2026-11-20 saved into it.
class Building : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_store = openBuilding(m_path);
        ASSERT_TRUE(m_store);
        ASSERT_TRUE(m_store->saveNight(fullNight(QDate(2026, 11, 20))));
    }

    QTemporaryDir m_dir;
    const QString m_path = m_dir.filePath(QStringLiteral("new.sqlite"));
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(Building, aDiaryBuiltAside_isWrittenWithoutAWal_andFinishesAsAWholeWalDiary)
{
    ASSERT_TRUE(m_store->saveNight(fullNight(QDate(2026, 11, 21))));
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral("-wal"))) << "every page would be written twice";

    const auto finished = m_store->finishBuilding();
    ASSERT_TRUE(finished) << finished.error().message.toStdString();
    m_store.reset();
    EXPECT_EQ(journalMode(m_path), "wal");
    EXPECT_EQ(count(m_path, "night"), 2);
    EXPECT_EQ(count(m_path, "intake"), 8);

    // Opened as any diary afterwards, it holds both nights as they were saved.
    auto reopened = DiaryStore::open(m_path);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    const auto night = reopened.value()->loadNight(QDate(2026, 11, 21));
    ASSERT_TRUE(night && night->has_value());
    EXPECT_EQ(night->value().intakes.size(), 4);
    EXPECT_EQ(night->value().tags, fullNight(QDate(2026, 11, 21)).tags);
}

// A reference the build broke (here written behind the store's back: an intake of a night that is
// not there) is found before the diary is kept, and the build is refused, its journal unchanged.
TEST_F(Building, aBrokenReference_isFound_andTheBuildIsRefused)
{
    {
        SQLite::Database db(m_path.toStdString(), SQLite::OPEN_READWRITE); // foreign keys off
        db.exec("INSERT INTO intake (night_date, position, substance_id, amount, unit) "
                "SELECT '1999-01-01', 0, id, 100, 'mg' FROM substance LIMIT 1");
    }
    const auto finished = m_store->finishBuilding();
    ASSERT_FALSE(finished);
    EXPECT_EQ(finished.error().kind, ErrorKind::Storage);
    const std::string message = finished.error().message.toStdString();
    EXPECT_NE(
        message.find("rows refer to entries that are not in it (1 in all; the first: intake row"), std::string::npos)
        << message;
    EXPECT_NE(message.find("refers to a missing night"), std::string::npos) << message;
    EXPECT_NE(message.find("It was not kept"), std::string::npos) << message;
    m_store.reset();
    EXPECT_NE(journalMode(m_path), "wal");
}

// Once finished, the diary enforces its references again: deleting a night removes its intakes
// and tags (ON DELETE CASCADE works only with foreign keys on).
TEST_F(Building, onceFinished_foreignKeysAreEnforcedAgain)
{
    ASSERT_TRUE(m_store->finishBuilding());
    const auto deleted = m_store->deleteNight(QDate(2026, 11, 20));
    ASSERT_TRUE(deleted && deleted.value());
    m_store.reset();
    EXPECT_EQ(count(m_path, "intake"), 0);
    EXPECT_EQ(count(m_path, "night_tag"), 0);
}
