// SPDX-License-Identifier: GPL-3.0-or-later
// The demo window keeps its diary in a temporary folder: a logout or `kill` (SIGTERM) must remove
// it like closing the window does, and a folder left by a SIGKILL is cleared by the next demo.
// These tests start the real window (offscreen) with its own TMPDIR.
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <signal.h>

namespace {

QStringList demoFolders(const QString &temp)
{
    return QDir(temp).entryList({QStringLiteral("rls-diary-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
}

// Starts `rls-diary --demo` with TMPDIR=temp and waits until its own demo diary exists.
bool startDemo(QProcess &p, const QString &temp, const QString &home)
{
    QProcessEnvironment env = rls::test::cliEnvironment(home);
    env.insert(QStringLiteral("TMPDIR"), temp);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(rls::test::binaryUnderTest(),
        {QStringLiteral("--demo"), QStringLiteral("--demo-nights"), QStringLiteral("30")});
    if (!p.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        for (const QString &name : demoFolders(temp)) {
            const QDir folder(QDir(temp).filePath(name));
            QFile pid(folder.filePath(QStringLiteral("demo.pid")));
            if (pid.open(QIODevice::ReadOnly) && pid.readAll().trimmed().toLongLong() == p.processId()
                && folder.exists(QStringLiteral("demo-diary.sqlite")))
                return true; // this process's demo diary is being written
        }
        if (p.state() != QProcess::Running)
            return false;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

TEST(DemoSignals, sigterm_closesTheDemoLikeClosingItsWindow_andRemovesItsFolder)
{
    QTemporaryDir temp, home;
    QProcess demo;
    ASSERT_TRUE(startDemo(demo, temp.path(), home.path())) << demo.readAllStandardError().toStdString();
    ASSERT_EQ(demoFolders(temp.path()).size(), 1);
    QThread::msleep(1500); // let the window reach its event loop (a signal before it is handled then)

    ::kill(pid_t(demo.processId()), SIGTERM);
    ASSERT_TRUE(demo.waitForFinished(30000));
    EXPECT_EQ(demo.exitStatus(), QProcess::NormalExit) << "SIGTERM should end the app through its event loop";
    EXPECT_EQ(demo.exitCode(), 0);
    EXPECT_TRUE(demoFolders(temp.path()).isEmpty())
        << "left behind: " << demoFolders(temp.path()).join(QLatin1Char(' ')).toStdString();
}

TEST(DemoSignals, aFolderLeftBySigkill_isClearedByTheNextDemo)
{
    QTemporaryDir temp, home;
    QProcess killed;
    ASSERT_TRUE(startDemo(killed, temp.path(), home.path()));
    const QStringList left = demoFolders(temp.path());
    ASSERT_EQ(left.size(), 1);
    killed.kill(); // SIGKILL: nothing of the app runs after it
    ASSERT_TRUE(killed.waitForFinished(10000));
    ASSERT_EQ(demoFolders(temp.path()), left) << "SIGKILL cannot clean up; the next start must";

    QProcess next;
    ASSERT_TRUE(startDemo(next, temp.path(), home.path()));
    const QStringList now = demoFolders(temp.path());
    EXPECT_EQ(now.size(), 1);
    EXPECT_FALSE(now.contains(left.first())) << "the dead demo's folder is still there";
    ::kill(pid_t(next.processId()), SIGTERM);
    ASSERT_TRUE(next.waitForFinished(30000));
    EXPECT_TRUE(demoFolders(temp.path()).isEmpty());
}

// scripts/bench times a start with --quit-after-first-frame: the window shows, says when its first
// frame was drawn, ends by itself, and removes its demo diary like any close.
namespace {

// The demo window, offscreen, run with `args` until it quits by itself; its temporary folder is
// `temp`, so that a test can see that the demo diary was removed.
rls::test::Outcome runDemoWindow(const QTemporaryDir &temp, const QStringList &args)
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = rls::test::cliEnvironment(home.path());
    env.insert(QStringLiteral("TMPDIR"), temp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    return rls::test::runToTheEnd(
        p, QStringList {QStringLiteral("--demo"), QStringLiteral("--demo-nights")} + args, 60000);
}

} // namespace

TEST(FirstFrame, quitAfterFirstFrame_showsTheWindow_reportsTheTime_andEndsCleanly)
{
    QTemporaryDir temp;
    const rls::test::Outcome run
        = runDemoWindow(temp, {QStringLiteral("30"), QStringLiteral("--quit-after-first-frame")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QRegularExpression(QStringLiteral("first frame after \\d+ ms"))))
        << run.err.toStdString();
    EXPECT_TRUE(demoFolders(temp.path()).isEmpty());
}

// ... and --quit-after-every-page shows each page in turn (Trends and Insights build their data)
// before it ends: the resident size scripts/bench reads for the memory goal.
TEST(FirstFrame, quitAfterEveryPage_showsEachPage_andEndsCleanly)
{
    QTemporaryDir temp;
    const rls::test::Outcome run
        = runDemoWindow(temp, {QStringLiteral("120"), QStringLiteral("--quit-after-every-page")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QRegularExpression(QStringLiteral("every page after \\d+ ms"))))
        << run.err.toStdString();
    for (const char *page : {"Evening log", "Trends", "Lab results", "Insights", "Trial"})
        EXPECT_TRUE(run.err.contains(QStringLiteral("shown: %1\n").arg(QLatin1String(page)))) << page;
    EXPECT_TRUE(demoFolders(temp.path()).isEmpty());
}
