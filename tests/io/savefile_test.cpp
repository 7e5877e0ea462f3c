// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, wording: a failed write said "Unknown error" (a buffered write fails late, without
// its reason). writeFileAtomically() says what failed, and leaves an older file as it was. The
// size limit stands in for a full disk: the same write(2) failure, without filling one.
#include "io/savefile.h"
#include "support/tempdiary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/resource.h>

using namespace rls;

namespace {

// While it lives, this process may write files of at most `bytes` (RLIMIT_FSIZE); a longer write
// fails with EFBIG instead of the signal that would end the process.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

TEST(SaveFile, writesTheBytes_privately)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(writeFileAtomically(path, "a,b\r\n1,2\r\n"));
    EXPECT_EQ(test::fileBytes(path), QByteArray("a,b\r\n1,2\r\n"));
    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});
}

TEST(SaveFile, aWriteCutShort_saysWhy_andLeavesTheOlderFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(writeFileAtomically(path, "the older report"));
    const QByteArray big(64 * 1024, 'x');
    Result<void> saved;
    {
        const FileSizeLimit limit(4096);
        saved = writeFileAtomically(path, big);
    }
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().message, QStringLiteral("the file would be larger than this system allows"));
    EXPECT_EQ(test::fileBytes(path), QByteArray("the older report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("report.pdf")});
}

TEST(SaveFile, aMissingFolder_andAFolderInTheWay_areNamed)
{
    QTemporaryDir dir;
    const auto missing = writeFileAtomically(dir.filePath(QStringLiteral("no/such/out.csv")), "x");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, QStringLiteral("the folder does not exist"));
    const auto folder = writeFileAtomically(dir.path(), "x");
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().message, QStringLiteral("it is a folder"));
}

TEST(SaveFile, everyReasonHasWords_neverUnknownError)
{
    EXPECT_EQ(writeFailureReason(ENOSPC), QStringLiteral("the disk is full"));
    EXPECT_EQ(writeFailureReason(EROFS), QStringLiteral("the disk is read-only"));
    EXPECT_EQ(writeFailureReason(EACCES), QStringLiteral("you may not write there (permission denied)"));
    EXPECT_EQ(writeFailureReason(0), QStringLiteral("the system gave no reason"));
    EXPECT_EQ(writeFailureReason(99999), QStringLiteral("the system gave error 99999"));
}
