// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tempdiary.h"
#include "trends/dateticker.h"
#include "trends/regimenbands.h"
#include "trends/trendtooltip.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {
TrendOptions range(QDate from, QDate to)
{
    TrendOptions o;
    o.from = from;
    o.to = to;
    return o;
}
} // namespace

TEST(TrendTooltip, loggedNight_showsSeveritySleepAndEveryDose)
{
    const QDate d(2026, 11, 20);
    const QList<Night> nights {test::fullNight(d)};
    const TrendSeries series = buildTrendSeries(nights, test::seededCatalog(), range(d.addDays(-3), d));
    const QString text = trendTooltip(series, nights, d, false);
    EXPECT_TRUE(text.contains(QLocale().toString(d, QLocale::LongFormat))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Severity: <b>7</b> of 10")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sleep quality: 2 of 5 (poor)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Magnesium: 300 mg (glycinate)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Alcohol: 1.5 standard drinks")));
    EXPECT_TRUE(text.contains(QStringLiteral("Caffeine: 95 mg")));
}

// Issue 13: a recorded 0 (no alcohol that day) reads as "none", not as "0 standard drinks".
TEST(TrendTooltip, aRecordedZero_readsAsNone)
{
    const QDate d(2026, 11, 20);
    Night n = test::fullNight(d);
    n.intakes[3].amount = 0;
    const QList<Night> nights {n};
    const TrendSeries series = buildTrendSeries(nights, test::seededCatalog(), range(d.addDays(-3), d));
    const QString text = trendTooltip(series, nights, d, false);
    EXPECT_TRUE(text.contains(QStringLiteral("Alcohol: none"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Caffeine: 95 mg")));
}

TEST(TrendTooltip, unloggedNight_saysNothingWasLogged)
{
    const QDate d(2026, 11, 20);
    const QList<Night> nights {test::fullNight(d)};
    const TrendSeries series = buildTrendSeries(nights, test::seededCatalog(), range(d.addDays(-3), d));
    EXPECT_TRUE(trendTooltip(series, nights, d.addDays(-1), false).contains(QStringLiteral("Nothing logged")));
}

TEST(TrendTooltip, whatThePersonTyped_isEscaped)
{
    const QDate d(2026, 11, 20);
    Night n = test::fullNight(d);
    n.intakes.front().form = QStringLiteral("<b>citrate</b>");
    const TrendSeries series = buildTrendSeries({n}, test::seededCatalog(), range(d, d));
    EXPECT_TRUE(trendTooltip(series, {n}, d, false).contains(QStringLiteral("&lt;b&gt;citrate")));
}

TEST(TrendTooltip, monthlyChart_addsTheMonthsMeans)
{
    const QDate d(2026, 11, 20);
    Night other = test::fullNight(QDate(2026, 11, 2));
    other.symptoms.severity = 3;
    const QList<Night> nights {other, test::fullNight(d)};
    const TrendSeries series = buildTrendSeries(nights, test::seededCatalog(), range(QDate(2026, 10, 1), d));
    const QString text = trendTooltip(series, nights, d, true, true);
    const QString month = QLocale().toString(QDate(2026, 11, 1), QStringLiteral("MMMM yyyy"));
    EXPECT_TRUE(text.contains(month + QStringLiteral(": mean severity %1").arg(QLocale().toString(5.0, 'f', 1))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(2 nights logged)")));
    const QString weekly = trendTooltip(series, nights, d, true, false);
    EXPECT_FALSE(weekly.contains(month + QStringLiteral(": mean severity"))) << weekly.toStdString();
    EXPECT_TRUE(weekly.contains(QStringLiteral("Week ")));
}

TEST(DateTicker, monthsStartOnTheFirst_andNameTheYearWhereItChanges)
{
    const auto step = DateTicker::stepFor(365, 8);
    EXPECT_EQ(step.unit, DateTicker::Unit::Month);
    const auto dates = DateTicker::tickDates(QDate(2025, 11, 20), QDate(2026, 11, 20), step);
    ASSERT_FALSE(dates.isEmpty());
    for (const QDate &d : dates)
        EXPECT_EQ(d.day(), 1);
    const QStringList labels = DateTicker::labels(dates, step, QLocale(QLocale::English));
    EXPECT_TRUE(labels.front().contains(QStringLiteral("2025")) || labels.front().contains(QStringLiteral("2026")));
    const qsizetype january = dates.indexOf(QDate(2026, 1, 1));
    ASSERT_GE(january, 0);
    EXPECT_TRUE(labels.at(january).contains(QStringLiteral("2026")));
}

TEST(DateTicker, weeksStartOnMondays_andDecadesOnTheFirstOfJanuary)
{
    const auto weeks = DateTicker::tickDates(QDate(2026, 3, 1), QDate(2026, 4, 1), {DateTicker::Unit::Week, 1});
    ASSERT_EQ(weeks.size(), 5);
    for (const QDate &d : weeks)
        EXPECT_EQ(d.dayOfWeek(), Qt::Monday);
    const auto years = DateTicker::tickDates(QDate(1996, 5, 1), QDate(2026, 5, 1), DateTicker::stepFor(30 * 365.25, 8));
    ASSERT_FALSE(years.isEmpty());
    for (const QDate &d : years)
        EXPECT_TRUE(d.month() == 1 && d.day() == 1 && d.year() % 5 == 0) << d.toString(Qt::ISODate).toStdString();
}

TEST(RegimenBandLabel, namesFormAndDose_orTheSpanWhenDosesVaried)
{
    RegimenPeriod steady {QDate(2026, 1, 1), QDate(2026, 2, 1), QStringLiteral("glycinate"), 300, 300, 300, 30};
    EXPECT_EQ(RegimenBands::label(steady), QStringLiteral("Magnesium glycinate, 300 mg/day"));
    RegimenPeriod varied = steady;
    varied.lowestMg = 100;
    varied.highestMg = 400;
    EXPECT_EQ(RegimenBands::label(varied), QStringLiteral("Magnesium glycinate, 100–400 mg/day"));
}
