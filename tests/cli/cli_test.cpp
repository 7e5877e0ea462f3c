// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built rls-diary binary as a person or a script would, without a display.
#include "clirunner.h"
#include "storage/exportrows.h"
#include "support/tempdiary.h"
#include "support/xlsxread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

#include <gtest/gtest.h>

using namespace rls;

namespace {

using test::Outcome;
using test::rlsDiary;

class Cli : public ::testing::Test {
protected:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString demoDiary(int nights = 120)
    {
        const QString path = file("demo.sqlite");
        const Outcome r = rlsDiary({QStringLiteral("demo"), QStringLiteral("--nights"), QString::number(nights),
            QStringLiteral("-o"), path, QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return path;
    }
    QString summary(const QString &diary)
    {
        return QString::fromUtf8(rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), diary}).out);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Cli, demo_writesADiary_andSummaryDescribesItInOneLine)
{
    const QString diary = demoDiary();
    const Outcome r = rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.count('\n'), 1);
    EXPECT_TRUE(r.out.contains("nights logged from")) << r.out.toStdString();
}

TEST_F(Cli, demo_refusesToOverwriteAFile)
{
    const QString path = file("precious.sqlite");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("mine");
    f.close();
    const Outcome r = rlsDiary({QStringLiteral("demo"), QStringLiteral("-o"), path});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(test::fileBytes(path), QByteArray("mine"));
}

TEST_F(Cli, summaryOfAMissingDiary_failsWithCode1_andCreatesNothing)
{
    const Outcome r = rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), file("nothing.sqlite")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("There is no diary")));
    EXPECT_FALSE(QFile::exists(file("nothing.sqlite")));
}

TEST_F(Cli, exportToStdout_andToAFile_giveTheSameCsv)
{
    const QString diary = demoDiary();
    const QStringList range = {QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
        QStringLiteral("2100-01-01"), QStringLiteral("--database"), diary};
    const Outcome toStdout
        = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("intakes")} + range);
    EXPECT_EQ(toStdout.code, 0) << toStdout.err.toStdString();
    EXPECT_TRUE(toStdout.out.startsWith("\xEF\xBB\xBF"
                                        "date,time,substance,kind,form,amount,unit,label_mg\r\n"));
    const Outcome toFile = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--kind"),
                                        QStringLiteral("intakes"), QStringLiteral("-o"), file("out.csv")}
        + range);
    EXPECT_EQ(toFile.code, 0);
    EXPECT_TRUE(toFile.out.isEmpty());
    EXPECT_EQ(test::fileBytes(file("out.csv")), toStdout.out);
}

TEST_F(Cli, exportPrintQuery_printsTheQueryTheExportRuns_andOpensNoDiary)
{
    // scripts/bench-io hands this text to the sqlite3 tool: it must be the exporter's own.
    Outcome r = rlsDiary(
        {QStringLiteral("export"), QStringLiteral("--print-query"), QStringLiteral("--database"), file("none.sqlite")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray(exportQuery(ExportRows::Nights)) + '\n');
    EXPECT_FALSE(QFile::exists(file("none.sqlite")));
    r = rlsDiary({QStringLiteral("export"), QStringLiteral("--print-query"), QStringLiteral("--kind"),
        QStringLiteral("intakes")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray(exportQuery(ExportRows::Doses)) + '\n');
    r = rlsDiary(
        {QStringLiteral("export"), QStringLiteral("--print-query"), QStringLiteral("--kind"), QStringLiteral("labs")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.isEmpty());
    // A tool for measuring, not for a person: --help does not offer it.
    EXPECT_FALSE(rlsDiary({QStringLiteral("export"), QStringLiteral("--help")}).out.contains("print-query"));
}

TEST_F(Cli, wrongUse_exitsWithCode2_andSaysWhatIsWrong)
{
    const QString diary = demoDiary(10);
    Outcome r = rlsDiary({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("weekly"),
        QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nightly, intakes or labs")));
    r = rlsDiary({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("23.11.2026"),
        QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 2);
    r = rlsDiary({QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("x.csv")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bogus")));
    r = rlsDiary({QStringLiteral("import")});
    EXPECT_EQ(r.code, 2);
}

TEST_F(Cli, help_documentsEveryOptionAndTheExitCodes)
{
    const Outcome r = rlsDiary({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char *option :
        {"--on-conflict", "--dry-run", "--date-format", "--skip-bad-rows", "--encoding", "--database"})
        EXPECT_TRUE(r.out.contains(option)) << option;
    EXPECT_TRUE(r.out.contains("Exit codes"));
    const Outcome exportHelp = rlsDiary({QStringLiteral("export"), QStringLiteral("--help")});
    for (const char *option : {"--format", "--kind", "--from", "--to", "--output", "--database"})
        EXPECT_TRUE(exportHelp.out.contains(option)) << option;
}

TEST_F(Cli, exportLabs_writesOneRowPerLabResult_withItsGuidelineRange)
{
    const QString diary = demoDiary(365);
    const Outcome r = rlsDiary({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("labs"),
        QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-01-01"),
        QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("\xEF\xBB\xBF"
                                 "date,test,value,unit,guideline,in_guideline_range\r\n"))
        << r.out.left(80).toStdString();
    EXPECT_TRUE(r.out.contains(",Ferritin,")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("ng/mL,at or below 75 ng/mL,")) << r.out.toStdString();
}

TEST_F(Cli, exportXlsx_writesTheSpreadsheet_andRefusesStandardOutput)
{
    const QString diary = demoDiary(30);
    const QStringList range = {QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
        QStringLiteral("2100-01-01"), QStringLiteral("--database"), diary};
    const Outcome toStdout
        = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")} + range);
    EXPECT_EQ(toStdout.code, 2);
    EXPECT_TRUE(toStdout.err.contains(QStringLiteral("-o FILE"))) << toStdout.err.toStdString();
    EXPECT_TRUE(toStdout.out.isEmpty());
    const Outcome withKind
        = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--kind"), QStringLiteral("labs"), QStringLiteral("-o"), file("k.xlsx")}
            + range);
    EXPECT_EQ(withKind.code, 2);
    EXPECT_FALSE(QFile::exists(file("k.xlsx")));
    const Outcome bad
        = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ods")} + range);
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("csv or xlsx")));

    const Outcome r = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("xlsx"), QStringLiteral("-o"), file("diary.xlsx")}
        + range);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    if (!test::haveUnzip())
        GTEST_SKIP() << "unzip is needed to read the spreadsheet back";
    const test::XlsxBook book(file("diary.xlsx"));
    EXPECT_EQ(book.sheetNames(),
        (QStringList {QStringLiteral("Nights"), QStringLiteral("Doses"), QStringLiteral("Lab results"),
            QStringLiteral("Read me")}));
    const auto nights = book.cells(QStringLiteral("Nights"));
    const int logged = summary(diary).section(u' ', 0, 0).toInt(); // "28 nights logged from ..."
    ASSERT_GT(logged, 0);
    EXPECT_TRUE(nights.contains(QStringLiteral("A%1").arg(logged + 1))); // the header and a row per night
    EXPECT_FALSE(nights.contains(QStringLiteral("A%1").arg(logged + 2)));
    EXPECT_EQ(book.numberFormat(nights.value(QStringLiteral("A2"))), QStringLiteral("yyyy-mm-dd"));
}

TEST_F(Cli, exportXlsx_intoAFolderThatIsMissing_exitsWithCode3_andSaysWhy)
{
    const QString diary = demoDiary(10);
    const Outcome r = rlsDiary({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
        QStringLiteral("-o"), file("missing/diary.xlsx"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not write"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file("missing")));
}

TEST_F(Cli, importRoundTrip_intoANewDiary_exportsTheSameBytes)
{
    const QString diary = demoDiary();
    const QStringList range = {
        QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-01-01")};
    ASSERT_EQ(rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--database"), diary, QStringLiteral("-o"),
                           file("first.csv")}
                  + range)
                  .code,
        0);
    const Outcome imported = rlsDiary({QStringLiteral("import"), file("first.csv"), QStringLiteral("--create"),
        QStringLiteral("--database"), file("copy.sqlite")});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("\nImported ")) << imported.out.toStdString(); // after "Read ... as UTF-8"
    const Outcome second
        = rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--database"), file("copy.sqlite")} + range);
    EXPECT_EQ(second.out, test::fileBytes(file("first.csv")));
}

TEST_F(Cli, dryRun_printsThePreview_andWritesNothing)
{
    const QString diary = demoDiary(30);
    const QString before = summary(diary);
    QFile csv(file("new.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("date,symptom_severity_0_10\r\n1999-01-05,4\r\n1999-01-06,5\r\n");
    csv.close();
    const Outcome r = rlsDiary(
        {QStringLiteral("import"), file("new.csv"), QStringLiteral("--dry-run"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("add     1999-01-05 (line 2)")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("2 nights to add"));
    EXPECT_EQ(summary(diary), before);
}

TEST_F(Cli, badFile_exitsWithCode4_namesTheLine_andLeavesTheDiaryAsItWas)
{
    const QString diary = demoDiary(30);
    const QString before = summary(diary);
    QFile csv(file("bad.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("date,symptom_severity_0_10\r\n1999-01-05,4\r\n1999-02-30,5\r\n");
    csv.close();
    const Outcome r = rlsDiary({QStringLiteral("import"), file("bad.csv"), QStringLiteral("--on-conflict"),
        QStringLiteral("theirs"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3, column \"date\": 1999-02-30 is not a date that exists.")))
        << r.err.toStdString();
    EXPECT_EQ(summary(diary), before);
}

TEST_F(Cli, ambiguousDates_askForDateFormat_andTheOptionSettlesIt)
{
    const QString diary = demoDiary(10);
    QFile csv(file("us.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Date,RLS score\n03/04/1999,5\n04/05/1999,2\n");
    csv.close();
    Outcome r = rlsDiary({QStringLiteral("import"), file("us.csv"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--date-format")));
    r = rlsDiary({QStringLiteral("import"), file("us.csv"), QStringLiteral("--date-format"),
        QStringLiteral("MM/DD/YYYY"), QStringLiteral("--database"), diary});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const Outcome out = rlsDiary({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("1999-03-04"),
        QStringLiteral("--to"), QStringLiteral("1999-03-04"), QStringLiteral("--database"), diary});
    EXPECT_TRUE(out.out.contains("\r\n1999-03-04,5,")) << out.out.toStdString();
}

TEST_F(Cli, missingCsv_exitsWithCode3)
{
    const Outcome r
        = rlsDiary({QStringLiteral("import"), file("nope.csv"), QStringLiteral("--database"), file("d.sqlite")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope.csv")));
}

TEST_F(Cli, withoutDatabase_opensTheDiaryChosenInPreferences_asTheWindowDoes)
{
    const QString home = file("home");
    ASSERT_TRUE(QDir().mkpath(home));
    const QString chosen = demoDiary(30);
    {
        // Where QSettings keeps the window's Preferences on Linux, for organisation and app "rls-diary".
        QSettings settings(home + QStringLiteral("/.config/rls-diary/rls-diary.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("diary/path"), chosen);
    }
    const Outcome described = rlsDiary({QStringLiteral("summary")}, home);
    EXPECT_EQ(described.code, 0) << described.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(described.out).contains(QDir::toNativeSeparators(chosen)))
        << described.out.toStdString();

    const QStringList range = {
        QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-01-01")};
    const Outcome exported = rlsDiary(QStringList {QStringLiteral("export")} + range, home);
    EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out,
        rlsDiary(QStringList {QStringLiteral("export"), QStringLiteral("--database"), chosen} + range).out);

    QFile csv(file("one.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("date,symptom_severity_0_10\r\n1999-01-05,4\r\n");
    csv.close();
    const Outcome imported = rlsDiary({QStringLiteral("import"), file("one.csv")}, home);
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(summary(chosen).contains(QStringLiteral("logged from 1999-01-05"))) << summary(chosen).toStdString();
    EXPECT_FALSE(QFile::exists(home + QStringLiteral("/.local/share/rls-diary/rls-diary/diary.sqlite")));
}

TEST_F(Cli, withoutDatabaseOrAChoice_usesTheDefaultPlace)
{
    const QString home = file("home");
    ASSERT_TRUE(QDir().mkpath(home));
    const Outcome r = rlsDiary({QStringLiteral("summary")}, home);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".local/share/rls-diary/rls-diary/diary.sqlite"))) << r.err.toStdString();
}

TEST_F(Cli, insightsJson_hasEveryComparisonFieldAndTheWatch)
{
    const QString diary = demoDiary(200);
    const QByteArray before = rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), diary}).out;
    const Outcome r = rlsDiary({QStringLiteral("insights"), QStringLiteral("--json"), QStringLiteral("--database"),
        diary, QStringLiteral("--outcome"), QStringLiteral("sleep_quality")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    const QJsonArray comparisons = root.value(QStringLiteral("comparisons")).toArray();
    ASSERT_GE(comparisons.size(), 5);
    const QStringList fields = {QStringLiteral("factor"), QStringLiteral("outcome"), QStringLiteral("n_with"),
        QStringLiteral("n_without"), QStringLiteral("mean_with"), QStringLiteral("mean_without"),
        QStringLiteral("difference"), QStringLiteral("ci95_low"), QStringLiteral("ci95_high"),
        QStringLiteral("hedges_g"), QStringLiteral("lag1_autocorrelation"), QStringLiteral("ci95_adjusted_low"),
        QStringLiteral("ci95_adjusted_high"), QStringLiteral("p_adjusted"), QStringLiteral("holm_p"),
        QStringLiteral("note")};
    QStringList factors;
    for (const QJsonValue &v : comparisons) {
        const QJsonObject c = v.toObject();
        QStringList keys = c.keys();
        keys.sort();
        QStringList expected = fields;
        expected.sort();
        EXPECT_EQ(keys, expected);
        EXPECT_EQ(c.value(QStringLiteral("outcome")).toString(), QStringLiteral("sleep_quality"));
        factors.append(c.value(QStringLiteral("factor")).toString());
    }
    for (const char *f : {"magnesium", "iron", "caffeine_late", "alcohol", "tag:exercise"})
        EXPECT_TRUE(factors.contains(QString::fromLatin1(f))) << f;
    const QJsonObject watch = root.value(QStringLiteral("augmentation")).toObject();
    EXPECT_TRUE(watch.contains(QStringLiteral("state")));
    EXPECT_FALSE(watch.value(QStringLiteral("sentence")).toString().isEmpty());
    // A reading command leaves the diary as it was.
    EXPECT_EQ(rlsDiary({QStringLiteral("summary"), QStringLiteral("--database"), diary}).out, before);
}

TEST_F(Cli, insightsSentences_andAWrongOutcome)
{
    const QString diary = demoDiary(120);
    const Outcome r = rlsDiary({QStringLiteral("insights"), QStringLiteral("--database"), diary});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Symptom severity (0-10)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not proof"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Augmentation watch"))) << text.toStdString();
    const Outcome wrong = rlsDiary({QStringLiteral("insights"), QStringLiteral("--database"), diary,
        QStringLiteral("--outcome"), QStringLiteral("happiness")});
    EXPECT_EQ(wrong.code, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("happiness"))) << wrong.err.toStdString();
}
