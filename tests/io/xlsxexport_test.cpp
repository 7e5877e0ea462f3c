// SPDX-License-Identifier: GPL-3.0-or-later
// The spreadsheet for the doctor, read back from the XML inside the .xlsx as a spreadsheet would.
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/labrows.h"
#include "io/xlsxexport.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"
#include "support/xlsxread.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace rls;
using test::XlsxBook;
using test::XlsxCell;

namespace {

const QDate Night1(2026, 1, 5);

class Xlsx : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::haveUnzip())
            GTEST_SKIP() << "unzip is needed to read the spreadsheet back";
        Night n = test::fullNight(Night1);
        n.symptoms.onset = QTime(21, 30);
        n.note = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
        n.flaggedForDoctor = true;
        ASSERT_TRUE(m_diary.store().saveNight(n));
        Night quiet;
        quiet.date = Night1.addDays(1);
        quiet.symptoms.severity = 0;
        ASSERT_TRUE(m_diary.store().saveNight(quiet));
        for (const LabResult &lab : {LabResult {0, Night1, QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")},
                 LabResult {0, Night1, QStringLiteral("Transferrin saturation"), 20, QStringLiteral("%")},
                 LabResult {0, Night1, QStringLiteral("Haemoglobin"), 13.5, QStringLiteral("g/dL")}})
            ASSERT_TRUE(m_diary.store().addLabResult(lab));
    }

    QString file(const char *name) const { return m_out.filePath(QString::fromLatin1(name)); }
    Result<void> save(const QString &path) { return saveXlsx(path, m_diary.store(), Night1, Night1.addDays(6)); }

    test::TempDiary m_diary;
    QTemporaryDir m_out;
};

// The cell under the header `title` in row `row` of `sheet`.
XlsxCell cellUnder(const XlsxBook &book, const QString &sheet, const QString &title, int row)
{
    const auto cells = book.cells(sheet);
    const QString col = book.column(cells, title);
    EXPECT_FALSE(col.isEmpty()) << "no column " << title.toStdString() << " on " << sheet.toStdString();
    return cells.value(col + QString::number(row));
}

} // namespace

TEST_F(Xlsx, hasTheFourSheets_inOrder)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    EXPECT_EQ(XlsxBook(file("diary.xlsx")).sheetNames(),
        (QStringList {QStringLiteral("Nights"), QStringLiteral("Doses"), QStringLiteral("Lab results"),
            QStringLiteral("Read me")}));
}

TEST_F(Xlsx, datesAreDates_timesAreTimes_numbersAreNumbers)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const XlsxCell date = cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Night of (evening date)"), 2);
    EXPECT_EQ(date.type, QString()); // a number, not text
    EXPECT_EQ(date.value, QStringLiteral("46027")); // python3: (date(2026,1,5)-date(1899,12,30)).days
    EXPECT_EQ(book.numberFormat(date), QStringLiteral("yyyy-mm-dd"));

    const XlsxCell onset = cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Symptoms began (time)"), 2);
    EXPECT_EQ(onset.type, QString());
    EXPECT_NEAR(onset.value.toDouble(), 21.5 / 24, 1e-9); // 0.8958333...
    EXPECT_EQ(book.numberFormat(onset), QStringLiteral("hh:mm"));

    const XlsxCell severity
        = cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Severity (0 none-10 worst)"), 2);
    EXPECT_EQ(severity.type, QString());
    EXPECT_EQ(severity.value, QStringLiteral("7"));
    // Severity 0 is a real 0; a missing value is no cell at all.
    EXPECT_EQ(cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Severity (0 none-10 worst)"), 3).value,
        QStringLiteral("0"));
    EXPECT_TRUE(cellUnder(book, QStringLiteral("Nights"), QStringLiteral("IRLS total (0-40)"), 3).value.isEmpty());

    const XlsxCell efficiency = cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Sleep efficiency (%)"), 2);
    EXPECT_EQ(efficiency.type, QString());
    // 350 / 485 x 100 = 72.16..., written with one decimal as in the CSV (72.2), so that a doctor
    // sees 72.2 and not 72.1649484536082 in a cell without a number format.
    EXPECT_DOUBLE_EQ(efficiency.value.toDouble(), 72.2);
}

TEST_F(Xlsx, aNightHasTheSameDayTotalsAsInTheCsv)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const auto csv = readCsv(exportCsv(m_diary.store(), CsvKind::Nightly, Night1, Night1).value());
    ASSERT_TRUE(csv);
    const QStringList row = csv->rows.at(0).cells;
    for (const auto &[header, title] :
        {std::pair {QStringLiteral("magnesium_elemental_mg"), QStringLiteral("Magnesium (elemental mg)")},
            {QStringLiteral("iron_elemental_mg"), QStringLiteral("Iron (elemental mg)")},
            {QStringLiteral("caffeine_mg"), QStringLiteral("Caffeine (mg)")},
            {QStringLiteral("alcohol_standard_drinks"), QStringLiteral("Alcohol (standard drinks)")}}) {
        const XlsxCell c = cellUnder(book, QStringLiteral("Nights"), title, 2);
        EXPECT_EQ(c.type, QString()) << title.toStdString();
        EXPECT_DOUBLE_EQ(c.value.toDouble(), row.at(csv->header.indexOf(header)).toDouble()) << title.toStdString();
    }
}

TEST_F(Xlsx, everyNightlyCsvColumnIsOnTheNightsSheet)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const auto cells = book.cells(QStringLiteral("Nights"));
    int headers = 0;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        headers += QRegularExpression(QStringLiteral("^[A-Z]+1$")).match(it.key()).hasMatch() ? 1 : 0;
    EXPECT_EQ(headers, csvHeader(CsvKind::Nightly).size());
    // A column the sheet did not know would show its CSV header; every one has a title of its own.
    for (const QString &h : csvHeader(CsvKind::Nightly))
        EXPECT_TRUE(book.column(cells, h).isEmpty() || h == u"date") << h.toStdString();
}

TEST_F(Xlsx, aNoteThatLooksLikeAFormula_isText_andNoCellIsAFormula)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const XlsxCell note = cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Note"), 2);
    EXPECT_EQ(note.type, QStringLiteral("s"));
    EXPECT_FALSE(note.formula);
    EXPECT_EQ(book.text(note), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")")); // no apostrophe
    for (const QString &sheet : book.sheetNames())
        EXPECT_FALSE(book.sheetXml(sheet).contains("<f>")) << sheet.toStdString();
    EXPECT_EQ(book.text(cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Show my doctor"), 2)),
        QStringLiteral("Yes"));
}

TEST_F(Xlsx, theHeaderRowIsFrozen_onEveryDataSheet)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    for (const QString &sheet : {QStringLiteral("Nights"), QStringLiteral("Doses"), QStringLiteral("Lab results")}) {
        const QByteArray xml = book.sheetXml(sheet);
        EXPECT_TRUE(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\"") && xml.contains("state=\"frozen\""))
            << sheet.toStdString();
        EXPECT_TRUE(xml.contains("<autoFilter ")) << sheet.toStdString();
        EXPECT_TRUE(xml.contains("<col ")) << sheet.toStdString(); // columns sized
    }
}

TEST_F(Xlsx, doses_oneRowPerDose_withTypedTimeAndAmount)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const XlsxCell time = cellUnder(book, QStringLiteral("Doses"), QStringLiteral("Time taken (time)"), 2);
    EXPECT_NEAR(time.value.toDouble(), 21.0 / 24, 1e-9);
    EXPECT_EQ(book.numberFormat(time), QStringLiteral("hh:mm"));
    EXPECT_EQ(
        cellUnder(book, QStringLiteral("Doses"), QStringLiteral("Amount (in Unit)"), 2).value, QStringLiteral("300"));
    EXPECT_EQ(book.text(cellUnder(book, QStringLiteral("Doses"), QStringLiteral("Substance"), 2)),
        QStringLiteral("Magnesium"));
    const auto cells = book.cells(QStringLiteral("Doses"));
    EXPECT_TRUE(cells.contains(QStringLiteral("A5"))); // four doses
    EXPECT_FALSE(cells.contains(QStringLiteral("A6")));
}

TEST_F(Xlsx, labResults_sayWhereTheGuidelineRangeIs)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    const QString labs = QStringLiteral("Lab results");
    const QString inRange = QStringLiteral("In guideline range (Yes/No)");
    EXPECT_EQ(cellUnder(book, labs, QStringLiteral("Value"), 2).value, QStringLiteral("48"));
    EXPECT_EQ(
        book.text(cellUnder(book, labs, QStringLiteral("Guideline range"), 2)), QStringLiteral("at or below 75 ng/mL"));
    EXPECT_EQ(book.text(cellUnder(book, labs, inRange, 2)), QStringLiteral("Yes"));
    // Transferrin saturation of exactly 20 % is not below 20 %.
    EXPECT_EQ(book.text(cellUnder(book, labs, inRange, 3)), QStringLiteral("No"));
    EXPECT_TRUE(cellUnder(book, labs, inRange, 4).value.isEmpty()); // no guideline for haemoglobin
}

TEST_F(Xlsx, readMe_explainsEveryColumnAndTheScales)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    const XlsxBook book(file("diary.xlsx"));
    QStringList texts;
    for (const XlsxCell &c : book.cells(QStringLiteral("Read me")))
        texts.append(book.text(c));
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("from 2026-01-05 to 2026-01-11")));
    EXPECT_TRUE(all.contains(QStringLiteral("dated by its evening")));
    EXPECT_TRUE(all.contains(QStringLiteral("0 none .. 10 worst imaginable")));
    EXPECT_TRUE(all.contains(QStringLiteral("1 very poor .. 5 very good")));
    EXPECT_TRUE(all.contains(QStringLiteral("does not diagnose")));
    for (const QString &sheet : {QStringLiteral("Nights"), QStringLiteral("Doses"), QStringLiteral("Lab results")}) {
        const auto cells = book.cells(sheet);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (QRegularExpression(QStringLiteral("^[A-Z]+1$")).match(it.key()).hasMatch()) {
                EXPECT_TRUE(texts.contains(book.text(it.value()))) << book.text(it.value()).toStdString();
            }
        }
    }
}

TEST_F(Xlsx, aNewFileIsForItsOwnerAlone_andNoTemporaryFileIsLeft)
{
    ASSERT_TRUE(save(file("diary.xlsx")));
    EXPECT_EQ(test::modeOf(file("diary.xlsx")), 0600);
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("diary.xlsx")});
}

TEST_F(Xlsx, aReadOnlyFolder_givesAMessage_andLeavesNoFile)
{
    QTemporaryDir folder;
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner);
    if (::access(QFile::encodeName(folder.path()).constData(), W_OK) == 0)
        test::setImmutable(folder.path(), true);
    const bool readOnly = ::access(QFile::encodeName(folder.path()).constData(), W_OK) != 0;
    const auto saved = readOnly ? save(folder.filePath(QStringLiteral("diary.xlsx"))) : Result<void>();
    const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
    test::setImmutable(folder.path(), false);
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!readOnly)
        GTEST_SKIP() << "read-only folders cannot be simulated on this file system";
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.startsWith(QStringLiteral("Could not write ")))
        << saved.error().message.toStdString();
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("diary.xlsx")));
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
}

TEST_F(Xlsx, aWriteThatFails_leavesTheOlderFileAsItWas_andNoTemporaryFile)
{
    const QString older = file("diary.xlsx");
    QFile f(older);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("the older spreadsheet");
    f.close();
    // The workbook is written completely, but cannot take the older file's place.
    if (!test::setImmutable(older, true))
        GTEST_SKIP() << "immutable files cannot be simulated on this file system";
    const auto saved = save(older);
    test::setImmutable(older, false);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("left as it was")))
        << saved.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(older), QByteArray("the older spreadsheet"));
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("diary.xlsx")});
}

TEST_F(Xlsx, replacingAnOlderFile_keepsItsPermissions)
{
    const QString older = file("diary.xlsx");
    QFile f(older);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    ASSERT_TRUE(QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    ASSERT_TRUE(save(older));
    EXPECT_EQ(test::modeOf(older), 0640);
    EXPECT_EQ(XlsxBook(older).sheetNames().size(), 4);
}

TEST_F(Xlsx, aRangeWithItsStartAfterItsEnd_isRefused)
{
    const auto saved = saveXlsx(file("diary.xlsx"), m_diary.store(), Night1, Night1.addDays(-1));
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(QFile::exists(file("diary.xlsx")));
}

TEST(XlsxLongNote, aNoteLongerThanACellHolds_isCutAndSaysSo)
{
    if (!test::haveUnzip())
        GTEST_SKIP() << "unzip is needed to read the spreadsheet back";
    QTemporaryDir dir;
    Night n = test::fullNight(Night1);
    n.note = QString(40000, u'x');
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    ASSERT_TRUE(saveXlsx(path, {n}, test::seededCatalog(), {}, Night1, Night1));
    const XlsxBook book(path);
    const QString note = book.text(cellUnder(book, QStringLiteral("Nights"), QStringLiteral("Note"), 2));
    EXPECT_EQ(note.size(), 32767);
    EXPECT_TRUE(note.endsWith(QStringLiteral("the CSV export has all of it]")));
}

TEST(LabsCsv, everyResult_withItsGuidelineRange)
{
    const QByteArray csv = labsCsv({{0, Night1, QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")},
        {0, Night1, QStringLiteral("Transferrin saturation"), 19.5, QStringLiteral("%")},
        {0, Night1, QStringLiteral("Ferritin"), 120, QStringLiteral("µg/L")},
        {0, Night1, QStringLiteral("Ferritin"), 30, QStringLiteral("pmol/L")},
        {0, Night1, QStringLiteral("=cmd"), 1, QStringLiteral("x")}});
    EXPECT_EQ(csv,
        QStringLiteral("\xFEFF"
                       "date,test,value,unit,guideline,in_guideline_range\r\n"
                       "2026-01-05,Ferritin,48,ng/mL,at or below 75 ng/mL,yes\r\n"
                       "2026-01-05,Transferrin saturation,19.5,%,below 20 %,yes\r\n"
                       "2026-01-05,Ferritin,120,µg/L,at or below 75 µg/L,no\r\n"
                       "2026-01-05,Ferritin,30,pmol/L,,\r\n"
                       "2026-01-05,'=cmd,1,x,,\r\n")
            .toUtf8());
}

TEST(LabsCsv, exportCsvOfKindLabs_takesTheResultsOfTheRange)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().addLabResult({0, Night1, QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")}));
    ASSERT_TRUE(
        diary.store().addLabResult({0, Night1.addDays(40), QStringLiteral("Ferritin"), 60, QStringLiteral("ng/mL")}));
    const auto csv = readCsv(exportCsv(diary.store(), CsvKind::Labs, Night1, Night1.addDays(7)).value());
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->header, csvHeader(CsvKind::Labs));
    ASSERT_EQ(csv->rows.size(), 1);
    EXPECT_EQ(csv->rows.at(0).cells.at(2), QStringLiteral("48"));
}
