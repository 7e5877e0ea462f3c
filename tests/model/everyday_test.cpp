// SPDX-License-Identifier: GPL-3.0-or-later
// Small rules of daily logging: which night "tonight" is, drinks, the regimen, unsaved entries.
#include "model/drinks.h"
#include "model/irls.h"
#include "model/nightdate.h"
#include "model/regimen.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

TEST(Tonight, afterMidnightBeforeTheSplit_isTheNightThatBeganYesterday)
{
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 11, 24), QTime(1, 30))), QDate(2026, 11, 23));
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 11, 24), QTime(11, 59))), QDate(2026, 11, 23));
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 11, 24), QTime(12, 0))), QDate(2026, 11, 24));
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 11, 24), QTime(21, 0))), QDate(2026, 11, 24));
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 1, 1), QTime(3, 0)), 4), QDate(2025, 12, 31));
    EXPECT_EQ(tonight(QDateTime(QDate(2026, 1, 1), QTime(5, 0)), 4), QDate(2026, 1, 1));
}

TEST(Drinks, standardDrinks_followTheNationalSize)
{
    // 355 ml of 5% beer holds 14.0 g of alcohol: one US drink, 1.8 UK units.
    EXPECT_DOUBLE_EQ(standardDrinks(355, 5, StandardDrink::US), 1.0);
    EXPECT_DOUBLE_EQ(standardDrinks(355, 5, StandardDrink::UK), 1.8);
    EXPECT_DOUBLE_EQ(standardDrinks(355, 5, StandardDrink::Other), 1.4);
    EXPECT_DOUBLE_EQ(standardDrinks(148, 12, StandardDrink::US), 1.0);
    EXPECT_DOUBLE_EQ(standardDrinks(44, 40, StandardDrink::US), 1.0);
}

TEST(Drinks, caffeinePresets_areTheUsdaFigures)
{
    const auto drinks = caffeineDrinks();
    ASSERT_GE(drinks.size(), 4);
    EXPECT_EQ(drinks.at(0).caffeineMg, 95);
    EXPECT_EQ(drinks.at(1).caffeineMg, 63);
    EXPECT_EQ(drinks.at(2).caffeineMg, 47);
    EXPECT_TRUE(std::any_of(drinks.cbegin(), drinks.cend(),
        [](const CaffeineDrink &d) { return d.name == u"Cola (355 ml can)" && d.caffeineMg == 34; }));
}

TEST(Drinks, oneStandardDrink_isSingular)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(standardDrinksText(1, c), QStringLiteral("1 standard drink"));
    EXPECT_EQ(standardDrinksText(1.5, c), QStringLiteral("1.5 standard drinks"));
    EXPECT_EQ(standardDrinksText(0.6, c), QStringLiteral("0.6 standard drinks"));
    EXPECT_EQ(standardDrinksText(2, c), QStringLiteral("2 standard drinks"));
    EXPECT_EQ(standardDrinksText(1.5, QLocale(QLocale::German)), QStringLiteral("1,5 standard drinks"));
}

TEST(Irls, totalsFallIntoTheirBands)
{
    EXPECT_EQ(irlsBand(0), IrlsBand::None);
    EXPECT_EQ(irlsBand(1), IrlsBand::Mild);
    EXPECT_EQ(irlsBand(10), IrlsBand::Mild);
    EXPECT_EQ(irlsBand(11), IrlsBand::Moderate);
    EXPECT_EQ(irlsBand(20), IrlsBand::Moderate);
    EXPECT_EQ(irlsBand(21), IrlsBand::Severe);
    EXPECT_EQ(irlsBand(30), IrlsBand::Severe);
    EXPECT_EQ(irlsBand(31), IrlsBand::VerySevere);
    EXPECT_EQ(irlsBand(40), IrlsBand::VerySevere);
    EXPECT_EQ(irlsBand(41), IrlsBand::OutOfRange);
    EXPECT_EQ(irlsBand(-1), IrlsBand::OutOfRange);
    EXPECT_EQ(irlsBandLabel(irlsBand(22)), QStringLiteral("severe"));
    EXPECT_TRUE(irlsBandLabel(IrlsBand::OutOfRange).isEmpty());
}

TEST(Regimen, textRoundTrip_keepsEveryDose)
{
    const Regimen regimen {
        {QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)},
        {QStringLiteral("Iron"), 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)},
        {QStringLiteral("Vitamin D"), 0.025, QStringLiteral("mg"), {}, std::nullopt},
        {QStringLiteral("Magnesium"), 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0), 300.0}};
    EXPECT_EQ(regimenFromText(regimenToText(regimen)), regimen);
    // A regimen saved before label weights were kept still reads.
    EXPECT_EQ(regimenFromText(QStringLiteral("Iron|25|mg|ferrous bisglycinate|08:00")).size(), 1);
}

TEST(Regimen, unreadableLines_areSkipped)
{
    const Regimen r = regimenFromText(QStringLiteral("Magnesium|abc|mg||\nbroken line\nIron|25|mg||25:99\n"));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r.first().substance, QStringLiteral("Iron"));
    EXPECT_FALSE(r.first().time.has_value());
}

TEST(SameEntry, ignoresStampsAndTagOrder_seesEveryField)
{
    Night a = test::fullNight(QDate(2026, 11, 23));
    Night b = a;
    b.createdAt = QDateTime::currentDateTimeUtc();
    std::reverse(b.tags.begin(), b.tags.end());
    EXPECT_TRUE(sameEntry(a, b));
    b.note += QStringLiteral(" ");
    EXPECT_FALSE(sameEntry(a, b));
    b = a;
    b.intakes[0].time = QTime(21, 5);
    EXPECT_FALSE(sameEntry(a, b));
    b = a;
    b.sleep.awakenings = 4;
    EXPECT_FALSE(sameEntry(a, b));
}
