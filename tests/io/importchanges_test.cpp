// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: "with Keep mine the preview still lists the nights that differ and shows old -> new
// values". A plan says, part by part, what the diary has and what the file says, for the nights
// it changes and for the nights it keeps although the file differs.
#include "io/csvimport.h"
#include "io/csvtesthelpers.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Night1(2026, 1, 5);
const QDate Night2(2026, 1, 6);

// Night 1: severity 5, no alcohol, a note. Night 2: exactly what the file says.
void fillDiary(DiaryStore &store)
{
    Night first;
    first.date = Night1;
    first.symptoms.severity = 5;
    first.note = QStringLiteral("long drive");
    ASSERT_TRUE(store.saveNight(first));
    Night second;
    second.date = Night2;
    second.symptoms.severity = 2;
    ASSERT_TRUE(store.saveNight(second));
}

const QByteArray File = "date,symptom_severity_0_10,alcohol_standard_drinks,notes\r\n"
                        "2026-01-05,3,1,long drive\r\n"
                        "2026-01-06,2,,\r\n";

Result<ImportPlan> planWith(DiaryStore &store, ConflictPolicy policy)
{
    return test::planBytes(store, File, test::importOptions(policy, std::nullopt, false));
}

} // namespace

TEST(ImportChanges, keepMine_listsTheNightThatDiffers_withBothValues_andChangesNothing)
{
    test::TempDiary diary;
    fillDiary(diary.store());
    const auto plan = planWith(diary.store(), ConflictPolicy::KeepMine);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_TRUE(plan->nights.isEmpty());
    EXPECT_EQ(plan->unchanged, 2);
    ASSERT_EQ(plan->kept.size(), 1); // night 2 is the same in both: not listed
    const PlannedNight &kept = plan->kept.first();
    EXPECT_EQ(kept.night.date, Night1);
    EXPECT_EQ(kept.line, 2);
    const QList<PartChange> expected = {{QStringLiteral("severity"), QStringLiteral("5"), QStringLiteral("3"), false},
        {QStringLiteral("alcohol"), QStringLiteral("none"), QStringLiteral("1 standard drink"), false}};
    EXPECT_EQ(kept.changes, expected);
    EXPECT_EQ(
        describeChanges(kept.changes), QStringLiteral("severity 5 (file: 3), alcohol none (file: 1 standard drink)"));
    EXPECT_EQ(
        plan->summary(), QStringLiteral("0 nights to add, 0 to change, 2 left as they are (1 differs from the file)."));
}

TEST(ImportChanges, takeTheirs_showsOldAndNewValues)
{
    test::TempDiary diary;
    fillDiary(diary.store());
    const auto plan = planWith(diary.store(), ConflictPolicy::TakeTheirs);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_TRUE(plan->kept.isEmpty());
    const PlannedNight &changed = plan->nights.first();
    EXPECT_EQ(changed.changedParts, (QStringList {QStringLiteral("severity"), QStringLiteral("alcohol")}));
    EXPECT_EQ(describeChanges(changed.changes), QStringLiteral("severity 5 → 3, alcohol none → 1 standard drink"));
    EXPECT_EQ(plan->summary(), QStringLiteral("0 nights to add, 1 to change, 1 left as it is."));
}

// Merge fills only what the diary lacks: the alcohol arrives, the severity stays, and the
// preview says both.
TEST(ImportChanges, merge_showsWhatItFills_andWhatItLeaves)
{
    test::TempDiary diary;
    fillDiary(diary.store());
    const auto plan = planWith(diary.store(), ConflictPolicy::Merge);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->nights.size(), 1);
    EXPECT_EQ(describeChanges(plan->nights.first().changes),
        QStringLiteral("severity 5 (file: 3), alcohol none → 1 standard drink"));
}

// Every kind of part reads as a person would say it.
TEST(ImportChanges, valuesRead_asAPersonSaysThem)
{
    test::TempDiary diary;
    Night mine;
    mine.date = Night1;
    mine.symptoms.onset = QTime(21, 30);
    mine.sleep.minutesToFallAsleep = 20;
    mine.sleep.quality = 2;
    mine.tags = {QStringLiteral("travel")};
    mine.intakes
        = {{QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}};
    ASSERT_TRUE(diary.store().saveNight(mine));
    const QByteArray file = "date,symptom_onset_time,sleep_onset_latency_min,sleep_quality_1_5,tags,magnesium_doses,"
                            "flagged_for_doctor\r\n"
                            "2026-01-05,22:15,45,4,travel; stress,200 mg (citrate),yes\r\n";
    const auto plan
        = test::planBytes(diary.store(), file, test::importOptions(ConflictPolicy::TakeTheirs, std::nullopt, false));
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_EQ(plan->nights.size(), 1) << (plan->problems.isEmpty() ? "" : plan->problems.first().reason.toStdString());
    EXPECT_EQ(describeChanges(plan->nights.first().changes),
        QStringLiteral("onset 21:30 → 22:15, minutes to fall asleep 20 min → 45 min, sleep quality 2 → 4, "
                       "magnesium 300 mg (glycinate) at 21:00 → 200 mg (citrate), tags travel → travel, stress, "
                       "mark for the doctor no → yes"));
}
