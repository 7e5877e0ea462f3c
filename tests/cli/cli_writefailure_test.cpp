// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, wording: a write that fails says what failed. Run under a file size limit, which
// fails write(2) as a full disk does: the CSV said "Could not write x.csv: Unknown error", the
// spreadsheet "Zip generic error ZIP_ERRNO ...", and the report was left as a cut-off PDF with
// exit 0. Each now exits 3 naming the reason, and leaves an older file as it was.
#include "clirunner.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/resource.h>

using rls::test::args;
using rls::test::Outcome;

namespace {

// Runs rls-diary with files limited to `bytes`; a longer write fails with EFBIG (the signal
// that would end the process is ignored, as a disk that is full ends nothing either).
Outcome runLimited(const QStringList &arguments, rlim_t bytes)
{
    QProcess p;
    p.setProcessEnvironment(rls::test::cliEnvironment());
    p.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    return rls::test::runToTheEnd(p, arguments);
}

} // namespace

TEST(CliWriteFailure, everyExport_namesTheReason_andKeepsTheOlderFile)
{
    QTemporaryDir dir;
    const QString diary = dir.filePath(QStringLiteral("diary.sqlite"));
    ASSERT_EQ(rls::test::rlsDiary(args({"demo", "--nights", "400", "-o"}) + QStringList {diary}).code, 0);
    const struct {
        const char *file;
        QStringList options;
    } exports[] = {
        {"nights.csv", args({"export"})},
        {"doses.csv", args({"export", "--kind", "intakes"})},
        {"all.xlsx", args({"export", "--format", "xlsx"})},
        {"report.pdf", args({"report"})},
    };
    for (const auto &e : exports) {
        const QString target = dir.filePath(QString::fromLatin1(e.file));
        SCOPED_TRACE(e.file);
        {
            QFile older(target);
            ASSERT_TRUE(older.open(QIODevice::WriteOnly));
            older.write("the older file");
        }
        const Outcome r = runLimited(
            e.options + QStringList {QStringLiteral("--database"), diary, QStringLiteral("-o"), target}, 8000);
        EXPECT_EQ(r.code, 3) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("the file would be larger than this system allows")))
            << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("Unknown error"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral(".."))) << r.err.toStdString();
        EXPECT_EQ(rls::test::fileBytes(target), QByteArray("the older file"));
    }
}

// A demo diary that cannot be finished said "disk I/O error" and left its -wal and -shm behind.
TEST(CliWriteFailure, aDemoThatCannotBeWritten_saysWhy_andLeavesNothing)
{
    QTemporaryDir dir;
    const Outcome r = runLimited(
        args({"demo", "--nights", "3000", "-o"}) + QStringList {dir.filePath(QStringLiteral("demo.sqlite"))}, 100000);
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("larger than this system allows"))) << r.err.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList {});
}
