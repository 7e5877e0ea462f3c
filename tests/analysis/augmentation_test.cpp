// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/augmentation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Start(2026, 1, 1);

// One evening: an onset, a severity, where it was felt, and optionally a pramipexole dose.
Night night(QDate date, std::optional<QTime> onset, int severity, bool pramipexole, BodyAreas areas = BodyArea::Legs)
{
    Night n;
    n.date = date;
    n.symptoms.onset = onset;
    n.symptoms.severity = severity;
    n.symptoms.bodyAreas = areas;
    if (pramipexole)
        n.intakes.append({QStringLiteral("Pramipexole"), 0.25, QStringLiteral("mg"), QString(), QTime(20, 0)});
    return n;
}

QTime at(int minutesOnLine)
{
    return clockOnOnsetLine(minutesOnLine);
}

// Three blocks of 28 nights on pramipexole: onsets `first`, `middle`, `last` (clock times),
// arms noted in the blocks the flags ask for.
QList<Night> threeBlocks(QTime first, QTime middle, QTime last, bool armsFirst, bool armsLast)
{
    QList<Night> nights;
    for (int i = 0; i < 84; ++i) {
        const QTime onset = i < 28 ? first : i < 56 ? middle : last;
        const bool arms = (i < 28 && armsFirst && i % 5 == 0) || (i >= 56 && armsLast && i % 5 == 0);
        nights.append(night(
            Start.addDays(i), onset, 5, true, arms ? BodyArea::Legs | BodyArea::Arms : BodyAreas(BodyArea::Legs)));
    }
    return nights;
}

} // namespace

TEST(AugmentationOnsetLine, runsFromSixToSix_soMidnightKeepsTheEveningsOrder)
{
    EXPECT_EQ(minutesOnOnsetLine(QTime(6, 0)), 0);
    EXPECT_EQ(minutesOnOnsetLine(QTime(15, 0)), 540);
    EXPECT_EQ(minutesOnOnsetLine(QTime(21, 0)), 900);
    EXPECT_EQ(minutesOnOnsetLine(QTime(23, 0)), 1020);
    EXPECT_EQ(minutesOnOnsetLine(QTime(1, 0)), 1140);
    EXPECT_EQ(minutesOnOnsetLine(QTime(5, 59)), 1439);
    EXPECT_LT(minutesOnOnsetLine(QTime(15, 0)), minutesOnOnsetLine(QTime(21, 0)));
    EXPECT_GT(minutesOnOnsetLine(QTime(1, 0)), minutesOnOnsetLine(QTime(23, 0)));
    EXPECT_EQ(clockOnOnsetLine(1140), QTime(1, 0));
    EXPECT_EQ(clockOnOnsetLine(540.4), QTime(15, 0));
}

TEST(AugmentationRollingMedian, countsOnlyNightsWithAnOnsetInThe28CalendarNights)
{
    // Onsets on the line: 21:00 900, 22:00 960, 20:00 840, 23:00 1020, 01:00 1140, 21:30 930, 22:30 990.
    const QList<QTime> week
        = {QTime(21, 0), QTime(22, 0), QTime(20, 0), QTime(23, 0), QTime(1, 0), QTime(21, 30), QTime(22, 30)};
    QList<Night> nights;
    for (int i = 0; i < 7; ++i)
        nights.append(night(Start.addDays(i), week.at(i), 5, false));
    nights.append(night(Start.addDays(7), std::nullopt, 5, false)); // logged, no onset
    nights.append(night(Start.addDays(8), QTime(21, 0), 5, false)); // 900
    nights.append(night(Start.addDays(30), QTime(20, 0), 5, false)); // after a gap: 840
    nights.append(night(Start.addDays(31), QTime(20, 0), 5, false)); // 840

    const auto medians = rollingMedianOnset(nights);
    ASSERT_EQ(medians.size(), nights.size());
    for (int i = 0; i < 6; ++i)
        EXPECT_FALSE(medians.at(i)) << "night " << i << " has fewer than 7 onsets";
    // 840 900 930 960 990 1020 1140 -> 960
    EXPECT_DOUBLE_EQ(medians.at(6).value(), 960);
    // the night without an onset adds nothing: still 960
    EXPECT_DOUBLE_EQ(medians.at(7).value(), 960);
    // 840 900 900 930 | 960 990 1020 1140 -> (930 + 960) / 2 = 945
    EXPECT_DOUBLE_EQ(medians.at(8).value(), 945);
    // Window of day 30 is days 3..30: 1020 1140 930 990 900 840, six onsets: none shown.
    EXPECT_FALSE(medians.at(9));
    EXPECT_FALSE(medians.at(10));

    const auto loose = rollingMedianOnset(nights, 28, 3);
    // days 3..30: 840 900 930 | 990 1020 1140 -> (930 + 990) / 2 = 960
    EXPECT_DOUBLE_EQ(loose.at(9).value(), 960);
    // days 4..31: 840 840 900 | 930 990 1140 -> (900 + 930) / 2 = 915
    EXPECT_DOUBLE_EQ(loose.at(10).value(), 915);
}

TEST(AugmentationWatch, firesWhenOnsetCreepsFourHoursEarlierOverMonths)
{
    QList<Night> nights;
    // A month before the medicine, at 23:00: not part of the stretch.
    for (int i = 0; i < 30; ++i)
        nights.append(night(Start.addDays(i), QTime(23, 0), 4, false));
    // 270 nights on pramipexole, onset one minute earlier each night from 22:00 (960 on the line).
    const QDate onFrom = Start.addDays(30);
    for (int i = 0; i < 270; ++i)
        nights.append(night(onFrom.addDays(i), at(960 - i), 4, true));

    const auto s = augmentationWatch(nights, test::seededCatalog(), onFrom.addDays(269));
    EXPECT_EQ(s.state, AugmentationState::Signal);
    EXPECT_EQ(s.stretchStart, onFrom);
    EXPECT_EQ(s.medicines, QStringList {QStringLiteral("Pramipexole")});
    // first 28: 960 - i for i 0..27, median (947 + 946) / 2 = 946.5
    EXPECT_DOUBLE_EQ(s.firstMedianOnset.value(), 946.5);
    // last 28: i 242..269, median 960 - 255.5 = 704.5
    EXPECT_DOUBLE_EQ(s.recentMedianOnset.value(), 704.5);
    // 242 minutes = 4.03 h
    EXPECT_NEAR(s.hoursEarlier.value(), 242.0 / 60, 1e-9);
    EXPECT_TRUE(s.note.contains(QStringLiteral("worth discussing with your doctor")));
    EXPECT_TRUE(s.note.contains(QStringLiteral("Pramipexole")));
    EXPECT_FALSE(s.note.contains(QStringLiteral("stop"), Qt::CaseInsensitive));
    EXPECT_TRUE(s.source.contains(QStringLiteral("Sleep Med 2007;8:520-530")));
}

TEST(AugmentationWatch, twoAndAHalfHoursEarlierFiresOnlyWhenArmsAppear)
{
    const auto catalog = test::seededCatalog();
    const QDate today = Start.addDays(83);
    // 21:30 (930) in the first 28 nights, 19:00 (780) in the last 28: 150 minutes = 2.5 h.
    const auto plain
        = augmentationWatch(threeBlocks(QTime(21, 30), QTime(20, 0), QTime(19, 0), false, false), catalog, today);
    EXPECT_EQ(plain.state, AugmentationState::NoSignal);
    EXPECT_DOUBLE_EQ(plain.hoursEarlier.value(), 2.5);
    EXPECT_TRUE(plain.note.isEmpty());

    const auto arms
        = augmentationWatch(threeBlocks(QTime(21, 30), QTime(20, 0), QTime(19, 0), false, true), catalog, today);
    EXPECT_EQ(arms.state, AugmentationState::Signal);
    EXPECT_TRUE(arms.armsAppeared);
    EXPECT_FALSE(arms.trunkAppeared);
    EXPECT_TRUE(arms.note.contains(QStringLiteral("arms")));

    // Arms from the start did not appear: no signal.
    const auto armsAll
        = augmentationWatch(threeBlocks(QTime(21, 30), QTime(20, 0), QTime(19, 0), true, true), catalog, today);
    EXPECT_EQ(armsAll.state, AugmentationState::NoSignal);
    EXPECT_FALSE(armsAll.armsAppeared);

    // 2.5 h earlier with symptoms a point stronger (MPI: greater intensity) fires too.
    QList<Night> stronger = threeBlocks(QTime(21, 30), QTime(20, 0), QTime(19, 0), false, false);
    for (int i = 56; i < 84; ++i)
        stronger[i].symptoms.severity = 6;
    const auto intensity = augmentationWatch(stronger, catalog, today);
    EXPECT_EQ(intensity.state, AugmentationState::Signal);
    EXPECT_TRUE(intensity.note.contains(QStringLiteral("from 5.0 to 6.0"))) << intensity.note.toStdString();

    // 1.5 h earlier with arms stays below the 2-hour step.
    const auto small
        = augmentationWatch(threeBlocks(QTime(21, 30), QTime(21, 0), QTime(20, 0), false, true), catalog, today);
    EXPECT_EQ(small.state, AugmentationState::NoSignal);
}

TEST(AugmentationWatch, firesOnSeverityUpByTwo)
{
    QList<Night> nights;
    // Same onset throughout; severity 4 in the first 28 nights, 6 in the last 28 (mean +2.0).
    for (int i = 0; i < 70; ++i)
        nights.append(night(Start.addDays(i), QTime(21, 0), i < 28 ? 4 : i < 42 ? 5 : 6, true));
    const auto s = augmentationWatch(nights, test::seededCatalog(), Start.addDays(69));
    EXPECT_EQ(s.state, AugmentationState::Signal);
    EXPECT_DOUBLE_EQ(s.firstMeanSeverity.value(), 4);
    EXPECT_DOUBLE_EQ(s.recentMeanSeverity.value(), 6);
    EXPECT_DOUBLE_EQ(s.hoursEarlier.value(), 0);
    EXPECT_TRUE(s.note.contains(QStringLiteral("from 4.0 to 6.0")));

    // +1.5 is not enough: the last 28 alternate 5 and 6 (mean 5.5).
    for (int i = 42; i < 70; ++i)
        nights[i].symptoms.severity = i % 2 == 0 ? 5 : 6;
    EXPECT_EQ(augmentationWatch(nights, test::seededCatalog(), Start.addDays(69)).state, AugmentationState::NoSignal);
}

TEST(AugmentationWatch, quietWithoutADopaminergicMedicine)
{
    QList<Night> nights;
    for (int i = 0; i < 120; ++i) {
        Night n = night(Start.addDays(i), at(960 - 2 * i), 4, false);
        n.intakes.append(
            {QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(20, 0)});
        nights.append(n);
    }
    const auto s = augmentationWatch(nights, test::seededCatalog(), Start.addDays(119));
    EXPECT_EQ(s.state, AugmentationState::NotOnMedicine);
    EXPECT_TRUE(s.note.isEmpty());
    EXPECT_TRUE(s.source.isEmpty());
}

TEST(AugmentationWatch, quietWhenTakenOnFewerThanFiveOfTheLastSevenNights)
{
    // Onset 6 h earlier over the stretch, but only 4 of the last 7 nights with a dose.
    QList<Night> nights;
    for (int i = 0; i < 120; ++i) {
        const bool dose = i < 113 || i % 2 == 1; // 113..119: doses on 113, 115, 117, 119
        nights.append(night(Start.addDays(i), at(960 - 3 * i), 4, dose));
    }
    EXPECT_EQ(
        augmentationWatch(nights, test::seededCatalog(), Start.addDays(119)).state, AugmentationState::NotOnMedicine);

    // Five of seven is on it.
    nights[114].intakes = nights[113].intakes;
    EXPECT_EQ(augmentationWatch(nights, test::seededCatalog(), Start.addDays(119)).state, AugmentationState::Signal);
}

TEST(AugmentationWatch, notEnoughNightsBefore28NightsOnIt)
{
    QList<Night> nights;
    for (int i = 0; i < 27; ++i)
        nights.append(night(Start.addDays(i), QTime(21, 0), 4, true));
    auto s = augmentationWatch(nights, test::seededCatalog(), Start.addDays(26));
    EXPECT_EQ(s.state, AugmentationState::NotEnoughNights);
    EXPECT_EQ(s.nightsOnMedicine, 27);
    EXPECT_TRUE(s.note.isEmpty());

    nights.append(night(Start.addDays(27), QTime(21, 0), 4, true));
    s = augmentationWatch(nights, test::seededCatalog(), Start.addDays(27));
    EXPECT_EQ(s.state, AugmentationState::NoSignal);
    EXPECT_EQ(s.nightsOnMedicine, 28);
}

TEST(AugmentationWatch, notEnoughNightsWhenTheWindowsHoldTooFewOnsetsOrSeverities)
{
    QList<Night> nights;
    for (int i = 0; i < 60; ++i) {
        Night n = night(Start.addDays(i), i % 5 == 0 ? std::optional<QTime>(QTime(21, 0)) : std::nullopt, 4, true);
        n.symptoms.severity.reset();
        nights.append(n);
    }
    // 6 onsets in each window (every fifth night), no severities.
    EXPECT_EQ(
        augmentationWatch(nights, test::seededCatalog(), Start.addDays(59)).state, AugmentationState::NotEnoughNights);
}

TEST(AugmentationWatch, looksBackFromTheLastNightOnOrBeforeToday)
{
    QList<Night> nights;
    for (int i = 0; i < 84; ++i)
        nights.append(night(Start.addDays(i), i < 56 ? QTime(22, 0) : QTime(17, 0), 4, true));
    // Today falls before the earlier onsets: they are not counted.
    const auto s = augmentationWatch(nights, test::seededCatalog(), Start.addDays(55));
    EXPECT_EQ(s.lastNight, Start.addDays(55));
    EXPECT_EQ(s.state, AugmentationState::NoSignal);
    EXPECT_EQ(augmentationWatch({}, test::seededCatalog(), Start).state, AugmentationState::NotOnMedicine);
}
