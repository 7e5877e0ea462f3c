// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticdiary.h"
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
