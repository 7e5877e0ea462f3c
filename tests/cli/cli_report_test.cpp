// SPDX-License-Identifier: GPL-3.0-or-later
// `rls-diary report`: the doctor's PDF from the command line, without a display, on real files;
// the PDF is read back with poppler's pdfinfo and pdftotext (Debian poppler-utils).
#include "cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rls::test::Outcome;
using rls::test::rlsDiary;

namespace {

QString tool(const QString &name, const QStringList &arguments)
{
    QProcess p;
    p.start(name, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        ADD_FAILURE() << name.toStdString() << " failed (is poppler-utils installed?)";
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

class CliReport : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_diary = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Outcome demo = rlsDiary({QStringLiteral("demo"), QStringLiteral("--nights"), QStringLiteral("500"),
            QStringLiteral("-o"), m_diary, QStringLiteral("--seed"), QStringLiteral("4")});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString m_diary;
};

} // namespace

TEST_F(CliReport, aYearOfTheDemo_isAPdfOfAtMostThreePages_withTheNameAndThePeriod)
{
    const QString pdf = file("report.pdf");
    const Outcome r = rlsDiary({QStringLiteral("report"), QStringLiteral("--database"), m_diary, QStringLiteral("-o"),
                                   pdf, QStringLiteral("--name"), QStringLiteral("Anna Example"),
                                   QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-05-31"), QStringLiteral("--paper"), QStringLiteral("letter")},
        m_dir.path());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Wrote the report of the nights of 2025-06-01 to 2026-05-31")) << r.out.toStdString();
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    ASSERT_TRUE(pages.hasMatch()) << info.toStdString();
    EXPECT_GE(pages.captured(1).toInt(), 1);
    EXPECT_LE(pages.captured(1).toInt(), 3);
    EXPECT_TRUE(info.contains(QStringLiteral("(letter)")));
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Name: Anna Example")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nights of 1 Jun 2025 to 31 May 2026 (365 nights)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Symptom severity")));
    EXPECT_TRUE(text.contains(QStringLiteral("not a diagnosis")));
    QFile settings(m_dir.filePath(QStringLiteral(".config/rls-diary/rls-diary.conf")));
    if (settings.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(settings.readAll().contains("Anna")); // the name is printed, never stored
    }
}

TEST_F(CliReport, withoutAnOutputFile_orWithAWrongPaper_isAUsageError_andWritesNothing)
{
    EXPECT_EQ(rlsDiary({QStringLiteral("report"), QStringLiteral("--database"), m_diary}, m_dir.path()).code, 2);
    const Outcome paper
        = rlsDiary({QStringLiteral("report"), QStringLiteral("--database"), m_diary, QStringLiteral("-o"),
                       file("r.pdf"), QStringLiteral("--paper"), QStringLiteral("a5")},
            m_dir.path());
    EXPECT_EQ(paper.code, 2);
    EXPECT_TRUE(paper.err.contains(QStringLiteral("--paper must be locale, a4 or letter"))) << paper.err.toStdString();
    EXPECT_FALSE(QFile::exists(file("r.pdf")));
}

TEST_F(CliReport, intoAFolderThatDoesNotExist_failsWithCode3_andLeavesNothing)
{
    const QString pdf = file("no-such-folder/report.pdf");
    const Outcome r = rlsDiary(
        {QStringLiteral("report"), QStringLiteral("--database"), m_diary, QStringLiteral("-o"), pdf}, m_dir.path());
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Could not save the report as"))) << r.err.toStdString();
    EXPECT_FALSE(QDir(file("no-such-folder")).exists());
}
