// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparison.h"
#include "analysis/studentt.h"

#include "support/fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;

namespace {

const QDate Start(2026, 1, 1);

QList<NightValue> nights(int firstDay, const QList<double> &values)
{
    QList<NightValue> out;
    for (qsizetype i = 0; i < values.size(); ++i)
        out.append({Start.addDays(firstDay + i), values[i]});
    return out;
}

// "2026-01-01:5.0;2026-01-02:6.0", as tests/fixtures/comparison_stats.py writes a group.
QList<NightValue> decode(const QString &cell)
{
    QList<NightValue> out;
    for (const QString &night : cell.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = night.split(u':');
        out.append({QDate::fromString(parts[0], Qt::ISODate), parts[1].toDouble()});
    }
    return out;
}

// Absolute below 1, relative above: sleep minutes carry more digits before the point.
double tolerance(double expected)
{
    return 1e-9 * std::max(1.0, std::abs(expected));
}

// Every figure a comparison gives is a finite number: no NaN or infinity reaches a page.
void expectFinite(const Comparison &c)
{
    for (const std::optional<double> &f : {c.meanWith, c.meanWithout, c.difference, c.ci95Low, c.ci95High, c.hedgesG,
             c.lag1Autocorrelation, c.ci95AdjustedLow, c.ci95AdjustedHigh, c.pAdjusted, c.holmP}) {
        if (f) {
            EXPECT_TRUE(std::isfinite(*f));
        }
    }
}

bool hasNoEstimates(const Comparison &c)
{
    return !c.meanWith && !c.meanWithout && !c.difference && !c.ci95Low && !c.ci95High && !c.hedgesG
        && !c.lag1Autocorrelation && !c.ci95AdjustedLow && !c.ci95AdjustedHigh && !c.pAdjusted && !c.holmP;
}

} // namespace

// The expected figures come from tests/fixtures/comparison_stats.py, which computes them from the
// same nights with numpy and scipy (scipy.stats.t.ppf and t.sf for Student's t) and Holm's
// adjustment in a few lines of numpy, all cases of the file as one family.
TEST(ComparisonFixture, everyFigureMatchesScipy)
{
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("comparison_stats.csv"));
    QList<Comparison> results;
    QList<QStringList> cases;
    double maxDeviation = 0;
    auto expectClose = [&](const std::optional<double> &actual, const QString &expected, const char *what) {
        SCOPED_TRACE(what);
        ASSERT_TRUE(actual.has_value());
        const double e = expected.toDouble();
        EXPECT_NEAR(*actual, e, tolerance(e));
        maxDeviation = std::max(maxDeviation, std::abs(*actual - e) / std::max(1.0, std::abs(e)));
    };
    for (const QStringList &r : rows) {
        if (r[0] != u"case")
            continue;
        SCOPED_TRACE(r[1].toStdString());
        ASSERT_EQ(r.size(), 17);
        const Comparison c = compareGroups(decode(r[2]), decode(r[3]));
        EXPECT_EQ(c.nWith, r[4].toInt());
        EXPECT_EQ(c.nWithout, r[5].toInt());
        expectClose(c.meanWith, r[6], "mean with");
        expectClose(c.meanWithout, r[7], "mean without");
        expectClose(c.difference, r[8], "difference");
        expectClose(c.ci95Low, r[9], "ci low");
        expectClose(c.ci95High, r[10], "ci high");
        expectClose(c.hedgesG, r[11], "hedges g");
        expectClose(c.lag1Autocorrelation, r[12], "rho");
        expectClose(c.ci95AdjustedLow, r[13], "adjusted ci low");
        expectClose(c.ci95AdjustedHigh, r[14], "adjusted ci high");
        expectClose(c.pAdjusted, r[15], "p adjusted");
        EXPECT_TRUE(c.note.isEmpty());
        results.append(c);
        cases.append(r);
    }
    ASSERT_GE(results.size(), 10);
    holmAdjust(results);
    for (qsizetype i = 0; i < results.size(); ++i) {
        SCOPED_TRACE(cases[i][1].toStdString());
        expectClose(results[i].holmP, cases[i][16], "holm p");
        expectFinite(results[i]);
    }
    RecordProperty("maxDeviation", QString::number(maxDeviation, 'g', 3).toStdString());
}

TEST(ComparisonStudentT, quantileAndCdfMatchScipy)
{
    int checked = 0;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("comparison_stats.csv"))) {
        if (r[0] != u"t")
            continue;
        SCOPED_TRACE(r.join(u',').toStdString());
        const double df = r[2].toDouble();
        const double quantile = r[4].toDouble();
        EXPECT_NEAR(studentTQuantile(r[3].toDouble(), df), quantile, tolerance(quantile));
        EXPECT_NEAR(studentTCdf(r[5].toDouble(), df), r[6].toDouble(), 1e-12);
        ++checked;
    }
    EXPECT_EQ(checked, 15); // df 1, 2.5, 7.3, 10 and 1000, three probabilities each
}

TEST(ComparisonStudentT, incompleteBetaMatchesScipy)
{
    int checked = 0;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("comparison_stats.csv"))) {
        if (r[0] != u"beta")
            continue;
        SCOPED_TRACE(r.join(u',').toStdString());
        const double expected = r[5].toDouble();
        const double actual = regularizedIncompleteBeta(r[2].toDouble(), r[3].toDouble(), r[4].toDouble());
        // The continued fraction converges to 1e-16; what is left is the front factor's
        // exp(lgamma(a) + ...): at a = 500 each lgamma (about 2600) is good to an ulp, ~5e-13.
        EXPECT_NEAR(actual, expected, 1e-11 * expected);
        ++checked;
    }
    EXPECT_EQ(checked, 5);
}

TEST(ComparisonStudentT, outsideTheDomain_isNotANumber)
{
    EXPECT_TRUE(std::isnan(studentTQuantile(0.0, 5)));
    EXPECT_TRUE(std::isnan(studentTQuantile(1.0, 5)));
    EXPECT_TRUE(std::isnan(studentTQuantile(0.5, 0)));
    EXPECT_TRUE(std::isnan(regularizedIncompleteBeta(1.5, 1, 1)));
    EXPECT_EQ(studentTQuantile(0.5, 3), 0.0);
    EXPECT_EQ(studentTTwoSidedP(0, 3), 1.0);
    EXPECT_NEAR(studentTCdf(studentTQuantile(0.3, 4.2), 4.2), 0.3, 1e-14);
}

TEST(ComparisonEdges, tooFewNights_giveCountsAndSayWhichGroup)
{
    const QList<NightValue> seven = nights(0, {1, 2, 3, 4, 5, 6, 7});
    const Comparison fewWith = compareGroups(nights(20, {1, 2}), seven);
    EXPECT_EQ(fewWith.nWith, 2);
    EXPECT_EQ(fewWith.nWithout, 7);
    EXPECT_TRUE(hasNoEstimates(fewWith));
    EXPECT_EQ(fewWith.note, u"Not enough nights yet: 5 more nights with it are needed.");

    const Comparison fewWithout = compareGroups(seven, nights(20, {1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(fewWithout.note, u"Not enough nights yet: 1 more night without it is needed.");

    const Comparison both = compareGroups(nights(20, {1, 2, 3}), nights(30, {4}));
    EXPECT_TRUE(hasNoEstimates(both));
    EXPECT_EQ(both.note, u"Not enough nights yet: 4 more nights with it and 6 more nights without it are needed.");
}

TEST(ComparisonEdges, anEmptyGroup_givesNoEstimates)
{
    const Comparison c = compareGroups({}, nights(0, {3, 4, 5, 6, 7, 8, 9, 10}));
    EXPECT_EQ(c.nWith, 0);
    EXPECT_EQ(c.nWithout, 8);
    EXPECT_TRUE(hasNoEstimates(c));
    EXPECT_EQ(c.note, u"Not enough nights yet: 7 more nights with it are needed.");
    EXPECT_TRUE(hasNoEstimates(compareGroups({}, {})));
}

TEST(ComparisonEdges, nightsWithoutAValue_areNotCounted)
{
    QList<NightValue> with = nights(0, {1, 2, 3, 4, 5, 6, 7});
    with.append({Start.addDays(7), std::nan("")});
    with.append({Start.addDays(8), INFINITY});
    const Comparison c = compareGroups(with, nights(10, {2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(c.nWith, 7);
    EXPECT_DOUBLE_EQ(*c.meanWith, 4.0);
    expectFinite(c);
}

TEST(ComparisonEdges, aMinimumBelowTwo_stillNeedsTwoNightsForASpread)
{
    const Comparison c = compareGroups(nights(0, {1}), nights(5, {2, 3}), 0);
    EXPECT_TRUE(hasNoEstimates(c));
    EXPECT_EQ(c.note, u"Not enough nights yet: 1 more night with it is needed.");
}

TEST(ComparisonEdges, allValuesEqual_giveMeansButNoIntervalGOrP)
{
    const Comparison c = compareGroups(nights(0, {4, 4, 4, 4, 4, 4, 4}), nights(10, {4, 4, 4, 4, 4, 4, 4}));
    EXPECT_EQ(c.difference, 0.0);
    EXPECT_FALSE(c.ci95Low || c.ci95High || c.hedgesG || c.lag1Autocorrelation || c.ci95AdjustedLow || c.pAdjusted);
    EXPECT_EQ(c.note, u"All nights have the same value; nothing to compare.");
    expectFinite(c);
}

TEST(ComparisonEdges, twoFlatGroupsApart_sayThereIsNoSpread)
{
    const Comparison c = compareGroups(nights(0, {3, 3, 3, 3, 3, 3, 3}), nights(10, {5, 5, 5, 5, 5, 5, 5}));
    EXPECT_EQ(c.difference, -2.0);
    EXPECT_FALSE(c.ci95Low || c.hedgesG || c.pAdjusted);
    EXPECT_TRUE(c.note.contains(u"no spread"));
}

// with: -1, +1 on days 0, 1; without: -1, +1 on days 3, 4 (residuals). Days 1 and 3 are two days
// apart, so only two pairs count: rho = (-1 - 1) / 4 = -0.5, not the -0.75 of all neighbours.
TEST(ComparisonEdges, gapsBreakPairs_andNegativeRhoLeavesTheIntervalAlone)
{
    const QList<NightValue> with = {{Start, 1}, {Start.addDays(1), 3}};
    const QList<NightValue> without = {{Start.addDays(3), 4}, {Start.addDays(4), 6}};
    const Comparison c = compareGroups(with, without, 2);
    ASSERT_TRUE(c.lag1Autocorrelation);
    EXPECT_DOUBLE_EQ(*c.lag1Autocorrelation, -0.5);
    EXPECT_EQ(c.ci95AdjustedLow, c.ci95Low);
    EXPECT_EQ(c.ci95AdjustedHigh, c.ci95High);
    // t = -3 / sqrt(2/2 + 2/2) on df 2: p = 2 * (1 - F(2.1213...)) worked by hand from the t(2)
    // CDF 1/2 + t / (2 sqrt(2 + t^2)).
    const double t = -3 / std::sqrt(2.0);
    EXPECT_NEAR(*c.pAdjusted, 1 + t / std::sqrt(2 + t * t), 1e-14);
}

// Residuals -1, -1, +1, +1 in each group, each group a single run of consecutive nights and the
// runs a week apart: pairs give 1 - 1 + 1 per group, squares 8, so rho = 0.25 and the interval
// widens by sqrt(1.25 / 0.75).
TEST(ComparisonEdges, positiveRho_widensTheIntervalByTheAr1Factor)
{
    const Comparison c = compareGroups(nights(0, {1, 1, 3, 3}), nights(10, {0, 0, 2, 2}), 4);
    ASSERT_TRUE(c.lag1Autocorrelation && c.ci95Low && c.ci95AdjustedLow);
    EXPECT_DOUBLE_EQ(*c.lag1Autocorrelation, 0.25);
    const double plain = *c.ci95High - *c.ci95Low;
    const double adjusted = *c.ci95AdjustedHigh - *c.ci95AdjustedLow;
    EXPECT_NEAR(adjusted / plain, std::sqrt(1.25 / 0.75), 1e-14);
    EXPECT_DOUBLE_EQ(*c.difference, 1.0);
    EXPECT_NEAR((*c.ci95AdjustedLow + *c.ci95AdjustedHigh) / 2, 1.0, 1e-14);
}

// A slow drift (one sine period over 90 nights) makes neighbours nearly equal: rho is about
// cos(2 pi / 90), past the cap, so the plain Welch figures stay and the adjusted ones go.
TEST(ComparisonEdges, rhoNearOne_leavesTheAdjustedIntervalOut)
{
    QList<double> drift;
    for (int i = 0; i < 90; ++i)
        drift.append(5 + 2 * std::sin(2 * M_PI * i / 90));
    QList<double> shifted = drift;
    for (double &v : shifted)
        v += 1;
    const Comparison c = compareGroups(nights(0, drift), nights(100, shifted));
    ASSERT_TRUE(c.lag1Autocorrelation);
    EXPECT_GE(*c.lag1Autocorrelation, 0.99);
    EXPECT_LT(*c.lag1Autocorrelation, 1.0);
    EXPECT_TRUE(c.ci95Low && c.ci95High && c.hedgesG);
    EXPECT_FALSE(c.ci95AdjustedLow || c.ci95AdjustedHigh || c.pAdjusted);
    EXPECT_FALSE(c.note.isEmpty());
    expectFinite(c);
}

TEST(ComparisonHolm, adjustsOnlyThoseWithAP_andKeepsTheirOrder)
{
    QList<Comparison> list(5);
    list[0].pAdjusted = 0.04;
    list[1].pAdjusted = 0.01;
    list[3].pAdjusted = 0.03;
    list[4].pAdjusted = 0.5;
    list[2].holmP = 0.2; // a stale value from an earlier run goes away
    holmAdjust(list);
    // m = 4: 0.01 * 4 = 0.04; 0.03 * 3 = 0.09; 0.04 * 2 = 0.08 -> running max 0.09; 0.5 * 1 = 0.5.
    EXPECT_DOUBLE_EQ(*list[1].holmP, 0.04);
    EXPECT_DOUBLE_EQ(*list[3].holmP, 0.09);
    EXPECT_DOUBLE_EQ(*list[0].holmP, 0.09);
    EXPECT_DOUBLE_EQ(*list[4].holmP, 0.5);
    EXPECT_FALSE(list[2].holmP);

    QList<Comparison> large(2);
    large[0].pAdjusted = 0.7;
    large[1].pAdjusted = 0.9;
    holmAdjust(large);
    EXPECT_EQ(*large[0].holmP, 1.0); // capped
    EXPECT_EQ(*large[1].holmP, 1.0);
}
