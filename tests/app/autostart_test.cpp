// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "Start with the computer, in the tray": the XDG autostart entry is written where
// desktops look ($XDG_CONFIG_HOME/autostart), passes desktop-file-validate like the launcher,
// starts the app with --tray, and goes again when turned off.
#include "packaging/tools.h"
#include "session/autostart.h"
#include "support/confighome.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rls;

namespace {

using test::TemporaryConfigHome;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString execLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Exec=")))
            return line.mid(5);
    }
    return {};
}

// desktop-file-validate on the entry: no error, and no warning either.
void expectValid(const QString &path)
{
    const test::ToolRun run
        = test::runTool(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils"), {path});
    ASSERT_TRUE(run.missing.isEmpty()) << run.missing.toStdString();
    EXPECT_EQ(run.code, 0) << run.said();
    EXPECT_FALSE(run.out.contains(QStringLiteral("warning:")) || run.err.contains(QStringLiteral("warning:")))
        << run.said();
}

} // namespace

TEST(Autostart, livesInXdgConfigHome)
{
    TemporaryConfigHome home;
    EXPECT_EQ(autostart::filePath(), home.path() + QStringLiteral("/autostart/org.rlsdiary.RLSDiary.desktop"));
    EXPECT_FALSE(autostart::isOn());
}

TEST(Autostart, turnedOn_writesAValidEntryThatStartsInTheTray)
{
    TemporaryConfigHome home;
    ASSERT_TRUE(autostart::set(true, QStringLiteral("rls-diary")));
    EXPECT_TRUE(autostart::isOn());
    const QString text = readAll(autostart::filePath());
    EXPECT_EQ(execLine(text), QStringLiteral("rls-diary --tray"));
    EXPECT_TRUE(text.contains(QStringLiteral("\nIcon=org.rlsdiary.RLSDiary\n")));
    expectValid(autostart::filePath());
}

TEST(Autostart, aProgramPathWithSpacesAndSigns_isQuotedAsTheSpecificationAsks)
{
    TemporaryConfigHome home;
    // A space, a dollar, a percent, a double quote and a backslash: each has its own rule.
    const QString program = QStringLiteral("/opt/RLS Diary $1 100%/a\"b\\c/rls-diary");
    ASSERT_TRUE(autostart::set(true, program));
    const QString exec = execLine(readAll(autostart::filePath()));
    EXPECT_EQ(exec, QStringLiteral(R"("/opt/RLS Diary \\$1 100%%/a\\"b\\\\c/rls-diary" --tray)"));
    expectValid(autostart::filePath());
}

TEST(Autostart, turnedOff_removesTheEntry_andTwiceIsFine)
{
    TemporaryConfigHome home;
    ASSERT_TRUE(autostart::set(true, QStringLiteral("rls-diary")));
    ASSERT_TRUE(autostart::isOn());
    EXPECT_TRUE(autostart::set(false, QStringLiteral("rls-diary")));
    EXPECT_FALSE(autostart::isOn());
    EXPECT_FALSE(QFile::exists(autostart::filePath()));
    EXPECT_TRUE(autostart::set(false, QStringLiteral("rls-diary")));
}

TEST(Autostart, aFolderThatCannotBeMade_saysWhy_andWritesNothing)
{
    TemporaryConfigHome home;
    QFile blocker(home.path() + QStringLiteral("/autostart")); // a file where the folder should be
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto written = autostart::set(true, QStringLiteral("rls-diary"));
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("cannot start with the computer")))
        << written.error().message.toStdString();
    EXPECT_FALSE(autostart::isOn());
}

TEST(Autostart, aProgramWithALineBreak_isRefused)
{
    TemporaryConfigHome home;
    const auto written = autostart::set(true, QStringLiteral("rls-diary\nExec=evil"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(autostart::isOn());
}

TEST(Autostart, aProgramNotOnThePath_isNamedByItsFullPath)
{
    QTemporaryDir dir;
    const QString program = dir.filePath(QStringLiteral("rls-diary"));
    EXPECT_EQ(autostart::programFor(program), program);
}
