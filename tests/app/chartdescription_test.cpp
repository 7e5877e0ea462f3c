// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, accessibility: the trend chart is a picture to a screen reader. It carries the nights
// in view in words (core's trendChartDescription) as its accessible name and description, kept
// up to date as the range and the averaging change, and "Describe chart" shows the same words.
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "support/tempdiary.h"
#include "trends/trendplot.h"
#include "trends/trendspage.h"

#include <QAccessible>
#include <QCheckBox>
#include <QSettings>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate LastNight(2026, 11, 22);

// `days` calendar nights ending LastNight, every fifth one forgotten (i % 5 == 3, counting back
// from LastNight), severity 3 + i % 5.
QList<Night> nights(int days)
{
    QList<Night> out;
    for (int i = days - 1; i >= 0; --i) {
        if (i % 5 == 3)
            continue;
        Night n;
        n.date = LastNight.addDays(-i);
        n.symptoms.severity = 3 + i % 5;
        out.append(n);
    }
    return out;
}

struct Page {
    explicit Page(int days)
        : settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        EXPECT_TRUE(diary.store().saveNights(nights(days)));
        context = std::make_unique<DiaryContext>(diary.store(), false, settings);
        page = std::make_unique<TrendsPage>(*context);
        page->resize(1200, 700);
        page->show();
    }
    QString name() const { return QAccessible::queryAccessibleInterface(page->plot())->text(QAccessible::Name); }
    QString description() const
    {
        return QAccessible::queryAccessibleInterface(page->plot())->text(QAccessible::Description);
    }
    test::TempDiary diary;
    QSettings settings;
    std::unique_ptr<DiaryContext> context;
    std::unique_ptr<TrendsPage> page;
};

QString day(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

TEST(TrendChartInWords, followsTheRangeAndTheAveraging)
{
    Page p(400);
    p.page->showPreset(TrendsPage::Preset::FourWeeks);
    // 28 nights, i = 0..27 back from LastNight; i = 3, 8, 13, 18, 23 forgotten: 23 logged.
    const QDate first = LastNight.addDays(-27);
    EXPECT_EQ(p.name(), QStringLiteral("Trend chart, %1 to %2").arg(day(first), day(LastNight)));
    EXPECT_TRUE(
        p.description().startsWith(QStringLiteral("From %1 to %2, 23 of 28 nights logged; the chart shows each night.")
                                       .arg(day(first), day(LastNight))))
        << p.description().toStdString();
    // Severity 3 + i % 5: i = 27 (the first night) has 5, i = 0 (the last) 3; the lowest, 3, first
    // on i = 25, the highest, 7, first on i = 24 (i % 5 == 3 would be 6, and is never logged).
    EXPECT_TRUE(p.description().contains(
        QStringLiteral("first 5 on %1, last 3 on %2, lowest 3 on %3, highest 7 on %4")
            .arg(day(first), day(LastNight), day(LastNight.addDays(-25)), day(LastNight.addDays(-24)))))
        << p.description().toStdString();

    p.page->showPreset(TrendsPage::Preset::OneYear);
    EXPECT_EQ(
        p.name(), QStringLiteral("Trend chart, %1 to %2").arg(day(LastNight.addYears(-1).addDays(1)), day(LastNight)));
    EXPECT_TRUE(p.description().contains(QStringLiteral("the chart shows weekly means")));
    p.page->findChild<QCheckBox *>(QStringLiteral("weeklyToggle"))->click(); // back to every night
    EXPECT_TRUE(p.description().contains(QStringLiteral("the chart shows each night")));

    p.page->markNights({LastNight.addDays(-2), LastNight}, QStringLiteral("Nights with coffee after 14:00"));
    EXPECT_TRUE(p.description().endsWith(QStringLiteral("Marked along the top: Nights with coffee after 14:00, 2 "
                                                        "nights in view.")))
        << p.description().toStdString();
}

TEST(TrendChartInWords, tabReachesTheChart_andDescribeChartShowsTheSameWords)
{
    Page p(60);
    EXPECT_TRUE(p.page->plot()->focusPolicy() & Qt::TabFocus);
    auto *describe = p.page->findChild<QToolButton *>(QStringLiteral("describeChart"));
    ASSERT_NE(describe, nullptr);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    describe->click();
    // The same sentences as the screen reader's, one a line.
    EXPECT_EQ(MessageBox::lastText(), p.page->plot()->description().join(u'\n'));
    EXPECT_EQ(p.page->plot()->description().join(u' '), p.description());
    EXPECT_GE(p.page->plot()->description().size(), 8);
}
