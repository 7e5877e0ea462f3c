// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sleepmetrics.h"

#include "support/fixtures.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {
SleepDiary night(QTime inBed, QTime tried, int latency, int awake, QTime final, QTime out)
{
    SleepDiary s;
    s.inBed = inBed;
    s.triedToSleep = tried;
    s.minutesToFallAsleep = latency;
    s.minutesAwake = awake;
    s.finalAwakening = final;
    s.outOfBed = out;
    return s;
}
} // namespace

TEST(SleepMetrics, nightAcrossMidnight_countsMinutesThroughMidnight)
{
    // 22:30 into bed, 23:00 tried, 30 min to fall asleep, 30 min awake, 06:30 woke, 07:00 up.
    const SleepMetrics m = computeSleepMetrics(night(QTime(22, 30), QTime(23, 0), 30, 30, QTime(6, 30), QTime(7, 0)));
    ASSERT_TRUE(m.timeInBedMinutes && m.totalSleepMinutes && m.efficiencyPercent);
    EXPECT_EQ(*m.timeInBedMinutes, 510); // 8 h 30
    EXPECT_EQ(*m.totalSleepMinutes, 390); // 7 h 30 span - 60
    EXPECT_NEAR(*m.efficiencyPercent, 76.47, 0.01);
}

TEST(SleepMetrics, bedtimeAfterMidnight_isStillTheSameNight)
{
    const SleepMetrics m = computeSleepMetrics(night(QTime(0, 30), QTime(0, 45), 15, 0, QTime(7, 0), QTime(7, 30)));
    EXPECT_EQ(m.timeInBedMinutes, 420);
    EXPECT_EQ(m.totalSleepMinutes, 360);
}

TEST(SleepMetrics, bedtimeExactlyAtMidnight)
{
    const SleepMetrics m = computeSleepMetrics(night(QTime(0, 0), QTime(0, 0), 0, 0, QTime(8, 0), QTime(8, 0)));
    EXPECT_EQ(m.timeInBedMinutes, 480);
    EXPECT_EQ(m.totalSleepMinutes, 480);
    EXPECT_DOUBLE_EQ(*m.efficiencyPercent, 100.0);
}

TEST(SleepMetrics, eveningOnlyNight_beforeMidnight)
{
    // A nap-like night wholly before midnight (e.g. a shift worker's evening sleep).
    const SleepMetrics m = computeSleepMetrics(night(QTime(13, 0), QTime(13, 0), 10, 0, QTime(17, 0), QTime(17, 30)));
    EXPECT_EQ(m.timeInBedMinutes, 270);
    EXPECT_EQ(m.totalSleepMinutes, 230);
}

TEST(SleepMetrics, missingItems_leaveOnlyWhatCanBeComputed)
{
    SleepDiary s;
    s.inBed = QTime(23, 0);
    s.outOfBed = QTime(7, 0);
    const SleepMetrics m = computeSleepMetrics(s);
    EXPECT_EQ(m.timeInBedMinutes, 480);
    EXPECT_FALSE(m.totalSleepMinutes);
    EXPECT_FALSE(m.efficiencyPercent);
    EXPECT_FALSE(computeSleepMetrics(SleepDiary {}).timeInBedMinutes);
}

TEST(SleepMetrics, blankLatency_leavesTotalSleepAndEfficiencyEmpty)
{
    // Counting a skipped "minutes to fall asleep" as 0 made this night 94 % instead of 83 %.
    SleepDiary s = night(QTime(22, 30), QTime(22, 30), 80, 0, QTime(6, 30), QTime(6, 30));
    ASSERT_NEAR(*computeSleepMetrics(s).efficiencyPercent, 83.33, 0.01);
    s.minutesToFallAsleep.reset();
    const SleepMetrics m = computeSleepMetrics(s);
    EXPECT_EQ(m.timeInBedMinutes, 480);
    EXPECT_FALSE(m.totalSleepMinutes);
    EXPECT_FALSE(m.efficiencyPercent);
    EXPECT_EQ(missingForTotalSleep(s), QStringList {QStringLiteral("minutes to fall asleep")});
}

TEST(SleepMetrics, blankWake_isZeroOnlyAfterNoAwakenings)
{
    SleepDiary s = night(QTime(22, 0), QTime(22, 0), 20, 0, QTime(6, 0), QTime(6, 0));
    s.minutesAwake.reset();
    s.awakenings = 0;
    EXPECT_EQ(computeSleepMetrics(s).totalSleepMinutes, 460);
    s.awakenings = 2;
    EXPECT_FALSE(computeSleepMetrics(s).totalSleepMinutes);
    EXPECT_EQ(missingForTotalSleep(s), QStringList {QStringLiteral("minutes awake")});
    s.awakenings.reset();
    EXPECT_FALSE(computeSleepMetrics(s).totalSleepMinutes);
}

// Expected values from tests/fixtures/sleep_metrics.py, which works them out with Python's
// datetime arithmetic on real dates, independently of this code.
TEST(SleepMetrics, matchesIndependentlyComputedNights)
{
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("sleep_metrics.csv"));
    ASSERT_GE(rows.size(), 10);
    auto time
        = [](const QString &t) { return t.isEmpty() ? std::nullopt : std::optional(QTime::fromString(t, u"HH:mm")); };
    auto number = [](const QString &t) { return t.isEmpty() ? std::nullopt : std::optional(t.toInt()); };
    for (const QStringList &r : rows) {
        SCOPED_TRACE(r.join(u',').toStdString());
        SleepDiary s;
        s.inBed = time(r[0]);
        s.triedToSleep = time(r[1]);
        s.minutesToFallAsleep = number(r[2]);
        s.awakenings = number(r[3]);
        s.minutesAwake = number(r[4]);
        s.finalAwakening = time(r[5]);
        s.outOfBed = time(r[6]);
        const SleepMetrics m = computeSleepMetrics(s);
        EXPECT_EQ(m.timeInBedMinutes, number(r[7]));
        EXPECT_EQ(m.totalSleepMinutes, number(r[8]));
        if (r[9].isEmpty())
            EXPECT_FALSE(m.efficiencyPercent);
        else
            EXPECT_NEAR(m.efficiencyPercent.value_or(-1), r[9].toDouble(), 1e-6);
    }
}

TEST(SleepMetrics, contradictoryTimes_giveNoMetrics)
{
    // Out of bed before into bed on the night's line: no time in bed rather than a wrong one.
    const SleepMetrics m = computeSleepMetrics(night(QTime(7, 0), QTime(7, 0), 0, 0, QTime(6, 0), QTime(6, 30)));
    EXPECT_FALSE(m.timeInBedMinutes);
    EXPECT_FALSE(m.totalSleepMinutes);
    EXPECT_FALSE(m.efficiencyPercent);
}

TEST(SleepMetrics, nightLine_startsAtNoon)
{
    EXPECT_EQ(minutesOnNightLine(QTime(12, 0)), 0);
    EXPECT_EQ(minutesOnNightLine(QTime(22, 0)), 600);
    EXPECT_EQ(minutesOnNightLine(QTime(0, 0)), 720);
    EXPECT_EQ(minutesOnNightLine(QTime(7, 0)), 1140);
    EXPECT_EQ(minutesOnNightLine(QTime(11, 59)), 1439);
}
