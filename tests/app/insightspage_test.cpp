// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page driven through its widgets, on a real diary file.
#include "analysis/rangepreset.h"
#include "insights/forestplot.h"
#include "insights/insightspage.h"
#include "insights/labplot.h"
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "shell/mainwindow.h"
#include "support/tabs.h"
#include "support/tempdiary.h"
#include "trends/trendplot.h"
#include "trends/trendspage.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Day1(2026, 3, 1);

// 80 nights: magnesium 200 mg on nights 21-60, severity about 6 off it and 4 on it; a glass of
// wine on three nights only (too few to compare).
QList<Night> diaryNights()
{
    QList<Night> out;
    for (int i = 0; i < 80; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        const bool on = i >= 20 && i < 60;
        n.symptoms.severity = (on ? 4 : 6) + (i % 2 ? 1 : -1);
        n.sleep.quality = 3 + (i % 3 == 0 ? 1 : 0);
        if (on)
            n.intakes.append(
                {substances::Magnesium, 200, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)});
        if (i == 5 || i == 30 || i == 70)
            n.intakes.append({substances::Alcohol, 1, QStringLiteral("standard drinks"), {}, QTime(20, 0)});
        out.append(n);
    }
    return out;
}

struct InsightsOnDiary {
    explicit InsightsOnDiary(bool withNights = true)
        : settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        if (withNights) {
            EXPECT_TRUE(diary.store().saveNights(diaryNights()));
        }
        context = std::make_unique<DiaryContext>(diary.store(), false, settings);
        page = std::make_unique<InsightsPage>(*context);
        page->resize(1200, 700);
        page->show();
    }
    template <typename T> T *find(const char *name)
    {
        T *w = page->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QStringList sentences()
    {
        QStringList out;
        auto *list = find<QListWidget>("insightList");
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->text());
        return out;
    }

    test::TempDiary diary;
    QSettings settings;
    std::unique_ptr<DiaryContext> context;
    std::unique_ptr<InsightsPage> page;
};

} // namespace

TEST(InsightsPage, showsASentencePerFactor_magnesiumWithItsInterval)
{
    InsightsOnDiary f;
    const QStringList lines = f.sentences();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("On nights on magnesium (33 nights")))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("points lower (95 % interval"))) << lines.first().toStdString();
    EXPECT_TRUE(
        lines.filter(QStringLiteral("Alcohol: not enough nights yet; 4 more nights with alcohol are needed.")).size()
        == 1)
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(f.find<QLabel>("insightsCaveat")->text().contains(QStringLiteral("not proof")));
}

TEST(InsightsPage, forestPlot_hasARowForEachEstimate_notForTooFewNights)
{
    InsightsOnDiary f;
    ForestPlot *plot = f.page->plot();
    ASSERT_FALSE(plot->rowFactors().isEmpty());
    EXPECT_EQ(plot->rowFactors().first(), QStringLiteral("magnesium"));
    EXPECT_FALSE(plot->rowFactors().contains(QStringLiteral("alcohol")));
    int estimated = 0;
    for (const Insight &i : f.page->insights())
        estimated += i.comparison.ci95AdjustedLow ? 1 : 0;
    EXPECT_EQ(plot->rowFactors().size(), estimated);
}

TEST(InsightsPage, clickingARow_selectsItsSentence_andTheOtherWayRound)
{
    InsightsOnDiary f;
    ForestPlot *plot = f.page->plot();
    plot->replot();
    const QPoint row(plot->xAxis->coordToPixel(0), plot->yAxis->coordToPixel(0));
    QTest::mouseClick(plot, Qt::LeftButton, {}, row);
    EXPECT_EQ(plot->selectedFactor(), QStringLiteral("magnesium"));
    auto *list = f.find<QListWidget>("insightList");
    EXPECT_EQ(f.page->insights().at(list->currentRow()).factor, QStringLiteral("magnesium"));
    list->setCurrentRow(0);
    EXPECT_EQ(plot->selectedFactor(), f.page->insights().first().factor);
}

TEST(InsightsPage, outcomeAndRange_recompute)
{
    InsightsOnDiary f;
    auto *outcome = f.find<QComboBox>("outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(Outcome::SleepQuality)));
    ASSERT_FALSE(f.page->insights().isEmpty());
    EXPECT_EQ(f.page->insights().first().outcome, Outcome::SleepQuality);
    EXPECT_TRUE(f.sentences().first().contains(QStringLiteral("your sleep quality averaged")));
    auto *range = f.find<QComboBox>("rangeCombo");
    range->setCurrentIndex(range->findData(static_cast<int>(RangePreset::FourWeeks)));
    // The last 28 nights: 8 on magnesium (nights 53-60), its wash-out 61-67 left out, 13 off it.
    EXPECT_EQ(f.page->insights().first().comparison.nWith, 8);
    EXPECT_EQ(f.page->insights().first().comparison.nWithout, 13);
    EXPECT_TRUE(f.find<QLabel>("insightsHeading")->text().contains(QStringLiteral("Sleep quality")));
}

TEST(InsightsPage, followsTheDiary_whenAnotherPageSaves)
{
    InsightsOnDiary f;
    const int before = f.page->insights().first().comparison.nWith;
    Night extra;
    extra.date = Day1.addDays(80);
    extra.symptoms.severity = 3;
    extra.intakes.append({substances::Magnesium, 200, QStringLiteral("mg"), {}, QTime(21, 0)});
    ASSERT_TRUE(f.diary.store().saveNight(extra));
    f.context->notifyNightsChanged(extra.date, extra.date);
    EXPECT_EQ(f.page->insights().first().comparison.nWith, before); // a new period's run-in night
    EXPECT_GT(f.page->insights().first().comparison.nWithout + f.page->insights().first().comparison.nWith, 0);
}

TEST(InsightsPage, emptyDiary_saysSo_andHowToRead_opens)
{
    InsightsOnDiary f(false);
    EXPECT_TRUE(f.find<QLabel>("insightsHeading")->text().startsWith(QStringLiteral("No nights logged yet")));
    EXPECT_TRUE(f.page->plot()->rowFactors().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    f.find<QPushButton>("howToRead")->click();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("a bad night tends to follow a bad night")));
}

TEST(InsightsPage, augmentationWatch_saysWhatItSees)
{
    InsightsOnDiary f;
    auto *watch = f.find<QLabel>("augmentationNote");
    EXPECT_EQ(f.page->augmentation().state, AugmentationState::NotOnMedicine);
    EXPECT_TRUE(watch->text().contains(QStringLiteral("no dopamine medicine"))) << watch->text().toStdString();
}

TEST(InsightsPage, augmentationWatch_firesOnAConstructedDiary_asANoteForTheDoctor)
{
    // 120 nights on pramipexole; symptoms start at 21:00 in the first weeks and at 16:00 in the
    // last weeks, and arms appear.
    InsightsOnDiary f(false);
    QList<Night> nights;
    for (int i = 0; i < 120; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        n.symptoms.severity = 5;
        n.symptoms.onset = i < 60 ? QTime(21, 0) : QTime(16, 0);
        n.symptoms.bodyAreas = i < 60 ? BodyAreas(BodyArea::Legs) : (BodyArea::Legs | BodyArea::Arms);
        n.intakes.append({QStringLiteral("Pramipexole"), 0.25, QStringLiteral("mg"), {}, QTime(20, 0)});
        nights.append(n);
    }
    ASSERT_TRUE(f.diary.store().saveNights(nights));
    f.context->notifyNightsChanged(nights.first().date, nights.last().date); // as a page that writes does
    EXPECT_EQ(f.page->augmentation().state, AugmentationState::Signal);
    const QString text = f.find<QLabel>("augmentationNote")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Worth discussing with your doctor"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Source:"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("stop"), Qt::CaseInsensitive)) << text.toStdString();
}

TEST(InsightsPage, ferritinAndSaturation_areDrawnOverTime_onlyWhenThereAreSome)
{
    InsightsOnDiary f;
    EXPECT_FALSE(f.page->labPlot()->isVisible());
    for (const auto &[days, ferritin, saturation] : {std::tuple {0, 38.0, 16.0}, {40, 61.0, 22.0}, {79, 96.0, 28.0}}) {
        ASSERT_TRUE(f.diary.store().addLabResult(
            {0, Day1.addDays(days), labtests::Ferritin, ferritin, QStringLiteral("ng/mL")}));
        ASSERT_TRUE(f.diary.store().addLabResult(
            {0, Day1.addDays(days), labtests::TransferrinSaturation, saturation, QStringLiteral("%")}));
    }
    // A ferritin in another unit is not put on the ng/mL axis.
    ASSERT_TRUE(f.diary.store().addLabResult({0, Day1, labtests::Ferritin, 80, QStringLiteral("pmol/L")}));
    f.page->reload();
    EXPECT_TRUE(f.page->labPlot()->isVisible());
    EXPECT_EQ(f.page->labPlot()->ferritinPoints(), 3);
    EXPECT_EQ(f.page->labPlot()->saturationPoints(), 3);
}

TEST(InsightsPage, showOnTrends_marksTheFindingsNightsOnTheChart_inTheMainWindow)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(diaryNights()));
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.show();
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    auto *insights = test::showTab<InsightsPage>(*pages, QStringLiteral("Insights"));
    ASSERT_NE(insights, nullptr);
    auto *list = insights->findChild<QListWidget *>(QStringLiteral("insightList"));
    auto *button = insights->findChild<QPushButton *>(QStringLiteral("showOnTrends"));
    EXPECT_FALSE(button->isEnabled());
    list->setCurrentRow(0); // magnesium
    ASSERT_TRUE(button->isEnabled());
    button->click();
    EXPECT_EQ(pages->currentIndex(), test::tabNamed(*pages, QStringLiteral("Trends")));
    auto *trends = window.findChild<TrendsPage *>(); // built by the click
    ASSERT_NE(trends, nullptr);
    EXPECT_EQ(trends->plot()->markedNights(), insights->insights().first().comparison.nWith);
    EXPECT_EQ(trends->plot()->visibleFrom(), insights->insights().first().nightsWith.first());
}

// Issue 15: Trends and Insights both hold every night; at 30 years two copies cost megabytes. They
// read them through the context, which reads the diary once and hands out the same shared list,
// and reads it again after any change.
TEST(DiaryContextNights, trendsAndInsights_shareOneCopy_untilTheNightsChange)
{
    InsightsOnDiary f(false);
    QList<Night> nights;
    for (int i = 0; i < 40; ++i) {
        Night n;
        n.date = Day1.addDays(i);
        n.symptoms.severity = i % 10;
        nights.append(n);
    }
    ASSERT_TRUE(f.diary.store().saveNights(nights));
    f.context->notifyNightsChanged(nights.first().date, nights.last().date);
    auto first = f.context->allNights();
    auto second = f.context->allNights();
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->size(), 40);
    EXPECT_TRUE(first->isSharedWith(second.value())); // one copy in memory

    Night changed = nights.first();
    changed.symptoms.severity = 9;
    ASSERT_TRUE(f.diary.store().saveNights({changed}));
    f.context->notifyNightsChanged(changed.date, changed.date);
    auto third = f.context->allNights();
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->isSharedWith(first.value()));
    EXPECT_EQ(third->first().symptoms.severity, 9);
    EXPECT_EQ(first->first().symptoms.severity, 0); // what a page held is its own until it reloads
}
