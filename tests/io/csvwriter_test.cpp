// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/csvtesthelpers.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "model/dose.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

TEST(CsvWriter, startsWithBom_endsRowsWithCrLf_quotesOnlyWhatNeedsIt)
{
    CsvWriter w;
    w.plain(QStringLiteral("2026-11-23")).text(QStringLiteral("a, b")).text(QStringLiteral("say \"hi\""));
    w.text(QStringLiteral("two\nlines")).text(QStringLiteral("plain"));
    w.endRow();
    EXPECT_EQ(w.bytes(),
        QByteArray("\xEF\xBB\xBF"
                   "2026-11-23,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n"));
}

TEST(CsvWriter, nonAsciiIsWrittenAsUtf8)
{
    CsvWriter w;
    w.text(QStringLiteral("ça va, Grüße"));
    w.endRow();
    EXPECT_EQ(w.bytes().mid(3), QStringLiteral("\"ça va, Grüße\"\r\n").toUtf8());
}

TEST(CsvFormula, textThatASpreadsheetWouldRun_isGuardedWithAnApostrophe)
{
    for (const QString &s : {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1"),
             QStringLiteral("-5"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")}) {
        EXPECT_EQ(guardFormula(s), QStringLiteral("'") + s);
        EXPECT_EQ(unguardFormula(guardFormula(s)), s);
    }
}

TEST(CsvFormula, ordinaryTextAndApostrophesAreLeftAlone_andGuardingIsReversible)
{
    EXPECT_EQ(guardFormula(QStringLiteral("Legs calm")), QStringLiteral("Legs calm"));
    EXPECT_EQ(guardFormula(QStringLiteral("'Twas a bad night")), QStringLiteral("'Twas a bad night"));
    EXPECT_EQ(unguardFormula(QStringLiteral("'Twas a bad night")), QStringLiteral("'Twas a bad night"));
    // A note that itself starts with an apostrophe and a formula survives the round trip.
    const QString tricky = QStringLiteral("'=1+1");
    EXPECT_EQ(guardFormula(tricky), QStringLiteral("''=1+1"));
    EXPECT_EQ(unguardFormula(guardFormula(tricky)), tricky);
}

TEST(CsvExport, formulaNote_reachesTheFileAsText_whileNumbersStayNumbers)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.note = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    const QByteArray csv = nightlyCsv({n}, test::seededCatalog());
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    const auto table = readCsv(csv);
    ASSERT_TRUE(table);
    const QStringList row = table->rows.first().cells;
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("symptom_severity_0_10"))), QStringLiteral("7"));
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("magnesium_elemental_mg"))), QStringLiteral("300"));
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("alcohol_standard_drinks"))), QStringLiteral("1.5"));
}

TEST(CsvExport, nightlyRow_hasClinicianColumns_computedSleepMetrics_andEmptyCellsForMissing)
{
    Night full = test::fullNight(QDate(2026, 11, 23));
    Night sparse;
    sparse.date = QDate(2026, 11, 24);
    sparse.symptoms.severity = 0;
    const auto table = readCsv(nightlyCsv({full, sparse}, test::seededCatalog()));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->header, csvHeader(CsvKind::Nightly));
    auto cell = [&](int row, const char *column) {
        return table->rows.at(row).cells.at(table->header.indexOf(QString::fromLatin1(column)));
    };
    EXPECT_EQ(cell(0, "date"), QStringLiteral("2026-11-23"));
    EXPECT_EQ(cell(0, "symptom_onset_time"), QStringLiteral("20:45"));
    EXPECT_EQ(cell(0, "sensations"), QStringLiteral("urge to move; crawling; twitching"));
    EXPECT_EQ(cell(0, "time_in_bed_min"), QStringLiteral("485")); // 22:50 -> 06:55
    EXPECT_EQ(cell(0, "total_sleep_time_min"), QStringLiteral("350")); // 23:10 -> 06:30 = 440 - 40 - 50
    EXPECT_EQ(cell(0, "sleep_efficiency_pct"), QStringLiteral("72.2"));
    EXPECT_EQ(cell(0, "magnesium_doses"), QStringLiteral("300 mg (glycinate) at 21:00"));
    EXPECT_EQ(cell(0, "caffeine_mg"), QStringLiteral("95"));
    EXPECT_EQ(cell(0, "tags"), QStringLiteral("exercise; stress"));
    EXPECT_EQ(cell(1, "symptom_severity_0_10"), QStringLiteral("0")); // a real 0 stays 0
    EXPECT_EQ(cell(1, "sleep_quality_1_5"), QString()); // missing is empty, never 0
    EXPECT_EQ(cell(1, "magnesium_elemental_mg"), QString());
    EXPECT_EQ(cell(1, "sleep_efficiency_pct"), QString());
}

TEST(CsvExport, intakesFile_hasOneRowPerDose_withKindAndLabelWeight)
{
    test::TempDiary diary;
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.intakes.append(
        {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(22, 0), 300});
    ASSERT_TRUE(diary.store().saveNight(n));
    const auto bytes = exportCsv(diary.store(), CsvKind::Intakes, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(bytes);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "date,time,substance,kind,form,amount,unit,label_mg\r\n"
                                "2026-11-23,21:00,Magnesium,magnesium,glycinate,300,mg,\r\n"
                                "2026-11-23,08:00,Iron,iron,ferrous bisglycinate,25,mg,\r\n"
                                "2026-11-23,15:30,Caffeine,caffeine,,95,mg,\r\n"
                                "2026-11-23,,Alcohol,alcohol,,1.5,standard drinks,\r\n"
                                "2026-11-23,22:00,Magnesium,magnesium,glycinate,42.3,mg,300\r\n";
    EXPECT_EQ(bytes.value(), expected);
}

namespace {

// The nightly file's cells of one night saved with `doses` in a diary that knows ownPowder().
QHash<QString, QString> exportedCells(const QList<Intake> &doses, double *magnesiumMg)
{
    test::TempDiary diary;
    EXPECT_TRUE(diary.store().addSubstance(test::ownPowder()));
    Night n;
    n.date = QDate(2026, 11, 23);
    n.intakes = doses;
    EXPECT_TRUE(diary.store().saveNight(n));
    *magnesiumMg = dayTotals(doses, diary.store().substances().value()).magnesiumMg;
    const auto table = readCsv(exportCsv(diary.store(), CsvKind::Nightly, n.date, n.date).value());
    QHash<QString, QString> cells;
    for (qsizetype i = 0; i < table->header.size(); ++i)
        cells.insert(table->header.at(i), table->rows.at(0).cells.at(i));
    return cells;
}

Intake magnesium(const QString &substance, double amount, const char *unit)
{
    return {substance, amount, QString::fromUtf8(unit), {}, QTime(21, 0)};
}

} // namespace

TEST(CsvExport, magnesiumTotal_isDayTotals_forMgGMcgAndOwnProduct)
{
    const QString mg = substances::Magnesium;
    const QString own = test::ownPowder().name;
    const QList<std::pair<QList<Intake>, QString>> cases = {
        {{magnesium(mg, 400, "mg")}, QStringLiteral("400")},
        {{magnesium(mg, 0.5, "g")}, QStringLiteral("500")},
        {{magnesium(mg, 90000, "mcg"), magnesium(mg, 300, "mg")}, QStringLiteral("390")},
        {{magnesium(own, 0.25, "g"), magnesium(mg, 100000, "µg"), magnesium(mg, 60, "mg")}, QStringLiteral("410")},
    };
    for (const auto &[doses, expected] : cases) {
        double total = 0;
        const auto cells = exportedCells(doses, &total);
        EXPECT_EQ(cells.value(QStringLiteral("magnesium_elemental_mg")), expected);
        EXPECT_EQ(cells.value(QStringLiteral("magnesium_elemental_mg")), csv::formatNumber(total));
    }
    double total = 0;
    const auto cells = exportedCells({magnesium(own, 0.25, "g"), magnesium(mg, 60, "mg")}, &total);
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_doses")),
        QStringLiteral("Magnesium citrate powder: 0.25 g at 21:00; 60 mg at 21:00"));
    EXPECT_EQ(cells.value(QStringLiteral("other_intakes")), QString());
}

TEST(CsvExport, labelWeight_isWrittenAfterFrom_andAnUnconvertibleUnitLeavesTheTotalEmpty)
{
    double total = 0;
    Intake labelled = magnesium(substances::Magnesium, 42.3, "mg");
    labelled.labelMg = 300;
    labelled.form = QStringLiteral("glycinate");
    Intake bare = labelled;
    bare.form.clear();
    bare.time.reset();
    auto cells = exportedCells({labelled, bare}, &total);
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_elemental_mg")), QStringLiteral("84.6"));
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_doses")),
        QStringLiteral("42.3 mg (from 300 mg glycinate) at 21:00; 42.3 mg (from 300 mg)"));
    cells = exportedCells({magnesium(substances::Magnesium, 2, "tablet")}, &total);
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_elemental_mg")), QString()); // no total beats a wrong one
    EXPECT_EQ(cells.value(QStringLiteral("magnesium_doses")), QStringLiteral("2 tablet at 21:00"));
}

TEST(CsvExport, writeIntoAMissingFolder_failsWithAMessageNamingTheFile)
{
    test::TempDiary diary;
    const QString path = diary.dir() + QStringLiteral("/missing-folder/out.csv");
    const auto saved = saveCsvFile(path, "x");
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("out.csv")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CsvExport, exportOverAnOlderFile_replacesItWhole)
{
    test::TempDiary diary;
    const QString path = diary.dir() + QStringLiteral("/out.csv");
    ASSERT_TRUE(saveCsvFile(path, QByteArray(5000, 'x')));
    ASSERT_TRUE(saveCsvFile(path, "short"));
    EXPECT_EQ(test::fileBytes(path), QByteArray("short"));
}
