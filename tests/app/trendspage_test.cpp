// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/daykey.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "support/tempdiary.h"
#include "trends/chartexport.h"
#include "trends/trendplot.h"
#include "trends/trendspage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace rls;

namespace {

const QDate LastNight(2026, 11, 22);

// A diary of `days` calendar nights ending LastNight: every fifth night forgotten, magnesium
// citrate 300 mg on the last 40 nights logged.
QList<Night> handMadeNights(int days)
{
    QList<Night> nights;
    for (int i = days - 1; i >= 0; --i) {
        if (i % 5 == 3)
            continue;
        Night n;
        n.date = LastNight.addDays(-i);
        n.symptoms.severity = 3 + i % 5;
        n.sleep.quality = 1 + i % 5;
        if (i < 40)
            n.intakes.append({QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
        nights.append(n);
    }
    return nights;
}

// A page on a real diary file, shown offscreen at a fixed size.
struct PageOnDiary {
    explicit PageOnDiary(int days)
        : settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        if (days > 0) {
            EXPECT_TRUE(diary.store().saveNights(handMadeNights(days)));
        }
        context = std::make_unique<DiaryContext>(diary.store(), false, settings);
        page = std::make_unique<TrendsPage>(*context);
        page->resize(1200, 700);
        page->show();
    }
    TrendPlot &plot() { return *page->plot(); }
    QCPGraph *graph(const char *name) { return plot().findChild<QCPGraph *>(QString::fromLatin1(name)); }
    QCPRange dateRange() { return plot().sleepRect()->axis(QCPAxis::atBottom)->range(); }

    test::TempDiary diary;
    QSettings settings;
    std::unique_ptr<DiaryContext> context;
    std::unique_ptr<TrendsPage> page;
};

int finiteCount(const QCPGraph *graph)
{
    int n = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        n += std::isfinite(it->value) ? 1 : 0;
    return n;
}

} // namespace

TEST(TrendsPage, loadsTheDiary_onePointPerCalendarNightWithGapsForForgottenOnes)
{
    PageOnDiary p(100);
    QCPGraph *severity = p.graph("severityGraph");
    ASSERT_NE(severity, nullptr);
    EXPECT_EQ(severity->data()->size(), 100); // every calendar night, forgotten ones as gaps
    EXPECT_EQ(finiteCount(severity), 80);
    auto *magnesium = p.plot().findChild<QCPBars *>(QStringLiteral("magnesiumBars"));
    ASSERT_NE(magnesium, nullptr);
    EXPECT_EQ(magnesium->data()->size(), 32); // the last 40 nights, less the 8 forgotten
    EXPECT_EQ(p.plot().series().regimens.size(), 1);
}

TEST(TrendsPage, opensOnThreeMonths_endingAtTheNewestNight)
{
    PageOnDiary p(400);
    EXPECT_EQ(p.plot().visibleTo(), LastNight);
    EXPECT_EQ(p.plot().visibleFrom(), LastNight.addMonths(-3).addDays(1));
    EXPECT_DOUBLE_EQ(p.dateRange().upper, dayKey(LastNight) + SecondsPerDay / 2);
    EXPECT_FALSE(p.page->findChild<QCheckBox *>(QStringLiteral("weeklyToggle"))->isChecked());
    EXPECT_TRUE(p.page->findChild<QLabel *>(QStringLiteral("trendsSummary"))->text().contains(QStringLiteral("of 92")));
}

TEST(TrendsPage, presets_setTheDateAxis_andWeeklyMeansAboveSixMonths)
{
    PageOnDiary p(400);
    auto *weekly = p.page->findChild<QCheckBox *>(QStringLiteral("weeklyToggle"));

    p.page->showPreset(TrendsPage::Preset::FourWeeks);
    EXPECT_EQ(p.plot().visibleFrom(), LastNight.addDays(-27));
    EXPECT_NEAR(p.dateRange().size(), 28 * SecondsPerDay, 1e-6);
    EXPECT_FALSE(weekly->isChecked());
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), 400); // the rolling mean, per night

    p.page->showPreset(TrendsPage::Preset::OneYear);
    EXPECT_EQ(p.plot().visibleFrom(), LastNight.addYears(-1).addDays(1));
    EXPECT_TRUE(weekly->isChecked());
    EXPECT_TRUE(p.plot().isWeekly());
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), p.plot().series().weeks.size());
    EXPECT_EQ(p.graph("severityGraph")->data()->size(), 0); // nightly points give way to weeks

    p.page->showPreset(TrendsPage::Preset::All);
    EXPECT_EQ(p.plot().visibleFrom(), LastNight.addDays(-399));
    EXPECT_EQ(p.plot().visibleTo(), LastNight);
    EXPECT_FALSE(p.plot().isMonthly()); // 400 nights: weeks are still few enough

    weekly->click(); // the person may still ask for every night
    EXPECT_EQ(p.graph("severityGraph")->data()->size(), 400);
}

TEST(TrendsPage, allOnALongDiary_plotsMonthlyMeans_andZoomingInBringsBackWeeks)
{
    constexpr int Days = 4000; // about 11 years
    PageOnDiary p(Days);
    auto *summary = p.page->findChild<QLabel *>(QStringLiteral("trendsSummary"));
    auto *magnesium = p.plot().findChild<QCPBars *>(QStringLiteral("magnesiumBars"));
    const QDate first = LastNight.addDays(-(Days - 1));
    const int calendarMonths = (LastNight.year() - first.year()) * 12 + LastNight.month() - first.month() + 1;

    p.page->showPreset(TrendsPage::Preset::All);
    EXPECT_TRUE(p.plot().isMonthly());
    EXPECT_EQ(p.plot().series().months.size(), calendarMonths);
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), calendarMonths);
    EXPECT_EQ(p.graph("sleepQualityGraph")->data()->size(), calendarMonths);
    EXPECT_EQ(p.graph("severityMeanGraph")->name(), QStringLiteral("Monthly mean severity"));
    // Magnesium on the last 40 nights (14 October to 22 November): two months of it, drawn as
    // one stepped area instead of bars, and still named in the legend.
    QCPGraph *area = p.graph("magnesiumArea");
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(magnesium->data()->size(), 0);
    EXPECT_EQ(area->data()->size(), calendarMonths);
    int monthsOnMagnesium = 0;
    for (auto it = area->data()->constBegin(); it != area->data()->constEnd(); ++it)
        monthsOnMagnesium += it->value > 0 ? 1 : 0;
    EXPECT_EQ(monthsOnMagnesium, 2);
    EXPECT_TRUE(p.plot().legend->hasItemWithPlottable(magnesium));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Monthly means")));

    // A wheel zoom to under three years goes back to weekly means, and out again to monthly.
    QCPAxis *x = p.plot().sleepRect()->axis(QCPAxis::atBottom);
    x->scaleRange(0.2, x->range().center());
    EXPECT_FALSE(p.plot().isMonthly());
    EXPECT_TRUE(p.plot().isWeekly());
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), p.plot().series().weeks.size());
    const TrendRows &weeks = p.plot().series().weeks;
    const auto weeksOnMagnesium = std::count_if(weeks.last.cbegin(), weeks.last.cend(),
        [](QDate last) { return last >= LastNight.addDays(-39); }); // weeks touching the last 40 nights
    EXPECT_EQ(magnesium->data()->size(), weeksOnMagnesium);
    EXPECT_EQ(area->data()->size(), 0);
    EXPECT_FALSE(summary->text().contains(QStringLiteral("Monthly means")));
    x->scaleRange(5, x->range().center());
    EXPECT_TRUE(p.plot().isMonthly());
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), calendarMonths);

    p.page->showPreset(TrendsPage::Preset::OneYear);
    EXPECT_FALSE(p.plot().isMonthly());
    EXPECT_EQ(p.graph("severityMeanGraph")->data()->size(), p.plot().series().weeks.size());
}

TEST(TrendsPage, customDates_showExactlyThoseNights)
{
    PageOnDiary p(400);
    const QDate from = LastNight.addDays(-50);
    const QDate to = LastNight.addDays(-20);
    p.page->showDates(from, to);
    EXPECT_EQ(p.plot().visibleFrom(), from);
    EXPECT_EQ(p.plot().visibleTo(), to);
    EXPECT_EQ(p.page->findChild<QDateEdit *>(QStringLiteral("trendsFrom"))->date(), from);
    EXPECT_EQ(p.page->findChild<QDateEdit *>(QStringLiteral("trendsTo"))->date(), to);
}

TEST(TrendsPage, panelsShareOneDateAxis_andTheViewStaysWithinTheDiary)
{
    PageOnDiary p(200);
    p.page->showPreset(TrendsPage::Preset::FourWeeks);
    QCPAxis *top = p.plot().severityRect()->axis(QCPAxis::atBottom);
    top->moveRange(-10 * SecondsPerDay); // as a drag on the top panel does
    const QCPRange moved = top->range();
    EXPECT_EQ(p.plot().sleepRect()->axis(QCPAxis::atBottom)->range(), moved);
    EXPECT_EQ(p.plot().intakeRect()->axis(QCPAxis::atBottom)->range(), moved);
    EXPECT_EQ(p.plot().visibleTo(), LastNight.addDays(-10));

    top->moveRange(1000 * SecondsPerDay); // far past the newest night
    EXPECT_EQ(p.plot().visibleTo(), LastNight);
    top->setRange(0, 1); // a zoom far in keeps a week in view
    EXPECT_NEAR(p.dateRange().size(), 7 * SecondsPerDay, 1e-6);
}

TEST(TrendsPage, followsTheDiary_whenAnotherPageSavesOrDeletes)
{
    PageOnDiary p(60);
    const int before = finiteCount(p.graph("severityGraph"));
    const QDate forgotten = LastNight.addDays(-3); // i == 3 was never logged
    Night n = test::fullNight(forgotten);
    ASSERT_TRUE(p.diary.store().saveNight(n));
    p.context->notifyNightsChanged(forgotten, forgotten);
    EXPECT_EQ(finiteCount(p.graph("severityGraph")), before + 1);

    ASSERT_TRUE(p.diary.store().deleteNight(LastNight).ok());
    p.context->notifyNightsChanged(LastNight, LastNight);
    EXPECT_EQ(p.plot().series().to, LastNight.addDays(-1));
}

TEST(TrendsPage, doubleClickOnANight_asksToOpenIt)
{
    PageOnDiary p(60);
    p.page->showPreset(TrendsPage::Preset::FourWeeks);
    p.plot().replot();
    QSignalSpy opened(p.context.get(), &DiaryContext::openNightRequested);
    const QDate night = LastNight.addDays(-5);
    QCPAxisRect *rect = p.plot().severityRect();
    const QPoint at(int(rect->axis(QCPAxis::atBottom)->coordToPixel(dayKey(night))), rect->rect().center().y());
    QTest::mouseDClick(&p.plot(), Qt::LeftButton, Qt::NoModifier, at);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toDate(), night);
}

TEST(TrendsPage, emptyDiary_saysSoInsteadOfAnEmptyChart)
{
    PageOnDiary p(0);
    auto *message = p.page->findChild<QLabel *>(QStringLiteral("trendsMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("No nights logged yet")));
    p.page->showPreset(TrendsPage::Preset::All); // nothing to show, and no crash
}

TEST(TrendsPage, exportPng_writesAnImageOfThePrintSize)
{
    PageOnDiary p(120);
    const QString path = p.diary.dir() + QStringLiteral("/chart.png");
    ASSERT_TRUE(p.page->exportPng(path));
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), PrintPageSize * 2);
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white)); // print colours, whatever the screen's palette
}

TEST(TrendsPage, saveChartPng_hasTheRequestedSize)
{
    PageOnDiary p(30);
    const QString path = p.diary.dir() + QStringLiteral("/small.png");
    ASSERT_TRUE(saveChartPng(p.plot(), path, {QStringLiteral("Title"), QStringLiteral("Sub")}, QSize(640, 400), 1.5));
    EXPECT_EQ(QImage(path).size(), QSize(960, 600));
    EXPECT_EQ(p.plot().legend->textColor(), p.plot().palette().color(QPalette::Text)); // screen look is back
}

TEST(TrendsPage, exportPdf_writesAOnePagePdf)
{
    PageOnDiary p(120);
    const QString path = p.diary.dir() + QStringLiteral("/chart.pdf");
    ASSERT_TRUE(p.page->exportPdf(path));
    const QByteArray bytes = test::fileBytes(path);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.contains("/Count 1"));
}

TEST(TrendsPage, exportIntoAMissingFolder_failsWithAMessage_andWritesNothing)
{
    PageOnDiary p(30);
    const QString path = p.diary.dir() + QStringLiteral("/no such folder/chart.png");
    const auto saved = p.page->exportPng(path);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("chart.png")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(TrendsPage, saveButton_writesWhereThePersonChose)
{
    PageOnDiary p(30);
    const QString path = p.diary.dir() + QStringLiteral("/chosen.png");
    FileDialog::setNextFileName(path);
    p.page->findChild<QToolButton *>(QStringLiteral("exportPng"))->click();
    EXPECT_FALSE(QImage(path).isNull());
}

TEST(TrendsPageExport, headingSaysTheDayOfExport_byTheDiarysClock)
{
    PageOnDiary p(60);
    p.context->setClock([] { return QDateTime(QDate(2031, 3, 15), QTime(9, 0)); });
    p.page->showDates(LastNight.addDays(-27), LastNight);
    const ChartHeading heading = p.page->exportHeading();
    EXPECT_TRUE(heading.subtitle.contains(QLocale().toString(QDate(2031, 3, 15), u"d MMMM yyyy")))
        << heading.subtitle.toStdString();
    EXPECT_TRUE(heading.title.contains(QLocale().toString(LastNight, u"d MMMM yyyy"))) << heading.title.toStdString();
}

TEST(TrendsPage, onsetPanel_drawsThe28NightMedian_onTheSameDates)
{
    PageOnDiary p(0);
    QList<Night> nights;
    for (int i = 59; i >= 0; --i) {
        Night n;
        n.date = LastNight.addDays(-i);
        n.symptoms.severity = 5;
        // 21:00 for the first 30 nights, 17:00 after: the median line steps down (earlier).
        n.symptoms.onset = i >= 30 ? QTime(21, 0) : QTime(17, 0);
        nights.append(n);
    }
    ASSERT_TRUE(p.diary.store().saveNights(nights));
    p.context->notifyNightsChanged(nights.first().date, nights.last().date); // as a page that writes does
    QCPGraph *median = p.plot().onsetMedian();
    ASSERT_EQ(median->dataCount(), 60 - 6); // a median needs 7 onsets in its 28 nights
    EXPECT_DOUBLE_EQ(median->data()->at(0)->value, 15 * 60.0); // 21:00 is 15 h after 06:00
    EXPECT_DOUBLE_EQ(median->data()->at(median->dataCount() - 1)->value, 11 * 60.0); // 17:00
    EXPECT_EQ(p.plot().onsetRect()->axis(QCPAxis::atBottom)->range(), p.dateRange());
    bool inLegend = false;
    for (int i = 0; i < p.plot().legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(p.plot().legend->item(i)))
            inLegend = inLegend || item->plottable() == median;
    }
    EXPECT_TRUE(inLegend);
}

TEST(TrendsPage, labResults_areMarkedOnTheSameDates)
{
    PageOnDiary p(60);
    ASSERT_TRUE(p.diary.store().addLabResult(
        {0, LastNight.addDays(-30), QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")}));
    ASSERT_TRUE(p.diary.store().addLabResult(
        {0, LastNight.addDays(-30), QStringLiteral("Transferrin saturation"), 18, QStringLiteral("%")}));
    p.page->reload();
    QCPGraph *labs = p.plot().labMarks();
    ASSERT_EQ(labs->dataCount(), 2);
    EXPECT_DOUBLE_EQ(labs->data()->at(0)->key, dayKey(LastNight.addDays(-30)));
}
