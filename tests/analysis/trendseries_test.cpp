// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/daykey.h"
#include "analysis/trendseries.h"
#include "support/tempdiary.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;

namespace {

Night nightWith(QDate date, std::optional<int> severity, double magnesiumMg = 0)
{
    Night n;
    n.date = date;
    n.symptoms.severity = severity;
    n.sleep.quality = 3;
    if (magnesiumMg > 0)
        n.intakes.append(
            {QStringLiteral("Magnesium"), magnesiumMg, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
    return n;
}

// Saves the nights in a real diary file and reads them back, as the chart page does.
QList<Night> throughDiary(test::TempDiary &diary, const QList<Night> &nights)
{
    EXPECT_TRUE(diary.store().saveNights(nights));
    auto loaded = diary.store().loadRange(QDate(1900, 1, 1), QDate(2200, 1, 1));
    EXPECT_TRUE(loaded);
    return loaded ? loaded.value() : QList<Night> {};
}

TrendOptions range(QDate from, QDate to)
{
    TrendOptions o;
    o.from = from;
    o.to = to;
    return o;
}

} // namespace

TEST(TrendSeries, unloggedNights_areGapsNotZero)
{
    test::TempDiary diary;
    const QDate d(2026, 5, 1);
    const auto nights = throughDiary(diary, {nightWith(d, 6), nightWith(d.addDays(1), 4), nightWith(d.addDays(3), 5)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d.addDays(4)));

    ASSERT_EQ(s.nights.size(), 5);
    EXPECT_EQ(s.nights[Measure::Severity].at(0), 6);
    EXPECT_EQ(s.nights[Measure::Severity].at(1), 4);
    EXPECT_TRUE(std::isnan(s.nights[Measure::Severity].at(2)));
    EXPECT_TRUE(std::isnan(s.nights[Measure::SleepQuality].at(2)));
    EXPECT_TRUE(std::isnan(s.nights[Measure::MagnesiumMg].at(2)));
    EXPECT_EQ(s.nights[Measure::Severity].at(3), 5);
    EXPECT_TRUE(std::isnan(s.nights[Measure::Severity].at(4)));
    EXPECT_EQ(s.nights.nightsLogged, (QList<int> {1, 1, 0, 1, 0}));
}

TEST(TrendSeries, loggedNightWithoutDose_countsAsZeroMagnesium)
{
    test::TempDiary diary;
    const QDate d(2026, 5, 1);
    const auto nights = throughDiary(diary, {nightWith(d, 6, 300), nightWith(d.addDays(1), 6)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d.addDays(1)));
    EXPECT_EQ(s.nights[Measure::MagnesiumMg].at(0), 300);
    EXPECT_EQ(s.nights[Measure::MagnesiumMg].at(1), 0);
}

TEST(TrendSeries, nightWithoutSeverity_isAGapInSeverityOnly)
{
    test::TempDiary diary;
    const QDate d(2026, 5, 1);
    const auto nights = throughDiary(diary, {nightWith(d, std::nullopt)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d));
    EXPECT_TRUE(std::isnan(s.nights[Measure::Severity].at(0)));
    EXPECT_EQ(s.nights[Measure::SleepQuality].at(0), 3);
    EXPECT_EQ(s.nights.nightsLogged.at(0), 1);
}

TEST(TrendSeries, singleNight_givesOnePointAndNoMeans)
{
    test::TempDiary diary;
    const QDate d(2026, 5, 6); // a Wednesday
    const auto nights = throughDiary(diary, {test::fullNight(d)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d));

    ASSERT_EQ(s.nights.size(), 1);
    EXPECT_EQ(s.nights.keys.at(0), dayKey(d));
    EXPECT_EQ(s.nights[Measure::Severity].at(0), 7);
    EXPECT_EQ(s.nights[Measure::MagnesiumMg].at(0), 300);
    EXPECT_EQ(s.nights[Measure::IronMg].at(0), 25);
    EXPECT_EQ(s.nights[Measure::CaffeineMg].at(0), 95);
    EXPECT_EQ(s.nights[Measure::AlcoholDrinks].at(0), 1.5);
    EXPECT_EQ(s.nights[Measure::SleepQuality].at(0), 2);
    // 23:10 to 06:30 is 440 min, less 40 to fall asleep and 50 awake = 350 of 485 in bed.
    EXPECT_NEAR(s.nights[Measure::SleepEfficiency].at(0), 100.0 * 350 / 485, 1e-9);
    EXPECT_NEAR(s.nights[Measure::TotalSleepHours].at(0), 350 / 60.0, 1e-9);
    ASSERT_EQ(s.severityRollingMean.size(), 1);
    EXPECT_TRUE(std::isnan(s.severityRollingMean.at(0)));
    // A one-day week needs only that day.
    ASSERT_EQ(s.weeks.size(), 1);
    EXPECT_EQ(s.weeks[Measure::Severity].at(0), 7);
    ASSERT_EQ(s.regimens.size(), 1);
    EXPECT_EQ(s.regimens.at(0).first, d);
    EXPECT_EQ(s.regimens.at(0).last, d);
}

TEST(TrendSeries, rollingMean_needsFourLoggedNightsInTheWindow)
{
    test::TempDiary diary;
    const QDate d(2026, 6, 1);
    // Logged on nights 0, 2, 4 and 6; night 6 is the first whose window holds four of them.
    const auto nights = throughDiary(
        diary, {nightWith(d, 2), nightWith(d.addDays(2), 4), nightWith(d.addDays(4), 6), nightWith(d.addDays(6), 8)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d.addDays(8)));

    ASSERT_EQ(s.severityRollingMean.size(), 9);
    for (int i = 0; i < 6; ++i)
        EXPECT_TRUE(std::isnan(s.severityRollingMean.at(i))) << "night " << i;
    EXPECT_DOUBLE_EQ(s.severityRollingMean.at(6), 5.0); // (2 + 4 + 6 + 8) / 4, not divided by 7
    // Night 7's window (1..7) has lost night 0: three nights left, so no mean.
    EXPECT_TRUE(std::isnan(s.severityRollingMean.at(7)));
}

TEST(TrendSeries, rollingMean_countsNightsBeforeTheRange)
{
    test::TempDiary diary;
    const QDate d(2026, 6, 10);
    const auto nights = throughDiary(diary,
        {nightWith(d.addDays(-3), 1), nightWith(d.addDays(-2), 2), nightWith(d.addDays(-1), 3), nightWith(d, 6)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(d, d.addDays(1)));
    ASSERT_EQ(s.nights.size(), 2);
    EXPECT_DOUBLE_EQ(s.severityRollingMean.at(0), 3.0);
    EXPECT_EQ(s.nights.first.at(0), d); // the earlier nights are not plotted
}

TEST(TrendSeries, weekSplitByTheRangeEdge_averagesOnlyItsNightsInRange)
{
    test::TempDiary diary;
    const QDate wednesday(2026, 3, 4);
    QList<Night> nights;
    for (int i = -2; i < 9; ++i) // Monday 2 March to Thursday 12 March
        nights.append(nightWith(wednesday.addDays(i), i < 0 ? 10 : i));
    const auto loaded = throughDiary(diary, nights);
    const QDate tuesday = wednesday.addDays(6);
    const TrendSeries s = buildTrendSeries(loaded, test::seededCatalog(), range(wednesday, tuesday));

    ASSERT_EQ(s.weeks.size(), 2);
    EXPECT_EQ(s.weeks.first.at(0), wednesday);
    EXPECT_EQ(s.weeks.last.at(0), QDate(2026, 3, 8)); // Sunday
    EXPECT_DOUBLE_EQ(s.weeks[Measure::Severity].at(0), (0 + 1 + 2 + 3 + 4) / 5.0); // not Monday's and Tuesday's 10
    EXPECT_EQ(s.weeks.first.at(1), QDate(2026, 3, 9)); // Monday
    EXPECT_EQ(s.weeks.last.at(1), tuesday);
    EXPECT_DOUBLE_EQ(s.weeks[Measure::Severity].at(1), (5 + 6) / 2.0);
    EXPECT_EQ(s.weeks.nightsLogged.at(1), 2);
    EXPECT_DOUBLE_EQ(s.weeks.keys.at(1), (dayKey(QDate(2026, 3, 9)) + dayKey(tuesday)) / 2);
}

TEST(TrendSeries, firstDayOfWeek_movesTheWeekBoundaries)
{
    test::TempDiary diary;
    const QDate wednesday(2026, 3, 4);
    QList<Night> nights;
    for (int i = 0; i < 7; ++i)
        nights.append(nightWith(wednesday.addDays(i), i));
    const auto loaded = throughDiary(diary, nights);
    TrendOptions o = range(wednesday, wednesday.addDays(6));
    o.firstDayOfWeek = Qt::Sunday;
    const TrendSeries s = buildTrendSeries(loaded, test::seededCatalog(), o);
    ASSERT_EQ(s.weeks.size(), 2);
    EXPECT_EQ(s.weeks.last.at(0), QDate(2026, 3, 7)); // Saturday
    EXPECT_EQ(s.weeks.first.at(1), QDate(2026, 3, 8)); // Sunday
    EXPECT_DOUBLE_EQ(s.weeks[Measure::Severity].at(1), (4 + 5 + 6) / 3.0);
}

TEST(TrendSeries, weekWithTooFewNights_hasNoMean)
{
    test::TempDiary diary;
    const QDate monday(2026, 3, 2);
    const auto nights = throughDiary(diary, {nightWith(monday, 9), nightWith(monday.addDays(3), 1)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(monday, monday.addDays(6)));
    ASSERT_EQ(s.weeks.size(), 1);
    EXPECT_TRUE(std::isnan(s.weeks[Measure::Severity].at(0)));
    EXPECT_EQ(s.weeks.nightsLogged.at(0), 2);
}

TEST(TrendSeries, monthWithGaps_averagesOnlyItsLoggedNights)
{
    test::TempDiary diary;
    // April 2026: three logged nights, the rest forgotten; magnesium on two of the three.
    const auto nights = throughDiary(diary,
        {nightWith(QDate(2026, 4, 2), 2, 300), nightWith(QDate(2026, 4, 15), 6),
            nightWith(QDate(2026, 4, 29), 7, 150)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(QDate(2026, 4, 1), QDate(2026, 4, 30)));

    ASSERT_EQ(s.months.size(), 1);
    EXPECT_EQ(s.months.first.at(0), QDate(2026, 4, 1));
    EXPECT_EQ(s.months.last.at(0), QDate(2026, 4, 30));
    EXPECT_EQ(s.months.nightsLogged.at(0), 3);
    EXPECT_DOUBLE_EQ(s.months[Measure::Severity].at(0), (2 + 6 + 7) / 3.0); // not divided by 30
    EXPECT_DOUBLE_EQ(s.months[Measure::MagnesiumMg].at(0), (300 + 0 + 150) / 3.0); // mg per logged day
    EXPECT_DOUBLE_EQ(s.months[Measure::SleepQuality].at(0), 3);
    EXPECT_DOUBLE_EQ(s.months.keys.at(0), (dayKey(QDate(2026, 4, 1)) + dayKey(QDate(2026, 4, 30))) / 2);
}

TEST(TrendSeries, monthSplitByTheRangeEdge_averagesOnlyItsNightsInRange)
{
    test::TempDiary diary;
    QList<Night> nights;
    for (QDate d(2026, 1, 25); d <= QDate(2026, 2, 5); d = d.addDays(1))
        nights.append(nightWith(d, d < QDate(2026, 1, 28) ? 10 : d.day() % 10));
    const auto loaded = throughDiary(diary, nights);
    const TrendSeries s = buildTrendSeries(loaded, test::seededCatalog(), range(QDate(2026, 1, 28), QDate(2026, 2, 3)));

    ASSERT_EQ(s.months.size(), 2);
    EXPECT_EQ(s.months.first.at(0), QDate(2026, 1, 28));
    EXPECT_EQ(s.months.last.at(0), QDate(2026, 1, 31));
    EXPECT_DOUBLE_EQ(s.months[Measure::Severity].at(0), (8 + 9 + 0 + 1) / 4.0); // not the 10s before the range
    EXPECT_EQ(s.months.first.at(1), QDate(2026, 2, 1));
    EXPECT_EQ(s.months.last.at(1), QDate(2026, 2, 3)); // not the nights after the range
    EXPECT_DOUBLE_EQ(s.months[Measure::Severity].at(1), (1 + 2 + 3) / 3.0);
    EXPECT_EQ(s.months.nightsLogged.at(1), 3);
}

TEST(TrendSeries, monthWithoutALoggedNight_isAGapNotZero)
{
    test::TempDiary diary;
    const auto nights = throughDiary(diary, {nightWith(QDate(2026, 1, 10), 4, 200), nightWith(QDate(2026, 3, 10), 6)});
    const TrendSeries s = buildTrendSeries(nights, test::seededCatalog(), range(QDate(2026, 1, 1), QDate(2026, 3, 31)));

    ASSERT_EQ(s.months.size(), 3);
    EXPECT_EQ(s.months.first.at(1), QDate(2026, 2, 1));
    EXPECT_EQ(s.months.last.at(1), QDate(2026, 2, 28));
    EXPECT_EQ(s.months.nightsLogged.at(1), 0);
    for (int m = 0; m < MeasureCount; ++m)
        EXPECT_TRUE(std::isnan(s.months.values[size_t(m)].at(1))) << "measure " << m;
    // One logged night is enough for a month's mean: the long view loses no night.
    EXPECT_EQ(s.months[Measure::Severity].at(0), 4);
    EXPECT_EQ(s.months[Measure::MagnesiumMg].at(0), 200);
    EXPECT_EQ(s.months[Measure::MagnesiumMg].at(2), 0);
}

TEST(TrendSeries, daylightSavingChange_keepsOneEvenlySpacedPointPerNight)
{
    // Europe moved its clocks forward in the night of 28 to 29 March 2026 and back on 25 October.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    test::TempDiary diary;
    QList<Night> nights;
    const QDate from(2026, 3, 26);
    for (int i = 0; i < 7; ++i)
        nights.append(nightWith(from.addDays(i), i));
    const auto loaded = throughDiary(diary, nights);
    const TrendSeries s = buildTrendSeries(loaded, test::seededCatalog(), range(from, from.addDays(6)));
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);

    ASSERT_EQ(s.nights.size(), 7);
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(s.nights[Measure::Severity].at(i), i);
        EXPECT_EQ(dateFromKey(s.nights.keys.at(i)), from.addDays(i));
        EXPECT_EQ(QDateTime::fromSecsSinceEpoch(qint64(s.nights.keys.at(i)), Qt::UTC).date(), from.addDays(i));
        if (i > 0) {
            EXPECT_EQ(s.nights.keys.at(i) - s.nights.keys.at(i - 1), SecondsPerDay);
        }
    }
}

TEST(TrendSeries, intakesInGramsAndMicrograms_areCountedInMilligrams)
{
    Night n = nightWith(QDate(2026, 1, 1), 3);
    n.intakes = {{QStringLiteral("Magnesium"), 0.2, QStringLiteral("g"), {}, {}},
        {QStringLiteral("magnesium"), 100, QStringLiteral("mg"), {}, {}},
        {QStringLiteral("Iron"), 500, QStringLiteral("mcg"), {}, {}},
        {QStringLiteral("Alcohol"), 2, QStringLiteral("standard drinks"), {}, {}}};
    const TrendSeries s = buildTrendSeries({n}, test::seededCatalog(), range(n.date, n.date));
    EXPECT_DOUBLE_EQ(s.nights[Measure::MagnesiumMg].at(0), 300);
    EXPECT_DOUBLE_EQ(s.nights[Measure::IronMg].at(0), 0.5);
    EXPECT_DOUBLE_EQ(s.nights[Measure::AlcoholDrinks].at(0), 2);
}

TEST(TrendSeries, emptyOrReversedRange_givesNothing)
{
    const QDate d(2026, 1, 1);
    EXPECT_EQ(buildTrendSeries({nightWith(d, 3)}, test::seededCatalog(), range(d, d.addDays(-1))).nights.size(), 0);
    EXPECT_EQ(buildTrendSeries({nightWith(d, 3)}, test::seededCatalog(), range(QDate(), d)).weeks.size(), 0);
    EXPECT_EQ(buildTrendSeries({nightWith(d, 3)}, test::seededCatalog(), range(d, d.addDays(-1))).months.size(), 0);
}

TEST(DayKey, roundTripsCalendarDatesFarApart)
{
    for (const QDate d : {QDate(1970, 1, 1), QDate(1969, 12, 31), QDate(1996, 2, 29), QDate(2026, 10, 25)}) {
        EXPECT_EQ(dateFromKey(dayKey(d)), d);
        EXPECT_EQ(dateFromKey(dayKey(d) + 0.49 * SecondsPerDay), d);
        EXPECT_EQ(dateFromKey(dayKey(d) - 0.49 * SecondsPerDay), d);
    }
}
