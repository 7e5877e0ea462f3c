// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the README's command-line examples run as written, and every command's help reads
// as a person types it ("Usage: rls-diary export [options]", with examples), not as the build
// path. The examples are read from README.md itself, so a change to either shows up here.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rls::test::args;
using rls::test::Outcome;

namespace {

// The lines of the fenced block under "## Command line" in the README.
QStringList readmeExamples()
{
    QFile readme(QStringLiteral(RLSDIARY_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("\n## Command line"));
    const qsizetype open = text.indexOf(QStringLiteral("\n```\n"), section);
    const qsizetype close = text.indexOf(QStringLiteral("\n```\n"), open + 1);
    if (section < 0 || open < 0 || close < 0)
        return {};
    return text.mid(open + 5, close - open - 5).split(u'\n', Qt::SkipEmptyParts);
}

// One example line as commands to run: the comment dropped, the optional parts ([--seed 1])
// included, and a run for each alternative of `a|b|c` (the i-th run takes the i-th alternative of
// every such word, or its last).
QList<QStringList> runsOf(const QString &line)
{
    QString command = line.section(QStringLiteral(" # "), 0, 0).trimmed();
    command.remove(u'[').remove(u']');
    const QStringList words = QProcess::splitCommand(command);
    qsizetype variants = 1;
    for (const QString &w : words)
        variants = std::max(variants, w.split(u'|').size());
    QList<QStringList> runs;
    for (qsizetype i = 0; i < variants; ++i) {
        QStringList run;
        for (const QString &w : words) {
            const QStringList alternatives = w.split(u'|');
            run.append(alternatives.at(std::min(i, alternatives.size() - 1)));
        }
        runs.append(run.mid(1)); // without the leading "rls-diary"
    }
    return runs;
}

} // namespace

TEST(CliReadme, theCommandLineExamples_runAsWritten)
{
    const QStringList examples = readmeExamples();
    ASSERT_GE(examples.size(), 8) << "the README's command-line block was not found";

    // A person with a diary of their own (the commands without --database use it) and a sheet of
    // their own with day-first dates, in the folder they type in.
    QTemporaryDir home;
    QTemporaryDir folder;
    const QString ownDiary = home.filePath(QStringLiteral(".local/share/rls-diary/rls-diary/diary.sqlite"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(ownDiary).path()));
    QProcess makeOwn;
    makeOwn.setProcessEnvironment(rls::test::cliEnvironment(home.path()));
    ASSERT_EQ(
        rls::test::runToTheEnd(makeOwn, args({"demo", "--nights", "400", "-o"}) + QStringList {ownDiary}).code, 0);
    QFile sheet(folder.filePath(QStringLiteral("my-sheet.csv")));
    ASSERT_TRUE(sheet.open(QIODevice::WriteOnly));
    sheet.write("Date,Severity,Notes\r\n25/10/2025,4,restless after the drive\r\n26/10/2025,2,\r\n");
    sheet.close();

    int ran = 0;
    for (const QString &line : examples) {
        ASSERT_TRUE(line.startsWith(QStringLiteral("rls-diary "))) << line.toStdString();
        for (const QStringList &run : runsOf(line)) {
            QProcess p;
            p.setProcessEnvironment(rls::test::cliEnvironment(home.path()));
            p.setWorkingDirectory(folder.path());
            const Outcome r = rls::test::runToTheEnd(p, run);
            EXPECT_EQ(r.code, 0) << "rls-diary " << run.join(u' ').toStdString() << "\n" << r.err.toStdString();
            ++ran;
        }
    }
    EXPECT_GE(ran, 15);
    // What the examples promise to leave behind.
    for (const char *made :
        {"demo.sqlite", "trial.sqlite", "report.pdf", "for-doctor.csv", "for-doctor.xlsx", "new.sqlite"})
        EXPECT_TRUE(QFileInfo::exists(folder.filePath(QString::fromLatin1(made)))) << made;
}

// "Usage: build/app/rls-diary [options] export", an argument "export" called "The command.", no
// examples, and --from "default: 3 months ago" while it counts back from --to.
TEST(CliReadme, everyHelp_namesTheProgram_andShowsExamples)
{
    const QList<QStringList> helps = {args({"export", "--help"}), args({"import", "--help"}),
        args({"summary", "--help"}), args({"insights", "--help"}), args({"report", "--help"}),
        args({"trial", "--help"}), args({"demo", "--help"}), args({"backup", "--help"}), args({"restore", "--help"})};
    for (const QStringList &help : helps) {
        const QString command = help.first();
        const Outcome r = rls::test::rlsDiary(help);
        const QString text = QString::fromUtf8(r.out);
        SCOPED_TRACE(command.toStdString() + ":\n" + text.toStdString());
        EXPECT_EQ(r.code, 0);
        EXPECT_TRUE(text.startsWith(QStringLiteral("Usage: rls-diary %1 [options]").arg(command)));
        EXPECT_FALSE(text.contains(QStringLiteral("The command.")));
        EXPECT_FALSE(text.contains(rls::test::binaryUnderTest()));
        const qsizetype examples = text.indexOf(QStringLiteral("\nExamples:\n"));
        ASSERT_GE(examples, 0);
        const QStringList shown = text.mid(examples).split(u'\n').filter(
            QRegularExpression(QStringLiteral("^  rls-diary %1\\b").arg(command)));
        EXPECT_GE(shown.size(), 2);
    }
    const QString exportHelp = QString::fromUtf8(rls::test::rlsDiary(args({"export", "--help"})).out);
    EXPECT_TRUE(exportHelp.contains(QStringLiteral("3 months before --to"))) << exportHelp.toStdString();

    const QString windowHelp = QString::fromUtf8(rls::test::rlsDiary(args({"--help"})).out);
    EXPECT_TRUE(windowHelp.startsWith(QStringLiteral("Usage: rls-diary [options]"))) << windowHelp.toStdString();
    EXPECT_FALSE(windowHelp.contains(rls::test::binaryUnderTest()));
    EXPECT_TRUE(windowHelp.contains(QStringLiteral("\n  rls-diary --demo"))) << windowHelp.toStdString();
}
