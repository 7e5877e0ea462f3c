// SPDX-License-Identifier: GPL-3.0-or-later
// The personal trial's report in words, on a real diary file: what a doctor needs to judge a
// trial (CENT 2015 as far as it applies to a person's own trial) is there, and every figure is
// the one analyseTrial gives for the same nights. The case (tests/report/trialcase.h) is built so
// that its figures can also be worked out by hand; they are in the comments.
#include "report/trialreport.h"

#include "nof1/trialtext.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include "report/trialcase.h"

#include <gtest/gtest.h>

using namespace rls;
using namespace rls::test;

namespace {

const ReportSection *sectionOf(const ReportText &text, const QString &heading)
{
    for (const ReportSection &s : text.sections) {
        if (s.heading == heading)
            return &s;
    }
    ADD_FAILURE() << "no section " << heading.toStdString();
    return nullptr;
}

QStringList headingsOf(const ReportText &text)
{
    QStringList out;
    for (const ReportSection &s : text.sections)
        out.append(s.heading);
    return out;
}

// The case saved into a diary, read back and analysed as the app does it.
struct Saved {
    TempDiary diary;
    TrialPlan plan;
    TrialResult result;
};

void save(Saved &s, const TrialCase &c, QDate today)
{
    s.plan = saveTrialCase(s.diary.store(), c);
    const auto result = readTrialResult(s.diary.store(), s.plan, today);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    s.result = result.value();
}

} // namespace

TEST(TrialReport, readTrialResult_isAnalyseTrialOnTheDiarysNights)
{
    Saved s;
    const TrialCase c = trialCase();
    save(s, c, c.today);
    const auto nights = s.diary.store().loadRange(QDate(2026, 1, 1), QDate(2027, 12, 31));
    ASSERT_TRUE(nights.ok());
    const TrialResult expected = analyseTrial(s.plan, nights.value(), s.diary.store().substances().value(), c.today);
    EXPECT_EQ(trialResultJson(s.plan, s.result), trialResultJson(s.plan, expected));
    // By hand: block means A 3, 4, 3 and B 5, 5, 5; effect (-2 - 1 - 2) / 3.
    ASSERT_TRUE(s.result.primary.effect.has_value());
    EXPECT_NEAR(*s.result.primary.effect, -5.0 / 3.0, 1e-12);
    EXPECT_EQ(s.result.phase, TrialPhase::Finished);
}

TEST(TrialReport, aFinishedTrial_hasWhatADoctorNeeds_withAnalyseTrialsFigures)
{
    Saved s;
    const TrialCase c = trialCase();
    save(s, c, c.today);
    const ReportText t = trialReportText(s.plan, s.result, c.today, QStringLiteral("9.8.7"));
    const QLocale english = QLocale::c();

    EXPECT_EQ(t.title, QStringLiteral("Personal trial report"));
    EXPECT_TRUE(t.identity.isEmpty());
    EXPECT_EQ(t.period,
        QStringLiteral("Trial of magnesium, nights of 30 Nov 2026 to 10 Jan 2027 (42 nights planned). "
                       "Finished on 10 Jan 2027: all 42 nights have passed."));
    EXPECT_EQ(
        t.footer, QStringLiteral("Recorded by the patient with RLS Diary 9.8.7 on 12 Jan 2027; not a diagnosis."));
    EXPECT_EQ(headingsOf(t),
        (QStringList {QStringLiteral("Design"), QStringLiteral("Adherence"),
            QStringLiteral("Result: symptom severity (0-10)"), QStringLiteral("Block means: symptom severity (0-10)"),
            QStringLiteral("Secondary outcomes"), QStringLiteral("Side effects"), QStringLiteral("Limits")}));
    for (const ReportSection &section : t.sections) {
        EXPECT_EQ(
            section.chart, section.heading.startsWith(u"Block means") ? ReportChart::TrialBlocks : ReportChart::None);
        EXPECT_FALSE(section.startsPage); // one page
    }

    // Design (CENT 3a, 5, 6a, 8-11): N-of-1, pairs, block length, the two conditions, who drew
    // the order and from what, no blinding, the wash-out and the outcomes declared in advance.
    const QStringList design = sectionOf(t, QStringLiteral("Design"))->paragraphs;
    ASSERT_EQ(design.size(), 5);
    EXPECT_EQ(design.at(0),
        QStringLiteral("N-of-1 trial in one person: 3 pairs of 7-night blocks, each pair one block "
                       "on A and one on B in random order (AB or BA)."));
    EXPECT_EQ(design.at(1), QStringLiteral("A: magnesium glycinate 300 mg at 21:00. B: no magnesium."));
    EXPECT_TRUE(design.at(2).startsWith(
        QStringLiteral("Randomised: the app drew the order (%1) when the plan was confirmed on ")
            .arg(orderText(s.plan.order))))
        << design.at(2).toStdString();
    EXPECT_TRUE(design.at(2).endsWith(u"from the seed stored with the plan (7, SplitMix64), which always draws the "
                                      u"same order."));
    EXPECT_EQ(design.at(3),
        QStringLiteral("Not blinded: the person knew each night's condition. Wash-out: the first "
                       "2 nights of each block recorded, not analysed."));
    EXPECT_EQ(design.at(4),
        QStringLiteral("Outcomes declared before the start: primary symptom severity (0-10); "
                       "secondary sleep quality (1-5)."));

    // Adherence per condition, core's sentences. By hand: A 20 of 21 (one night of 150 mg), B
    // 20 of 20 with one night not logged.
    const ReportSection *adherence = sectionOf(t, QStringLiteral("Adherence"));
    EXPECT_EQ(adherence->paragraphs,
        QStringList {adherenceSentence(s.plan, Condition::A, s.result.adherenceA, english) + u' '
            + adherenceSentence(s.plan, Condition::B, s.result.adherenceB, english)});
    EXPECT_TRUE(adherence->paragraphs.at(0).contains(u"A: 20 of 21 logged nights as planned (95 %)"));
    EXPECT_TRUE(adherence->paragraphs.at(0).contains(u"B: 20 of 20 logged nights as planned (100 %); 1 night not "
                                                     u"logged."));
    EXPECT_TRUE(adherence->notes.at(0).contains(u"41 of 42 trial nights so far logged"));

    // The result with its interval and the randomisation test, as core words them.
    const ReportSection *primary = sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"));
    ASSERT_GE(primary->paragraphs.size(), 2);
    EXPECT_EQ(primary->paragraphs.at(0), effectSentence(s.plan, s.result.primary, english));
    EXPECT_EQ(primary->paragraphs.at(1), randomisationSentence(s.result.primary, english));
    // By hand: the differences -2, -1, -2 have mean -1.667 and standard error 1/3; t(0.975, 2)
    // = 4.303 gives -3.10 to -0.23. All 3 of one sign: 2 of the 8 orders, p = 0.25, which is
    // also the smallest p 3 pairs can give.
    EXPECT_TRUE(primary->paragraphs.at(0).contains(u"was 1.7 lower than on B (mean of 3 pair differences; 95 % "
                                                   u"interval -3.10 to -0.23)"))
        << primary->paragraphs.at(0).toStdString();
    EXPECT_TRUE(primary->paragraphs.at(1).contains(u"p = 0.25,"));
    EXPECT_TRUE(primary->paragraphs.at(1).contains(u"With 3 pairs no result can give a p below 0.25"));
    // The table: block means and pair differences, from the analysis.
    const ReportTable &table = primary->table;
    EXPECT_EQ(table.header,
        (QStringList {QStringLiteral("Pair"), QStringLiteral("Nights"), QStringLiteral("Order"),
            QStringLiteral("A mean"), QStringLiteral("A nights"), QStringLiteral("B mean"), QStringLiteral("B nights"),
            QStringLiteral("A - B")}));
    ASSERT_EQ(table.rows.size(), 3);
    const QStringList order = orderText(s.plan.order).split(u' ');
    EXPECT_EQ(table.rows.at(0),
        (QStringList {QStringLiteral("1"), QStringLiteral("30 Nov to 13 Dec 2026"), order.at(0), QStringLiteral("3.0"),
            QStringLiteral("5"), QStringLiteral("5.0"), QStringLiteral("5"), QStringLiteral("-2.0")}));
    EXPECT_EQ(table.rows.at(1),
        (QStringList {QStringLiteral("2"), QStringLiteral("14 Dec to 27 Dec 2026"), order.at(1), QStringLiteral("4.0"),
            QStringLiteral("5"), QStringLiteral("5.0"), QStringLiteral("5"), QStringLiteral("-1.0")}));
    EXPECT_EQ(table.rows.at(2),
        (QStringList {QStringLiteral("3"), QStringLiteral("28 Dec 2026 to 10 Jan 2027"), order.at(2),
            QStringLiteral("3.0"), QStringLiteral("5"), QStringLiteral("5.0"), QStringLiteral("4"),
            QStringLiteral("-2.0")}));
    for (int p = 0; p < 3; ++p) {
        const PairResult &pair = s.result.primary.pairs.at(p);
        EXPECT_EQ(table.rows.at(p).at(3), QString::number(*pair.aMean, 'f', 1));
        EXPECT_EQ(table.rows.at(p).at(5), QString::number(*pair.bMean, 'f', 1));
        EXPECT_EQ(table.rows.at(p).at(7), QString::number(*pair.difference, 'f', 1));
    }

    // Secondary outcomes, a row each, the figures of the analysis: quality 4 on A and 3 on B in
    // every pair, so +1 with an interval of no width and p = 0.25.
    const ReportSection *secondary = sectionOf(t, QStringLiteral("Secondary outcomes"));
    ASSERT_EQ(secondary->table.rows.size(), 1);
    const OutcomeAnalysis &quality = s.result.secondary.at(0);
    EXPECT_EQ(secondary->table.rows.at(0),
        (QStringList {QStringLiteral("Sleep quality (1-5)"), QString::number(quality.completePairs),
            QString::number(*quality.effect, 'f', 1),
            QStringLiteral("%1 to %2").arg(*quality.ci95Low, 0, 'f', 2).arg(*quality.ci95High, 0, 'f', 2),
            QString::number(*quality.randomisationP, 'f', 3)}));
    EXPECT_EQ(secondary->table.rows.at(0),
        (QStringList {QStringLiteral("Sleep quality (1-5)"), QStringLiteral("3"), QStringLiteral("1.0"),
            QStringLiteral("1.00 to 1.00"), QStringLiteral("0.250")}));
    EXPECT_TRUE(secondary->notes.at(0).contains(u"not adjusted for looking at several outcomes"));

    // Harms: nights with each side-effect tag of the logged nights of each condition.
    const ReportTable &harms = sectionOf(t, QStringLiteral("Side effects"))->table;
    EXPECT_EQ(harms.rows,
        (QList<QStringList> {
            {QStringLiteral("diarrhoea"), QStringLiteral("2 of 21 (10%)"), QStringLiteral("0 of 20 (0%)")},
            {QStringLiteral("nausea"), QStringLiteral("0 of 21 (0%)"), QStringLiteral("1 of 20 (5%)")},
            {QStringLiteral("stomach cramps"), QStringLiteral("0 of 21 (0%)"), QStringLiteral("0 of 20 (0%)")}}));

    // The limits: one person, no diagnosis, the doctor.
    const ReportSection *limits = sectionOf(t, QStringLiteral("Limits"));
    EXPECT_TRUE(limits->paragraphs.at(0).contains(u"One person's trial"));
    EXPECT_TRUE(limits->paragraphs.at(0).contains(u"Not a diagnosis: discuss it with your doctor"));
    EXPECT_TRUE(limits->notes.at(0).contains(u"CENT 2015"));
    EXPECT_TRUE(limits->notes.at(0).contains(u"BMJ 2015;350:h1738"));
}

TEST(TrialReport, aTrialStoppedAfterTwoPairs_saysSo_andLeavesTheThirdOut)
{
    Saved s;
    const TrialCase c = trialCase();
    s.plan = saveTrialCase(s.diary.store(), c);
    s.plan.state = TrialState::Stopped;
    s.plan.endedOn = QDate(2026, 12, 27); // the last night of pair 2
    ASSERT_TRUE(s.diary.store().updateTrialState(s.plan).ok());
    const TrialPlan stored = s.diary.store().trials().value().last();
    const auto result = readTrialResult(s.diary.store(), stored, c.today);
    ASSERT_TRUE(result.ok());
    const ReportText t = trialReportText(stored, result.value(), c.today, QStringLiteral("9.8.7"));

    const ReportSection *primary = sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"));
    EXPECT_TRUE(primary->paragraphs.join(u' ').contains(u"Stopped early: the figures cover 2 complete of 3 planned "
                                                        u"pairs."));
    // By hand: differences -2 and -1, mean -1.5.
    EXPECT_TRUE(primary->paragraphs.at(0).contains(u"1.5 lower")) << primary->paragraphs.at(0).toStdString();
    ASSERT_EQ(primary->table.rows.size(), 3);
    EXPECT_EQ(primary->table.rows.at(2).at(0), QStringLiteral("3"));
    EXPECT_EQ(primary->table.rows.at(2).at(1), QStringLiteral("not run"));
    EXPECT_EQ(primary->table.rows.at(2).at(7), QStringLiteral("–"));
    EXPECT_TRUE(t.period.endsWith(u"Stopped early on 27 Dec 2026 after 28 of 42 nights: analysed as it stands, with "
                                  u"fewer pairs than planned."))
        << t.period.toStdString();
}

TEST(TrialReport, anAbandonedTrial_isNotAnalysed_andHasNoChart)
{
    Saved s;
    const TrialCase c = trialCase();
    s.plan = saveTrialCase(s.diary.store(), c);
    s.plan.state = TrialState::Abandoned;
    s.plan.endedOn = QDate(2026, 12, 10);
    ASSERT_TRUE(s.diary.store().updateTrialState(s.plan).ok());
    const auto result = readTrialResult(s.diary.store(), s.plan, c.today);
    ASSERT_TRUE(result.ok());
    const ReportText t = trialReportText(s.plan, result.value(), c.today, QStringLiteral("9.8.7"));
    EXPECT_FALSE(headingsOf(t).contains(QStringLiteral("Block means: symptom severity (0-10)")));
    EXPECT_FALSE(headingsOf(t).contains(QStringLiteral("Secondary outcomes")));
    const ReportSection *primary = sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"));
    EXPECT_EQ(primary->paragraphs,
        QStringList {QStringLiteral("Abandoned on 10 Dec 2026: kept in the diary, not analysed.")});
    EXPECT_TRUE(primary->table.header.isEmpty());
    // What was run is still reported: adherence up to the day it was given up.
    EXPECT_TRUE(sectionOf(t, QStringLiteral("Adherence"))->paragraphs.at(0).contains(u"A: "));
}

TEST(TrialReport, aTrialUnderWay_saysWhichBlocksAreToCome_andNeedsMorePairs)
{
    Saved s;
    const TrialCase c = trialCase();
    const QDate today(2026, 12, 20); // pair 2 under way
    save(s, c, today);
    const ReportText t = trialReportText(s.plan, s.result, today, QStringLiteral("9.8.7"));
    EXPECT_TRUE(t.period.contains(u"Running: night 21 of 42 (block 3 of 6)")) << t.period.toStdString();
    const ReportTable &table = sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"))->table;
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows.at(1).at(1), QStringLiteral("14 Dec to 20 Dec 2026")); // as far as it has run
    EXPECT_EQ(table.rows.at(2).at(1), QStringLiteral("not run"));
    // One complete pair: an effect, no interval yet.
    EXPECT_TRUE(sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"))
                    ->paragraphs.at(0)
                    .contains(u"needs at least 2"));
}

TEST(TrialReport, aLongTrialUnderWay_givesThePairsToComeOneRow)
{
    Saved s;
    TrialCase c = trialCase();
    c.plan.pairs = 6;
    c.plan.order = randomisedOrder(c.plan.seed, c.plan.pairs);
    const QDate today(2027, 1, 5); // pair 3 under way, pairs 4 to 6 to come
    save(s, c, today);
    const ReportText t = trialReportText(s.plan, s.result, today, QStringLiteral("9.8.7"));
    const ReportTable &table = sectionOf(t, QStringLiteral("Result: symptom severity (0-10)"))->table;
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows.at(2).at(0), QStringLiteral("3"));
    const QStringList orders = orderText(s.plan.order).split(u' ');
    EXPECT_EQ(table.rows.at(3),
        (QStringList {QStringLiteral("4-6"), QStringLiteral("not run"),
            QStringList {orders.at(3), orders.at(4), orders.at(5)}.join(u' '), QStringLiteral("–"), QStringLiteral("–"),
            QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–")}));
}
