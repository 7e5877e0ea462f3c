// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, the command line without surprises: a mistyped command is an error with the nearest
// command, help and version need no display, a read-only diary can be read, and no command
// creates a diary by mistake. Runs the built binary without a display, as a person would.
#include "clirunner.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

using rls::test::args;
using rls::test::Outcome;
using rls::test::rlsDiary;

namespace {

class CliCommandLine : public ::testing::Test {
protected:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString csv(const char *name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QString demoDiary(const char *name = "demo.sqlite")
    {
        const QString path = file(name);
        const Outcome r = rlsDiary(args({"demo", "--nights", "30", "--seed", "3", "-o"}) + QStringList {path});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return path;
    }
    // Everything in `folder`, hidden files and folders too: what a command left behind.
    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    QStringList entries() const { return entries(m_dir.path()); }
    QString home() const { return m_home.path(); } // the person's home, apart from the files of the test

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
};

const QByteArray twoNights = "date,symptom_severity_0_10\r\n1999-01-05,4\r\n1999-01-06,5\r\n";

} // namespace

// --- A mistyped command -------------------------------------------------------------------

// It opened the window on the person's own diary (or, with an option after it, said "Unknown
// option" with exit 1).
TEST_F(CliCommandLine, aMistypedCommand_isExit2_withTheNearestCommand_andOpensNoWindow)
{
    for (const QStringList &typed : {args({"exprot"}), args({"exprot", "--kind", "nightly"})}) {
        const Outcome r = rlsDiary(typed, home());
        EXPECT_EQ(r.code, 2) << typed.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(
            QStringLiteral("Unknown command \"exprot\". Did you mean \"export\"? See rls-diary --help.")))
            << r.err.toStdString();
    }
    EXPECT_TRUE(rlsDiary(args({"sumary"}), home()).err.contains(QStringLiteral("Did you mean \"summary\"?")));
    EXPECT_TRUE(rlsDiary(args({"Import"}), home()).err.contains(QStringLiteral("Did you mean \"import\"?")));
    EXPECT_EQ(entries(home()), QStringList {}); // no diary, no settings: no window was opened
}

TEST_F(CliCommandLine, aWordNearNoCommand_listsTheCommands)
{
    const Outcome r = rlsDiary(args({"frobnicate"}), home());
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"."))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("export, import, summary, insights, report, trial, demo, backup")))
        << r.err.toStdString();
}

TEST_F(CliCommandLine, aDiaryFileInCommandPosition_suggestsDatabase_andIsLeftAlone)
{
    const QString diary = demoDiary("my.sqlite");
    const QByteArray before = rls::test::fileBytes(diary);
    const Outcome r = rlsDiary({diary}, home());
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rls-diary --database %1").arg(diary))) << r.err.toStdString();
    EXPECT_EQ(rls::test::fileBytes(diary), before);
}

// --- Help and version without a display ---------------------------------------------------

// `rls-diary --help` aborted with "could not connect to display".
TEST_F(CliCommandLine, helpAndVersion_needNoDisplay)
{
    for (const char *help : {"--help", "-h", "--help-all"}) {
        const Outcome r = rlsDiary(args({help}), home());
        EXPECT_EQ(r.code, 0) << help << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("--database")) << help << ": " << r.out.toStdString();
        EXPECT_TRUE(r.out.contains("export")) << help; // the commands are listed
    }
    for (const char *version : {"--version", "-v"}) {
        const Outcome r = rlsDiary(args({version}), home());
        EXPECT_EQ(r.code, 0) << version << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith("rls-diary ")) << version << ": " << r.out.toStdString();
    }
    EXPECT_EQ(entries(home()), QStringList {});
}

TEST_F(CliCommandLine, everyCommandsHelp_needsNoDisplay)
{
    const QList<QStringList> helps
        = {args({"export", "--help"}), args({"import", "--help"}), args({"summary", "--help"}),
            args({"insights", "--help"}), args({"report", "--help"}), args({"trial", "--help"}),
            args({"trial", "plan", "--help"}), args({"trial", "status", "--help"}), args({"trial", "report", "--help"}),
            args({"demo", "--help"}), args({"backup", "--help"}), args({"restore", "--help"})};
    for (const QStringList &help : helps) {
        const Outcome r = rlsDiary(help, home());
        EXPECT_EQ(r.code, 0) << help.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("Exit codes")) << help.join(u' ').toStdString();
    }
}

// --- No diary created by mistake ----------------------------------------------------------

// A mistyped --database silently started a new diary (exit 0), and a refused import into a path
// that did not exist left an empty diary there.
TEST_F(CliCommandLine, import_intoAMissingDiary_withoutCreate_isRefused_andLeavesNoFile)
{
    const QString nights = csv("nights.csv", twoNights);
    const QString missing = file("mistyped.sqlite");
    const Outcome r = rlsDiary(args({"import"}) + QStringList {nights, QStringLiteral("--database"), missing});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("There is no diary at %1. Check the path, or add --create to start "
                                              "a new diary there.")
                                   .arg(QDir::toNativeSeparators(missing))))
        << r.err.toStdString();
    EXPECT_EQ(entries(), QStringList {QStringLiteral("nights.csv")}); // no diary, -wal, -shm, .lock or backups
}

TEST_F(CliCommandLine, everyOtherCommand_onAMissingDiary_isExit1_andCreatesNothing)
{
    const QString nights = csv("nights.csv", twoNights);
    const QStringList database = {QStringLiteral("--database"), file("mistyped.sqlite")};
    const QList<QStringList> commands = {args({"summary"}), args({"export"}),
        args({"export", "--format", "xlsx", "-o"}) + QStringList {file("out.xlsx")}, args({"insights"}),
        args({"report", "-o"}) + QStringList {file("out.pdf")}, args({"trial", "status"}),
        args({"trial", "plan", "--amount", "200"}), args({"backup"}), args({"restore"}) + QStringList {nights}};
    for (const QStringList &command : commands) {
        const Outcome r = rlsDiary(command + database, home());
        EXPECT_EQ(r.code, 1) << command.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("There is no diary at"))) << r.err.toStdString();
        EXPECT_EQ(entries(), QStringList {QStringLiteral("nights.csv")}) << command.join(u' ').toStdString();
    }
}

TEST_F(CliCommandLine, import_withCreate_startsTheDiary_withTheNights_andNothingElse)
{
    const QString nights = csv("nights.csv", twoNights);
    const QString diary = file("new.sqlite");
    const Outcome r = rlsDiary(
        args({"import"}) + QStringList {nights, QStringLiteral("--create"), QStringLiteral("--database"), diary});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Imported 2 new and 0 changed nights into")) << r.out.toStdString();
    EXPECT_EQ(entries(), (QStringList {QStringLiteral("new.sqlite"), QStringLiteral("nights.csv")}));
    const Outcome s = rlsDiary(args({"summary", "--database"}) + QStringList {diary});
    EXPECT_TRUE(s.out.startsWith("2 nights logged from 1999-01-05 to 1999-01-06")) << s.out.toStdString();
}

// Issue 15: the new diary is built without a WAL and with foreign keys off (OpenOptions::building).
// Kept, it is a diary like any other: in WAL mode, every intake and tag pointing at its night,
// substance and tag. Both ways in: a spreadsheet's file (planned) and our own export (row by row).
TEST_F(CliCommandLine, import_withCreate_keepsAWalDiary_withEveryReferenceWhole)
{
    const QString own = file("own.csv");
    const Outcome exported = rlsDiary(args({"export", "--from", "1900-01-01", "--to", "2100-12-31", "--database"})
        + QStringList {demoDiary(), QStringLiteral("-o"), own});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    for (const QString &source : {csv("nights.csv", twoNights), own}) {
        const QString diary = file("new.sqlite");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(diary + QLatin1String(suffix)); // the diary of the last round, and what reading it left
        const Outcome r = rlsDiary(
            args({"import"}) + QStringList {source, QStringLiteral("--create"), QStringLiteral("--database"), diary});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(diary + QStringLiteral("-wal"))) << source.toStdString();
        SQLite::Database db(diary.toStdString(), SQLite::OPEN_READONLY);
        EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal") << source.toStdString();
        SQLite::Statement broken(db, "PRAGMA foreign_key_check");
        EXPECT_FALSE(broken.executeStep()) << source.toStdString() << ": " << broken.getColumn(0).getText();
        EXPECT_GE(db.execAndGet("SELECT count(*) FROM night").getInt(), 2) << source.toStdString();
    }
}

// A new diary is kept only once the import wrote to it: whatever stops the import leaves no file.
TEST_F(CliCommandLine, import_withCreate_thatWritesNothing_leavesNoFile)
{
    const QString good = csv("good.csv", twoNights);
    const QString bad = csv("bad.csv", "date,symptom_severity_0_10\r\n1999-01-05,4\r\n1999-02-30,5\r\n");
    const QString empty = csv("empty.csv", "date,symptom_severity_0_10\r\n");
    const QStringList before = entries();
    const QString diary = file("new.sqlite");
    const QList<std::pair<QStringList, int>> refused = {
        {QStringList {bad}, 4}, // an unreadable row
        {QStringList {good, QStringLiteral("--dry-run")}, 0}, // only a preview
        {QStringList {empty}, -1}, // nothing to import
        {QStringList {file("absent.csv")}, 3}, // no such file
        {QStringList {good, QStringLiteral("--on-conflict"), QStringLiteral("sometimes")}, 2}, // wrong use
    };
    for (const auto &[words, code] : refused) {
        const Outcome r = rlsDiary(
            args({"import"}) + words + QStringList {QStringLiteral("--create"), QStringLiteral("--database"), diary});
        if (code >= 0) {
            EXPECT_EQ(r.code, code) << words.join(u' ').toStdString() << ": " << r.err.toStdString();
        }
        EXPECT_EQ(entries(), before) << words.join(u' ').toStdString() << ": " << r.out.toStdString();
    }
}

// Without --database the person's own diary follows the same rule: the first import needs --create.
TEST_F(CliCommandLine, import_intoTheOwnDiary_thatDoesNotExistYet_needsCreate)
{
    const QString nights = csv("nights.csv", twoNights);
    const QString home = m_home.path();
    const Outcome refused = rlsDiary(args({"import"}) + QStringList {nights}, home);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("add --create"))) << refused.err.toStdString();
    EXPECT_EQ(entries(home), QStringList {}); // not even the folder of the default place

    const Outcome created = rlsDiary(args({"import"}) + QStringList {nights, QStringLiteral("--create")}, home);
    EXPECT_EQ(created.code, 0) << created.err.toStdString();
    const QString own = home + QStringLiteral("/.local/share/rls-diary/rls-diary");
    EXPECT_EQ(entries(own), QStringList {QStringLiteral("diary.sqlite")});
    EXPECT_EQ(rlsDiary(args({"summary"}), home).code, 0);
}

// `rls-diary --database FILE export ...` reads naturally, but the command after an option was not
// seen: the window opened instead (or asked to create a diary at FILE).
TEST_F(CliCommandLine, aCommandAfterTheDatabaseOption_isStillTheCommand)
{
    const QString diary = demoDiary();
    const Outcome summary
        = rlsDiary(QStringList {QStringLiteral("--database"), diary, QStringLiteral("summary")}, home());
    EXPECT_EQ(summary.code, 0) << summary.err.toStdString();
    EXPECT_TRUE(summary.out.contains("nights")) << summary.out.toStdString();
    const Outcome csv = rlsDiary(QStringList {QStringLiteral("--database=") + diary, QStringLiteral("export"),
                                     QStringLiteral("-o"), QStringLiteral("-")},
        home());
    EXPECT_EQ(csv.code, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains("date,symptom_severity_0_10")) << csv.out.left(200).toStdString();
    const Outcome typo = rlsDiary(QStringList {QStringLiteral("--database"), diary, QStringLiteral("exprot")}, home());
    EXPECT_EQ(typo.code, 2);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("Did you mean \"export\"?"))) << typo.err.toStdString();
    EXPECT_EQ(entries(home()), QStringList {}); // no window: no settings written
}

// `--language de` is a window option with a value: "de" was taken for a mistyped command. A
// command after it still runs, and in English, whatever the window's language (issue 14).
TEST_F(CliCommandLine, aCommandAfterTheLanguageOption_isStillTheCommand_andSpeaksEnglish)
{
    const QString diary = demoDiary();
    const Outcome summary = rlsDiary(QStringList {QStringLiteral("--language"), QStringLiteral("de"),
                                         QStringLiteral("--database"), diary, QStringLiteral("summary")},
        home());
    EXPECT_EQ(summary.code, 0) << summary.err.toStdString();
    EXPECT_TRUE(summary.out.contains("nights logged")) << summary.out.toStdString();
    const Outcome help = rlsDiary(args({"--language", "de", "--help"}), home());
    EXPECT_EQ(help.code, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains("--language")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("Open the diary file")) << help.out.toStdString(); // English
    EXPECT_EQ(entries(home()), QStringList {});
}
