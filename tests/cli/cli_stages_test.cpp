// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: a command starts without the window's libraries. `rls-diary` links QtCore (and
// SQLite, libxlsxwriter) only; the window lives in librls-diary-window.so, loaded when a window
// or a painted report is asked for (app/windowstart/windowlibrary.h). These tests run the binary as
// built and a copy of it alone in a folder, where no window library can be found.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rls::test::args;
using rls::test::binaryUnderTest;
using rls::test::Outcome;
using rls::test::rlsDiary;

namespace {

/// The libraries `file` names as NEEDED (objdump -p), or an empty list when objdump failed.
QStringList neededLibraries(const QString &file)
{
    QProcess objdump;
    objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), file});
    if (!objdump.waitForFinished(60000) || objdump.exitCode() != 0)
        return {};
    const QString out = QString::fromUtf8(objdump.readAllStandardOutput());
    QStringList needed;
    const QRegularExpression line(QStringLiteral("^\\s*NEEDED\\s+(\\S+)$"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();)
        needed.append(it.next().captured(1));
    return needed;
}

/// Runs a copy of the binary, alone in `folder`, with `arguments`.
Outcome runLoneCopy(const QString &folder, const QStringList &arguments, const QString &platform)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("rls-diary"));
    if (!QFile::exists(copy) && !QFile::copy(binaryUnderTest(), copy))
        return {};
    QProcess p;
    QProcessEnvironment env = rls::test::cliEnvironment(folder);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    p.start(copy, arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(Stages, theProgram_linksQtCore_butNoWidgetsGuiPrintingNetworkOrChartLibrary)
{
    const QStringList needed = neededLibraries(binaryUnderTest());
    ASSERT_FALSE(needed.isEmpty()) << "objdump -p gave no NEEDED line (binutils missing?)";
    EXPECT_TRUE(needed.contains(QStringLiteral("libQt6Core.so.6"))) << needed.join(u' ').toStdString();
    for (const QString &library : needed) {
        for (const char *windowOnly : {"Widgets", "Gui", "PrintSupport", "Network", "Svg", "qcustomplot"})
            EXPECT_FALSE(library.contains(QLatin1String(windowOnly), Qt::CaseInsensitive))
                << "the program loads " << library.toStdString() << " on every command";
    }
}

// Every command of a day's use works from a copy of the binary that has no window library
// beside it: the commands never load it.
TEST(Stages, theCommands_runWithoutTheWindowLibrary)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString diary = folder.filePath(QStringLiteral("diary.sqlite"));
    const QString csv = folder.filePath(QStringLiteral("nights.csv"));
    const QString none = QStringLiteral("none-at-all");

    const Outcome demo
        = runLoneCopy(folder.path(), args({"demo", "--nights", "40", "--seed", "5", "-o"}) + QStringList {diary}, none);
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    const Outcome summary
        = runLoneCopy(folder.path(), {QStringLiteral("--database"), diary, QStringLiteral("summary")}, none);
    ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
    // "33 nights logged from ... to ...": the demo leaves some of its 40 nights unlogged.
    const auto logged
        = QRegularExpression(QStringLiteral("^(\\d+) nights logged")).match(QString::fromUtf8(summary.out));
    ASSERT_TRUE(logged.hasMatch()) << summary.out.toStdString();
    EXPECT_GT(logged.captured(1).toInt(), 20);
    const Outcome exported = runLoneCopy(folder.path(),
        {QStringLiteral("--database"), diary, QStringLiteral("export"), QStringLiteral("-o"), csv}, none);
    EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), logged.captured(1).toInt() + 1); // the header and a line a night
    const Outcome help = runLoneCopy(folder.path(), {QStringLiteral("--help")}, none);
    EXPECT_EQ(help.code, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains("Usage: rls-diary [options]")) << help.out.toStdString();
}

// Without its library the window cannot open: the person reads which file is missing, what to
// do, and that the commands still work, and nothing is created.
TEST(Stages, theWindow_withoutItsLibrary_saysWhatIsMissing_andCreatesNothing)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString diary = folder.filePath(QStringLiteral("diary.sqlite"));
    const Outcome run = runLoneCopy(folder.path(), {QStringLiteral("--database"), diary}, QStringLiteral("offscreen"));
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot open its window"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("librls-diary-window.so"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Reinstall RLS Diary"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(diary));

    const Outcome report = runLoneCopy(folder.path(),
        {QStringLiteral("--database"), diary, QStringLiteral("report"), QStringLiteral("-o"),
            folder.filePath(QStringLiteral("report.pdf"))},
        QStringLiteral("offscreen"));
    EXPECT_EQ(report.code, 1) << report.err.toStdString();
    EXPECT_TRUE(report.err.contains(QStringLiteral("librls-diary-window.so"))) << report.err.toStdString();
    EXPECT_FALSE(QFile::exists(diary));
}
