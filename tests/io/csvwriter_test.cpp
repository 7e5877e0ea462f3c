// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
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
    const QByteArray csv = nightlyCsv({n});
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    const auto table = readCsv(csv);
    ASSERT_TRUE(table);
    const QStringList row = table->rows.first().cells;
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("symptom_severity_0_10"))), QStringLiteral("7"));
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("magnesium_mg"))), QStringLiteral("300"));
    EXPECT_EQ(row.at(table->header.indexOf(QStringLiteral("alcohol_standard_drinks"))), QStringLiteral("1.5"));
}

TEST(CsvExport, nightlyRow_hasClinicianColumns_computedSleepMetrics_andEmptyCellsForMissing)
{
    Night full = test::fullNight(QDate(2026, 11, 23));
    Night sparse;
    sparse.date = QDate(2026, 11, 24);
    sparse.symptoms.severity = 0;
    const auto table = readCsv(nightlyCsv({full, sparse}));
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
    EXPECT_EQ(cell(1, "magnesium_mg"), QString());
    EXPECT_EQ(cell(1, "sleep_efficiency_pct"), QString());
}

TEST(CsvExport, intakesFile_hasOneRowPerDose_withCategory)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 11, 23))));
    const auto bytes = exportCsv(diary.store(), CsvKind::Intakes, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(bytes);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "date,time,substance,category,form,amount,unit\r\n"
                                "2026-11-23,21:00,Magnesium,supplement,glycinate,300,mg\r\n"
                                "2026-11-23,08:00,Iron,supplement,ferrous bisglycinate,25,mg\r\n"
                                "2026-11-23,15:30,Caffeine,stimulant,,95,mg\r\n"
                                "2026-11-23,,Alcohol,alcohol,,1.5,standard drinks\r\n";
    EXPECT_EQ(bytes.value(), expected);
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
