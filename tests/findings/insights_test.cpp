// SPDX-License-Identifier: GPL-3.0-or-later
// Which nights each factor compares, and the sentences a person reads. The statistics
// themselves are checked against scipy in tests/analysis/comparison_test.cpp.
#include "findings/insights.h"
#include "findings/insightsjson.h"
#include "support/tempdiary.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Day1(2026, 3, 1);

Intake dose(const QString &substance, double amount, const QString &unit, QTime time)
{
    return {substance, amount, unit, {}, time};
}

// 60 nights: magnesium 200 mg on nights 21-40 only. Severity alternates around 6 off it and
// around 4 on it (7/5 and 5/3), so both groups vary.
QList<Night> magnesiumDiary()
{
    QList<Night> out;
    for (int i = 0; i < 60; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        const bool on = i >= 20 && i < 40;
        n.symptoms.severity = (on ? 4 : 6) + (i % 2 ? 1 : -1);
        if (on)
            n.intakes.append(dose(substances::Magnesium, 200, QStringLiteral("mg"), QTime(21, 0)));
        out.append(n);
    }
    return out;
}

InsightOptions wholeRange(const QList<Night> &nights)
{
    InsightOptions o;
    o.from = nights.first().date;
    o.to = nights.last().date;
    return o;
}

const Insight &insightFor(const QList<Insight> &all, const QString &factor)
{
    for (const Insight &i : all) {
        if (i.factor == factor)
            return i;
    }
    static const Insight none {};
    ADD_FAILURE() << "no insight " << factor.toStdString();
    return none;
}

} // namespace

TEST(Insights, magnesiumPeriods_leaveOutRunInAndWashOutNights)
{
    const QList<Night> nights = magnesiumDiary();
    const QList<Factor> factors = findFactors(nights, test::seededCatalog(), wholeRange(nights));
    const Factor &mg = factors.first();
    ASSERT_EQ(mg.key, QStringLiteral("magnesium"));
    EXPECT_EQ(mg.with.size(), 13); // nights 28-40: the first 7 of 21-40 are the run-in
    EXPECT_EQ(mg.leftOut.size(), 14); // 21-27 and the wash-out 41-47
    EXPECT_TRUE(mg.leftOut.contains(Day1.addDays(20)));
    EXPECT_TRUE(mg.leftOut.contains(Day1.addDays(46)));
    EXPECT_FALSE(mg.leftOut.contains(Day1.addDays(47)));
    EXPECT_TRUE(mg.with.contains(Day1.addDays(27)));

    const QList<Insight> found = computeInsights(nights, test::seededCatalog(), Outcome::Severity, wholeRange(nights));
    const Insight &m = insightFor(found, QStringLiteral("magnesium"));
    EXPECT_EQ(m.comparison.nWith, 13);
    EXPECT_EQ(m.comparison.nWithout, 33); // nights 1-20 and 48-60
    ASSERT_TRUE(m.comparison.difference);
    EXPECT_NEAR(*m.comparison.difference, -2.0, 0.2);
    EXPECT_TRUE(m.sentence.startsWith(QStringLiteral("On nights on magnesium (13 nights, leaving out the first 7")))
        << m.sentence.toStdString();
    EXPECT_TRUE(m.sentence.contains(QStringLiteral("points lower (95 % interval"))) << m.sentence.toStdString();
    EXPECT_TRUE(m.sentence.contains(QStringLiteral("off it (33 nights)"))) << m.sentence.toStdString();
    // The interval in the sentence's own direction: "1.6 to 2.4 lower", never "-2.4 to -1.6".
    const QString low = QLocale().toString(-*m.comparison.ci95AdjustedHigh, 'f', 1);
    const QString high = QLocale().toString(-*m.comparison.ci95AdjustedLow, 'f', 1);
    EXPECT_TRUE(m.sentence.contains(QStringLiteral("interval %1 to %2 lower,").arg(low, high)))
        << m.sentence.toStdString();
}

TEST(Insights, iron_isBeforeAgainstAfter_leavingOutTheFirstSixWeeks)
{
    QList<Night> nights;
    for (int i = 0; i < 100; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        n.symptoms.severity = 5;
        if (i >= 10)
            n.intakes.append(dose(substances::Iron, 65, QStringLiteral("mg"), QTime(8, 0)));
        nights.append(n);
    }
    const QList<Factor> factors = findFactors(nights, test::seededCatalog(), wholeRange(nights));
    const Factor &iron = factors.at(1);
    ASSERT_EQ(iron.key, QStringLiteral("iron"));
    EXPECT_EQ(iron.leftOut.size(), 42);
    EXPECT_EQ(iron.with.size(), 100 - 10 - 42);
    EXPECT_TRUE(iron.with.contains(Day1.addDays(52)));
    EXPECT_FALSE(iron.with.contains(Day1.addDays(51)));
}

TEST(Insights, lateCaffeine_includesAfterMidnight_notTheMorning)
{
    QList<Night> nights;
    for (int i = 0; i < 3; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        n.symptoms.severity = 5;
        nights.append(n);
    }
    nights[0].intakes.append(dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(1, 0)));
    nights[1].intakes.append(dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(9, 0)));
    nights[2].intakes.append(dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(17, 30)));
    InsightOptions o = wholeRange(nights);
    o.caffeineAfter = QTime(17, 0);
    const QList<Factor> factors = findFactors(nights, test::seededCatalog(), o);
    const Factor &late = factors.at(2);
    ASSERT_EQ(late.key, QStringLiteral("caffeine_late"));
    EXPECT_EQ(late.label, QStringLiteral("Caffeine after 17:00"));
    EXPECT_TRUE(late.with.contains(Day1));
    EXPECT_FALSE(late.with.contains(Day1.addDays(1)));
    EXPECT_TRUE(late.with.contains(Day1.addDays(2)));
}

TEST(Insights, tooFewNights_sayHowManyMoreAreNeeded_withNoFigures)
{
    QList<Night> nights = magnesiumDiary();
    for (int i : {3, 9, 15})
        nights[i].intakes.append(dose(substances::Alcohol, 1, QStringLiteral("standard drinks"), QTime(20, 0)));
    InsightOptions o = wholeRange(nights);
    o.tags = {QStringLiteral("exercise")};
    const QList<Insight> found = computeInsights(nights, test::seededCatalog(), Outcome::Severity, o);
    const Insight &alcohol = insightFor(found, QStringLiteral("alcohol"));
    EXPECT_EQ(
        alcohol.sentence, QStringLiteral("Alcohol: not enough nights yet; 4 more nights with alcohol are needed."));
    EXPECT_FALSE(alcohol.comparison.difference);
    const Insight &tag = insightFor(found, QStringLiteral("tag:exercise"));
    EXPECT_TRUE(tag.sentence.contains(QStringLiteral("7 more nights tagged exercise"))) << tag.sentence.toStdString();
    const QJsonObject json = comparisonJson(alcohol);
    EXPECT_EQ(json.value(QStringLiteral("factor")).toString(), QStringLiteral("alcohol"));
    EXPECT_EQ(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("severity"));
    EXPECT_EQ(json.value(QStringLiteral("n_with")).toInt(), 3);
    EXPECT_TRUE(json.value(QStringLiteral("difference")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("note")).toString(), alcohol.sentence);
    for (const char *field : {"n_without", "mean_with", "mean_without", "ci95_low", "ci95_high", "hedges_g",
             "lag1_autocorrelation", "ci95_adjusted_low", "ci95_adjusted_high", "p_adjusted", "holm_p"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(field))) << field;
}

TEST(Insights, holmAdjustment_isAcrossTheFactorsOfOneOutcome)
{
    const QList<Night> nights = magnesiumDiary();
    const QList<Insight> found = computeInsights(nights, test::seededCatalog(), Outcome::Severity, wholeRange(nights));
    const Insight &m = insightFor(found, QStringLiteral("magnesium"));
    ASSERT_TRUE(m.comparison.pAdjusted && m.comparison.holmP);
    EXPECT_GE(*m.comparison.holmP, *m.comparison.pAdjusted);
    const QJsonObject json = comparisonJson(m);
    EXPECT_TRUE(json.value(QStringLiteral("note")).isNull());
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("holm_p")).toDouble(), *m.comparison.holmP);
}

TEST(Insights, onset_isHoursAfterSixInTheMorning)
{
    Night n;
    n.symptoms.onset = QTime(15, 0);
    EXPECT_DOUBLE_EQ(*outcomeValue(n, Outcome::Onset), 9.0);
    n.symptoms.onset = QTime(1, 0);
    EXPECT_DOUBLE_EQ(*outcomeValue(n, Outcome::Onset), 19.0);
    n.symptoms.onset.reset();
    EXPECT_FALSE(outcomeValue(n, Outcome::Onset));
    for (Outcome o : allOutcomes())
        EXPECT_EQ(outcomeFromKey(outcomeKey(o)), o);
}

TEST(Insights, nightsOutsideTheRange_areNotCompared)
{
    const QList<Night> nights = magnesiumDiary();
    InsightOptions o = wholeRange(nights);
    o.from = Day1.addDays(30);
    const QList<Insight> found = computeInsights(nights, test::seededCatalog(), Outcome::Severity, o);
    const Insight &m = insightFor(found, QStringLiteral("magnesium"));
    EXPECT_EQ(m.comparison.nWith, 10); // nights 31-40
    EXPECT_EQ(m.comparison.nWithout, 13); // nights 48-60
}

TEST(Insights, anotherRegimenSubstance_isComparedOnAgainstOff_likeMagnesium)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().addSubstance(newSubstanceNamed(QStringLiteral("Melatonin"), QStringLiteral("mg"))));
    const QList<Substance> catalog = diary.store().substances().value();
    QList<Night> nights;
    for (int i = 0; i < 60; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        n.symptoms.severity = 5 + (i % 2);
        if (i >= 10 && i < 40)
            n.intakes.append(dose(QStringLiteral("Melatonin"), 2, QStringLiteral("mg"), QTime(22, 0)));
        nights.append(n);
    }
    InsightOptions o = wholeRange(nights);
    o.regimenSubstances = {QStringLiteral("melatonin"), substances::Magnesium};
    const QList<Factor> factors = findFactors(nights, catalog, o);
    const auto it
        = std::find_if(factors.cbegin(), factors.cend(), [](const Factor &f) { return f.key == u"regimen:Melatonin"; });
    ASSERT_NE(it, factors.cend());
    EXPECT_EQ(it->with.size(), 23); // nights 18-40: the first 7 of 11-40 are its run-in
    EXPECT_EQ(it->leftOut.size(), 14);
    EXPECT_EQ(it->withPhrase, QStringLiteral("on Melatonin"));
    // Magnesium in "My regimen" has its own factor, not a second one.
    EXPECT_EQ(
        std::count_if(factors.cbegin(), factors.cend(), [](const Factor &f) { return f.key.startsWith(u"regimen:"); }),
        1);
}
