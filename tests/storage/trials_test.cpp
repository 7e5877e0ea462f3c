// SPDX-License-Identifier: GPL-3.0-or-later
// Personal trials in the diary file: stored as confirmed, read back field by field, one ongoing
// trial at a time, and only where a trial stands changes afterwards. Every test uses a real file.
#include "model/trialplan.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <limits>

using namespace rls;
using rls::test::fileBytes;
using rls::test::TempDiary;

namespace {

Intake magnesium(double mg, const QString &form, std::optional<QTime> time)
{
    return Intake {substances::Magnesium, mg, QStringLiteral("mg"), form, time};
}

/// A finished trial of 2026 with every field set: seed 2^64 - 1, B none, two secondary outcomes.
TrialPlan firstTrial()
{
    TrialPlan p;
    p.doseA = magnesium(300, QStringLiteral("glycinate"), QTime(21, 0));
    p.blockNights = 7;
    p.pairs = 4;
    p.washoutNights = 2;
    p.primary = Outcome::Severity;
    p.secondary = {Outcome::SleepQuality, Outcome::SleepLatency};
    p.start = QDate(2026, 1, 5);
    p.seed = std::numeric_limits<quint64>::max();
    p.order = randomisedOrder(p.seed, p.pairs);
    return p;
}

/// A trial of 2027 with B a lower dose and another primary outcome.
TrialPlan secondTrial()
{
    TrialPlan p;
    p.doseA = magnesium(400, QStringLiteral("citrate"), std::nullopt);
    p.doseB = magnesium(150, QStringLiteral("citrate"), QTime(20, 30));
    p.blockNights = 14;
    p.pairs = 3;
    p.washoutNights = 4;
    p.primary = Outcome::SleepEfficiency;
    p.secondary = {Outcome::Severity, Outcome::Onset};
    p.start = QDate(2027, 2, 1);
    p.seed = (quint64(1) << 63) + 5;
    p.order = randomisedOrder(p.seed, p.pairs);
    return p;
}

QList<TrialPlan> storedTrials(TempDiary &diary)
{
    auto trials = diary.store().trials();
    EXPECT_TRUE(trials.ok());
    return trials.ok() ? trials.value() : QList<TrialPlan> {};
}

} // namespace

TEST(TrialStore, newDiaryHasNoTrials)
{
    TempDiary diary;
    EXPECT_TRUE(storedTrials(diary).isEmpty());
}

TEST(TrialStore, addTrial_everyFieldRoundTripsThroughTheFile)
{
    TempDiary diary;
    const Result<TrialPlan> first = diary.store().addTrial(firstTrial(), QDate(2026, 1, 1));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_GT(first->id, 0);
    EXPECT_EQ(first->createdAt, TempDiary::fixedNow());
    TrialPlan expected = firstTrial();
    expected.id = first->id;
    expected.createdAt = TempDiary::fixedNow();
    EXPECT_EQ(first.value(), expected);

    // The first has finished by 2027, so a second may be planned.
    const Result<TrialPlan> second = diary.store().addTrial(secondTrial(), QDate(2027, 1, 20));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_NE(second->id, first->id);

    // Read back from the file, after closing it: oldest first, every field as stored.
    diary.close();
    const QList<TrialPlan> trials = storedTrials(diary);
    ASSERT_EQ(trials.size(), 2);
    EXPECT_EQ(trials[0], first.value());
    EXPECT_EQ(trials[1], second.value());
    EXPECT_EQ(trials[0].seed, std::numeric_limits<quint64>::max());
    EXPECT_EQ(trials[1].seed, (quint64(1) << 63) + 5);
    EXPECT_FALSE(trials[0].doseB.has_value());
    ASSERT_TRUE(trials[1].doseB.has_value());
    EXPECT_EQ(trials[1].doseB->amount, 150);
    EXPECT_EQ(trials[1].doseB->time, QTime(20, 30));
    EXPECT_FALSE(trials[1].doseA.time.has_value());
    EXPECT_EQ(trials[0].order, randomisedOrder(std::numeric_limits<quint64>::max(), 4));
    EXPECT_EQ(trials[1].primary, Outcome::SleepEfficiency);
    EXPECT_EQ(trials[1].secondary, (QList<Outcome> {Outcome::Severity, Outcome::Onset}));
}

TEST(TrialStore, pausesRoundTrip)
{
    TempDiary diary;
    TrialPlan plan = diary.store().addTrial(secondTrial(), QDate(2027, 1, 20)).value();
    plan.pauses = {{QDate(2027, 2, 10), QDate(2027, 2, 14)}, {QDate(2027, 3, 1), QDate()}};
    plan.state = TrialState::Paused;
    const Result<void> updated = diary.store().updateTrialState(plan);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    diary.close();
    const QList<TrialPlan> trials = storedTrials(diary);
    ASSERT_EQ(trials.size(), 1);
    EXPECT_EQ(trials[0], plan);
    ASSERT_EQ(trials[0].pauses.size(), 2);
    EXPECT_FALSE(trials[0].pauses[1].until.isValid());
}

TEST(TrialStore, aSecondOngoingTrialIsRefused)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().addTrial(secondTrial(), QDate(2027, 1, 20)).ok());
    const QByteArray before = fileBytes(diary.path());
    const QByteArray walBefore = fileBytes(diary.path() + QStringLiteral("-wal"));

    TrialPlan another = firstTrial();
    another.start = QDate(2027, 3, 1);
    // Planned before the first starts, and while it runs: both refused.
    for (QDate today : {QDate(2027, 1, 25), QDate(2027, 2, 20)}) {
        const Result<TrialPlan> refused = diary.store().addTrial(another, today);
        ASSERT_FALSE(refused.ok()) << today.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(refused.error().message.isEmpty());
    }
    EXPECT_EQ(storedTrials(diary).size(), 1);
    EXPECT_EQ(fileBytes(diary.path()), before);
    EXPECT_EQ(fileBytes(diary.path() + QStringLiteral("-wal")), walBefore);

    // Once the first has been stopped, the next may be planned.
    TrialPlan stopped = storedTrials(diary).first();
    stopped.state = TrialState::Stopped;
    stopped.endedOn = QDate(2027, 2, 20);
    ASSERT_TRUE(diary.store().updateTrialState(stopped).ok());
    EXPECT_TRUE(diary.store().addTrial(another, QDate(2027, 2, 21)).ok());
    EXPECT_EQ(storedTrials(diary).size(), 2);
}

TEST(TrialStore, updateTrialState_pauseResumeStopAbandon)
{
    TempDiary diary;
    const TrialPlan added = diary.store().addTrial(secondTrial(), QDate(2027, 1, 20)).value();

    // Pause: the clock stops from 2027-02-10.
    TrialPlan plan = added;
    plan.state = TrialState::Paused;
    plan.pauses = {{QDate(2027, 2, 10), QDate()}};
    ASSERT_TRUE(diary.store().updateTrialState(plan).ok());
    EXPECT_EQ(storedTrials(diary).first(), plan);
    EXPECT_EQ(phaseOf(storedTrials(diary).first(), QDate(2027, 2, 12)), TrialPhase::Paused);

    // Resume on 2027-02-14.
    plan.state = TrialState::Active;
    plan.pauses = {{QDate(2027, 2, 10), QDate(2027, 2, 14)}};
    ASSERT_TRUE(diary.store().updateTrialState(plan).ok());
    EXPECT_EQ(storedTrials(diary).first(), plan);
    EXPECT_EQ(phaseOf(storedTrials(diary).first(), QDate(2027, 2, 14)), TrialPhase::Running);

    // Stop on 2027-03-01.
    plan.state = TrialState::Stopped;
    plan.endedOn = QDate(2027, 3, 1);
    ASSERT_TRUE(diary.store().updateTrialState(plan).ok());
    diary.close();
    EXPECT_EQ(storedTrials(diary).first(), plan);
    EXPECT_EQ(phaseOf(storedTrials(diary).first(), QDate(2027, 3, 5)), TrialPhase::Stopped);

    // Abandon.
    plan.state = TrialState::Abandoned;
    plan.endedOn = QDate(2027, 3, 2);
    ASSERT_TRUE(diary.store().updateTrialState(plan).ok());
    EXPECT_EQ(storedTrials(diary).first(), plan);
    EXPECT_EQ(phaseOf(storedTrials(diary).first(), QDate(2027, 3, 5)), TrialPhase::Abandoned);
}

TEST(TrialStore, updateTrialState_neverChangesThePlanItself)
{
    TempDiary diary;
    const TrialPlan added = diary.store().addTrial(secondTrial(), QDate(2027, 1, 20)).value();
    TrialPlan changed = added;
    changed.doseA.amount = 800;
    changed.blockNights = 21;
    changed.order = {PairOrder::AB, PairOrder::AB, PairOrder::AB};
    changed.seed = 1;
    changed.secondary.clear();
    changed.state = TrialState::Stopped;
    changed.endedOn = QDate(2027, 2, 20);
    ASSERT_TRUE(diary.store().updateTrialState(changed).ok());
    TrialPlan expected = added;
    expected.state = TrialState::Stopped;
    expected.endedOn = QDate(2027, 2, 20);
    EXPECT_EQ(storedTrials(diary).first(), expected);
}

TEST(TrialStore, anInvalidPlanIsRefusedAndTheFileIsUnchanged)
{
    TempDiary diary;
    ASSERT_TRUE(diary.store().addTrial(firstTrial(), QDate(2026, 1, 1)).ok());
    const QByteArray before = fileBytes(diary.path());
    const QByteArray walBefore = fileBytes(diary.path() + QStringLiteral("-wal"));
    ASSERT_FALSE(before.isEmpty());

    TrialPlan tooShort = secondTrial();
    tooShort.blockNights = 5;
    tooShort.washoutNights = 1;
    const Result<TrialPlan> refused = diary.store().addTrial(tooShort, QDate(2027, 1, 20));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
    // The store says what validatePlan says.
    ASSERT_FALSE(validatePlan(tooShort).isEmpty());
    EXPECT_TRUE(refused.error().message.contains(validatePlan(tooShort).first()))
        << refused.error().message.toStdString();

    TrialPlan onePair = secondTrial();
    onePair.pairs = 1;
    onePair.order = randomisedOrder(onePair.seed, 1);
    EXPECT_FALSE(diary.store().addTrial(onePair, QDate(2027, 1, 20)).ok());

    EXPECT_EQ(fileBytes(diary.path()), before);
    EXPECT_EQ(fileBytes(diary.path() + QStringLiteral("-wal")), walBefore);
    diary.close();
    EXPECT_EQ(storedTrials(diary).size(), 1);
}

TEST(TrialStore, updateTrialState_refusesAnImpossibleState)
{
    TempDiary diary;
    const TrialPlan added = diary.store().addTrial(secondTrial(), QDate(2027, 1, 20)).value();
    TrialPlan noEnd = added;
    noEnd.state = TrialState::Stopped; // without the date it ended
    EXPECT_FALSE(diary.store().updateTrialState(noEnd).ok());
    TrialPlan backwards = added;
    backwards.pauses = {{QDate(2027, 2, 10), QDate(2027, 2, 9)}};
    EXPECT_FALSE(diary.store().updateTrialState(backwards).ok());
    TrialPlan missing = added;
    missing.id = added.id + 100;
    missing.state = TrialState::Abandoned;
    missing.endedOn = QDate(2027, 2, 2);
    EXPECT_FALSE(diary.store().updateTrialState(missing).ok());
    EXPECT_EQ(storedTrials(diary).first(), added);
}
