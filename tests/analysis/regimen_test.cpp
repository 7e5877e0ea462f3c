// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/regimen.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

Night night(QDate date, double magnesiumMg = 0, const QString &form = QStringLiteral("citrate"))
{
    Night n;
    n.date = date;
    n.symptoms.severity = 5;
    if (magnesiumMg > 0)
        n.intakes.append({QStringLiteral("Magnesium"), magnesiumMg, QStringLiteral("mg"), form, QTime(21, 0)});
    return n;
}

QList<RegimenPeriod> periodsThroughDiary(const QList<Night> &nights)
{
    test::TempDiary diary;
    EXPECT_TRUE(diary.store().saveNights(nights));
    auto loaded = diary.store().loadRange(QDate(2000, 1, 1), QDate(2100, 1, 1));
    EXPECT_TRUE(loaded);
    return findRegimenPeriods(loaded ? loaded.value() : QList<Night> {}, test::seededCatalog());
}

} // namespace

TEST(RegimenPeriods, startAndStop_giveOnePeriodWithFormAndTypicalDose)
{
    const QDate d(2026, 2, 1);
    QList<Night> nights;
    for (int i = 0; i < 5; ++i)
        nights.append(night(d.addDays(i))); // before: nothing taken
    for (int i = 5; i < 15; ++i)
        nights.append(night(d.addDays(i), i == 9 ? 400 : 300, QStringLiteral("glycinate")));
    for (int i = 15; i < 25; ++i)
        nights.append(night(d.addDays(i))); // stopped
    const auto periods = periodsThroughDiary(nights);
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods.at(0).first, d.addDays(5));
    EXPECT_EQ(periods.at(0).last, d.addDays(14));
    EXPECT_EQ(periods.at(0).form, QStringLiteral("glycinate"));
    EXPECT_EQ(periods.at(0).typicalMg, 300);
    EXPECT_EQ(periods.at(0).lowestMg, 300);
    EXPECT_EQ(periods.at(0).highestMg, 400);
    EXPECT_EQ(periods.at(0).nightsTaken, 10);
}

TEST(RegimenPeriods, forgottenDoseOnTwoNights_doesNotEndThePeriod)
{
    const QDate d(2026, 2, 1);
    const auto periods = periodsThroughDiary(
        {night(d, 200), night(d.addDays(1), 200), night(d.addDays(2)), night(d.addDays(3)), night(d.addDays(4), 200)});
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods.at(0).last, d.addDays(4));
    EXPECT_EQ(periods.at(0).nightsTaken, 3);
}

TEST(RegimenPeriods, threeLoggedNightsWithout_endTheRegimen)
{
    const QDate d(2026, 2, 1);
    const auto periods = periodsThroughDiary({night(d, 200), night(d.addDays(1)), night(d.addDays(2)),
        night(d.addDays(3)), night(d.addDays(4), 200), night(d.addDays(5), 200)});
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods.at(0).last, d);
    EXPECT_EQ(periods.at(1).first, d.addDays(4));
}

TEST(RegimenPeriods, aWeekWithoutTheDiary_continuesButAMonthEnds)
{
    const QDate d(2026, 2, 1);
    const auto week = periodsThroughDiary({night(d, 200), night(d.addDays(8), 200)});
    EXPECT_EQ(week.size(), 1);
    const auto month = periodsThroughDiary({night(d, 200), night(d.addDays(31), 200)});
    EXPECT_EQ(month.size(), 2);
}

TEST(RegimenPeriods, switchingForm_startsANewPeriod)
{
    const QDate d(2026, 2, 1);
    const auto periods = periodsThroughDiary(
        {night(d, 300, QStringLiteral("oxide")), night(d.addDays(1), 300, QStringLiteral("Oxide")),
            night(d.addDays(2), 200, QStringLiteral("citrate")), night(d.addDays(3), 200, QString())});
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods.at(0).form, QStringLiteral("oxide"));
    EXPECT_EQ(periods.at(0).last, d.addDays(1));
    EXPECT_EQ(periods.at(1).form, QStringLiteral("citrate"));
    EXPECT_EQ(periods.at(1).last, d.addDays(3)); // a dose without a form stays in the period
    EXPECT_EQ(periods.at(1).typicalMg, 200);
}

TEST(RegimenPeriods, noMagnesium_noPeriods)
{
    const QDate d(2026, 2, 1);
    EXPECT_TRUE(periodsThroughDiary({night(d), night(d.addDays(1))}).isEmpty());
    EXPECT_TRUE(findRegimenPeriods({}, test::seededCatalog()).isEmpty());
}
