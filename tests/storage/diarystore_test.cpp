// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"
#include "storage/schema.h"
#include "support/tempdiary.h"

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

using namespace rls;
using rls::test::TempDiary;

namespace {
void expectSameNight(const Night &a, const Night &b)
{
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.symptoms, b.symptoms);
    EXPECT_EQ(a.sleep, b.sleep);
    EXPECT_EQ(a.intakes, b.intakes);
    EXPECT_EQ(a.note, b.note);
    QStringList ta = a.tags, tb = b.tags;
    ta.sort();
    tb.sort();
    EXPECT_EQ(ta, tb);
}
} // namespace

TEST(DiaryStore, saveThenLoad_keepsEveryField)
{
    TempDiary diary;
    const Night night = test::fullNight(QDate(2026, 11, 23));
    ASSERT_TRUE(diary.store().saveNight(night));

    diary.close(); // read it back through a fresh connection, as the next evening would
    auto loaded = diary.store().loadNight(QDate(2026, 11, 23));
    ASSERT_TRUE(loaded);
    ASSERT_TRUE(loaded->has_value());
    expectSameNight(loaded->value(), night);
    EXPECT_EQ(loaded->value().createdAt, TempDiary::fixedNow());
    EXPECT_EQ(loaded->value().updatedAt, TempDiary::fixedNow());
}

TEST(DiaryStore, emptyNight_roundTripsAsMissingNotZero)
{
    TempDiary diary;
    Night night;
    night.date = QDate(2026, 1, 5);
    ASSERT_TRUE(diary.store().saveNight(night));
    auto loaded = diary.store().loadNight(night.date);
    ASSERT_TRUE(loaded && loaded->has_value());
    EXPECT_FALSE(loaded->value().symptoms.severity.has_value());
    EXPECT_FALSE(loaded->value().sleep.quality.has_value());
    EXPECT_TRUE(loaded->value().sleep.isEmpty());
    EXPECT_TRUE(loaded->value().intakes.isEmpty());
}

TEST(DiaryStore, saveAgain_replacesIntakesAndTags_keepsFirstLoggedTime)
{
    TempDiary diary;
    Night night = test::fullNight(QDate(2026, 11, 23));
    ASSERT_TRUE(diary.store().saveNight(night));

    // Later the same night is edited: one intake less, a different tag, a new severity.
    OpenOptions later;
    const QDateTime editTime = TempDiary::fixedNow().addDays(2);
    later.now = [editTime] { return editTime; };
    diary.close();
    auto reopened = DiaryStore::open(diary.path(), later);
    ASSERT_TRUE(reopened);
    night.intakes.removeLast();
    night.tags = {QStringLiteral("warm bath")};
    night.symptoms.severity = 3;
    ASSERT_TRUE(reopened.value()->saveNight(night));

    auto loaded = reopened.value()->loadNight(night.date);
    ASSERT_TRUE(loaded && loaded->has_value());
    expectSameNight(loaded->value(), night);
    EXPECT_EQ(loaded->value().createdAt, TempDiary::fixedNow());
    EXPECT_EQ(loaded->value().updatedAt, editTime);
}

TEST(DiaryStore, keepStamps_restoresANightExactly)
{
    TempDiary diary;
    Night night = test::fullNight(QDate(2026, 3, 1));
    night.createdAt = QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::UTC);
    night.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    ASSERT_TRUE(diary.store().saveNight(night, Stamps::Keep));
    auto loaded = diary.store().loadNight(night.date);
    ASSERT_TRUE(loaded && loaded->has_value());
    EXPECT_EQ(loaded->value().createdAt, night.createdAt);
    EXPECT_EQ(loaded->value().updatedAt, night.updatedAt);
}

TEST(DiaryStore, invalidNight_isRefusedAndNothingIsWritten)
{
    TempDiary diary;
    Night good = test::fullNight(QDate(2026, 11, 22));
    ASSERT_TRUE(diary.store().saveNight(good));

    Night bad = test::fullNight(QDate(2026, 11, 22));
    bad.symptoms.severity = 12;
    bad.note = QStringLiteral("should not land");
    const auto saved = diary.store().saveNight(bad);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(saved.error().fields.first().field, QStringLiteral("severity"));
    auto loaded = diary.store().loadNight(good.date);
    ASSERT_TRUE(loaded && loaded->has_value());
    expectSameNight(loaded->value(), good);
}

TEST(DiaryStore, unknownSubstance_isRefusedWithoutAPartialWrite)
{
    TempDiary diary;
    Night night = test::fullNight(QDate(2026, 11, 23));
    night.intakes.append({QStringLiteral("Unobtainium"), 5, QStringLiteral("mg"), {}, std::nullopt});
    const auto saved = diary.store().saveNight(night);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().fields.first().field, QStringLiteral("intakes[4].substance"));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("Unobtainium")));
    auto loaded = diary.store().loadNight(night.date);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->has_value());
}

TEST(DiaryStore, substanceNames_matchRegardlessOfCase)
{
    TempDiary diary;
    Night night;
    night.date = QDate(2026, 11, 23);
    night.intakes = {{QStringLiteral("magnesium"), 200, QStringLiteral("mg"), QStringLiteral("citrate"), std::nullopt}};
    ASSERT_TRUE(diary.store().saveNight(night));
    auto loaded = diary.store().loadNight(night.date);
    ASSERT_TRUE(loaded && loaded->has_value());
    EXPECT_EQ(loaded->value().intakes.first().substance, QStringLiteral("Magnesium"));
}

TEST(DiaryStore, loadRange_returnsLoggedNightsInOrder_withTheirIntakes)
{
    TempDiary diary;
    QList<Night> nights;
    for (int d : {3, 1, 7, 4}) { // out of order, with gaps
        Night n = test::fullNight(QDate(2026, 2, d));
        n.symptoms.severity = d;
        n.intakes.resize(d % 3);
        nights.append(n);
    }
    ASSERT_TRUE(diary.store().saveNights(nights));
    auto range = diary.store().loadRange(QDate(2026, 2, 2), QDate(2026, 2, 7));
    ASSERT_TRUE(range);
    ASSERT_EQ(range->size(), 3);
    EXPECT_EQ(range->at(0).date, QDate(2026, 2, 3));
    EXPECT_EQ(range->at(1).date, QDate(2026, 2, 4));
    EXPECT_EQ(range->at(2).date, QDate(2026, 2, 7));
    EXPECT_EQ(range->at(0).intakes.size(), 0);
    EXPECT_EQ(range->at(1).intakes.size(), 1);
    EXPECT_EQ(range->at(2).intakes.size(), 1);
    EXPECT_EQ(range->at(2).symptoms.severity, 7);
    EXPECT_EQ(range->at(2).tags.size(), 2);
}

TEST(DiaryStore, saveNights_oneBadNight_savesNone)
{
    TempDiary diary;
    QList<Night> nights {test::fullNight(QDate(2026, 2, 1)), test::fullNight(QDate(2026, 2, 2))};
    nights[1].sleep.quality = 9;
    const auto saved = diary.store().saveNights(nights);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.startsWith(QStringLiteral("The night of 2026-02-02")));
    EXPECT_EQ(diary.store().summary()->nights, 0);
}

TEST(DiaryStore, saveNights_cancelledByProgress_rollsBackEverything)
{
    TempDiary diary;
    QList<Night> nights;
    for (int d = 1; d <= 20; ++d)
        nights.append(test::fullNight(QDate(2026, 2, d)));
    const auto saved = diary.store().saveNights(nights, Stamps::Touch, [](qsizetype done) { return done < 10; });
    ASSERT_FALSE(saved);
    EXPECT_EQ(diary.store().summary()->nights, 0);
}

TEST(DiaryStore, deleteNight_removesItsIntakesAndTags)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    auto deleted = diary.store().deleteNight(QDate(2026, 11, 23));
    ASSERT_TRUE(deleted);
    EXPECT_TRUE(deleted.value());
    EXPECT_FALSE(diary.store().deleteNight(QDate(2026, 11, 23)).value());

    diary.close();
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM intake").getInt(), 0);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM night_tag").getInt(), 0);
}

// Issue 14: after the first evening the list holds two nights, tonight's symptoms and last
// night's sleep, while the person has logged one evening. An evening is a night with anything
// besides sleep; a night holding only sleep is counted apart.
TEST(DiaryStore, summary_countsEveningsApartFromNightsThatHoldOnlySleep)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(test::firstEvening(QDate(2026, 11, 23))));
    auto s = diary.store().summary();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->nights, 2);
    EXPECT_EQ(s->evenings, 1);

    // Anything of the evening makes a night an evening: a dose, a tag, a note, the doctor's mark.
    QList<Night> more;
    for (int i = 0; i < 4; ++i) {
        Night n;
        n.date = QDate(2026, 11, 10 + i);
        n.sleep.quality = 3;
        more.append(n);
    }
    more[0].intakes = test::fullNight(more[0].date).intakes;
    more[1].tags = {QStringLiteral("travel")};
    more[2].note = QStringLiteral("long drive");
    more[3].flaggedForDoctor = true;
    ASSERT_TRUE(diary.store().saveNights(more));
    s = diary.store().summary();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->nights, 6);
    EXPECT_EQ(s->evenings, 5);
}

TEST(DiaryStore, summary_countsNightsAndTheirSpan)
{
    TempDiary diary;
    EXPECT_EQ(diary.store().summary()->nights, 0);
    EXPECT_FALSE(diary.store().summary()->first.isValid());
    ASSERT_TRUE(diary.store().saveNights({test::fullNight(QDate(2025, 12, 30)), test::fullNight(QDate(2026, 1, 2))}));
    const auto s = diary.store().summary();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->nights, 2);
    EXPECT_EQ(s->first, QDate(2025, 12, 30));
    EXPECT_EQ(s->last, QDate(2026, 1, 2));
}

TEST(DiaryStore, fileIsInWalModeWithForeignKeys)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    diary.close();
    SQLite::Database raw(diary.path().toStdString());
    EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), schema::CurrentVersion);
    EXPECT_EQ(raw.execAndGet("SELECT onset || '|' || created_at FROM night").getString(), "20:45|2026-11-23T21:15:00Z");
}

TEST(DiaryStore, briefs_listEveryNightNewestFirst_withSeverityAndSleep)
{
    TempDiary diary;
    Night sleepless;
    sleepless.date = QDate(2026, 11, 20);
    sleepless.symptoms.severity = 2;
    ASSERT_TRUE(diary.store().saveNights({test::fullNight(QDate(2026, 11, 18)), sleepless}));
    const auto briefs = diary.store().briefs();
    ASSERT_TRUE(briefs);
    ASSERT_EQ(briefs->size(), 2);
    EXPECT_EQ(briefs->at(0).date, QDate(2026, 11, 20));
    EXPECT_EQ(briefs->at(0).severity, 2);
    EXPECT_FALSE(briefs->at(0).hasSleep);
    EXPECT_EQ(briefs->at(1).severity, 7);
    EXPECT_TRUE(briefs->at(1).hasSleep);
}

TEST(DiaryStore, batchWithNewSubstances_cancelledMidway_leavesNoTraceInTheCatalog)
{
    TempDiary diary;
    NightBatch batch;
    batch.newSubstances = {newSubstanceNamed(QStringLiteral("Clonazepam"), QStringLiteral("mg"))};
    for (int d = 1; d <= 5; ++d) {
        Night n = test::fullNight(QDate(2026, 3, d));
        n.intakes.append({QStringLiteral("Clonazepam"), 300, QStringLiteral("mg"), {}, QTime(20, 0)});
        batch.save.append(n);
    }
    const auto cancelled = diary.store().apply(batch, Stamps::Touch, [](qsizetype done) { return done < 3; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(diary.store().substances()->size(), test::seededCatalog().size());
    EXPECT_EQ(diary.store().summary()->nights, 0);

    ASSERT_TRUE(diary.store().apply(batch, Stamps::Touch));
    EXPECT_EQ(diary.store().substances()->size(), test::seededCatalog().size() + 1);
    EXPECT_EQ(
        diary.store().loadNight(QDate(2026, 3, 2))->value().intakes.last().substance, QStringLiteral("Clonazepam"));
}
