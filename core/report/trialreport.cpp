// SPDX-License-Identifier: GPL-3.0-or-later
// The personal trial's report in words, after CENT 2015 (Vohra et al., BMJ 2015;350:h1738) as
// far as it applies to a trial a person runs on themselves: every figure comes from TrialResult.
#include "report/trialreport.h"

#include "nof1/trialtext.h"
#include "storage/diarystore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

const QString Dash = QStringLiteral("–");

// English whatever the computer's language: the sentences of core/trial/trialtext.h are written
// with this locale too, so "5 Dec 2026" and "4.3" read the same in every line of the page.
QLocale english()
{
    return QLocale::c();
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy")) : Dash;
}

// "4 Jan to 31 Jan 2027", or with both years when they differ.
QString rangeText(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return Dash;
    if (first.year() == last.year())
        return QStringLiteral("%1 to %2")
            .arg(QLocale(QLocale::English).toString(first, QStringLiteral("d MMM")), dateText(last));
    return QStringLiteral("%1 to %2").arg(dateText(first), dateText(last));
}

QString fixed(const std::optional<double> &v, int decimals = 1)
{
    if (!v)
        return Dash;
    // -0.0 would print as "-0.0".
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*v * scale) / scale;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString nightsText(qint64 n)
{
    return n == 1 ? QStringLiteral("1 night") : QStringLiteral("%1 nights").arg(n);
}

// "symptom severity (0-10)": outcomeLabel begins with a capital for a heading of its own.
QString inSentence(const QString &label)
{
    return label.isEmpty() ? label : label.at(0).toLower() + label.mid(1);
}

QString outcomeList(const QList<Outcome> &outcomes)
{
    QStringList labels;
    for (Outcome o : outcomes)
        labels.append(inSentence(outcomeLabel(o)));
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
    s.heading = QStringLiteral("Design");
    s.paragraphs.append(
        QStringLiteral("N-of-1 trial in one person: %1 pairs of %2-night blocks, each pair one block on "
                       "A and one on B in random order (AB or BA).")
            .arg(plan.pairs)
            .arg(plan.blockNights));
    s.paragraphs.append(
        QStringLiteral("%1. %2.").arg(conditionLabel(plan, Condition::A), conditionLabel(plan, Condition::B)));
    const QString confirmed = plan.createdAt.isValid()
        ? QStringLiteral(" when the plan was confirmed on %1").arg(dateText(plan.createdAt.toLocalTime().date()))
        : QString();
    QString random = QStringLiteral("Randomised: the app drew the order (%1)%2, from the seed stored with the plan "
                                    "(%3, SplitMix64)")
                         .arg(orderText(plan.order), confirmed, QString::number(plan.seed));
    const QList<PairOrder> redrawn = randomisedOrder(plan.seed, plan.pairs);
    if (redrawn == plan.order)
        random += QStringLiteral(", which always draws the same order.");
    else
        random += QStringLiteral("; that seed draws %1, not the order stored.").arg(orderText(redrawn));
    s.paragraphs.append(random);
    s.paragraphs.append(QStringLiteral("Not blinded: the person knew each night's condition. Wash-out: the first %1 "
                                       "of each block recorded, not analysed.")
                            .arg(nightsText(plan.washoutNights)));
    for (const TrialPause &pause : plan.pauses) {
        if (pause.until.isValid()) {
            s.paragraphs.append(
                QStringLiteral("Paused from %1 to %2 (%3 outside the trial); the block went on after it.")
                    .arg(dateText(pause.from), dateText(pause.until.addDays(-1)),
                        nightsText(pause.from.daysTo(pause.until))));
        } else {
            s.paragraphs.append(QStringLiteral("Paused since %1.").arg(dateText(pause.from)));
        }
    }
    QString outcomes
        = QStringLiteral("Outcomes declared before the start: primary %1").arg(inSentence(outcomeLabel(plan.primary)));
    outcomes += plan.secondary.isEmpty() ? QStringLiteral("; no secondary outcome.")
                                         : QStringLiteral("; secondary %1.").arg(outcomeList(plan.secondary));
    s.paragraphs.append(outcomes);
    return s;
}

ReportSection adherenceSection(const TrialPlan &plan, const TrialResult &result)
{
    ReportSection s;
    s.heading = QStringLiteral("Adherence");
    s.paragraphs.append(QStringLiteral("%1 %2").arg(adherenceSentence(plan, Condition::A, result.adherenceA, english()),
        adherenceSentence(plan, Condition::B, result.adherenceB, english())));
    s.notes.append(QStringLiteral("As planned: the night's %1 within 10% of the plan (none on a condition without "
                                  "it). %2 of %3 trial nights so far logged.")
                       .arg(plan.substance().toLower())
                       .arg(result.nightsLogged)
                       .arg(result.nightsRun));
    return s;
}

// One row per pair; pairs not yet run (or cut off by a stop) share one row, so that a trial of
// ten pairs stopped after three still fits on its page.
ReportTable pairTable(const TrialPlan &plan, const OutcomeAnalysis &analysis)
{
    ReportTable t;
    t.header = {QStringLiteral("Pair"), QStringLiteral("Nights"), QStringLiteral("Order"), QStringLiteral("A mean"),
        QStringLiteral("A nights"), QStringLiteral("B mean"), QStringLiteral("B nights"), QStringLiteral("A - B")};
    t.numericColumns = {0, 3, 4, 5, 6, 7};
    int notRunFrom = -1;
    QStringList notRunOrders;
    const auto closeNotRun = [&](int lastPair) {
        if (notRunFrom < 0)
            return;
        const QString pairs = notRunFrom == lastPair ? QString::number(notRunFrom + 1)
                                                     : QStringLiteral("%1-%2").arg(notRunFrom + 1).arg(lastPair + 1);
        t.rows.append({pairs, QStringLiteral("not run"), notRunOrders.join(u' '), Dash, Dash, Dash, Dash, Dash});
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
    s.heading = QStringLiteral("Result: %1").arg(inSentence(outcomeLabel(primary.outcome)));
    if (plan.state == TrialState::Abandoned) {
        s.paragraphs.append(
            QStringLiteral("Abandoned on %1: kept in the diary, not analysed.").arg(dateText(plan.endedOn)));
        return s;
    }
    s.paragraphs.append(effectSentence(plan, primary, english()));
    s.paragraphs.append(randomisationSentence(primary, english()));
    if (result.stoppedEarly) {
        s.paragraphs.append(QStringLiteral("Stopped early: the figures cover %1 complete of %2 planned pairs.")
                                .arg(primary.completePairs)
                                .arg(plan.pairs));
    }
    s.table = pairTable(plan, primary);
    s.notes.append(QStringLiteral("Means of the nights after the wash-out that have a value. Interval: t on the pair "
                                  "differences, pairs - 1 degrees of freedom."));
    return s;
}

ReportSection chartSection(const TrialResult &result)
{
    ReportSection s;
    s.heading = QStringLiteral("Block means: %1").arg(inSentence(outcomeLabel(result.primary.outcome)));
    s.chart = ReportChart::TrialBlocks;
    return s;
}

// A row per secondary outcome: the doctor compares them at a glance, and ten pairs and four
// outcomes still fit on the page.
ReportSection secondarySection(const TrialResult &result)
{
    ReportSection s;
    s.heading = QStringLiteral("Secondary outcomes");
    s.table.header = {QStringLiteral("Outcome"), QStringLiteral("Pairs"), QStringLiteral("A - B"),
        QStringLiteral("95 % interval"), QStringLiteral("Randomisation p")};
    s.table.numericColumns = {1, 2, 3, 4};
    for (const OutcomeAnalysis &a : result.secondary) {
        const QString interval = a.ci95Low && a.ci95High
            ? QStringLiteral("%1 to %2").arg(fixed(a.ci95Low, 2), fixed(a.ci95High, 2))
            : Dash;
        s.table.rows.append({outcomeLabel(a.outcome), QString::number(a.completePairs), fixed(a.effect), interval,
            fixed(a.randomisationP, 3)});
    }
    s.notes.append(QStringLiteral("A - B: the mean of the complete pairs' differences, as for the primary outcome; "
                                  "not adjusted for looking at several outcomes."));
    return s;
}

QString harmCell(int nights, int logged)
{
    if (logged == 0)
        return Dash;
    return QStringLiteral("%1 of %2 (%3%)").arg(nights).arg(logged).arg(std::lround(100.0 * nights / logged));
}

ReportSection harmsSection(const TrialResult &result)
{
    ReportSection s;
    s.heading = QStringLiteral("Side effects");
    bool any = false;
    QStringList tags;
    for (const HarmCount &h : result.harms) {
        any = any || h.nightsA > 0 || h.nightsB > 0;
        tags.append(h.tag);
    }
    if (!any) {
        s.paragraphs.append(tags.isEmpty()
                ? QStringLiteral("No side effects were counted.")
                : QStringLiteral("No logged night of the trial was tagged %1.").arg(tags.join(QStringLiteral(", "))));
        return s;
    }
    s.table.header = {QStringLiteral("Tagged"), QStringLiteral("Nights on A"), QStringLiteral("Nights on B")};
    s.table.numericColumns = {1, 2};
    for (const HarmCount &h : result.harms)
        s.table.rows.append({h.tag, harmCell(h.nightsA, result.loggedA), harmCell(h.nightsB, result.loggedB)});
    s.notes.append(QStringLiteral("Nights tagged with each side effect, of the logged nights of each condition "
                                  "(wash-out included)."));
    return s;
}

ReportSection limitsSection()
{
    ReportSection s;
    s.heading = QStringLiteral("Limits");
    s.paragraphs.append(
        QStringLiteral("One person's trial: it speaks for this person, these doses and these weeks. Not "
                       "a diagnosis: discuss it with your doctor before changing any treatment."));
    s.notes.append(QStringLiteral("After CENT 2015 (CONSORT for N-of-1 trials, BMJ 2015;350:h1738), as far as it "
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
    t.title = QStringLiteral("Personal trial report");
    // Where the trial stands comes first: stopped early or abandoned changes how all else reads.
    t.period = QStringLiteral("Trial of %1, nights of %2 (%3 planned). %4")
                   .arg(plan.substance().toLower(), rangeText(plan.start, plannedLastNight(plan, today)),
                       nightsText(plan.totalNights()), sentenceOf(trialPhaseSentence(plan, result, today, english())));
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
    t.footer = QStringLiteral("Recorded by the patient with RLS Diary %1 on %2; not a diagnosis.")
                   .arg(appVersion.trimmed().isEmpty() ? Dash : appVersion.trimmed(), dateText(today));
    return t;
}

} // namespace rls
