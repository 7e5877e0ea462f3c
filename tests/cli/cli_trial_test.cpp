// SPDX-License-Identifier: GPL-3.0-or-later
// `rls-diary trial plan|status|report` run as a person or a script would, on real diary files.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using rls::test::args;
using rls::test::Outcome;
using rls::test::rlsDiary;

namespace {

QJsonObject jsonOf(const Outcome &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

class CliTrial : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_diary = m_dir.filePath(QStringLiteral("diary.sqlite"));
        const Outcome demo = rlsDiary(args({"demo", "--nights", "60", "--seed", "2", "-o"}) + QStringList {m_diary});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    Outcome trial(const QStringList &words)
    {
        return rlsDiary(
            QStringList {QStringLiteral("trial")} + words + QStringList {QStringLiteral("--database"), m_diary},
            m_dir.path());
    }

    QTemporaryDir m_dir;
    QString m_diary;
};

} // namespace

TEST_F(CliTrial, planDryRun_showsTheOrderFromTheSeed_andStoresNothing)
{
    const Outcome shown = trial(args({"plan", "--amount", "200", "--form", "glycinate", "--time", "21:00", "--seed",
        "42", "--start", "2027-01-04", "--dry-run", "--json"}));
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    const QJsonObject plan = jsonOf(shown);
    EXPECT_FALSE(plan.value(QStringLiteral("stored")).toBool());
    EXPECT_EQ(plan.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
    EXPECT_EQ(plan.value(QStringLiteral("order")).toArray().size(), 3);
    EXPECT_EQ(plan.value(QStringLiteral("last_night")).toString(), QStringLiteral("2027-03-28")); // 84 nights
    EXPECT_EQ(plan.value(QStringLiteral("blocks")).toArray().size(), 6);
    // The same seed, the same order.
    const Outcome again
        = trial(args({"plan", "--amount", "200", "--seed", "42", "--start", "2027-01-04", "--dry-run", "--json"}));
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("order")), plan.value(QStringLiteral("order")));
    // In words: each block with its letter and dates.
    const Outcome words
        = trial(args({"plan", "--amount", "200", "--seed", "42", "--start", "2027-01-04", "--dry-run"}));
    ASSERT_EQ(words.code, 0) << words.err.toStdString();
    const QString first
        = plan.value(QStringLiteral("blocks")).toArray().at(0).toObject().value(QStringLiteral("condition")).toString();
    EXPECT_TRUE(words.out.contains(QStringLiteral("block  1  %1  2027-01-04 to 2027-01-17").arg(first).toUtf8()))
        << words.out.toStdString();
    EXPECT_TRUE(words.out.contains("Not stored (--dry-run)")) << words.out.toStdString();
    const Outcome status = trial(args({"status", "--json"}));
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_EQ(status.out.trimmed(), QByteArray("null"));
}

TEST_F(CliTrial, planStored_thenStatusSaysWhereItStands_andASecondPlanIsRefused)
{
    const Outcome stored = trial(args({"plan", "--amount", "200", "--block-nights", "7", "--pairs", "2", "--washout",
        "2", "--seed", "5", "--start", "2027-01-04"}));
    ASSERT_EQ(stored.code, 0) << stored.err.toStdString();
    EXPECT_TRUE(stored.out.contains("Stored as trial 1")) << stored.out.toStdString();
    const Outcome status = trial(args({"status", "--json", "--on", "2027-01-12"}));
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    const QJsonObject s = jsonOf(status);
    EXPECT_EQ(s.value(QStringLiteral("phase")).toString(), QStringLiteral("running"));
    EXPECT_EQ(s.value(QStringLiteral("night")).toInt(), 9);
    EXPECT_EQ(s.value(QStringLiteral("block")).toInt(), 2);
    EXPECT_EQ(s.value(QStringLiteral("washout")).toBool(), true); // second night of block 2
    EXPECT_TRUE(s.value(QStringLiteral("status")).toString().startsWith(QStringLiteral("Trial: night 9 of 28")));

    const Outcome second = trial(args({"plan", "--amount", "100", "--start", "2027-01-20", "--on", "2027-01-12"}));
    EXPECT_EQ(second.code, 2);
    EXPECT_TRUE(second.err.contains(QStringLiteral("Another personal trial is still running")))
        << second.err.toStdString();
}

TEST_F(CliTrial, wrongUse_isExit2_withTheReason)
{
    Outcome r = trial(args({"plan"}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--amount"))) << r.err.toStdString();
    r = trial(args({"plan", "--amount", "200", "--substance", "Moonbeams"}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Moonbeams"))) << r.err.toStdString();
    r = trial(args({"plan", "--amount", "200", "--block-nights", "5"}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--block-nights"))) << r.err.toStdString();
    r = trial(args({"plan", "--amount", "200", "--b-amount", "300"}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("lower than the dose in A"))) << r.err.toStdString();
    r = trial(args({"frobnicate"}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("plan, status or report"))) << r.err.toStdString();
}

TEST(CliTrialDemo, withTrial_reportJson_hasTheFinishedTrialsFigures)
{
    QTemporaryDir dir;
    const QString diary = dir.filePath(QStringLiteral("trial.sqlite"));
    const Outcome demo
        = rlsDiary(args({"demo", "--nights", "200", "--with-trial", "--seed", "3", "-o"}) + QStringList {diary});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    const Outcome r = rlsDiary(args({"trial", "report", "--json", "--database"}) + QStringList {diary}, dir.path());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = jsonOf(r);
    EXPECT_EQ(o.value(QStringLiteral("phase")).toString(), QStringLiteral("finished"));
    EXPECT_FALSE(o.value(QStringLiteral("stopped_early")).toBool());
    const QJsonArray pairs = o.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 3);
    double sum = 0;
    for (const QJsonValue &v : pairs) {
        const QJsonObject p = v.toObject();
        const double difference = p.value(QStringLiteral("difference")).toDouble();
        EXPECT_NEAR(difference,
            p.value(QStringLiteral("a_mean")).toDouble() - p.value(QStringLiteral("b_mean")).toDouble(), 1e-9);
        sum += difference;
    }
    const double effect = o.value(QStringLiteral("effect")).toDouble();
    EXPECT_NEAR(effect, sum / 3, 1e-9);
    EXPECT_LT(o.value(QStringLiteral("ci95_low")).toDouble(), effect);
    EXPECT_GT(o.value(QStringLiteral("ci95_high")).toDouble(), effect);
    // With 3 pairs the randomisation p is a multiple of 1/8, at least 2/8.
    const double p = o.value(QStringLiteral("randomisation_p")).toDouble();
    EXPECT_GE(p, 0.25);
    EXPECT_NEAR(p * 8, std::round(p * 8), 1e-9);
    for (const char *key : {"adherence_a", "adherence_b"}) {
        const double share = o.value(QString::fromLatin1(key)).toDouble(-1);
        EXPECT_GT(share, 0.7) << key;
        EXPECT_LE(share, 1.0) << key;
    }
}
