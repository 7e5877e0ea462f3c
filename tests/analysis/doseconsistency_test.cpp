// SPDX-License-Identifier: GPL-3.0-or-later
// One night, one magnesium total: the guidance note, the chart series and the CSV export all
// count through core/model/dose.h, whatever unit a dose was typed in and whether the magnesium
// is the catalog's own or a product the person added.
#include "analysis/trendseries.h"
#include "guidance/guidance.h"
#include "io/csvexport.h"
#include "io/csvfields.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

struct Totals {
    QString note; ///< the over-the-limit note's text
    double chart = 0; ///< the trend series' magnesium for the night
    QString csv; ///< the nightly export's magnesium cell
};

// Saves `doses` as the night of 2026-11-23 in a real diary and reads the three totals back.
Totals totalsOf(const QList<Intake> &doses)
{
    test::TempDiary diary;
    DiaryStore &store = diary.store();
    Substance own = newSubstanceNamed(QStringLiteral("Magnesium citrate powder"), QStringLiteral("g"));
    EXPECT_TRUE(store.addSubstance(own));
    const QDate date(2026, 11, 23);
    Night night;
    night.date = date;
    night.intakes = doses;
    EXPECT_TRUE(store.saveNight(night));
    const QList<Substance> catalog = store.substances().value();
    const Night saved = store.loadNight(date)->value();

    Totals t;
    for (const Guidance &g : guidanceFor(saved.intakes, catalog, GuidanceSettings {})) {
        if (g.kind == GuidanceKind::MagnesiumOverLimit)
            t.note = g.text;
    }
    TrendOptions options;
    options.from = date;
    options.to = date;
    t.chart = buildTrendSeries({saved}, catalog, options).nights[Measure::MagnesiumMg].value(0);
    const QByteArray csv = exportCsv(store, CsvKind::Nightly, date, date).value();
    const QStringList lines = QString::fromUtf8(csv).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"));
    const qsizetype column = lines.value(0).split(u',').indexOf(QStringLiteral("magnesium_elemental_mg"));
    EXPECT_GE(column, 0) << lines.value(0).toStdString();
    t.csv = lines.value(1).split(u',').value(column);
    return t;
}

Intake dose(const QString &substance, double amount, const QString &unit)
{
    return {substance, amount, unit, {}, QTime(21, 0)};
}

} // namespace

TEST(DoseConsistency, milligrams_sameTotalInNoteChartAndCsv)
{
    const Totals t = totalsOf({dose(substances::Magnesium, 400, QStringLiteral("mg"))});
    EXPECT_TRUE(t.note.contains(QStringLiteral("400 mg"))) << t.note.toStdString();
    EXPECT_DOUBLE_EQ(t.chart, 400.0);
    EXPECT_EQ(t.csv, QStringLiteral("400"));
}

TEST(DoseConsistency, grams_sameTotalInNoteChartAndCsv)
{
    const Totals t = totalsOf({dose(substances::Magnesium, 0.5, QStringLiteral("g"))});
    EXPECT_TRUE(t.note.contains(QStringLiteral("500 mg"))) << t.note.toStdString();
    EXPECT_DOUBLE_EQ(t.chart, 500.0);
    EXPECT_EQ(t.csv, QStringLiteral("500"));
}

TEST(DoseConsistency, micrograms_sameTotalInNoteChartAndCsv)
{
    const Totals t = totalsOf({dose(substances::Magnesium, 90000, QStringLiteral("mcg")),
        dose(substances::Magnesium, 300, QStringLiteral("mg"))});
    EXPECT_TRUE(t.note.contains(QStringLiteral("390 mg"))) << t.note.toStdString();
    EXPECT_DOUBLE_EQ(t.chart, 390.0);
    EXPECT_EQ(t.csv, QStringLiteral("390"));
}

TEST(DoseConsistency, ownMagnesiumProductMixedWithUnits_sameTotalInNoteChartAndCsv)
{
    const Totals t = totalsOf({dose(QStringLiteral("Magnesium citrate powder"), 0.25, QStringLiteral("g")),
        dose(substances::Magnesium, 100000, QStringLiteral("µg")),
        dose(substances::Magnesium, 60, QStringLiteral("mg"))});
    EXPECT_TRUE(t.note.contains(QStringLiteral("410 mg"))) << t.note.toStdString();
    EXPECT_DOUBLE_EQ(t.chart, 410.0);
    EXPECT_EQ(t.csv, QStringLiteral("410"));
}
