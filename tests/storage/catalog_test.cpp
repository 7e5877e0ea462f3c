// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;
using rls::test::TempDiary;

TEST(Catalog, newDiary_isSeededWithTheFourSubstancesAndTheirForms)
{
    TempDiary diary;
    const auto list = diary.store().substances();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 4);
    EXPECT_EQ(list->at(0).name, QStringLiteral("Magnesium"));
    EXPECT_EQ(list->at(0).unit, QStringLiteral("mg"));
    EXPECT_EQ(list->at(0).forms,
        (QStringList {QStringLiteral("citrate"), QStringLiteral("glycinate"), QStringLiteral("malate"),
            QStringLiteral("L-threonate"), QStringLiteral("oxide"), QStringLiteral("other")}));
    EXPECT_EQ(list->at(1).forms.size(), 3);
    EXPECT_EQ(list->at(2).category, Category::Stimulant);
    EXPECT_EQ(list->at(3).unit, QStringLiteral("standard drinks"));
    EXPECT_EQ(list->at(3).category, Category::Alcohol);
}

TEST(Catalog, addSubstance_thenUseItInANight)
{
    TempDiary diary;
    auto added = diary.store().addSubstance(
        {0, QStringLiteral("Pramipexole"), Category::Medication, QStringLiteral("mg"), {}});
    ASSERT_TRUE(added);
    EXPECT_GT(added->id, 4);
    Night n;
    n.date = QDate(2026, 11, 23);
    n.intakes = {{QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, QTime(20, 0)}};
    ASSERT_TRUE(diary.store().saveNight(n));
    EXPECT_EQ(diary.store().loadNight(n.date)->value().intakes.first().amount, 0.125);
    EXPECT_EQ(diary.store().substances()->last().category, Category::Medication);
}

TEST(Catalog, duplicateOrNamelessSubstance_isRefused)
{
    TempDiary diary;
    auto dup
        = diary.store().addSubstance({0, QStringLiteral("magnesium"), Category::Supplement, QStringLiteral("mg"), {}});
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().fields.first().field, QStringLiteral("name"));
    auto nameless = diary.store().addSubstance({0, QStringLiteral(" "), Category::Supplement, QStringLiteral(""), {}});
    ASSERT_FALSE(nameless);
    EXPECT_EQ(nameless.error().fields.size(), 2);
    EXPECT_EQ(diary.store().substances()->size(), 4);
}

TEST(Catalog, tags_seededAndAddable_newTagsFromANightJoinTheList)
{
    TempDiary diary;
    const auto seeded = diary.store().tags();
    ASSERT_TRUE(seeded);
    EXPECT_TRUE(seeded->contains(QStringLiteral("warm bath")));
    EXPECT_TRUE(seeded->contains(QStringLiteral("diarrhoea")));
    EXPECT_EQ(seeded->size(), 9);
    ASSERT_TRUE(diary.store().addTag(QStringLiteral("yoga")));
    ASSERT_TRUE(diary.store().addTag(QStringLiteral("Yoga"))); // same tag, not a second one
    Night n;
    n.date = QDate(2026, 11, 23);
    n.tags = {QStringLiteral("sauna")};
    ASSERT_TRUE(diary.store().saveNight(n));
    const auto after = diary.store().tags();
    EXPECT_EQ(after->size(), 11);
    EXPECT_TRUE(after->contains(QStringLiteral("sauna")));
    EXPECT_FALSE(diary.store().addTag(QStringLiteral("  ")));
}

TEST(LabResults, addListUpdateDelete)
{
    TempDiary diary;
    auto later
        = diary.store().addLabResult({0, QDate(2026, 9, 1), QStringLiteral("Ferritin"), 82, QStringLiteral("ng/mL")});
    auto earlier
        = diary.store().addLabResult({0, QDate(2026, 3, 1), QStringLiteral("Ferritin"), 41, QStringLiteral("ng/mL")});
    auto tsat = diary.store().addLabResult(
        {0, QDate(2026, 3, 1), QStringLiteral("Transferrin saturation"), 18, QStringLiteral("%")});
    ASSERT_TRUE(later && earlier && tsat);

    auto list = diary.store().labResults();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).value, 41); // oldest first
    EXPECT_EQ(list->at(2).date, QDate(2026, 9, 1));

    LabResult fixed = earlier.value();
    fixed.value = 44;
    ASSERT_TRUE(diary.store().updateLabResult(fixed));
    EXPECT_EQ(diary.store().labResults()->at(0).value, 44);

    EXPECT_TRUE(diary.store().deleteLabResult(tsat->id).value());
    EXPECT_FALSE(diary.store().deleteLabResult(tsat->id).value());
    EXPECT_EQ(diary.store().labResults()->size(), 2);

    LabResult gone = tsat.value();
    const auto update = diary.store().updateLabResult(gone);
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().kind, ErrorKind::NotFound);
}

TEST(LabResults, invalidResult_isRefused)
{
    TempDiary diary;
    auto bad
        = diary.store().addLabResult({0, QDate(2026, 9, 1), QStringLiteral("Ferritin"), -5, QStringLiteral("ng/mL")});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().fields.first().field, QStringLiteral("value"));
    EXPECT_TRUE(diary.store().labResults()->isEmpty());
}

TEST(LabResults, knownTestsHaveTheirUnits)
{
    EXPECT_EQ(labtests::defaultUnit(QStringLiteral("ferritin")), QStringLiteral("ng/mL"));
    EXPECT_EQ(labtests::defaultUnit(labtests::TransferrinSaturation), QStringLiteral("%"));
    EXPECT_EQ(labtests::defaultUnit(labtests::SerumMagnesium), QStringLiteral("mmol/L"));
    EXPECT_EQ(labtests::defaultUnit(labtests::Haemoglobin), QStringLiteral("g/dL"));
    EXPECT_TRUE(labtests::defaultUnit(QStringLiteral("Vitamin D")).isEmpty());
}
