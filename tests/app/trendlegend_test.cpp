// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends legend in a language with long names (issue 14): it takes as many rows as the
// chart's width needs, so that no name is cut short, and goes back to one row where there is room.
#include "session/diarycontext.h"
#include "shared/translation.h"
#include "support/tempdiary.h"
#include "trends/trendplot.h"
#include "trends/trendspage.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace rls;

namespace {

// 60 nights with severity, sleep, magnesium and iron: a legend of every kind of entry.
QList<Night> nights()
{
    QList<Night> out;
    for (int i = 0; i < 60; ++i) {
        Night n;
        n.date = QDate(2026, 11, 22).addDays(-i);
        n.symptoms.severity = 2 + i % 6;
        n.symptoms.onset = QTime(21, 0);
        n.sleep.quality = 1 + i % 5;
        n.intakes.append({QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("citrate"), {}});
        n.intakes.append({QStringLiteral("Iron"), 25, QStringLiteral("mg"), {}, {}});
        out.append(n);
    }
    return out;
}

struct Legend {
    int rows = 0;
    int entries = 0;
    QStringList cut; // entries narrower than their name needs
};

Legend legendAt(TrendPlot &plot, int width)
{
    plot.window()->resize(width, 700);
    plot.replot(); // lays the legend out
    Legend out;
    QCPLegend *legend = plot.legend;
    out.rows = legend->rowCount();
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item)
            continue;
        ++out.entries;
        const QCPAbstractLegendItem *asItem = item; // the size hint is public there
        if (item->outerRect().width() < asItem->minimumOuterSizeHint().width())
            out.cut.append(item->plottable()->name());
    }
    return out;
}

} // namespace

TEST(TrendLegend, inGerman_wrapsToFitTheWidth_andCutsNoName)
{
    const Translation german(Language::German, QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(nights()));
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    TrendsPage page(context);
    page.show();
    TrendPlot &plot = *page.plot();

    const Legend wide = legendAt(plot, 2400);
    EXPECT_GE(wide.entries, 7);
    EXPECT_EQ(wide.rows, 1);
    EXPECT_TRUE(wide.cut.isEmpty()) << wide.cut.join(QStringLiteral(", ")).toStdString();
    // Narrower and narrower, then wide again: each width lays out anew (a wrapped grid has
    // empty cells, which the next fitting must step over).
    for (int width : {1280, 900, 600, 1280, 2400}) {
        const Legend fitted = legendAt(plot, width);
        EXPECT_EQ(fitted.entries, wide.entries) << width;
        EXPECT_TRUE(fitted.cut.isEmpty()) << width << ": " << fitted.cut.join(QStringLiteral(", ")).toStdString();
        if (width <= 900) {
            EXPECT_GT(fitted.rows, 1) << width;
        }
    }
}
