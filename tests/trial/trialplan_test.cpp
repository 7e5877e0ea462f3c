// SPDX-License-Identifier: GPL-3.0-or-later
// The plan of a personal trial: the order drawn from the seed, where each night falls, the
// plan's limits, what "My regimen" becomes during the trial.
//
// The orders, the night-by-night schedule and the block spans are compared with
// tests/data/trial_orders.csv, trial_schedule.csv and trial_spans.csv, which
// tests/fixtures/trial_stats.py writes from the rules in core/trial/trialplan.h with its own
// SplitMix64 and its own calendar walk in Python, independently of core/trial.
#include "model/trialplan.h"

#include "support/fixtures.h"
#include "trial/trialfixtures.h"

#include <gtest/gtest.h>

#include <limits>

using namespace rls;
using namespace rls::test;

namespace {

TrialPlan validPlan()
{
    TrialPlan p;
    p.doseA = magnesiumDose(300);
    p.blockNights = 14;
    p.pairs = 3;
    p.washoutNights = 3;
    p.primary = Outcome::Severity;
    p.secondary = {Outcome::SleepQuality};
    p.start = QDate(2027, 1, 4);
    p.seed = 42;
    p.order = randomisedOrder(p.seed, p.pairs);
    return p;
}

} // namespace

TEST(TrialOrder, matchesSplitMix64FromPython)
{
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("trial_orders.csv"));
    ASSERT_EQ(rows.size(), 90);
    for (const QStringList &r : rows) {
        SCOPED_TRACE(r.join(u',').toStdString());
        bool ok = false;
        const quint64 seed = r[0].toULongLong(&ok);
        ASSERT_TRUE(ok);
        const QList<PairOrder> order = randomisedOrder(seed, r[1].toInt());
        EXPECT_EQ(orderText(order), r[2]);
        EXPECT_EQ(order.size(), r[1].toInt());
    }
}

TEST(TrialOrder, knownFirstOutputsOfSplitMix64)
{
    // SplitMix64 from seed 0 starts 0xE220A8397B1DCDAF (top bit set: BA), 0x6E789E6AA1B965F4 (AB),
    // the reference values of Vigna's splitmix64.c; from seed 2^64 - 1 the state wraps around.
    EXPECT_EQ(randomisedOrder(0, 2), (QList<PairOrder> {PairOrder::BA, PairOrder::AB}));
    EXPECT_EQ(randomisedOrder(std::numeric_limits<quint64>::max(), 4),
        (QList<PairOrder> {PairOrder::BA, PairOrder::BA, PairOrder::AB, PairOrder::AB}));
    // The same seed always gives the same order; a longer trial extends a shorter one's order.
    EXPECT_EQ(randomisedOrder(42, 10).mid(0, 3), randomisedOrder(42, 3));
}

TEST(TrialOrder, freshSeedsDiffer)
{
    // Two draws from the system's random source are equal with probability 2^-64.
    EXPECT_NE(newTrialSeed(), newTrialSeed());
}

TEST(TrialOrder, orderTextRoundTrip)
{
    const QList<PairOrder> order {PairOrder::AB, PairOrder::BA, PairOrder::AB};
    EXPECT_EQ(orderText(order), QStringLiteral("AB BA AB"));
    EXPECT_EQ(orderFromText(QStringLiteral("AB BA AB")), order);
    for (quint64 seed : {quint64(0), quint64(7), std::numeric_limits<quint64>::max()}) {
        const QList<PairOrder> drawn = randomisedOrder(seed, 10);
        EXPECT_EQ(orderFromText(orderText(drawn)), drawn);
    }
    for (const char *bad : {"AB CD", "ABBA", "AB,BA", "hello", "A B"})
        EXPECT_FALSE(orderFromText(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(TrialState, keysRoundTrip)
{
    for (TrialState s : {TrialState::Active, TrialState::Paused, TrialState::Stopped, TrialState::Abandoned})
        EXPECT_EQ(stateFromKey(stateKey(s)), s);
    EXPECT_EQ(stateKey(TrialState::Active), QStringLiteral("active"));
    EXPECT_EQ(stateKey(TrialState::Paused), QStringLiteral("paused"));
    EXPECT_EQ(stateKey(TrialState::Stopped), QStringLiteral("stopped"));
    EXPECT_EQ(stateKey(TrialState::Abandoned), QStringLiteral("abandoned"));
    EXPECT_FALSE(stateFromKey(QStringLiteral("finished")).has_value());
}

TEST(TrialSchedule, everyNightMatchesPython)
{
    QHash<QString, FixturePlan> plans;
    for (const FixturePlan &p : fixturePlans())
        plans.insert(p.name, p);
    const QList<QStringList> rows = readFixtureCsv(QStringLiteral("trial_schedule.csv"));
    ASSERT_GT(rows.size(), 150);
    int inside = 0;
    for (const QStringList &r : rows) {
        SCOPED_TRACE(r.join(u',').toStdString());
        ASSERT_TRUE(plans.contains(r[0]));
        const TrialPlan &plan = plans[r[0]].plan;
        const std::optional<TrialNight> night = trialNightOf(plan, isoDate(r[1]));
        if (r[2].isEmpty()) {
            EXPECT_FALSE(night.has_value());
            continue;
        }
        ASSERT_TRUE(night.has_value());
        ++inside;
        EXPECT_EQ(night->index, r[2].toInt());
        EXPECT_EQ(night->block, r[3].toInt());
        EXPECT_EQ(night->pair, r[4].toInt());
        EXPECT_EQ(night->nightInBlock, r[5].toInt());
        EXPECT_EQ(conditionKey(night->condition), r[6]);
        EXPECT_EQ(night->washout, r[7] == u"1");
        EXPECT_EQ(conditionOfBlock(plan, night->block), night->condition);
    }
    EXPECT_EQ(inside, 28 + 28 + 6 + 18); // plain, two_pauses, open_pause, stopped; abandoned has none
}

TEST(TrialSchedule, blockSpansMatchPython)
{
    QHash<QString, FixturePlan> plans;
    for (const FixturePlan &p : fixturePlans())
        plans.insert(p.name, p);
    QHash<QString, QList<QStringList>> byPlan;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("trial_spans.csv")))
        byPlan[r[0]].append(r);
    ASSERT_EQ(byPlan.size(), 3);
    for (auto it = byPlan.cbegin(); it != byPlan.cend(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        const FixturePlan &p = plans[it.key()];
        const QList<BlockSpan> spans = blockSpans(p.plan, p.today);
        ASSERT_EQ(spans.size(), it.value().size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const QStringList &r = it.value()[i];
            SCOPED_TRACE(r.join(u',').toStdString());
            EXPECT_EQ(spans[i].block, r[1].toInt());
            EXPECT_EQ(conditionKey(spans[i].condition), r[2]);
            EXPECT_EQ(iso(spans[i].first), r[3].toStdString());
            EXPECT_EQ(iso(spans[i].last), r[4].toStdString());
        }
        EXPECT_EQ(iso(plannedLastNight(p.plan, p.today)), it.value().last()[4].toStdString());
    }
}

TEST(TrialSchedule, pauseStopsTheClockAndTheBlockGoesOn)
{
    // 7-night blocks from Monday 2027-01-04; paused on the 6th night, resumed 4 nights later.
    TrialPlan plan = validPlan();
    plan.blockNights = 7;
    plan.pairs = 2;
    plan.washoutNights = 2;
    plan.order = {PairOrder::AB, PairOrder::BA};
    plan.pauses = {{QDate(2027, 1, 9), QDate(2027, 1, 13)}};
    const auto before = trialNightOf(plan, QDate(2027, 1, 8));
    ASSERT_TRUE(before.has_value());
    EXPECT_EQ(before->nightInBlock, 4);
    for (QDate d = QDate(2027, 1, 9); d < QDate(2027, 1, 13); d = d.addDays(1))
        EXPECT_FALSE(trialNightOf(plan, d).has_value()) << d.toString(Qt::ISODate).toStdString();
    const auto resumed = trialNightOf(plan, QDate(2027, 1, 13));
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->index, 5);
    EXPECT_EQ(resumed->block, 0);
    EXPECT_EQ(resumed->nightInBlock, 5);
    EXPECT_EQ(resumed->condition, Condition::A);
    // 28 nights plus the 4 of the pause.
    EXPECT_EQ(plannedLastNight(plan, QDate(2027, 1, 20)), QDate(2027, 2, 4));
    EXPECT_TRUE(trialNightOf(plan, QDate(2027, 2, 4)).has_value());
    EXPECT_FALSE(trialNightOf(plan, QDate(2027, 2, 5)).has_value());
    EXPECT_EQ(trialNightOf(plan, QDate(2027, 2, 4))->condition, Condition::A); // pair 1 is BA
    EXPECT_FALSE(trialNightOf(plan, QDate(2027, 1, 3)).has_value());
}

TEST(TrialSchedule, stoppedAndAbandonedTrialsHaveNoLaterNights)
{
    TrialPlan plan = validPlan();
    plan.state = TrialState::Stopped;
    plan.endedOn = QDate(2027, 1, 20);
    EXPECT_TRUE(trialNightOf(plan, QDate(2027, 1, 20)).has_value());
    EXPECT_FALSE(trialNightOf(plan, QDate(2027, 1, 21)).has_value());
    plan.state = TrialState::Abandoned;
    plan.endedOn = QDate(2027, 1, 20);
    EXPECT_FALSE(trialNightOf(plan, QDate(2027, 1, 4)).has_value());
    EXPECT_FALSE(trialNightOf(plan, QDate(2027, 1, 10)).has_value());
}

TEST(TrialPhase, fromTheDates)
{
    TrialPlan plan = validPlan(); // 84 nights from 2027-01-04: the last is 2027-03-28
    EXPECT_EQ(plannedLastNight(plan, QDate(2027, 1, 1)), QDate(2027, 3, 28));
    EXPECT_EQ(phaseOf(plan, QDate(2027, 1, 3)), TrialPhase::NotStarted);
    EXPECT_EQ(phaseOf(plan, QDate(2027, 1, 4)), TrialPhase::Running);
    EXPECT_EQ(phaseOf(plan, QDate(2027, 2, 15)), TrialPhase::Running);
    EXPECT_EQ(phaseOf(plan, QDate(2027, 3, 29)), TrialPhase::Finished);
    EXPECT_TRUE(isOngoing(plan, QDate(2027, 1, 3)));
    EXPECT_TRUE(isOngoing(plan, QDate(2027, 2, 15)));
    EXPECT_FALSE(isOngoing(plan, QDate(2027, 4, 1)));

    TrialPlan paused = plan;
    paused.state = TrialState::Paused;
    paused.pauses = {{QDate(2027, 2, 1), QDate()}};
    EXPECT_EQ(phaseOf(paused, QDate(2027, 2, 15)), TrialPhase::Paused);
    EXPECT_TRUE(isOngoing(paused, QDate(2027, 6, 1)));

    TrialPlan stopped = plan;
    stopped.state = TrialState::Stopped;
    stopped.endedOn = QDate(2027, 2, 1);
    EXPECT_EQ(phaseOf(stopped, QDate(2027, 2, 15)), TrialPhase::Stopped);
    EXPECT_FALSE(isOngoing(stopped, QDate(2027, 2, 15)));

    TrialPlan abandoned = plan;
    abandoned.state = TrialState::Abandoned;
    abandoned.endedOn = QDate(2027, 2, 1);
    EXPECT_EQ(phaseOf(abandoned, QDate(2027, 2, 15)), TrialPhase::Abandoned);
    EXPECT_FALSE(isOngoing(abandoned, QDate(2027, 2, 15)));
}

TEST(TrialPhase, ongoingAndLatestTrial)
{
    TrialPlan old = validPlan();
    old.id = 1;
    old.start = QDate(2026, 1, 5);
    old.order = randomisedOrder(old.seed, old.pairs);
    TrialPlan current = validPlan();
    current.id = 2;
    EXPECT_FALSE(ongoingTrial({}, QDate(2027, 2, 1)).has_value());
    EXPECT_FALSE(latestTrial({}, QDate(2027, 2, 1)).has_value());
    EXPECT_EQ(ongoingTrial({old, current}, QDate(2027, 2, 1))->id, 2);
    EXPECT_EQ(latestTrial({old, current}, QDate(2027, 2, 1))->id, 2);
    EXPECT_FALSE(ongoingTrial({old}, QDate(2027, 2, 1)).has_value());
    EXPECT_EQ(latestTrial({old}, QDate(2027, 2, 1))->id, 1);
    // After both have finished, the page shows the newest.
    EXPECT_FALSE(ongoingTrial({old, current}, QDate(2028, 1, 1)).has_value());
    EXPECT_EQ(latestTrial({old, current}, QDate(2028, 1, 1))->id, 2);
}

TEST(TrialPlanValidation, aValidPlanHasNoProblems)
{
    EXPECT_TRUE(validatePlan(validPlan()).isEmpty()) << validatePlan(validPlan()).join(u' ').toStdString();
    TrialPlan lower = validPlan();
    lower.doseB = magnesiumDose(100);
    EXPECT_TRUE(validatePlan(lower).isEmpty()) << validatePlan(lower).join(u' ').toStdString();
    TrialPlan limits = validPlan();
    limits.blockNights = MinBlockNights;
    limits.washoutNights = MinBlockNights - 1;
    limits.pairs = MaxPairs;
    limits.order = randomisedOrder(limits.seed, limits.pairs);
    EXPECT_TRUE(validatePlan(limits).isEmpty()) << validatePlan(limits).join(u' ').toStdString();
    limits.blockNights = MaxBlockNights;
    limits.washoutNights = 0;
    limits.pairs = MinPairs;
    limits.order = randomisedOrder(limits.seed, limits.pairs);
    EXPECT_TRUE(validatePlan(limits).isEmpty()) << validatePlan(limits).join(u' ').toStdString();
}

TEST(TrialPlanValidation, eachProblemInWords)
{
    auto problems = [](auto change) {
        TrialPlan p = validPlan();
        change(p);
        return validatePlan(p);
    };
    // The sentence core/trial/trialplan.h gives as its example.
    const QStringList tooShort = problems([](TrialPlan &p) {
        p.blockNights = 6;
        p.washoutNights = 2;
    });
    EXPECT_TRUE(tooShort.contains(QStringLiteral("Blocks need at least 7 nights.")))
        << tooShort.join(u' ').toStdString();
    // Every other broken limit is refused with at least one sentence.
    const QList<std::pair<const char *, std::function<void(TrialPlan &)>>> broken {
        {"block too long", [](TrialPlan &p) { p.blockNights = MaxBlockNights + 1; }},
        {"one pair",
            [](TrialPlan &p) {
                p.pairs = 1;
                p.order = randomisedOrder(p.seed, 1);
            }},
        {"eleven pairs",
            [](TrialPlan &p) {
                p.pairs = 11;
                p.order = randomisedOrder(p.seed, 11);
            }},
        {"wash-out as long as the block", [](TrialPlan &p) { p.washoutNights = p.blockNights; }},
        {"negative wash-out", [](TrialPlan &p) { p.washoutNights = -1; }},
        {"no start", [](TrialPlan &p) { p.start = QDate(); }},
        {"no substance", [](TrialPlan &p) { p.doseA.substance.clear(); }},
        {"no amount", [](TrialPlan &p) { p.doseA.amount = 0; }},
        {"order of the wrong length", [](TrialPlan &p) { p.order = randomisedOrder(p.seed, 2); }},
    };
    for (const auto &[what, change] : broken) {
        const QStringList messages = problems(change);
        EXPECT_FALSE(messages.isEmpty()) << what;
        for (const QString &m : messages)
            EXPECT_TRUE(m.endsWith(u'.')) << what << ": " << m.toStdString();
    }
}

TEST(TrialRegimen, theNightsConditionReplacesTheUsualDose)
{
    const Intake iron {substances::Iron, 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)};
    const Intake usualMagnesium = magnesiumDose(200, QStringLiteral("citrate"));
    const QList<Intake> usual {usualMagnesium, iron};
    TrialPlan plan = validPlan();
    plan.blockNights = 7;
    plan.pairs = 2;
    plan.washoutNights = 2;
    plan.order = {PairOrder::AB, PairOrder::BA};
    plan.pauses = {{QDate(2027, 1, 20), QDate(2027, 1, 22)}};

    // Outside the trial: the usual regimen itself.
    EXPECT_EQ(trialRegimen(usual, plan, QDate(2027, 1, 3)), usual);
    EXPECT_EQ(trialRegimen(usual, plan, QDate(2027, 1, 20)), usual); // paused
    EXPECT_EQ(trialRegimen(usual, plan, QDate(2027, 3, 1)), usual); // after the end

    // A night (wash-out or not): iron and the planned dose A, no usual magnesium.
    for (QDate d : {QDate(2027, 1, 5), QDate(2027, 1, 9)}) {
        const QList<Intake> r = trialRegimen(usual, plan, d);
        EXPECT_EQ(r.size(), 2);
        EXPECT_TRUE(r.contains(iron));
        EXPECT_TRUE(r.contains(plan.doseA));
        EXPECT_FALSE(r.contains(usualMagnesium));
    }
    // B with none: iron only.
    EXPECT_EQ(trialRegimen(usual, plan, QDate(2027, 1, 12)), QList<Intake> {iron});
    // B a lower dose: iron and dose B.
    plan.doseB = magnesiumDose(100, QStringLiteral("citrate"));
    const QList<Intake> lower = trialRegimen(usual, plan, QDate(2027, 1, 12));
    EXPECT_EQ(lower.size(), 2);
    EXPECT_TRUE(lower.contains(iron));
    EXPECT_TRUE(lower.contains(*plan.doseB));
    // A usual regimen without the substance gets it on A nights only.
    EXPECT_EQ(trialRegimen(QList<Intake> {iron}, plan, QDate(2027, 1, 4)).size(), 2);
}

TEST(TrialPlan, plannedDoseAndLabels)
{
    TrialPlan plan = validPlan();
    EXPECT_EQ(plannedDose(plan, Condition::A), plan.doseA);
    EXPECT_FALSE(plannedDose(plan, Condition::B).has_value());
    plan.doseB = magnesiumDose(100);
    EXPECT_EQ(plannedDose(plan, Condition::B), plan.doseB);
    EXPECT_EQ(plan.totalNights(), 84);
    EXPECT_EQ(plan.blockCount(), 6);
    EXPECT_EQ(conditionOfBlock(plan, 0), plan.order[0] == PairOrder::AB ? Condition::A : Condition::B);
    EXPECT_NE(conditionOfBlock(plan, 0), conditionOfBlock(plan, 1));
    EXPECT_TRUE(sideEffectTags().size() >= 1);
}
