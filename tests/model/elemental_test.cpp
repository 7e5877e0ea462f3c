// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/elemental.h"

#include "support/fixtures.h"

#include <gtest/gtest.h>

using namespace rls;

// Expected formula weights and elemental shares come from tests/fixtures/elemental_fractions.py,
// which computes them with python3-periodictable: another parser and another atomic-weight table.
// The tables differ in the last digits of a few weights (S, Cl), hence the tolerances.
TEST(Elemental, everyFormMatchesIndependentFormulaWeights)
{
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("elemental_fractions.csv"));
    ASSERT_EQ(rows.size(), compoundForms().size());
    for (const QStringList &r : rows) {
        SCOPED_TRACE(r.join(u',').toStdString());
        const SubstanceKind kind = r[1] == u"Fe" ? SubstanceKind::Iron : SubstanceKind::Magnesium;
        const CompoundForm *form = findCompoundForm(kind, r[0]);
        ASSERT_NE(form, nullptr);
        EXPECT_NEAR(formulaWeight(form->formula).value_or(0), r[2].toDouble(), r[2].toDouble() * 1e-4);
        EXPECT_NEAR(elementalFraction(*form), r[3].toDouble(), 1e-4);
    }
}

TEST(Elemental, labelAmounts_becomeWhatTheBodyGets)
{
    const CompoundForm *citrate = findCompoundForm(SubstanceKind::Magnesium, QStringLiteral("citrate"));
    const CompoundForm *glycinate = findCompoundForm(SubstanceKind::Magnesium, QStringLiteral("Bisglycinate"));
    const CompoundForm *sulfate = findCompoundForm(SubstanceKind::Iron, QStringLiteral("ferrous sulfate"));
    ASSERT_TRUE(citrate && glycinate && sulfate);
    EXPECT_DOUBLE_EQ(elementalMg(500, *citrate), 80.8); // "magnesium citrate 500 mg" is about 81 mg
    EXPECT_DOUBLE_EQ(elementalMg(300, *glycinate), 42.3);
    EXPECT_DOUBLE_EQ(elementalMg(325, *sulfate), 65.3); // the 325 mg tablet with 65 mg of iron
}

TEST(Elemental, unknownFormsAndFormulas_areNotGuessed)
{
    EXPECT_EQ(findCompoundForm(SubstanceKind::Magnesium, QStringLiteral("other")), nullptr);
    EXPECT_EQ(findCompoundForm(SubstanceKind::Iron, QStringLiteral("citrate")), nullptr);
    EXPECT_EQ(findCompoundForm(SubstanceKind::Caffeine, QStringLiteral("citrate")), nullptr);
    EXPECT_FALSE(formulaWeight(QStringLiteral("Mg(OH")));
    EXPECT_FALSE(formulaWeight(QStringLiteral("Zz2O")));
    EXPECT_FALSE(formulaWeight(QString()));
    EXPECT_NEAR(*formulaWeight(QStringLiteral("Mg(OH)2")), 58.319, 1e-3);
}
