// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's text alternative (issue 14, accessibility): what a screen reader says about the
// trend chart, from a real diary, every number worked out by hand in the comments.
#include "analysis/trenddescription.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedKingdom);

// A full sleep diary from 22:00 to 06:00: 480 minutes in bed, so the efficiency is
// (480 - latency) / 480: 24 minutes give 95 %, 48 give 90 %, 72 give 85 %.
SleepDiary sleepWithLatency(int latency, int quality)
{
    SleepDiary s;
    s.inBed = QTime(22, 0);
    s.triedToSleep = QTime(22, 0);
    s.minutesToFallAsleep = latency;
    s.awakenings = 0;
    s.minutesAwake = 0;
    s.finalAwakening = QTime(6, 0);
    s.outOfBed = QTime(6, 0);
    s.quality = quality;
    return s;
}

Night night(int day, std::optional<int> severity, int quality, double magnesiumMg = 0)
{
    Night n;
    n.date = QDate(2026, 3, day);
    n.symptoms.severity = severity;
    n.sleep.quality = quality;
    if (magnesiumMg > 0)
        n.intakes.append({substances::Magnesium, magnesiumMg, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
    return n;
}

// Monday 2 to Sunday 15 March 2026; the 4th and 14th not logged, the 11th without a severity.
//   day       2  3  5  6  7  8  9 10 11 12 13 15
//   severity  6  7  8  5  4  5  3  2  -  2  4  3
//   quality   2  1  2  3  3  4  4  5  4  5  3  4
//   efficiency   90    95             85       90
//   magnesium       300 300 400 300 300            (citrate)
//   caffeine     95 mg
QList<Night> march()
{
    QList<Night> nights = {night(2, 6, 2), night(3, 7, 1), night(5, 8, 2, 300), night(6, 5, 3, 300),
        night(7, 4, 3, 400), night(8, 5, 4, 300), night(9, 3, 4, 300), night(10, 2, 5), night(11, std::nullopt, 4),
        night(12, 2, 5), night(13, 4, 3), night(15, 3, 4)};
    nights[1].sleep = sleepWithLatency(48, 1); // 3 March: 90 %
    nights[1].intakes.append({substances::Caffeine, 95, QStringLiteral("mg"), QStringLiteral("coffee"), {}});
    nights[3].sleep = sleepWithLatency(24, 3); // 6 March: 95 %
    nights[7].sleep = sleepWithLatency(72, 5); // 10 March: 85 %
    nights[10].sleep = sleepWithLatency(48, 3); // 13 March: 90 %
    return nights;
}

struct MarchDiary {
    MarchDiary()
    {
        EXPECT_TRUE(diary.store().saveNights(march()));
        const auto loaded = diary.store().loadRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        EXPECT_TRUE(loaded);
        TrendOptions options;
        options.from = QDate(2026, 3, 2);
        options.to = QDate(2026, 3, 15);
        series = buildTrendSeries(loaded.value(), diary.store().substances().value(), options);
    }
    // The view the tests look at: the 3rd to the 14th, inside the diary's 2nd to 15th.
    TrendFacts facts(TrendAveraging averaging) const
    {
        return trendFacts(series, QDate(2026, 3, 3), QDate(2026, 3, 14), averaging);
    }
    test::TempDiary diary;
    TrendSeries series;
};

} // namespace

TEST(TrendDescription, nightly_namesFirstLastLowestAndHighest_earliestOfEqualValues)
{
    MarchDiary d;
    const TrendFacts f = d.facts(TrendAveraging::Nights);
    EXPECT_EQ(f.from, QDate(2026, 3, 3));
    EXPECT_EQ(f.to, QDate(2026, 3, 14));
    EXPECT_EQ(f.nightsInView, 12); // the 3rd to the 14th
    EXPECT_EQ(f.nightsLogged, 10); // all but the 4th and the 14th
    // Severity on 9 nights: 7 on the 3rd first, 4 on the 13th last (the 14th is not logged),
    // 2 on the 10th and the 12th (the earlier is named), 8 on the 5th.
    EXPECT_EQ(f.severity.rows, 9);
    EXPECT_EQ(f.severity.first.value, 7);
    EXPECT_EQ(f.severity.first.first, QDate(2026, 3, 3));
    EXPECT_EQ(f.severity.last.value, 4);
    EXPECT_EQ(f.severity.last.first, QDate(2026, 3, 13));
    EXPECT_EQ(f.severity.lowest.value, 2);
    EXPECT_EQ(f.severity.lowest.first, QDate(2026, 3, 10));
    EXPECT_EQ(f.severity.highest.value, 8);
    EXPECT_EQ(f.severity.highest.first, QDate(2026, 3, 5));
    EXPECT_EQ(f.sleepEfficiency.rows, 4);
    EXPECT_DOUBLE_EQ(f.sleepEfficiency.lowest.value, 85);
    EXPECT_DOUBLE_EQ(f.sleepEfficiency.highest.value, 95);
    EXPECT_EQ(f.magnesium.nights, 5);
    EXPECT_EQ(f.magnesium.lowest, 300);
    EXPECT_EQ(f.magnesium.highest, 400);
    EXPECT_EQ(f.caffeine.nights, 1);
    EXPECT_EQ(f.iron.nights, 0);
    ASSERT_EQ(f.regimens.size(), 1); // the 5th to the 9th: three logged nights without it end it
    EXPECT_EQ(f.regimens[0].first, QDate(2026, 3, 5));
    EXPECT_EQ(f.regimens[0].last, QDate(2026, 3, 9));

    EXPECT_EQ(trendChartName(f, English), QStringLiteral("Trend chart, 3 Mar 2026 to 14 Mar 2026"));
    EXPECT_EQ(trendChartDescription(f, English),
        QStringLiteral("From 3 Mar 2026 to 14 Mar 2026, 10 of 12 nights logged; the chart shows each night. "
                       "Severity (0 to 10, with a 7-night mean line): first 7 on 3 Mar 2026, last 4 on 13 Mar 2026, "
                       "lowest 2 on 10 Mar 2026, highest 8 on 5 Mar 2026. "
                       "Sleep quality (1 to 5): first 1 on 3 Mar 2026, last 3 on 13 Mar 2026, lowest 1 on 3 Mar 2026, "
                       "highest 5 on 10 Mar 2026. "
                       "Sleep efficiency: first 90 % on 3 Mar 2026, last 90 % on 13 Mar 2026, lowest 85 % on "
                       "10 Mar 2026, highest 95 % on 6 Mar 2026. "
                       "Magnesium on 5 nights, 300 to 400 mg elemental a day. No iron logged. "
                       "Caffeine on 1 night, no alcohol. "
                       "Shaded as nights on magnesium: citrate, usually 300 mg, from 5 Mar 2026 to 9 Mar 2026."));
}

TEST(TrendDescription, weekly_namesTheWeeks_andAWeekOfFewNightsHasNoMean)
{
    MarchDiary d;
    const TrendFacts f = d.facts(TrendAveraging::Weeks);
    // Weeks from Monday, both overlapping the view, counted whole within the diary:
    //   2-8 March:  severity (6+7+8+5+4+5)/6 = 5.83, quality (2+1+2+3+3+4)/6 = 2.5
    //   9-15 March: severity (3+2+2+4+3)/5 = 2.8,    quality (4+5+4+5+3+4)/6 = 4.17
    // Efficiency has two nights in each week, under the 3 a weekly mean needs.
    EXPECT_EQ(f.severity.rows, 2);
    EXPECT_NEAR(f.severity.first.value, 35.0 / 6, 1e-9);
    EXPECT_EQ(f.severity.first.first, QDate(2026, 3, 2));
    EXPECT_EQ(f.severity.first.last, QDate(2026, 3, 8));
    EXPECT_NEAR(f.severity.lowest.value, 2.8, 1e-9);
    EXPECT_EQ(f.severity.lowest.first, QDate(2026, 3, 9));
    EXPECT_EQ(f.sleepEfficiency.rows, 0);
    EXPECT_EQ(f.nightsLogged, 10); // still the nights in view, not the weeks' nights
    const QString text = trendChartDescription(f, English);
    EXPECT_TRUE(text.contains(QStringLiteral("the chart shows weekly means")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Weekly mean severity (0 to 10): first 5.8 in the week of 2 Mar 2026, last 2.8 in the week of 9 Mar 2026, "
        "lowest 2.8 in the week of 9 Mar 2026, highest 5.8 in the week of 2 Mar 2026.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Weekly mean sleep quality (1 to 5): first 2.5 in the week of 2 Mar 2026, last 4.2 in the week of 9 Mar 2026")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Weekly mean sleep efficiency: nothing logged in view.")))
        << text.toStdString();
}

TEST(TrendDescription, monthly_oneMonthIsTheOnlyValue)
{
    MarchDiary d;
    const TrendFacts f = d.facts(TrendAveraging::Months);
    // March within the diary (2nd to 15th): severity 49 / 11 = 4.45, quality 40 / 12 = 3.33,
    // efficiency (90 + 95 + 85 + 90) / 4 = 90 (a month needs only one night).
    const QString text = trendChartDescription(f, English);
    EXPECT_TRUE(text.contains(QStringLiteral("Monthly mean severity (0 to 10): only 4.5 in March 2026.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Monthly mean sleep quality (1 to 5): only 3.3 in March 2026.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Monthly mean sleep efficiency: only 90 % in March 2026.")))
        << text.toStdString();
}

TEST(TrendDescription, viewBeyondTheDiary_isKeptToItsNights)
{
    MarchDiary d;
    const TrendFacts f = trendFacts(d.series, QDate(2026, 2, 1), QDate(2026, 3, 4), TrendAveraging::Nights);
    EXPECT_EQ(f.from, QDate(2026, 3, 2));
    EXPECT_EQ(f.to, QDate(2026, 3, 4));
    EXPECT_EQ(f.nightsInView, 3);
    EXPECT_EQ(f.nightsLogged, 2);
    EXPECT_TRUE(f.regimens.isEmpty()); // magnesium starts on the 5th
    EXPECT_TRUE(trendChartDescription(f, English).endsWith(QStringLiteral("No magnesium period is shaded.")));
}

TEST(TrendDescription, emptyDiary_saysSo)
{
    test::TempDiary diary;
    const TrendSeries series = buildTrendSeries({}, diary.store().substances().value(), {});
    const TrendFacts f = trendFacts(series, QDate(2026, 3, 1), QDate(2026, 3, 31), TrendAveraging::Nights);
    EXPECT_FALSE(f.from.isValid());
    EXPECT_EQ(trendChartName(f, English), QStringLiteral("Trend chart, no nights logged yet"));
    EXPECT_EQ(trendChartDescription(f, English), QStringLiteral("No nights are logged yet."));
}
