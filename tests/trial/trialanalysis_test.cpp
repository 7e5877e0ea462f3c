// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis of a personal trial: block means, pair differences, the effect with its
// t-interval, the exact randomisation test, adherence to the plan and the harms.
//
// Every expected figure comes from tests/data/trial_*.csv, which tests/fixtures/trial_stats.py
// computes from the same nights with Python, numpy and scipy (scipy.stats.t.ppf for the interval,
// all 2^n sign assignments for the randomisation p), from the rules in core/trial/*.h and
// independently of core/trial. The nights are saved into a real diary file and read back with
// loadRange before they are analysed, as the trial page does.
#include "nof1/trialanalysis.h"

#include "storage/diarystore.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"
#include "trial/trialfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace rls;
using namespace rls::test;

namespace {

double tolerance(double expected)
{
    return 1e-9 * std::max(1.0, std::abs(expected));
}

void expectFigure(const std::optional<double> &actual, const QString &expected, const char *what)
{
    SCOPED_TRACE(what);
    if (expected.isEmpty()) {
        EXPECT_FALSE(actual.has_value()) << "got " << actual.value_or(0);
        return;
    }
    ASSERT_TRUE(actual.has_value()) << "expected " << expected.toStdString();
    const double e = expected.toDouble();
    EXPECT_NEAR(*actual, e, tolerance(e));
}

QList<double> differences(const QString &cell)
{
    QList<double> out;
    for (const QString &d : cell.split(u';', Qt::SkipEmptyParts))
        out.append(d.toDouble());
    return out;
}

QList<QStringList> rowsOf(const QString &file, const QString &caseName)
{
    QList<QStringList> out;
    for (const QStringList &r : readFixtureCsv(file)) {
        if (r[0] == caseName)
            out.append(r);
    }
    return out;
}

/// The nights of a case, saved into a real diary and read back.
struct SavedCase {
    TempDiary diary;
    FixturePlan plan;
    QList<Night> nights;
    QList<Substance> catalog;
};

void saveCase(SavedCase &c, const QString &name)
{
    const std::optional<FixturePlan> plan = fixturePlan(name);
    ASSERT_TRUE(plan.has_value()) << name.toStdString();
    c.plan = *plan;
    const QList<Night> written = fixtureNights(name);
    ASSERT_FALSE(written.isEmpty());
    DiaryStore &store = c.diary.store();
    const Result<void> saved = store.saveNights(written);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    auto loaded = store.loadRange(written.first().date, written.last().date);
    ASSERT_TRUE(loaded.ok());
    c.nights = loaded.value();
    ASSERT_EQ(c.nights.size(), written.size());
    c.catalog = store.substances().value();
}

const OutcomeAnalysis *analysisOf(const TrialResult &result, Outcome outcome)
{
    if (result.primary.outcome == outcome)
        return &result.primary;
    for (const OutcomeAnalysis &a : result.secondary) {
        if (a.outcome == outcome)
            return &a;
    }
    return nullptr;
}

QString adherenceKey(Adherence a)
{
    switch (a) {
    case Adherence::AsPlanned: return QStringLiteral("as_planned");
    case Adherence::BrokePlan: return QStringLiteral("broke_plan");
    case Adherence::NotLogged: return QStringLiteral("not_logged");
    }
    return {};
}

const QStringList Cases {
    QStringLiteral("two_extreme"),
    QStringLiteral("three_extreme"),
    QStringLiteral("four_extreme"),
    QStringLiteral("three_mixed"),
    QStringLiteral("four_ties"),
    QStringLiteral("stopped_partial"),
    QStringLiteral("stopped_washout"),
    QStringLiteral("running_paused"),
    QStringLiteral("paused_open"),
};

} // namespace

TEST(TrialRandomisationP, matchesEverySignAssignmentInPython)
{
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("trial_randp.csv"));
    ASSERT_EQ(rows.size(), 12);
    for (const QStringList &r : rows) {
        SCOPED_TRACE(r.join(u',').toStdString());
        const std::optional<double> p = randomisationP(differences(r[0]));
        ASSERT_TRUE(p.has_value());
        EXPECT_NEAR(*p, r[1].toDouble(), 1e-12);
    }
}

TEST(TrialRandomisationP, smallestPForTwoThreeAndFourPairs)
{
    // All differences on one side: only the observed signs and their mirror image are as far
    // from 0, so p is 2 / 2^n, the smallest the design allows.
    EXPECT_DOUBLE_EQ(randomisationP({-1.5, -0.5}).value(), 0.5);
    EXPECT_DOUBLE_EQ(randomisationP({-1.0, -2.0, -0.5}).value(), 0.25);
    EXPECT_DOUBLE_EQ(randomisationP({-1.0, -2.0, -0.5, -3.0}).value(), 0.125);
    // Not extreme: 2 pairs either way gives 1; 3 pairs with one against gives 1; 4 pairs 0.25.
    EXPECT_DOUBLE_EQ(randomisationP({-1.5, 0.5}).value(), 1.0);
    EXPECT_DOUBLE_EQ(randomisationP({-1.0, 2.0, -0.5}).value(), 1.0);
    EXPECT_DOUBLE_EQ(randomisationP({0.8, -0.2, 1.4, 0.6}).value(), 0.25);
    EXPECT_DOUBLE_EQ(randomisationP({2.0}).value(), 1.0);
    EXPECT_FALSE(randomisationP({}).has_value());
}

TEST(TrialRandomisationP, ties)
{
    // Ties count as at least as far from 0: 10 of the 16 assignments of +-1 reach |mean| 0.5.
    EXPECT_DOUBLE_EQ(randomisationP({1.0, 1.0, 1.0, -1.0}).value(), 0.625);
    // 0.1 + 0.2 is 0.30000000000000004: a tie with 0.3 all the same.
    EXPECT_DOUBLE_EQ(randomisationP({0.1 + 0.2, 0.3, -0.3}).value(), 1.0);
    EXPECT_DOUBLE_EQ(randomisationP({0.0, 0.0}).value(), 1.0);
}

class TrialAnalysisFixture : public testing::TestWithParam<QString> { };

TEST_P(TrialAnalysisFixture, everyFigureMatchesPython)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, GetParam()));
    const TrialPlan &plan = c.plan.plan;
    const TrialResult result = analyseTrial(plan, c.nights, c.catalog, c.plan.today);

    // Where the trial stands, nights run and logged, adherence.
    const QList<QStringList> caseRows = rowsOf(QStringLiteral("trial_cases.csv"), GetParam());
    ASSERT_EQ(caseRows.size(), 1);
    const QStringList &k = caseRows.first();
    EXPECT_EQ(phaseKey(result.phase), k[1]);
    EXPECT_EQ(result.stoppedEarly, k[2] == u"1");
    EXPECT_EQ(result.nightsRun, k[3].toInt());
    EXPECT_EQ(result.nightsLogged, k[4].toInt());
    EXPECT_EQ(result.loggedA, k[5].toInt());
    EXPECT_EQ(result.loggedB, k[6].toInt());
    EXPECT_EQ(result.adherenceA.asPlanned, k[7].toInt());
    EXPECT_EQ(result.adherenceA.brokePlan, k[8].toInt());
    EXPECT_EQ(result.adherenceA.notLogged, k[9].toInt());
    expectFigure(result.adherenceA.share(), k[10], "share A");
    EXPECT_EQ(result.adherenceB.asPlanned, k[11].toInt());
    EXPECT_EQ(result.adherenceB.brokePlan, k[12].toInt());
    EXPECT_EQ(result.adherenceB.notLogged, k[13].toInt());
    expectFigure(result.adherenceB.share(), k[14], "share B");
    EXPECT_EQ(result.nights.size(), k[3].toInt());

    // Each outcome: the effect, its interval, the randomisation p.
    const QList<QStringList> results = rowsOf(QStringLiteral("trial_results.csv"), GetParam());
    ASSERT_EQ(results.size(), 1 + plan.secondary.size());
    EXPECT_EQ(result.primary.outcome, plan.primary);
    EXPECT_EQ(result.secondary.size(), plan.secondary.size());
    for (const QStringList &r : results) {
        SCOPED_TRACE(r[1].toStdString());
        const Outcome outcome = outcomeFromKey(r[1]).value();
        const OutcomeAnalysis *a = analysisOf(result, outcome);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->completePairs, r[2].toInt());
        expectFigure(a->effect, r[3], "effect");
        expectFigure(a->ci95Low, r[4], "ci95 low");
        expectFigure(a->ci95High, r[5], "ci95 high");
        expectFigure(a->randomisationP, r[6], "randomisation p");
        expectFigure(a->smallestPossibleP, r[7], "smallest possible p");

        // The same from analyseOutcome on its own.
        const OutcomeAnalysis alone = analyseOutcome(plan, c.nights, outcome, c.plan.today);
        EXPECT_EQ(alone.completePairs, a->completePairs);
        expectFigure(alone.effect, r[3], "effect from analyseOutcome");
        expectFigure(alone.randomisationP, r[6], "p from analyseOutcome");
    }

    // Blocks.
    for (const QStringList &r : rowsOf(QStringLiteral("trial_blocks.csv"), GetParam())) {
        SCOPED_TRACE(r.join(u',').toStdString());
        const OutcomeAnalysis *a = analysisOf(result, outcomeFromKey(r[1]).value());
        ASSERT_NE(a, nullptr);
        const int block = r[2].toInt();
        const auto it = std::find_if(
            a->blocks.cbegin(), a->blocks.cend(), [&](const BlockResult &b) { return b.block == block; });
        if (r[7].toInt() == 0 && it == a->blocks.cend())
            continue; // a block that has not started may be left out
        ASSERT_NE(it, a->blocks.cend());
        EXPECT_EQ(it->pair, r[3].toInt());
        EXPECT_EQ(conditionKey(it->condition), r[4]);
        if (r[7].toInt() > 0) {
            EXPECT_EQ(iso(it->first), r[5].toStdString());
            EXPECT_EQ(iso(it->last), r[6].toStdString());
        }
        EXPECT_EQ(it->nights, r[7].toInt());
        EXPECT_EQ(it->analysed, r[8].toInt());
        expectFigure(it->mean, r[9], "block mean");
    }

    // Pairs.
    for (const QStringList &r : rowsOf(QStringLiteral("trial_pairs.csv"), GetParam())) {
        SCOPED_TRACE(r.join(u',').toStdString());
        const OutcomeAnalysis *a = analysisOf(result, outcomeFromKey(r[1]).value());
        ASSERT_NE(a, nullptr);
        const int pair = r[2].toInt();
        const auto it
            = std::find_if(a->pairs.cbegin(), a->pairs.cend(), [&](const PairResult &p) { return p.pair == pair; });
        if (r[3].isEmpty() && r[4].isEmpty() && it == a->pairs.cend())
            continue; // a pair that has not started may be left out
        ASSERT_NE(it, a->pairs.cend());
        expectFigure(it->aMean, r[3], "a mean");
        expectFigure(it->bMean, r[4], "b mean");
        expectFigure(it->difference, r[5], "difference");
    }

    // Night by night, for the cases the fixture lists them.
    const QList<QStringList> nightRows = rowsOf(QStringLiteral("trial_adherence.csv"), GetParam());
    if (!nightRows.isEmpty()) {
        ASSERT_EQ(result.nights.size(), nightRows.size());
        for (qsizetype i = 0; i < nightRows.size(); ++i) {
            const QStringList &r = nightRows[i];
            const NightAdherence &n = result.nights[i];
            SCOPED_TRACE(r.join(u',').toStdString());
            EXPECT_EQ(iso(n.date), r[1].toStdString());
            EXPECT_EQ(conditionKey(n.condition), r[2]);
            EXPECT_EQ(n.washout, r[3] == u"1");
            EXPECT_EQ(adherenceKey(n.adherence), r[4]);
            if (n.adherence != Adherence::NotLogged) {
                EXPECT_NEAR(n.takenAmount, r[5].toDouble(), 1e-9);
            }
            EXPECT_EQ(n.why.isEmpty(), n.adherence != Adherence::BrokePlan) << n.why.toStdString();
        }
    }

    // Harms, for the cases the fixture lists them.
    for (const QStringList &r : rowsOf(QStringLiteral("trial_harms.csv"), GetParam())) {
        SCOPED_TRACE(r.join(u',').toStdString());
        const auto it = std::find_if(
            result.harms.cbegin(), result.harms.cend(), [&](const HarmCount &h) { return h.tag == r[1]; });
        if (r[2].toInt() == 0 && r[3].toInt() == 0 && it == result.harms.cend())
            continue; // a tag no night has may be left out
        ASSERT_NE(it, result.harms.cend());
        EXPECT_EQ(it->nightsA, r[2].toInt());
        EXPECT_EQ(it->nightsB, r[3].toInt());
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, TrialAnalysisFixture, testing::ValuesIn(Cases),
    [](const testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(TrialAnalysis, fixtureHoldsEveryCase)
{
    QStringList names;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("trial_cases.csv")))
        names.append(r[0]);
    EXPECT_EQ(names, Cases);
}

TEST(TrialAnalysis, stoppedMidBlock_thePartialBlockCounts)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("stopped_partial")));
    const TrialPlan &plan = c.plan.plan;
    ASSERT_EQ(plan.state, TrialState::Stopped);
    // The person went on logging after the stop; those nights are not the trial's.
    ASSERT_TRUE(std::any_of(c.nights.cbegin(), c.nights.cend(), [&](const Night &n) { return n.date > plan.endedOn; }));
    const TrialResult result = analyseTrial(plan, c.nights, c.catalog, c.plan.today);
    EXPECT_EQ(result.phase, TrialPhase::Stopped);
    EXPECT_TRUE(result.stoppedEarly);
    EXPECT_EQ(result.nightsRun, 7 * 3 + 5);
    ASSERT_FALSE(result.nights.isEmpty());
    EXPECT_EQ(iso(result.nights.last().date), iso(plan.endedOn));
    // Block 3 ran 5 nights, 2 of them wash-out: its mean is over 3 nights, and pair 1 is complete.
    const auto block3 = std::find_if(result.primary.blocks.cbegin(), result.primary.blocks.cend(),
        [](const BlockResult &b) { return b.block == 3; });
    ASSERT_NE(block3, result.primary.blocks.cend());
    EXPECT_EQ(block3->nights, 5);
    EXPECT_EQ(block3->analysed, 3);
    EXPECT_EQ(iso(block3->last), iso(plan.endedOn));
    EXPECT_EQ(result.primary.completePairs, 2);
    EXPECT_DOUBLE_EQ(result.primary.smallestPossibleP.value(), 0.5);
}

TEST(TrialAnalysis, stoppedInTheWashout_thatPairIsNotComplete)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("stopped_washout")));
    const TrialResult result = analyseTrial(c.plan.plan, c.nights, c.catalog, c.plan.today);
    EXPECT_EQ(result.primary.completePairs, 1);
    EXPECT_TRUE(result.primary.effect.has_value());
    EXPECT_FALSE(result.primary.ci95Low.has_value());
    EXPECT_FALSE(result.primary.ci95High.has_value());
    EXPECT_DOUBLE_EQ(result.primary.randomisationP.value(), 1.0);
}

TEST(TrialAnalysis, abandonedTrialGivesNoOutcomeFigures)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("three_mixed")));
    TrialPlan plan = c.plan.plan;
    plan.state = TrialState::Abandoned;
    plan.endedOn = plan.start.addDays(30);
    const TrialResult result = analyseTrial(plan, c.nights, c.catalog, c.plan.today);
    EXPECT_EQ(result.phase, TrialPhase::Abandoned);
    EXPECT_FALSE(result.stoppedEarly);
    ASSERT_EQ(result.secondary.size() + 1, 1 + plan.secondary.size());
    QList<OutcomeAnalysis> analyses = result.secondary;
    analyses.prepend(result.primary);
    for (const OutcomeAnalysis &a : analyses) {
        SCOPED_TRACE(outcomeKey(a.outcome).toStdString());
        EXPECT_EQ(a.completePairs, 0);
        EXPECT_FALSE(a.effect.has_value());
        EXPECT_FALSE(a.ci95Low.has_value());
        EXPECT_FALSE(a.ci95High.has_value());
        EXPECT_FALSE(a.randomisationP.has_value());
        EXPECT_FALSE(a.smallestPossibleP.has_value());
        for (const PairResult &p : a.pairs)
            EXPECT_FALSE(p.difference.has_value());
        for (const BlockResult &b : a.blocks)
            EXPECT_FALSE(b.mean.has_value());
    }
}

TEST(TrialAnalysis, adherence_aNightThatBrokeThePlanSaysWhy)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("three_extreme")));
    const TrialResult result = analyseTrial(c.plan.plan, c.nights, c.catalog, c.plan.today);
    auto night = [&](QDate d) -> const NightAdherence * {
        for (const NightAdherence &n : result.nights) {
            if (n.date == d)
                return &n;
        }
        return nullptr;
    };
    // 2027-03-10, an A night: 150 mg of the planned 300 mg.
    const NightAdherence *half = night(QDate(2027, 3, 10));
    ASSERT_NE(half, nullptr);
    EXPECT_EQ(half->condition, Condition::A);
    EXPECT_EQ(half->adherence, Adherence::BrokePlan);
    EXPECT_DOUBLE_EQ(half->takenAmount, 150);
    EXPECT_EQ(half->why.toStdString(), "took 150 mg (planned 300 mg)");
    // 2027-03-14, an A night without any magnesium.
    const NightAdherence *none = night(QDate(2027, 3, 14));
    ASSERT_NE(none, nullptr);
    EXPECT_EQ(none->adherence, Adherence::BrokePlan);
    // The header's example says "took none"; what follows it (the planned amount) is left open.
    EXPECT_TRUE(none->why.startsWith(QStringLiteral("took none"))) << none->why.toStdString();
    // Exactly 10 % above and below the plan is still as planned; two intakes add up.
    for (QDate d : {QDate(2027, 3, 11), QDate(2027, 3, 12), QDate(2027, 3, 13)}) {
        ASSERT_NE(night(d), nullptr);
        EXPECT_EQ(night(d)->adherence, Adherence::AsPlanned) << d.toString(Qt::ISODate).toStdString();
    }
    EXPECT_DOUBLE_EQ(night(QDate(2027, 3, 13))->takenAmount, 300);
    // B is 100 mg: 95 is within 10 %, 89 is not.
    EXPECT_EQ(night(QDate(2027, 3, 3))->adherence, Adherence::AsPlanned);
    EXPECT_EQ(night(QDate(2027, 3, 4))->adherence, Adherence::BrokePlan);
    EXPECT_EQ(night(QDate(2027, 3, 6))->adherence, Adherence::NotLogged);
    EXPECT_NEAR(result.adherenceA.share().value(), 17.0 / 20.0, 1e-12);
    EXPECT_NEAR(result.adherenceB.share().value(), 18.0 / 20.0, 1e-12);
    EXPECT_FALSE(ConditionAdherence {}.share().has_value());
}

TEST(TrialAnalysis, harmsCountedPerCondition)
{
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("three_mixed")));
    const TrialResult result = analyseTrial(c.plan.plan, c.nights, c.catalog, c.plan.today);
    auto harm = [&](const QString &tag) -> std::optional<HarmCount> {
        for (const HarmCount &h : result.harms) {
            if (h.tag == tag)
                return h;
        }
        return std::nullopt;
    };
    // From trial_nights.csv: nausea on 4 A nights (one of them wash-out) and 1 B night.
    ASSERT_TRUE(harm(QStringLiteral("nausea")).has_value());
    EXPECT_EQ(harm(QStringLiteral("nausea"))->nightsA, 4);
    EXPECT_EQ(harm(QStringLiteral("nausea"))->nightsB, 1);
    ASSERT_TRUE(harm(QStringLiteral("stomach cramps")).has_value());
    EXPECT_EQ(harm(QStringLiteral("stomach cramps"))->nightsA, 0);
    EXPECT_EQ(harm(QStringLiteral("stomach cramps"))->nightsB, 1);
    // A tag that is no side effect is not a harm.
    EXPECT_FALSE(harm(QStringLiteral("exercise")).has_value());
    EXPECT_EQ(result.loggedA + result.loggedB, result.nightsLogged);
}

TEST(TrialAnalysis, nightsOutsideTheTrialAreNotCounted)
{
    // running_paused has nights logged in its pause and on the day after today, each with
    // severity 10 (or 0), 900 mg of magnesium and nausea: none of it may reach a figure.
    SavedCase c;
    ASSERT_NO_FATAL_FAILURE(saveCase(c, QStringLiteral("running_paused")));
    const TrialResult result = analyseTrial(c.plan.plan, c.nights, c.catalog, c.plan.today);
    EXPECT_EQ(result.phase, TrialPhase::Running);
    for (const NightAdherence &n : result.nights) {
        EXPECT_TRUE(trialNightOf(c.plan.plan, n.date).has_value());
        EXPECT_LE(n.date, c.plan.today);
        EXPECT_NE(n.takenAmount, 900);
    }
    for (const HarmCount &h : result.harms)
        EXPECT_EQ(h.nightsA + h.nightsB, 0) << h.tag.toStdString();
}
