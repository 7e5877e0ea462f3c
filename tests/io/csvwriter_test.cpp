// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/csvtesthelpers.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "model/dose.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRegularExpression>

#include <bit>
#include <cmath>

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

TEST(CsvWriter, utf8Cells_areWrittenAsTheirQStringCells)
{
    // textUtf8() and plainUtf8() take what SQLite holds; they must write what text() and plain()
    // write for the same text, byte for byte, guard and quotes included.
    const QList<QByteArray> values = {"", "plain", "=1+2", "+x", "-5", "@sum", "\tstarts with a tab", "\rcarriage",
        "'=guarded", "''=twice", "'Twas fine", "a,b", "say \"hi\"", "line\nbreak", "v\x0Btab", "del\x7F", "ça va",
        "=ça", "\xF0\x9F\xA6\xB5 legs", "bad \xC3 byte", "\xEF\xBB\xBF bom", "trailing space ", "a;b: c (d)"};
    for (const QByteArray &value : values) {
        CsvWriter bytes;
        bytes.textUtf8(value).plainUtf8(value).textUtf8(value);
        bytes.endRow();
        CsvWriter text;
        const QString s = QString::fromUtf8(value);
        text.text(s).plain(s).text(s);
        text.endRow();
        EXPECT_EQ(bytes.bytes(), text.bytes()) << value.toStdString();
    }
}

TEST(CsvValues, parseTime_readsEveryClockTimeAsQTimesParserDoes)
{
    // The quick path for "21:30" and "9:30" against the formats parseTime() tries.
    const auto reference = [](const QString &t) -> std::optional<QTime> {
        for (const char16_t *format : {u"H:mm", u"H:mm:ss", u"h:mm AP", u"h:mmAP", u"h:mm:ss AP"}) {
            const QTime time = QTime::fromString(t.trimmed(), QString::fromUtf16(format));
            if (time.isValid())
                return QTime(time.hour(), time.minute());
        }
        return std::nullopt;
    };
    QStringList samples = {QStringLiteral(" 7:05 "), QStringLiteral("9:30 PM"), QStringLiteral("21:30:00"),
        QStringLiteral("1:5"), QStringLiteral("123:45"), QStringLiteral("12.30"), QStringLiteral("١٢:٣٠"),
        QStringLiteral(":30"), QStringLiteral("12:")};
    for (int hour = 0; hour < 100; ++hour) {
        for (int minute = 0; minute < 100; ++minute) {
            samples.append(
                QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0')));
            if (hour < 10)
                samples.append(QStringLiteral("%1:%2").arg(hour).arg(minute, 2, 10, QLatin1Char('0')));
        }
    }
    for (const QString &sample : samples) {
        QString why;
        EXPECT_EQ(csv::parseTime(sample, &why), reference(sample)) << sample.toStdString();
    }
}

TEST(CsvValues, parseNumber_readsPlainDecimalsAsQLocaleDoes)
{
    // The quick path for "42.3" against the way every other number is read.
    const auto reference = [](const QString &text, bool decimalComma) -> std::optional<double> {
        QString t = text.trimmed();
        if (decimalComma) {
            if (t.contains(u',') && t.contains(u'.'))
                return std::nullopt;
            static const QRegularExpression grouped(QStringLiteral(R"(^[-+]?[0-9]{1,3}\.[0-9]{3}$)"));
            if (!t.contains(u',') && grouped.match(t).hasMatch())
                return std::nullopt;
            t.replace(u',', u'.');
        } else if (t.contains(u',')) {
            return std::nullopt;
        }
        bool ok = false;
        const double v = QLocale::c().toDouble(t, &ok);
        return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
    };
    QStringList samples = {QStringLiteral("0"), QStringLiteral("-0"), QStringLiteral("007"), QStringLiteral("00.50"),
        QStringLiteral("0.30000000000000004"), QStringLiteral("99999.99999999999"), QStringLiteral("0.0000004"),
        QStringLiteral("1.500"), QStringLiteral("1,5"), QStringLiteral("1."), QStringLiteral(".5"),
        QStringLiteral("-.5"), QStringLiteral("+1"), QStringLiteral("1e5"), QStringLiteral("--1"), QStringLiteral("1-"),
        QStringLiteral("1.2.3"), QStringLiteral(" 42 "), QStringLiteral("١٢"),
        QStringLiteral("123456789012345678901234567890"), QStringLiteral("1234567890123456789012345678901"),
        QStringLiteral("0.1234567890123456789012345678"), QStringLiteral("-"), QStringLiteral("")};
    quint64 state = 12345;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const int digits = int(state >> 60) + 1;
        QString s = (state >> 40) % 3 == 0 ? QStringLiteral("-") : QString();
        for (int d = 0; d < digits; ++d)
            s += QChar(u'0' + int((state >> (d * 3)) % 10));
        if ((state >> 20) % 2 == 0)
            s.insert(1 + int((state >> 8) % uint(s.size())), u'.');
        samples.append(s);
    }
    for (const QString &sample : samples) {
        for (const bool decimalComma : {false, true}) {
            QString why;
            const auto got = csv::parseNumber(sample, decimalComma, &why);
            const auto want = reference(sample, decimalComma);
            ASSERT_EQ(got.has_value(), want.has_value()) << sample.toStdString() << " " << decimalComma;
            if (got) {
                EXPECT_EQ(std::bit_cast<quint64>(*got), std::bit_cast<quint64>(*want)) << sample.toStdString();
            }
        }
    }
}
