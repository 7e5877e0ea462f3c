// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvdates.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/csvvalues.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

TEST(CsvReader, rfc4180_quotesEscapesAndLineBreaksInsideCells)
{
    const auto t = readCsv("date,note\r\n2026-01-05,\"a, \"\"quoted\"\"\r\nsecond line\"\r\n2026-01-06,plain\r\n");
    ASSERT_TRUE(t) << t.error().message.toStdString();
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("a, \"quoted\"\r\nsecond line"));
    EXPECT_EQ(t->rows.at(1).line, 4); // the quoted line break counts as a line of the file
    EXPECT_EQ(t->separator, u',');
}

TEST(CsvReader, detectsSemicolonAndTab_andSkipsBlankLines)
{
    const auto semi = readCsv("Datum;Wert\n05.01.2026;1,5\n\n");
    ASSERT_TRUE(semi);
    EXPECT_EQ(semi->separator, u';');
    EXPECT_EQ(semi->rows.size(), 1);
    EXPECT_EQ(semi->rows.at(0).cells, (QStringList {QStringLiteral("05.01.2026"), QStringLiteral("1,5")}));
    const auto tab = readCsv("date\tseverity\n2026-01-05\t4\n");
    ASSERT_TRUE(tab);
    EXPECT_EQ(tab->separator, u'\t');
}

TEST(CsvReader, windows1252Bytes_areDecodedAsWindows1252)
{
    // "Müde, Füße – schlecht" written by a spreadsheet on Windows: ü = FC, ß = DF, – = 96.
    const auto t = readCsv("date;note\r\n05.01.2026;M\xFC"
                           "de, F\xFC\xDF"
                           "e \x96 schlecht\r\n");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("Müde, Füße – schlecht"));
}

TEST(CsvReader, utf8WithAndWithoutBom_andUtf16)
{
    const QByteArray body = QStringLiteral("date,note\n2026-01-05,ça va\n").toUtf8();
    for (const QByteArray &bytes : {body, QByteArray("\xEF\xBB\xBF") + body}) {
        const auto t = readCsv(bytes);
        ASSERT_TRUE(t);
        EXPECT_EQ(t->encoding, TextEncoding::Utf8);
        EXPECT_EQ(t->header.first(), QStringLiteral("date"));
        EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("ça va"));
    }
    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("date\tnote\n2026-01-05\tça va\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto t = readCsv(utf16);
    ASSERT_TRUE(t) << t.error().message.toStdString();
    EXPECT_EQ(t->rows.at(0).cells.at(1), QStringLiteral("ça va"));
}

TEST(CsvReader, badFiles_areRefusedWithAClearMessage)
{
    auto message = [](const QByteArray &bytes) {
        const auto t = readCsv(bytes);
        return t ? QString() : t.error().message;
    };
    EXPECT_TRUE(message("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(message("\xEF\xBB\xBF\r\n  \r\n").contains(QStringLiteral("empty")));
    EXPECT_TRUE(message("\f,").contains(QStringLiteral("empty"))); // found by the fuzzer
    EXPECT_TRUE(message("date,severity\r\n").contains(QStringLiteral("header but no rows")));
    EXPECT_TRUE(message(QByteArray("\x00\x01\x02\x03garbage\xFF\xFE\x00", 15)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(message("PK\x03\x04rest of a zip").contains(QStringLiteral("workbook")));
    const QString unbalanced = message("date,note\n2026-01-05,\"never closed\n2026-01-06,x\n");
    EXPECT_TRUE(unbalanced.contains(QStringLiteral("Line 2"))) << unbalanced.toStdString();
    EXPECT_TRUE(unbalanced.contains(QStringLiteral("closing quote")));
}

TEST(CsvReader, aFiftyMegabyteLine_isRefusedAsNotADiary)
{
    QByteArray bytes("date,note\n2026-01-05,");
    bytes.append(QByteArray(50 * 1024 * 1024, 'a'));
    bytes.append('\n');
    const auto t = readCsv(bytes);
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("line 2"))) << t.error().message.toStdString();
}

TEST(CsvReader, fileAboveTheLimit_isRefusedUnread)
{
    CsvLimits small;
    small.maxFileBytes = 100;
    const auto t = readCsv(QByteArray("date\n") + QByteArray(200, '1'), small);
    ASSERT_FALSE(t);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("larger than")));
}

TEST(CsvDates, guessesTheFormFromAllDates_andAsksWhenTwoFit)
{
    EXPECT_EQ(guessDateFormat({QStringLiteral("2026-01-05")}).format, DateFormat::Iso);
    EXPECT_EQ(guessDateFormat({QStringLiteral("05.01.2026")}).format, DateFormat::DayMonthYearDots);
    EXPECT_EQ(guessDateFormat({QStringLiteral("05/01/2026"), QStringLiteral("25/01/2026")}).format,
        DateFormat::DayMonthYearSlashes);
    EXPECT_EQ(guessDateFormat({QStringLiteral("01/05/2026"), QStringLiteral("01/25/2026")}).format,
        DateFormat::MonthDayYearSlashes);
    const DateFormatGuess unsure = guessDateFormat({QStringLiteral("03/04/2026"), QStringLiteral("04/05/2026")});
    EXPECT_TRUE(unsure.ambiguous());
    EXPECT_EQ(unsure.candidates.size(), 2);
}

TEST(CsvDates, aDateThatDoesNotExist_isRefusedWithTheReason)
{
    QString why;
    EXPECT_FALSE(parseDate(QStringLiteral("2026-02-30"), DateFormat::Iso, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("not a date that exists")));
    EXPECT_EQ(parseDate(QStringLiteral("2026-01-05 00:00:00"), DateFormat::Iso, &why), QDate(2026, 1, 5));
    EXPECT_EQ(parseDate(QStringLiteral("5.1.2026"), DateFormat::DayMonthYearDots, &why), QDate(2026, 1, 5));
    EXPECT_EQ(parseDate(QStringLiteral("01/05/2026"), DateFormat::MonthDayYearSlashes, &why), QDate(2026, 1, 5));
}

TEST(CsvMapping, guessesDiaryFieldsFromAPersonsOwnHeaders)
{
    const QStringList header = {QStringLiteral("Date"), QStringLiteral("RLS score"), QStringLiteral("Mg (mg)"),
        QStringLiteral("Iron (mg)"), QStringLiteral("Coffee"), QStringLiteral("Bedtime"), QStringLiteral("Woke up"),
        QStringLiteral("Sleep quality"), QStringLiteral("Notes"), QStringLiteral("IRLS")};
    const ColumnMapping m = guessMapping(header);
    const QList<DiaryField> expected = {DiaryField::Date, DiaryField::Severity, DiaryField::MagnesiumMg,
        DiaryField::IronMg, DiaryField::Ignore, DiaryField::InBed, DiaryField::FinalAwakening, DiaryField::Quality,
        DiaryField::Note, DiaryField::IrlsTotal};
    EXPECT_EQ(m.fields, expected);
    EXPECT_TRUE(mappingProblems(m, header).isEmpty());
}

TEST(CsvMapping, ownHeadersMapExactly_andComputedColumnsAreNotImported)
{
    const ColumnMapping m = guessMapping(csvHeader(CsvKind::Nightly));
    EXPECT_EQ(
        m.fields.at(csvHeader(CsvKind::Nightly).indexOf(QStringLiteral("sleep_efficiency_pct"))), DiaryField::Ignore);
    EXPECT_FALSE(m.perDose());
    EXPECT_TRUE(guessMapping(csvHeader(CsvKind::Intakes)).perDose());
}

TEST(CsvMapping, noDateColumn_orAFieldTwice_isExplained)
{
    ColumnMapping m;
    m.fields = {DiaryField::Severity, DiaryField::Severity};
    const QStringList problems = mappingProblems(m, {QStringLiteral("a"), QStringLiteral("b")});
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("date")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("\"a\" and \"b\"")));
}

TEST(CsvMapping, olderHeaders_stillMap_andTheIntakesFileHasKindAndLabelWeight)
{
    EXPECT_EQ(guessField(QStringLiteral("magnesium_mg")), DiaryField::MagnesiumMg);
    EXPECT_EQ(guessField(QStringLiteral("iron_mg")), DiaryField::IronMg);
    EXPECT_EQ(guessField(QStringLiteral("category")), DiaryField::Kind);
    EXPECT_EQ(guessField(QStringLiteral("magnesium_elemental_mg")), DiaryField::MagnesiumMg);
    EXPECT_EQ(guessField(QStringLiteral("iron_elemental_mg")), DiaryField::IronMg);
    EXPECT_EQ(csvHeader(CsvKind::Intakes),
        QStringList(
            {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("substance"), QStringLiteral("kind"),
                QStringLiteral("form"), QStringLiteral("amount"), QStringLiteral("unit"), QStringLiteral("label_mg")}));
    const ColumnMapping m = guessMapping(csvHeader(CsvKind::Intakes));
    EXPECT_TRUE(m.has(DiaryField::Kind));
    EXPECT_TRUE(m.has(DiaryField::LabelMg));
}

TEST(CsvDoses, groupColumn_namesAreOptional_andLabelWeightsComeAfterFrom)
{
    QString why;
    const auto doses
        = csv::parseDoses(QStringLiteral("300 mg (glycinate) at 21:00; Magnesium citrate powder: 0,5 g "
                                         "at 21:30; 42,3 mg (from 300 mg glycinate); 42.3 mg (from 300 mg)"),
            substances::Magnesium, true, &why);
    ASSERT_TRUE(doses) << why.toStdString();
    ASSERT_EQ(doses->size(), 4);
    EXPECT_EQ(doses->at(0),
        (Intake {substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}));
    EXPECT_EQ(doses->at(1),
        (Intake {QStringLiteral("Magnesium citrate powder"), 0.5, QStringLiteral("g"), {}, QTime(21, 30)}));
    EXPECT_EQ(doses->at(2),
        (Intake {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), {}, 300}));
    EXPECT_EQ(doses->at(3), (Intake {substances::Magnesium, 42.3, QStringLiteral("mg"), {}, {}, 300}));
    // Written back the other way, with '.' decimals.
    EXPECT_EQ(csv::formatDoses(*doses, substances::Magnesium),
        QStringLiteral("300 mg (glycinate) at 21:00; Magnesium citrate powder: 0.5 g at 21:30; "
                       "42.3 mg (from 300 mg glycinate); 42.3 mg (from 300 mg)"));
}

TEST(CsvDoses, otherIntakes_needANamePerDose_andAFormThatIsNoLabelStaysAForm)
{
    QString why;
    EXPECT_FALSE(csv::parseDoses(QStringLiteral("2 mg at 22:00"), {}, false, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("Melatonin: 2 mg at 22:00")));
    const auto doses = csv::parseDoses(
        QStringLiteral("Melatonin: 2 mg (from the pharmacy) at 22:15; Caffeine: 95 mg (Espresso (1 shot))"), {}, false,
        &why);
    ASSERT_TRUE(doses) << why.toStdString();
    EXPECT_EQ(doses->at(0).form, QStringLiteral("from the pharmacy"));
    EXPECT_FALSE(doses->at(0).labelMg.has_value());
    EXPECT_EQ(doses->at(1).form, QStringLiteral("Espresso (1 shot)"));
}
