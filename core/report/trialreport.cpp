// SPDX-License-Identifier: GPL-3.0-or-later
// The personal trial's report in words, after CENT 2015 (Vohra et al., BMJ 2015;350:h1738) as
// far as it applies to a trial a person runs on themselves: every figure comes from TrialResult.
#include "report/trialreport.h"

#include "model/catalog.h"
#include "nof1/trialtext.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

const QString Dash = QStringLiteral("–");

QString dateText(QDate date)
{
    return date.isValid() ? reportLocale().toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"))
                          : Dash;
}

// "4 Jan to 31 Jan 2027", or with both years when they differ.
QString rangeText(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return Dash;
    if (first.year() == last.year())
        return QCoreApplication::translate("TrialReport", "%1 to %2")
            .arg(reportLocale().toString(first, QCoreApplication::translate("DateFormat", "d MMM")), dateText(last));
    return QCoreApplication::translate("TrialReport", "%1 to %2").arg(dateText(first), dateText(last));
}

QString fixed(const std::optional<double> &v, int decimals = 1)
{
    if (!v)
        return Dash;
    // -0.0 would print as "-0.0".
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*v * scale) / scale;
    return reportLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString nightsText(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("TrialReport", "1 night")
                  : QCoreApplication::translate("TrialReport", "%1 nights").arg(n);
}

// "symptom severity (0-10)" inside a sentence or after a colon (German keeps its capitals).
QString outcomeInSentence(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Severity: return QCoreApplication::translate("TrialReport", "symptom severity (0-10)");
    case Outcome::SleepQuality: return QCoreApplication::translate("TrialReport", "sleep quality (1-5)");
    case Outcome::SleepEfficiency: return QCoreApplication::translate("TrialReport", "sleep efficiency (%)");
    case Outcome::SleepLatency: return QCoreApplication::translate("TrialReport", "minutes to fall asleep");
    case Outcome::Onset: return QCoreApplication::translate("TrialReport", "symptom onset (hours after 06:00)");
    }
    return outcomeLabel(outcome);
}

QString outcomeList(const QList<Outcome> &outcomes)
{
    QStringList labels;
    for (Outcome o : outcomes)
        labels.append(outcomeInSentence(o));
    return labels.join(QStringLiteral("; "));
}

QString sentenceOf(const QString &text)
{
    return text.endsWith(u'.') ? text : text + u'.';
}

// Design, interventions, randomisation, blinding, wash-out and outcomes (CENT items 3-11) in
// one section: the page has room for one.
ReportSection designSection(const TrialPlan &plan)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("TrialReport", "Design");
    s.paragraphs.append(QCoreApplication::translate("TrialReport",
        "N-of-1 trial in one person: %1 pairs of %2-night blocks, each pair one block on "
        "A and one on B in random order (AB or BA).")
                            .arg(plan.pairs)
                            .arg(plan.blockNights));
    s.paragraphs.append(
        QStringLiteral("%1. %2.").arg(conditionLabel(plan, Condition::A), conditionLabel(plan, Condition::B)));
    const QString confirmed = plan.createdAt.isValid()
        ? QCoreApplication::translate("TrialReport", " when the plan was confirmed on %1")
              .arg(dateText(plan.createdAt.toLocalTime().date()))
        : QString();
    QString random = QCoreApplication::translate("TrialReport",
        "Randomised: the app drew the order (%1)%2, from the seed stored with the plan "
        "(%3, SplitMix64)")
                         .arg(orderText(plan.order), confirmed, QString::number(plan.seed));
    const QList<PairOrder> redrawn = randomisedOrder(plan.seed, plan.pairs);
    if (redrawn == plan.order)
        random += QCoreApplication::translate("TrialReport", ", which always draws the same order.");
    else
        random += QCoreApplication::translate("TrialReport", "; that seed draws %1, not the order stored.")
                      .arg(orderText(redrawn));
    s.paragraphs.append(random);
    s.paragraphs.append(QCoreApplication::translate("TrialReport",
        "Not blinded: the person knew each night's condition. Wash-out: the first %1 "
        "of each block recorded, not analysed.")
                            .arg(nightsText(plan.washoutNights)));
    for (const TrialPause &pause : plan.pauses) {
        if (pause.until.isValid()) {
            s.paragraphs.append(QCoreApplication::translate(
                "TrialReport", "Paused from %1 to %2 (%3 outside the trial); the block went on after it.")
                                    .arg(dateText(pause.from), dateText(pause.until.addDays(-1)),
                                        nightsText(pause.from.daysTo(pause.until))));
        } else {
            s.paragraphs.append(
                QCoreApplication::translate("TrialReport", "Paused since %1.").arg(dateText(pause.from)));
        }
    }
    QString outcomes = QCoreApplication::translate("TrialReport", "Outcomes declared before the start: primary %1")
                           .arg(outcomeInSentence(plan.primary));
    outcomes += plan.secondary.isEmpty()
        ? QCoreApplication::translate("TrialReport", "; no secondary outcome.")
        : QCoreApplication::translate("TrialReport", "; secondary %1.").arg(outcomeList(plan.secondary));
    s.paragraphs.append(outcomes);
    return s;
}

ReportSection adherenceSection(const TrialPlan &plan, const TrialResult &result)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("TrialReport", "Adherence");
    s.paragraphs.append(
        QStringLiteral("%1 %2").arg(adherenceSentence(plan, Condition::A, result.adherenceA, reportLocale()),
            adherenceSentence(plan, Condition::B, result.adherenceB, reportLocale())));
    s.notes.append(QCoreApplication::translate("TrialReport",
        "As planned: the night's %1 within 10% of the plan (none on a condition without "
        "it). %2 of %3 trial nights so far logged.")
                       .arg(inSentence(plan.substance()))
                       .arg(result.nightsLogged)
                       .arg(result.nightsRun));
    return s;
}

// One row per pair; pairs not yet run (or cut off by a stop) share one row, so that a trial of
// ten pairs stopped after three still fits on its page.
ReportTable pairTable(const TrialPlan &plan, const OutcomeAnalysis &analysis)
{
    ReportTable t;
    t.header = {QCoreApplication::translate("TrialReport", "Pair"),
        QCoreApplication::translate("TrialReport", "Nights"), QCoreApplication::translate("TrialReport", "Order"),
        QCoreApplication::translate("TrialReport", "A mean"), QCoreApplication::translate("TrialReport", "A nights"),
        QCoreApplication::translate("TrialReport", "B mean"), QCoreApplication::translate("TrialReport", "B nights"),
        QStringLiteral("A - B")};
    t.numericColumns = {0, 3, 4, 5, 6, 7};
    int notRunFrom = -1;
    QStringList notRunOrders;
    const auto closeNotRun = [&](int lastPair) {
        if (notRunFrom < 0)
            return;
        const QString pairs = notRunFrom == lastPair ? QString::number(notRunFrom + 1)
                                                     : QStringLiteral("%1-%2").arg(notRunFrom + 1).arg(lastPair + 1);
        t.rows.append({pairs, QCoreApplication::translate("TrialReport", "not run"), notRunOrders.join(u' '), Dash,
            Dash, Dash, Dash, Dash});
        notRunFrom = -1;
        notRunOrders.clear();
    };
    for (const PairResult &pair : analysis.pairs) {
        const BlockResult *a = nullptr;
        const BlockResult *b = nullptr;
        QDate first, last;
        for (const BlockResult &block : analysis.blocks) {
            if (block.pair != pair.pair)
                continue;
            (block.condition == Condition::A ? a : b) = &block;
            if (block.nights > 0) {
                if (!first.isValid() || block.first < first)
                    first = block.first;
                if (!last.isValid() || block.last > last)
                    last = block.last;
            }
        }
        const QString order = pair.pair < plan.order.size() ? orderText({plan.order.at(pair.pair)}) : Dash;
        if (!first.isValid()) {
            if (notRunFrom < 0)
                notRunFrom = pair.pair;
            notRunOrders.append(order);
            continue;
        }
        closeNotRun(pair.pair - 1);
        t.rows.append({QString::number(pair.pair + 1), rangeText(first, last), order, fixed(pair.aMean),
            a ? QString::number(a->analysed) : Dash, fixed(pair.bMean), b ? QString::number(b->analysed) : Dash,
            fixed(pair.difference)});
    }
    closeNotRun(int(analysis.pairs.size()) - 1);
    return t;
}

ReportSection primarySection(const TrialPlan &plan, const TrialResult &result)
{
    ReportSection s;
    const OutcomeAnalysis &primary = result.primary;
    s.heading = QCoreApplication::translate("TrialReport", "Result: %1").arg(outcomeInSentence(primary.outcome));
    if (plan.state == TrialState::Abandoned) {
        s.paragraphs.append(
            QCoreApplication::translate("TrialReport", "Abandoned on %1: kept in the diary, not analysed.")
                .arg(dateText(plan.endedOn)));
        return s;
    }
    s.paragraphs.append(effectSentence(plan, primary, reportLocale()));
    s.paragraphs.append(randomisationSentence(primary, reportLocale()));
    if (result.stoppedEarly) {
        s.paragraphs.append(QCoreApplication::translate(
            "TrialReport", "Stopped early: the figures cover %1 complete of %2 planned pairs.")
                                .arg(primary.completePairs)
                                .arg(plan.pairs));
    }
    s.table = pairTable(plan, primary);
    s.notes.append(QCoreApplication::translate("TrialReport",
        "Means of the nights after the wash-out that have a value. Interval: t on the pair "
        "differences, pairs - 1 degrees of freedom."));
    return s;
}

ReportSection chartSection(const TrialResult &result)
{
    ReportSection s;
    s.heading
        = QCoreApplication::translate("TrialReport", "Block means: %1").arg(outcomeInSentence(result.primary.outcome));
    s.chart = ReportChart::TrialBlocks;
    return s;
}

// A row per secondary outcome: the doctor compares them at a glance, and ten pairs and four
// outcomes still fit on the page.
ReportSection secondarySection(const TrialResult &result)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("TrialReport", "Secondary outcomes");
    s.table.header
        = {QCoreApplication::translate("TrialReport", "Outcome"), QCoreApplication::translate("TrialReport", "Pairs"),
            QStringLiteral("A - B"), QCoreApplication::translate("TrialReport", "95 % interval"),
            QCoreApplication::translate("TrialReport", "Randomisation p")};
    s.table.numericColumns = {1, 2, 3, 4};
    for (const OutcomeAnalysis &a : result.secondary) {
        const QString interval = a.ci95Low && a.ci95High
            ? QCoreApplication::translate("TrialReport", "%1 to %2").arg(fixed(a.ci95Low, 2), fixed(a.ci95High, 2))
            : Dash;
        s.table.rows.append({outcomeLabel(a.outcome), QString::number(a.completePairs), fixed(a.effect), interval,
            fixed(a.randomisationP, 3)});
    }
    s.notes.append(QCoreApplication::translate("TrialReport",
        "A - B: the mean of the complete pairs' differences, as for the primary outcome; "
        "not adjusted for looking at several outcomes."));
    return s;
}

QString harmCell(int nights, int logged)
{
    if (logged == 0)
        return Dash;
    return QCoreApplication::translate("TrialReport", "%1 of %2 (%3%)")
        .arg(nights)
        .arg(logged)
        .arg(std::lround(100.0 * nights / logged));
}

ReportSection harmsSection(const TrialResult &result)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("TrialReport", "Side effects");
    bool any = false;
    QStringList tags;
    for (const HarmCount &h : result.harms) {
        any = any || h.nightsA > 0 || h.nightsB > 0;
        tags.append(h.tag);
    }
    if (!any) {
        s.paragraphs.append(tags.isEmpty()
                ? QCoreApplication::translate("TrialReport", "No side effects were counted.")
                : QCoreApplication::translate("TrialReport", "No logged night of the trial was tagged %1.")
                      .arg(tags.join(QStringLiteral(", "))));
        return s;
    }
    s.table.header = {QCoreApplication::translate("TrialReport", "Tagged"),
        QCoreApplication::translate("TrialReport", "Nights on A"),
        QCoreApplication::translate("TrialReport", "Nights on B")};
    s.table.numericColumns = {1, 2};
    for (const HarmCount &h : result.harms)
        s.table.rows.append({h.tag, harmCell(h.nightsA, result.loggedA), harmCell(h.nightsB, result.loggedB)});
    s.notes.append(QCoreApplication::translate("TrialReport",
        "Nights tagged with each side effect, of the logged nights of each condition "
        "(wash-out included)."));
    return s;
}

ReportSection limitsSection()
{
    ReportSection s;
    s.heading = QCoreApplication::translate("TrialReport", "Limits");
    s.paragraphs.append(QCoreApplication::translate("TrialReport",
        "One person's trial: it speaks for this person, these doses and these weeks. Not "
        "a diagnosis: discuss it with your doctor before changing any treatment."));
    s.notes.append(QCoreApplication::translate("TrialReport",
        "After CENT 2015 (CONSORT for N-of-1 trials, BMJ 2015;350:h1738), as far as it "
        "applies to a self-run trial."));
    return s;
}

} // namespace

Result<TrialResult> readTrialResult(DiaryStore &store, const TrialPlan &plan, QDate today)
{
    // Nights after the last planned one are outside the trial, and analyseTrial ignores them.
    const auto nights = store.loadRange(plan.start, std::max(plan.start, plannedLastNight(plan, today)));
    if (!nights)
        return nights.error();
    const auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    return analyseTrial(plan, nights.value(), catalog.value(), today);
}

ReportText trialReportText(const TrialPlan &plan, const TrialResult &result, QDate today, const QString &appVersion)
{
    ReportText t;
    t.title = QCoreApplication::translate("TrialReport", "Personal trial report");
    // Where the trial stands comes first: stopped early or abandoned changes how all else reads.
    t.period
        = QCoreApplication::translate("TrialReport", "Trial of %1, nights of %2 (%3 planned). %4")
              .arg(inSentence(plan.substance()), rangeText(plan.start, plannedLastNight(plan, today)),
                  nightsText(plan.totalNights()), sentenceOf(trialPhaseSentence(plan, result, today, reportLocale())));
    t.sections.append(designSection(plan));
    t.sections.append(adherenceSection(plan, result));
    t.sections.append(primarySection(plan, result));
    if (plan.state != TrialState::Abandoned) {
        t.sections.append(chartSection(result));
        if (!result.secondary.isEmpty())
            t.sections.append(secondarySection(result));
    }
    t.sections.append(harmsSection(result));
    t.sections.append(limitsSection());
    t.footer = QCoreApplication::translate(
        "TrialReport", "Recorded by the patient with RLS Diary %1 on %2; not a diagnosis.")
                   .arg(appVersion.trimmed().isEmpty() ? Dash : appVersion.trimmed(), dateText(today));
    return t;
}

} // namespace rls
