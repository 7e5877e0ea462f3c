// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: a diary its owner may only read (mode 0444, or in a folder that cannot be written) is
// read by every reading command, which leaves nothing beside it, and refused by the writing
// commands with a clear message. Runs the built binary without a display, as its owner would.
#include "clirunner.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <grp.h>
#include <unistd.h>

using rls::test::args;
using rls::test::Outcome;
using rls::test::rlsDiary;

namespace {

constexpr uid_t Nobody = 65534;

// Tests and CI run as root, and file modes do not bind root: it writes a 0444 file, or into a
// 0555 folder, as if they were writable. So the diary belongs to "nobody", and each command runs
// as nobody, for whom its modes hold as they hold for the person who owns a diary.
class CliReadOnly : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // QTemporaryDir makes its folder 0700 for root: nobody must be able to pass through it.
        QFile::setPermissions(
            m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        for (const char *folder : {"diaries", "home"}) {
            ASSERT_TRUE(QDir(m_dir.path()).mkdir(QString::fromLatin1(folder)));
            giveToNobody(file(folder));
        }
        const Outcome demo = rlsDiary(args({"demo", "--nights", "60", "--seed", "4", "-o"}) + QStringList {m_diary});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
        // What a window leaves when it closes: the diary alone, no -wal or -shm beside it (these
        // two are left by the demo's closing summary).
        QFile::remove(m_diary + QStringLiteral("-wal"));
        QFile::remove(m_diary + QStringLiteral("-shm"));
        giveToNobody(m_diary);
    }
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static void giveToNobody(const QString &path)
    {
        if (::geteuid() == 0) {
            ASSERT_EQ(::chown(QFile::encodeName(path).constData(), Nobody, Nobody), 0);
        }
    }
    static void setMode(const QString &path, mode_t mode)
    {
        ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode), 0);
    }
    // Runs `rls-diary arguments... --database DIARY` as the diary's owner (nobody, when the test is root).
    Outcome asTheOwner(const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(rls::test::cliEnvironment(file("home")));
        if (::geteuid() == 0)
            p.setChildProcessModifier([] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
                    ::_exit(125);
            });
        return rls::test::runToTheEnd(p, arguments + QStringList {QStringLiteral("--database"), m_diary});
    }
    QStringList diaries() const
    {
        return QDir(file("diaries")).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    // Every reading command, each with what its success looks like on stdout.
    void expectEveryReadingCommandWorks()
    {
        const QString out = file("home");
        const QList<std::pair<QStringList, QByteArray>> reading = {
            {args({"summary"}), "nights logged from"},
            {args({"export", "--from", "2000-01-01"}), "date,symptom_severity_0_10"},
            {args({"export", "--format", "xlsx", "-o"}) + QStringList {out + QStringLiteral("/d.xlsx")}, ""},
            {args({"insights"}), "Magnesium"},
            {args({"report", "-o"}) + QStringList {out + QStringLiteral("/d.pdf")}, "Wrote the report"},
            {args({"trial", "status"}), "trial"},
            {args({"trial", "report"}), "trial"},
            {args({"backup", "--list"}), "No backups yet"},
        };
        for (const auto &[command, shows] : reading) {
            const Outcome r = asTheOwner(command);
            EXPECT_EQ(r.code, 0) << command.join(u' ').toStdString() << ": " << r.err.toStdString();
            EXPECT_TRUE(r.out.contains(shows)) << command.join(u' ').toStdString() << ": " << r.out.toStdString();
        }
        EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/d.xlsx")));
        EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/d.pdf")));
    }
    // The writing commands say why they cannot, exit 1, and leave the diary as it was.
    void expectEveryWritingCommandIsRefused()
    {
        QFile csv(file("home/one.csv"));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("date,symptom_severity_0_10\r\n1999-01-05,4\r\n");
        csv.close();
        setMode(csv.fileName(), 0644);
        const QByteArray before = rls::test::fileBytes(m_diary);
        for (const QStringList &command :
            {args({"import"}) + QStringList {csv.fileName()}, args({"trial", "plan", "--amount", "200"})}) {
            const Outcome r = asTheOwner(command);
            EXPECT_EQ(r.code, 1) << command.join(u' ').toStdString() << ": " << r.err.toStdString();
            EXPECT_TRUE(
                r.err.contains(QStringLiteral("read-only")) || r.err.contains(QStringLiteral("cannot be written")))
                << r.err.toStdString();
        }
        EXPECT_EQ(rls::test::fileBytes(m_diary), before);
    }

    QTemporaryDir m_dir;
    QString m_diary = m_dir.filePath(QStringLiteral("diaries/diary.sqlite"));
};

} // namespace

// Reading a 0444 diary left a -wal and an -shm beside it, read-only like the diary; once its owner
// made the diary writable again, the next import failed on them ("the diary file cannot be written").
TEST_F(CliReadOnly, aDiaryOfMode0444_isRead_leavesNothingBesideIt_andIsWritableAgainAfterChmod)
{
    setMode(m_diary, 0444);
    const QByteArray before = rls::test::fileBytes(m_diary);
    expectEveryReadingCommandWorks();
    EXPECT_EQ(diaries(), QStringList {QStringLiteral("diary.sqlite")});
    EXPECT_EQ(rls::test::fileBytes(m_diary), before);
    expectEveryWritingCommandIsRefused();

    setMode(m_diary, 0600);
    const Outcome imported = asTheOwner(args({"import"}) + QStringList {file("home/one.csv")});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
}

TEST_F(CliReadOnly, aDiaryInAFolderThatCannotBeWritten_isRead_andLeftAsItWas)
{
    setMode(m_diary, 0444);
    setMode(file("diaries"), 0555);
    const QByteArray before = rls::test::fileBytes(m_diary);
    expectEveryReadingCommandWorks();
    expectEveryWritingCommandIsRefused();
    EXPECT_EQ(diaries(), QStringList {QStringLiteral("diary.sqlite")});
    EXPECT_EQ(rls::test::fileBytes(m_diary), before);
    setMode(file("diaries"), 0700); // so that the temporary folder can be removed
}
