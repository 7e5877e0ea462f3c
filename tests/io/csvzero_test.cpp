// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: a 0 in a day-total column is a recorded zero (no alcohol tonight), never "nothing
// recorded". It arrives as a dose of 0, and both files write it back as 0.
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "model/dose.h"
#include "model/validation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Night1(2026, 1, 5);

// The cells of the nightly file's first row, by header.
QHash<QString, QString> firstRow(const QByteArray &csv)
{
    const auto table = readCsv(csv);
    EXPECT_TRUE(table) << table.error().message.toStdString();
    QHash<QString, QString> cells;
    for (qsizetype i = 0; table && i < table->header.size(); ++i)
        cells.insert(table->header.at(i), table->rows.at(0).cells.value(i));
    return cells;
}

} // namespace

TEST(CsvZero, aPersonsSheetWithZeroTotals_importsADoseOfZeroPerGroup)
{
    test::TempDiary diary;
    const QByteArray sheet = "Date,Drinks,Caffeine (mg),Mg (mg),Iron (mg)\r\n"
                             "2026-01-05,0,0,0,0\r\n"
                             "2026-01-06,,,,\r\n";
    const auto plan = test::planBytes(diary.store(), sheet);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_TRUE(plan->problems.isEmpty()) << plan->problems.value(0).reason.toStdString();
    ASSERT_EQ(plan->nights.size(), 2);
    const QList<Intake> zeros = {{substances::Magnesium, 0, QStringLiteral("mg"), {}, {}},
        {substances::Iron, 0, QStringLiteral("mg"), {}, {}}, {substances::Caffeine, 0, QStringLiteral("mg"), {}, {}},
        {substances::Alcohol, 0, QStringLiteral("standard drinks"), {}, {}}};
    EXPECT_EQ(plan->nights.at(0).night.intakes, zeros);
    EXPECT_TRUE(plan->nights.at(1).night.intakes.isEmpty()); // an empty cell is nothing recorded

    ASSERT_TRUE(applyImport(diary.store(), plan.value(), {}));
    const Night stored = diary.store().loadNight(Night1).value().value();
    EXPECT_EQ(stored.intakes, zeros);
    const DayTotals totals = dayTotals(stored.intakes, diary.store().substances().value());
    EXPECT_EQ(totals.alcoholDrinks, 0.0);
    EXPECT_EQ(totals.unconverted, 0);
}

TEST(CsvZero, aRecordedZero_isWrittenAsZero_inBothFiles_andReadsBackTheSame)
{
    test::TempDiary diary;
    Night n;
    n.date = Night1;
    n.intakes = {{substances::Magnesium, 0, QStringLiteral("mg"), QStringLiteral("glycinate"), {}},
        {substances::Caffeine, 0, QStringLiteral("mg"), {}, QTime(15, 0)},
        {substances::Alcohol, 0, QStringLiteral("standard drinks"), {}, {}}}; // in the nightly file's order
    ASSERT_TRUE(validateNight(n).isEmpty()) << validateNight(n).value(0).message.toStdString();
    const auto saved = diary.store().saveNight(n);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();

    const QByteArray nightly = exportCsv(diary.store(), CsvKind::Nightly, Night1, Night1).value();
    const auto cells = firstRow(nightly);
    EXPECT_EQ(cells.value(QStringLiteral("alcohol_standard_drinks")), QStringLiteral("0"));
    EXPECT_EQ(cells.value(QStringLiteral("alcohol_doses")), QStringLiteral("0 standard drinks"));
    EXPECT_EQ(cells.value(QStringLiteral("caffeine_mg")), QStringLiteral("0"));
    EXPECT_EQ(cells.value(QStringLiteral("caffeine_doses")), QStringLiteral("0 mg at 15:00"));
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_elemental_mg")), QStringLiteral("0"));
    EXPECT_EQ(cells.value(QStringLiteral("iron_elemental_mg")), QString()); // nothing recorded
    const QByteArray intakes = exportCsv(diary.store(), CsvKind::Intakes, Night1, Night1).value();
    EXPECT_TRUE(intakes.contains("2026-01-05,,Alcohol,alcohol,,0,standard drinks,\r\n"));

    for (const QByteArray &file : {nightly, intakes}) {
        test::TempDiary other;
        const auto imported = test::importBytes(other.store(), file);
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        EXPECT_EQ(other.store().loadNight(Night1).value().value().intakes, n.intakes);
        EXPECT_EQ(exportCsv(other.store(), CsvKind::Nightly, Night1, Night1).value(), nightly);
    }
}

TEST(CsvZero, aNegativeAmount_isStillRefused)
{
    test::TempDiary diary;
    const auto plan = test::planBytes(diary.store(), "Date,Drinks\r\n2026-01-05,-1\r\n");
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.at(0).column, QStringLiteral("Drinks"));
    EXPECT_TRUE(plan->nights.isEmpty());
}
