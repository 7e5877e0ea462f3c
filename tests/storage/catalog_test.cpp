// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/elemental.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;
using rls::test::TempDiary;

TEST(Catalog, newDiary_isSeededWithKindsFlagsAndConvertibleForms)
{
    TempDiary diary;
    const QList<Substance> list = diary.store().substances().value();
    const Substance *magnesium = findSubstance(list, substances::Magnesium);
    ASSERT_NE(magnesium, nullptr);
    EXPECT_EQ(magnesium->kind, SubstanceKind::Magnesium);
    EXPECT_EQ(magnesium->flags, SubstanceFlag::CountsTowardsMagnesiumLimit | SubstanceFlag::IronAbsorptionInhibitor);
    EXPECT_EQ(magnesium->unit, QStringLiteral("mg"));
    EXPECT_EQ(findSubstance(list, substances::Iron)->kind, SubstanceKind::Iron);
    EXPECT_EQ(findSubstance(list, substances::Caffeine)->kind, SubstanceKind::Caffeine);
    EXPECT_EQ(findSubstance(list, substances::Alcohol)->unit, QStringLiteral("standard drinks"));
    // Every magnesium and iron form offered (but "other") can be turned into elemental mg.
    for (const Substance *s : {magnesium, findSubstance(list, substances::Iron)}) {
        for (const QString &form : s->forms) {
            if (form != u"other") {
                EXPECT_NE(findCompoundForm(s->kind, form), nullptr) << form.toStdString();
            }
        }
    }
    EXPECT_EQ(magnesium->forms.size(), 9);
}

TEST(Catalog, newDiary_knowsTheUsualRlsMedicines_theFirstFourDopaminergic)
{
    TempDiary diary;
    const QList<Substance> list = diary.store().substances().value();
    for (const char16_t *name : {u"Pramipexole", u"Ropinirole", u"Rotigotine", u"Levodopa"}) {
        const Substance *s = findSubstance(list, QString::fromUtf16(name));
        ASSERT_NE(s, nullptr) << QString::fromUtf16(name).toStdString();
        EXPECT_EQ(s->kind, SubstanceKind::Medication);
        EXPECT_TRUE(s->flags.testFlag(SubstanceFlag::Dopaminergic));
    }
    for (const char16_t *name : {u"Gabapentin", u"Gabapentin enacarbil", u"Pregabalin", u"Opioid"}) {
        const Substance *s = findSubstance(list, QString::fromUtf16(name));
        ASSERT_NE(s, nullptr) << QString::fromUtf16(name).toStdString();
        EXPECT_EQ(s->kind, SubstanceKind::Medication);
        EXPECT_FALSE(s->flags.testFlag(SubstanceFlag::Dopaminergic));
    }
    EXPECT_EQ(findSubstance(list, QStringLiteral("Rotigotine"))->unit, QStringLiteral("mg/24 h"));
    EXPECT_TRUE(findSubstance(list, QStringLiteral("Levodopa"))->forms.contains(QStringLiteral("with carbidopa")));
    EXPECT_TRUE(findSubstance(list, QStringLiteral("Opioid"))->forms.contains(QStringLiteral("oxycodone-naloxone")));
    for (const char16_t *name : {u"Calcium", u"Zinc", u"Antacid"})
        EXPECT_TRUE(
            findSubstance(list, QString::fromUtf16(name))->flags.testFlag(SubstanceFlag::IronAbsorptionInhibitor));
}

TEST(Catalog, addSubstance_keepsItsKindAndFlags_thenUseItInANight)
{
    TempDiary diary;
    Substance own {0, QStringLiteral("Magnesium citrate powder"), SubstanceKind::Magnesium,
        defaultFlags(SubstanceKind::Magnesium), QStringLiteral("mg"), {QStringLiteral("citrate")}};
    auto added = diary.store().addSubstance(own);
    ASSERT_TRUE(added);
    Night n;
    n.date = QDate(2026, 11, 23);
    n.intakes = {{own.name, 0.125, QStringLiteral("g"), {}, QTime(20, 0)}};
    n.intakes.first().labelMg = 800;
    ASSERT_TRUE(diary.store().saveNight(n));
    diary.close();
    const Intake back = diary.store().loadNight(n.date)->value().intakes.first();
    EXPECT_EQ(back.amount, 0.125);
    EXPECT_EQ(back.labelMg, 800.0);
    const QList<Substance> catalog = diary.store().substances().value(); // kept: stored points into it
    const Substance *stored = findSubstance(catalog, own.name);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->kind, SubstanceKind::Magnesium);
    EXPECT_EQ(stored->flags, own.flags);
    EXPECT_EQ(stored->forms, own.forms);
}

TEST(Catalog, duplicateOrNamelessSubstance_isRefused)
{
    TempDiary diary;
    const qsizetype before = diary.store().substances()->size();
    auto dup = diary.store().addSubstance(newSubstanceNamed(QStringLiteral("magnesium"), QStringLiteral("mg")));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().fields.first().field, QStringLiteral("name"));
    auto nameless = diary.store().addSubstance(newSubstanceNamed(QStringLiteral(" "), QString()));
    ASSERT_FALSE(nameless);
    EXPECT_EQ(nameless.error().fields.size(), 2);
    EXPECT_EQ(diary.store().substances()->size(), before);
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
    // "; " separates tags in exported files: such a tag would come back as two (issue 13).
    const auto split = diary.store().addTag(QStringLiteral("long drive; no sleep"));
    ASSERT_FALSE(split);
    EXPECT_TRUE(split.error().message.contains(QStringLiteral("cannot hold \";\"")));
    EXPECT_EQ(diary.store().tags()->size(), 11);
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
