// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/augmentation.h"
#include "demo/syntheticdiary.h"
#include "findings/insights.h"
#include "model/sleepmetrics.h"
#include "model/validation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace rls;

namespace {
const SyntheticOptions twoYears {.seed = 7, .nights = 730, .lastNight = QDate(2026, 11, 22)};

double meanSeverity(const QList<Night> &nights, bool withMagnesium)
{
    double sum = 0;
    int count = 0;
    for (const Night &n : nights) {
        const bool mg = std::any_of(
            n.intakes.cbegin(), n.intakes.cend(), [](const Intake &i) { return i.substance == substances::Magnesium; });
        if (mg == withMagnesium && n.symptoms.severity) {
            sum += *n.symptoms.severity;
            ++count;
        }
    }
    return count ? sum / count : 0;
}
} // namespace

TEST(SyntheticDiary, sameSeed_sameDiary_otherSeed_otherDiary)
{
    const auto a = generateSyntheticDiary(twoYears);
    const auto b = generateSyntheticDiary(twoYears);
    ASSERT_EQ(a.nights.size(), b.nights.size());
    for (qsizetype i = 0; i < a.nights.size(); ++i) {
        EXPECT_EQ(a.nights[i].symptoms, b.nights[i].symptoms);
        EXPECT_EQ(a.nights[i].intakes, b.nights[i].intakes);
    }
    SyntheticOptions other = twoYears;
    other.seed = 8;
    const auto c = generateSyntheticDiary(other);
    EXPECT_NE(a.nights.first().symptoms, c.nights.first().symptoms);
}

TEST(SyntheticDiary, everyNightIsValid_andSomeAreForgotten)
{
    const auto diary = generateSyntheticDiary(twoYears);
    EXPECT_GT(diary.nights.size(), 730 * 0.75);
    EXPECT_LT(diary.nights.size(), 730); // gaps where the person forgot to log
    for (const Night &n : diary.nights)
        ASSERT_TRUE(validateNight(n).isEmpty())
            << n.date.toString(Qt::ISODate).toStdString() << ": " << validateNight(n).first().message.toStdString();
    EXPECT_EQ(diary.nights.first().date >= QDate(2024, 11, 23), true);
    EXPECT_EQ(diary.nights.last().date <= QDate(2026, 11, 22), true);
    EXPECT_FALSE(diary.labs.isEmpty());
}

TEST(SyntheticDiary, magnesiumNights_areOnAverageMilder)
{
    const auto diary = generateSyntheticDiary(twoYears);
    const double with = meanSeverity(diary.nights, true);
    const double without = meanSeverity(diary.nights, false);
    EXPECT_GT(with, 0);
    EXPECT_LT(with, without - 0.5);
}

TEST(SyntheticDiary, mostNightsHaveSleepMetrics)
{
    const auto diary = generateSyntheticDiary(twoYears);
    const auto withEfficiency = std::count_if(diary.nights.cbegin(), diary.nights.cend(),
        [](const Night &n) { return computeSleepMetrics(n.sleep).efficiencyPercent.has_value(); });
    EXPECT_GT(withEfficiency, diary.nights.size() * 8 / 10);
}

TEST(SyntheticDiary, writesIntoARealDiaryFile)
{
    test::TempDiary diary;
    ASSERT_TRUE(writeSyntheticDiary(diary.store(), twoYears));
    const auto generated = generateSyntheticDiary(twoYears);
    diary.close();
    const auto summary = diary.store().summary();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->nights, generated.nights.size());
    EXPECT_EQ(summary->last, generated.nights.last().date);
    EXPECT_EQ(diary.store().labResults()->size(), generated.labs.size());
    const auto night = diary.store().loadNight(generated.nights.at(100).date);
    ASSERT_TRUE(night && night->has_value());
    EXPECT_EQ(night->value().intakes, generated.nights.at(100).intakes);
    EXPECT_EQ(night->value().createdAt, generated.nights.at(100).createdAt);
}

TEST(SyntheticDiary, nothingForNoNights)
{
    EXPECT_TRUE(generateSyntheticDiary({.seed = 1, .nights = 0, .lastNight = QDate(2026, 1, 1)}).nights.isEmpty());
    EXPECT_TRUE(generateSyntheticDiary({.seed = 1, .nights = 10, .lastNight = QDate()}).nights.isEmpty());
}

// The demo is the Insights page's test bed: a modest magnesium effect with an honest interval,
// iron with rising labs, symptom-free nights, and a pramipexole stretch the watch notices.
TEST(SyntheticDiary, yearLongDemo_isAFairTestBedForTheInsights)
{
    test::TempDiary diary;
    const SyntheticOptions year {.seed = 1, .nights = 365, .lastNight = QDate(2026, 11, 22)};
    ASSERT_TRUE(writeSyntheticDiary(diary.store(), year));
    const QList<Night> nights = diary.store().loadRange(QDate(2000, 1, 1), year.lastNight).value();
    const QList<Substance> catalog = diary.store().substances().value();
    EXPECT_TRUE(std::any_of(nights.cbegin(), nights.cend(), [](const Night &n) { return n.symptoms.severity == 0; }));

    InsightOptions o;
    o.from = nights.first().date;
    o.to = nights.last().date;
    const QList<Insight> found = computeInsights(nights, catalog, Outcome::Severity, o);
    const Comparison &mg = found.first().comparison;
    ASSERT_EQ(found.first().factor, QStringLiteral("magnesium"));
    ASSERT_TRUE(mg.difference && mg.ci95AdjustedLow && mg.ci95AdjustedHigh);
    EXPECT_GT(*mg.difference, -2.0);
    EXPECT_LT(*mg.difference, -0.5);
    EXPECT_LT(*mg.ci95AdjustedHigh, 0.0); // the interval excludes no effect
    EXPECT_LT(*mg.ci95AdjustedHigh - *mg.ci95AdjustedLow, 2.0); // and is not a huge one

    const AugmentationStatus watch = augmentationWatch(nights, catalog, year.lastNight);
    EXPECT_EQ(watch.state, AugmentationState::Signal);
    EXPECT_TRUE(watch.medicines.contains(QStringLiteral("Pramipexole")));

    const QList<LabResult> labs = diary.store().labResults().value();
    EXPECT_TRUE(std::any_of(
        labs.cbegin(), labs.cend(), [](const LabResult &l) { return l.test == labtests::TransferrinSaturation; }));
}
