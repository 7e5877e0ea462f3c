// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/dose.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

QList<Substance> catalog()
{
    using K = SubstanceKind;
    return {
        {1, substances::Magnesium, K::Magnesium, defaultFlags(K::Magnesium), QStringLiteral("mg"), {}},
        {2, substances::Iron, K::Iron, {}, QStringLiteral("mg"), {}},
        {3, substances::Caffeine, K::Caffeine, {}, QStringLiteral("mg"), {}},
        {4, substances::Alcohol, K::Alcohol, {}, QStringLiteral("standard drinks"), {}},
        {5, QStringLiteral("Magnesium citrate powder"), K::Magnesium, defaultFlags(K::Magnesium), QStringLiteral("mg"),
            {}},
        {6, QStringLiteral("Milk of magnesia"), K::Medication, SubstanceFlag::CountsTowardsMagnesiumLimit,
            QStringLiteral("mg"), {}},
        {7, QStringLiteral("Pramipexole"), K::Medication, SubstanceFlag::Dopaminergic, QStringLiteral("mg"), {}},
    };
}

Intake dose(const QString &substance, double amount, const QString &unit)
{
    return {substance, amount, unit, {}, std::nullopt, std::nullopt};
}

} // namespace

TEST(Dose, massUnits_becomeMilligrams)
{
    EXPECT_EQ(toMilligrams(250, QStringLiteral("mg")), 250.0);
    EXPECT_EQ(toMilligrams(0.5, QStringLiteral(" G ")), 500.0);
    EXPECT_DOUBLE_EQ(*toMilligrams(400, QStringLiteral("mcg")), 0.4);
    EXPECT_DOUBLE_EQ(*toMilligrams(400, QStringLiteral("µg")), 0.4);
    EXPECT_DOUBLE_EQ(*toMilligrams(400, QStringLiteral("ug")), 0.4);
    EXPECT_FALSE(toMilligrams(2, QStringLiteral("tablets")));
    EXPECT_FALSE(toMilligrams(1, QStringLiteral("standard drinks")));
}

TEST(Dose, dayTotals_countEveryMagnesiumProductInAnyMassUnit)
{
    const QList<Intake> day = {dose(substances::Magnesium, 0.2, QStringLiteral("g")),
        dose(QStringLiteral("magnesium citrate powder"), 100, QStringLiteral("mg")),
        dose(substances::Magnesium, 50000, QStringLiteral("mcg")),
        dose(substances::Magnesium, 2, QStringLiteral("tablets"))};
    const DayTotals t = dayTotals(day, catalog());
    EXPECT_DOUBLE_EQ(t.magnesiumMg, 350.0);
    EXPECT_DOUBLE_EQ(t.magnesiumTowardsLimitMg, 350.0);
    EXPECT_EQ(t.unconverted, 1); // "2 tablets" cannot be added, and is counted as such
}

TEST(Dose, limitTotal_followsTheFlagNotTheKind)
{
    const QList<Intake> day = {dose(substances::Magnesium, 200, QStringLiteral("mg")),
        dose(QStringLiteral("Milk of magnesia"), 100, QStringLiteral("mg"))};
    const DayTotals t = dayTotals(day, catalog());
    EXPECT_DOUBLE_EQ(t.magnesiumMg, 200.0); // only magnesium supplements are charted as magnesium
    EXPECT_DOUBLE_EQ(t.magnesiumTowardsLimitMg, 300.0);
}

TEST(Dose, ironCaffeineAndAlcohol_haveTheirOwnTotals)
{
    const QList<Intake> day = {dose(substances::Iron, 65, QStringLiteral("mg")),
        dose(substances::Caffeine, 95, QStringLiteral("mg")), dose(substances::Caffeine, 0.063, QStringLiteral("g")),
        dose(substances::Alcohol, 1.5, QStringLiteral("standard drinks")),
        dose(substances::Alcohol, 1, QStringLiteral("standard drink")),
        dose(QStringLiteral("Pramipexole"), 0.25, QStringLiteral("mg")),
        dose(QStringLiteral("Not in the catalog"), 5, QStringLiteral("mg"))};
    const DayTotals t = dayTotals(day, catalog());
    EXPECT_DOUBLE_EQ(t.ironMg, 65.0);
    EXPECT_DOUBLE_EQ(t.caffeineMg, 158.0);
    EXPECT_DOUBLE_EQ(t.alcoholDrinks, 2.5);
    EXPECT_DOUBLE_EQ(t.magnesiumMg, 0.0);
    EXPECT_EQ(t.unconverted, 0);
}

TEST(Dose, substancesAreFoundByOneCaseInsensitiveLookup)
{
    const QList<Substance> c = catalog();
    ASSERT_NE(findSubstance(c, QStringLiteral("  PRAMIPEXOLE ")), nullptr);
    EXPECT_EQ(findSubstance(c, QStringLiteral("pramipexole"))->id, 7);
    EXPECT_EQ(findSubstance(c, QStringLiteral("Pramipexol")), nullptr);
    EXPECT_EQ(kindOf(dose(QStringLiteral("iron"), 1, QStringLiteral("mg")), c), SubstanceKind::Iron);
    EXPECT_TRUE(
        flagsOf(dose(QStringLiteral("Pramipexole"), 1, QStringLiteral("mg")), c).testFlag(SubstanceFlag::Dopaminergic));
}

TEST(Dose, newSubstances_getTheKindTheirNameSuggests)
{
    EXPECT_EQ(newSubstanceNamed(QStringLiteral("Magnesium citrate powder"), QStringLiteral("mg")).kind,
        SubstanceKind::Magnesium);
    EXPECT_TRUE(newSubstanceNamed(QStringLiteral("Magnesium citrate powder"), QStringLiteral("mg"))
                    .flags.testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit));
    EXPECT_EQ(newSubstanceNamed(QStringLiteral("Ferrous fumarate"), QStringLiteral("mg")).kind, SubstanceKind::Iron);
    const Substance levodopa = newSubstanceNamed(QStringLiteral("Levodopa/benserazide"), QStringLiteral("mg"));
    EXPECT_EQ(levodopa.kind, SubstanceKind::Medication);
    EXPECT_TRUE(levodopa.flags.testFlag(SubstanceFlag::Dopaminergic));
    EXPECT_TRUE(newSubstanceNamed(QStringLiteral("Calcium carbonate"), QStringLiteral("mg"))
                    .flags.testFlag(SubstanceFlag::IronAbsorptionInhibitor));
    EXPECT_EQ(newSubstanceNamed(QStringLiteral("Melatonin"), QStringLiteral("mg")).kind, SubstanceKind::Other);
}
