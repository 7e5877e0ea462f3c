// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: an import never drops what a person wrote without their word. Every column is
// mapped or named as "not imported", and nothing is written until the person agrees to leave
// it out; a person's own column can be mapped by hand, counted in cups or glasses; nights dated
// before 1900 or after tomorrow wait for the person's word too. Real diaries in temporary files.
#include "io/columnchoice.h"
#include "io/csvtesthelpers.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

CsvTable table(const QByteArray &bytes)
{
    auto read = readCsv(bytes);
    EXPECT_TRUE(read) << (read ? std::string() : read.error().message.toStdString());
    return read ? read.value() : CsvTable {};
}

// The night of `date` as the diary holds it, or an empty night.
Night nightOf(DiaryStore &store, QDate date)
{
    const auto nights = store.loadRange(date, date);
    return nights && !nights->isEmpty() ? nights->first() : Night {};
}

double caffeineOf(const Night &night)
{
    double mg = 0;
    for (const Intake &in : night.intakes) {
        if (in.substance == substances::Caffeine)
            mg += in.amount;
    }
    return mg;
}

const QByteArray moodFile = "date,symptom_severity_0_10,Mood\r\n"
                            "2026-11-20,4,calm\r\n"
                            "2026-11-21,6,tense\r\n";

} // namespace

TEST(ColumnChoice, fieldKeys_nameEveryField_andReadBackToIt)
{
    for (DiaryField f : allDiaryFields()) {
        const QString key = fieldKey(f);
        ASSERT_FALSE(key.isEmpty()) << diaryFieldLabel(f).toStdString() << " has no word for --map";
        EXPECT_EQ(fieldFromKey(key), f) << key.toStdString();
        EXPECT_EQ(fieldFromKey(key.toUpper()), f) << key.toStdString();
    }
    EXPECT_EQ(fieldFromKey(QStringLiteral("sleep_quality_1_5")), DiaryField::Quality); // our own header
    EXPECT_EQ(fieldFromKey(QStringLiteral("notes")), DiaryField::Note);
    EXPECT_FALSE(fieldFromKey(QStringLiteral("mood")));
}

TEST(ColumnChoice, mapOption_givesTheNamedColumnItsField_andTakesItFromTheColumnThatHadIt)
{
    const QStringList header {QStringLiteral("Datum"), QStringLiteral("Schlafqualität"), QStringLiteral("Sleep")};
    ColumnMapping mapping;
    mapping.fields = {DiaryField::Date, DiaryField::Ignore, DiaryField::Quality};
    ASSERT_TRUE(applyColumnChoice(mapping, header, QStringLiteral("Schlafqualität=sleep_quality")));
    EXPECT_EQ(mapping.fields, (QList<DiaryField> {DiaryField::Date, DiaryField::Quality, DiaryField::Ignore}));
    // Case and surrounding spaces of the column's name do not matter.
    ASSERT_TRUE(applyColumnChoice(mapping, header, QStringLiteral(" sleep =ignore")));
    EXPECT_EQ(mapping.fields.at(2), DiaryField::Ignore);
}

TEST(ColumnChoice, mapOption_withCups_countsCaffeineInCups_andSaysTheFigure)
{
    const QStringList header {QStringLiteral("Date"), QStringLiteral("Coffee (cups)")};
    ColumnMapping mapping;
    mapping.fields = {DiaryField::Date, DiaryField::Ignore};
    ASSERT_TRUE(applyColumnChoice(mapping, header, QStringLiteral("Coffee (cups)=caffeine:cups")));
    EXPECT_EQ(mapping.fields.at(1), DiaryField::CaffeineMg);
    EXPECT_EQ(mapping.unitOf(1), CountUnit::CupsOfCoffee);
    // The app's preset for a cup of brewed coffee, 240 ml (USDA FoodData; model/drinks.cpp).
    EXPECT_EQ(countUnitFactor(CountUnit::CupsOfCoffee), 95);
    EXPECT_EQ(conversionSentences(mapping, header),
        QStringList {
            QStringLiteral("\"Coffee (cups)\": each cup counted as 95 mg of caffeine (brewed coffee, 240 ml).")});
}

TEST(ColumnChoice, mapOption_thatCannotBeUsed_saysWhatIsWrong_andChangesNothing)
{
    const QStringList header {QStringLiteral("Date"), QStringLiteral("Coffee (cups)")};
    ColumnMapping mapping;
    mapping.fields = {DiaryField::Date, DiaryField::Ignore};
    const ColumnMapping before = mapping;

    const auto noColumn = applyColumnChoice(mapping, header, QStringLiteral("Kaffee=caffeine"));
    ASSERT_FALSE(noColumn);
    EXPECT_TRUE(noColumn.error().message.contains(u"no column \"Kaffee\"")) << noColumn.error().message.toStdString();
    EXPECT_TRUE(noColumn.error().message.contains(u"\"Coffee (cups)\""));

    const auto noField = applyColumnChoice(mapping, header, QStringLiteral("Coffee (cups)=coffee"));
    ASSERT_FALSE(noField);
    EXPECT_TRUE(noField.error().message.contains(u"\"coffee\" is not a diary field"));
    EXPECT_TRUE(noField.error().message.contains(u"caffeine"));

    const auto badUnit = applyColumnChoice(mapping, header, QStringLiteral("Coffee (cups)=severity:cups"));
    ASSERT_FALSE(badUnit);
    EXPECT_TRUE(badUnit.error().message.contains(u"cannot be counted in \"cups\""));

    EXPECT_FALSE(applyColumnChoice(mapping, header, QStringLiteral("caffeine")));
    EXPECT_EQ(mapping.fields, before.fields);
    EXPECT_EQ(mapping.unitOf(1), CountUnit::Own);
}

TEST(ColumnChoice, unmappedColumns_nameEveryColumnWithValuesLeftOut_butNotOurComputedOnes)
{
    const CsvTable own = table(csvHeader(CsvKind::Nightly).join(u',').toUtf8() + "\r\n" + QByteArray("2026-11-20")
        + QByteArray(csvHeader(CsvKind::Nightly).size() - 1, ',') + "\r\n");
    EXPECT_EQ(unmappedColumns(guessMapping(own.header), own), QStringList {});

    const CsvTable person = table("Date,RLS score,Mood,Empty,\r\n"
                                  "2026-11-20,4,calm,,x\r\n");
    EXPECT_EQ(unmappedColumns(guessMapping(person.header), person),
        (QStringList {QStringLiteral("Mood"), QStringLiteral("column 5")}));
}

TEST(ColumnChoice, aColumnLeftOut_stopsTheImport_untilThePersonAgrees)
{
    test::TempDiary diary;
    const test::DiarySnapshot before = test::snapshot(diary.store());
    const auto plan = test::planBytes(diary.store(), moodFile);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->notImported, QStringList {QStringLiteral("Mood")});
    EXPECT_FALSE(plan->canApply({}));
    EXPECT_EQ(plan->needsConsent({}), QStringList {QStringLiteral("The column \"Mood\" would not be imported.")});

    const auto refused = test::importBytes(diary.store(), moodFile);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(u"\"Mood\" would not be imported"))
        << refused.error().message.toStdString();
    test::expectSameDiary(before, test::snapshot(diary.store()));

    ImportOptions agreed;
    agreed.ignoredColumns = {QStringLiteral("mood")};
    const auto imported = test::importBytes(diary.store(), moodFile, agreed);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 2);
    EXPECT_EQ(nightOf(diary.store(), QDate(2026, 11, 21)).symptoms.severity, 6);
}

TEST(ColumnChoice, aFileOfOnlyDates_isRefused_ratherThanAddingEmptyNights)
{
    test::TempDiary diary;
    const CsvTable file = table("Datum,Stimmung\r\n2026-11-20,gut\r\n");
    ColumnMapping mapping = guessMapping(file.header);
    ImportOptions agreed;
    agreed.ignoredColumns = {QStringLiteral("Stimmung")};
    const auto plan = planImport(diary.store(), file, mapping, agreed);
    ASSERT_FALSE(plan);
    EXPECT_TRUE(plan.error().message.contains(u"Only the dates would be imported"))
        << plan.error().message.toStdString();
}

TEST(ColumnChoice, cupsOfCoffee_importAsCaffeineMg_byTheDrinkPreset)
{
    test::TempDiary diary;
    const CsvTable file = table("Date,Coffee (cups)\r\n"
                                "2026-11-20,2\r\n"
                                "2026-11-21,0.5\r\n");
    ColumnMapping mapping = guessMapping(file.header);
    ASSERT_TRUE(applyColumnChoice(mapping, file.header, QStringLiteral("Coffee (cups)=caffeine:cups")));
    const auto plan = planImport(diary.store(), file, mapping, {});
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_EQ(plan->notImported, QStringList {});
    EXPECT_EQ(plan->conversions.size(), 1);
    ASSERT_TRUE(applyImport(diary.store(), plan.value(), {}));
    // 2 cups x 95 mg and 0.5 cups x 95 mg, the preset for brewed coffee, 240 ml.
    EXPECT_DOUBLE_EQ(caffeineOf(nightOf(diary.store(), QDate(2026, 11, 20))), 190.0);
    EXPECT_DOUBLE_EQ(caffeineOf(nightOf(diary.store(), QDate(2026, 11, 21))), 47.5);
}

TEST(ColumnChoice, oddDates_areFlagged_andWaitForThePersonsWord)
{
    EXPECT_TRUE(isOddDate(QDate(1899, 12, 31), QDate(2026, 12, 5)));
    EXPECT_FALSE(isOddDate(QDate(1900, 1, 1), QDate(2026, 12, 5)));
    EXPECT_FALSE(isOddDate(QDate(2026, 12, 6), QDate(2026, 12, 5))); // tonight's entry made after midnight
    EXPECT_TRUE(isOddDate(QDate(2026, 12, 7), QDate(2026, 12, 5)));

    test::TempDiary diary;
    const test::DiarySnapshot before = test::snapshot(diary.store());
    const QByteArray file = "date,symptom_severity_0_10\r\n"
                            "1800-05-01,3\r\n"
                            "2026-11-20,4\r\n"
                            "9999-12-31,5\r\n";
    ImportOptions options;
    options.today = QDate(2026, 12, 5);
    const auto plan = test::planBytes(diary.store(), file, options);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->oddDates(), (QList<QDate> {QDate(1800, 5, 1), QDate(9999, 12, 31)}));
    EXPECT_EQ(plan->needsConsent(options),
        QStringList {QStringLiteral(
            "2 nights are dated before 1900 or after tomorrow (1800-05-01, 9999-12-31); check the dates.")});
    EXPECT_FALSE(test::importBytes(diary.store(), file, options));
    test::expectSameDiary(before, test::snapshot(diary.store()));

    options.allowOddDates = true;
    const auto imported = test::importBytes(diary.store(), file, options);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 3);
}
