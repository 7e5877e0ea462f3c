// SPDX-License-Identifier: GPL-3.0-or-later
// A personal trial whose figures can be worked out by hand, for the trial report's tests in core
// (tests/report/trialreport_test.cpp) and on paper (tests/app/trialreport_test.cpp).
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/trialplan.h"
#include "storage/diarystore.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <gtest/gtest.h>

namespace rls::test {

/// Magnesium glycinate 300 mg at 21:00 (A) against none (B): 3 pairs of 7-night blocks from
/// Monday 30 Nov 2026 to 10 Jan 2027, the first 2 nights of each block a wash-out, seed 7.
/// Severity is 9 on every wash-out night (never analysed), 5 on every analysed B night, and on
/// the analysed A nights 3 in pairs 1 and 3 and 4 in pair 2: block means A 3, 4, 3 and B 5, 5,
/// 5, pair differences -2, -1, -2. Sleep quality is 4 on A and 3 on B. One A night of pair 1
/// took 150 mg instead of 300; the last B night analysed of pair 3 is not logged; two A nights
/// are tagged diarrhoea and one B night nausea.
struct TrialCase {
    TrialPlan plan;
    QList<Night> nights;
    QDate today = QDate(2027, 1, 12); ///< two days after the last night: finished
};

inline TrialPlan trialCasePlan()
{
    TrialPlan p;
    p.doseA = Intake {substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)};
    p.blockNights = 7;
    p.pairs = 3;
    p.washoutNights = 2;
    p.primary = Outcome::Severity;
    p.secondary = {Outcome::SleepQuality};
    p.start = QDate(2026, 11, 30);
    p.seed = 7;
    p.order = randomisedOrder(p.seed, p.pairs);
    return p;
}

/// The condition of the night `index` nights after the start, worked out from the order alone.
inline Condition trialCaseCondition(const TrialPlan &plan, int index)
{
    const int block = index / plan.blockNights;
    const bool firstOfPair = block % 2 == 0;
    const bool ab = plan.order.at(block / 2) == PairOrder::AB;
    return firstOfPair == ab ? Condition::A : Condition::B;
}

inline TrialCase trialCase()
{
    TrialCase c;
    c.plan = trialCasePlan();
    const TrialPlan &p = c.plan;
    bool brokenNightDone = false;
    for (int i = 0; i < p.totalNights(); ++i) {
        const int block = i / p.blockNights;
        const int pair = block / 2;
        const int inBlock = i % p.blockNights;
        const bool washout = inBlock < p.washoutNights;
        const Condition condition = trialCaseCondition(p, i);
        if (pair == 2 && condition == Condition::B && inBlock == p.blockNights - 1)
            continue; // forgotten
        Night n;
        n.date = p.start.addDays(i);
        if (washout)
            n.symptoms.severity = 9;
        else if (condition == Condition::A)
            n.symptoms.severity = pair == 1 ? 4 : 3;
        else
            n.symptoms.severity = 5;
        n.sleep.quality = condition == Condition::A ? 4 : 3;
        if (condition == Condition::A) {
            double mg = 300;
            if (pair == 0 && !washout && !brokenNightDone) {
                mg = 150;
                brokenNightDone = true;
            }
            n.intakes.append(
                Intake {substances::Magnesium, mg, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)});
            if (inBlock == 3 && pair < 2)
                n.tags.append(QStringLiteral("diarrhoea"));
        } else if (pair == 1 && inBlock == 4) {
            n.tags.append(QStringLiteral("nausea"));
        }
        c.nights.append(n);
    }
    return c;
}

/// Saves the case's nights into `store` and confirms its plan the day before it starts; returns
/// the plan as the diary stores it.
inline TrialPlan saveTrialCase(DiaryStore &store, const TrialCase &c)
{
    const Result<void> saved = store.saveNights(c.nights);
    EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
    const Result<TrialPlan> added = store.addTrial(c.plan, c.plan.start.addDays(-1));
    EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
    return added ? added.value() : c.plan;
}

} // namespace rls::test
