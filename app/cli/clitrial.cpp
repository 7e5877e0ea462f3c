// SPDX-License-Identifier: GPL-3.0-or-later
// `rls-diary trial plan|status|report`: a personal trial from the command line.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "model/nightdate.h"
#include "nof1/trialanalysis.h"
#include "nof1/trialtext.h"
#include "session/preferences.h"
#include "storage/diarystore.h"

#include <QJsonDocument>
#include <QSettings>

namespace rls::cli {
namespace {

QDate tonightByClock(QDate given)
{
    if (given.isValid())
        return given;
    QSettings settings;
    return tonight(QDateTime::currentDateTime(), loadPreferences(settings).daySplitHour);
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

void printPlan(const TrialPlan &plan, QDate today)
{
    out(QStringLiteral("Personal trial of %1: %2 pairs of %3-night blocks (%4 nights), %5 wash-out nights at the "
                       "start of each block.")
            .arg(plan.substance().toLower())
            .arg(plan.pairs)
            .arg(plan.blockNights)
            .arg(plan.totalNights())
            .arg(plan.washoutNights));
    out(conditionLabel(plan, Condition::A));
    out(conditionLabel(plan, Condition::B));
    QStringList secondary;
    for (Outcome o : plan.secondary)
        secondary.append(outcomeLabel(o));
    out(QStringLiteral("Primary outcome: %1.%2")
            .arg(outcomeLabel(plan.primary),
                secondary.isEmpty() ? QString() : QStringLiteral(" Secondary: %1.").arg(secondary.join(u", "))));
    out(QStringLiteral("Order drawn from seed %1: %2.").arg(QString::number(plan.seed), orderText(plan.order)));
    for (const BlockSpan &b : blockSpans(plan, today))
        out(QStringLiteral("  block %1  %2  %3 to %4")
                .arg(b.block + 1, 2)
                .arg(b.condition == Condition::A ? QStringLiteral("A") : QStringLiteral("B"))
                .arg(isoDate(b.first), isoDate(b.last)));
}

} // namespace

int runTrialPlan(const TrialPlanArgs &args)
{
    const QDate today = tonightByClock(args.today);
    TrialPlan plan = args.plan;
    if (!plan.start.isValid())
        plan.start = today;
    plan.seed = args.seed.value_or(newTrialSeed());
    plan.order = randomisedOrder(plan.seed, plan.pairs);
    auto store = openDiary(diaryPath(args.database), args.dryRun ? Use::Read : Use::Write);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    DiaryStore &diary = *store.value();
    const auto catalog = diary.substances();
    if (!catalog) {
        err(catalog.error().message);
        return DiaryFailed;
    }
    const Substance *known = nullptr;
    for (const Substance &s : catalog.value()) {
        if (s.name.compare(plan.doseA.substance, Qt::CaseInsensitive) == 0)
            known = &s;
    }
    if (!known) {
        err(QStringLiteral("--substance: \"%1\" is not in the diary's list of substances.").arg(plan.doseA.substance));
        return UsageError;
    }
    plan.doseA.substance = known->name;
    plan.doseA.unit = known->unit;
    if (plan.doseB) {
        plan.doseB->substance = known->name;
        plan.doseB->unit = known->unit;
    }
    if (const QStringList problems = validatePlan(plan); !problems.isEmpty()) {
        for (const QString &p : problems)
            err(p);
        return UsageError;
    }
    if (!args.dryRun) {
        auto added = diary.addTrial(plan, today);
        if (!added) {
            err(added.error().fields.isEmpty() ? added.error().message : added.error().fields.first().message);
            return added.error().kind == ErrorKind::Invalid ? UsageError : DiaryFailed;
        }
        plan = added.value();
    }
    if (args.json) {
        QJsonObject root = trialPlanJson(plan, today);
        root.insert(QStringLiteral("stored"), !args.dryRun);
        writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return readingDone(diary);
    }
    printPlan(plan, today);
    out(args.dryRun ? QStringLiteral("Not stored (--dry-run). The same --seed gives the same order.")
                    : QStringLiteral("Stored as trial %1; the plan is now fixed: it can be paused, stopped early or "
                                     "abandoned, not changed.")
                          .arg(plan.id));
    return Ok;
}

int runTrialRead(const TrialReadArgs &args)
{
    const QDate today = tonightByClock(args.today);
    auto store = openDiary(diaryPath(args.database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    DiaryStore &diary = *store.value();
    const auto trials = diary.trials();
    if (!trials) {
        err(trials.error().message);
        return DiaryFailed;
    }
    std::optional<TrialPlan> plan;
    if (args.id > 0) {
        for (const TrialPlan &t : trials.value()) {
            if (t.id == args.id)
                plan = t;
        }
        if (!plan) {
            err(QStringLiteral("There is no trial %1 in this diary.").arg(args.id));
            return UsageError;
        }
    } else {
        plan = latestTrial(trials.value(), today);
    }
    if (!plan) {
        if (args.json)
            writeStdout("null\n");
        else
            out(QStringLiteral("No personal trial in this diary. Plan one with: rls-diary trial plan --amount N"));
        return readingDone(diary);
    }
    const auto catalog = diary.substances();
    const auto nights = diary.loadRange(plan->start, std::max(plan->start, plannedLastNight(*plan, today)));
    if (!catalog || !nights) {
        err((!catalog ? catalog.error() : nights.error()).message);
        return DiaryFailed;
    }
    const TrialResult result = analyseTrial(*plan, nights.value(), catalog.value(), today);
    const QLocale c = QLocale::c();
    if (args.json) {
        QJsonObject root = args.report ? trialResultJson(*plan, result) : trialStatusJson(*plan, result, today);
        if (!args.report)
            root.insert(QStringLiteral("plan"), trialPlanJson(*plan, today));
        writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return readingDone(diary);
    }
    out(trialPhaseSentence(*plan, result, today, c));
    if (const QString line = trialStatusLine(*plan, today, today, c); !line.isEmpty())
        out(line);
    out(adherenceSentence(*plan, Condition::A, result.adherenceA, c));
    out(adherenceSentence(*plan, Condition::B, result.adherenceB, c));
    if (args.report && plan->state != TrialState::Abandoned) {
        const OutcomeAnalysis &primary = result.primary;
        out(QStringLiteral("Primary outcome, %1:").arg(outcomeLabel(primary.outcome)));
        for (const PairResult &p : primary.pairs) {
            const auto num = [&c](const std::optional<double> &v) { return v ? c.toString(*v, 'f', 2) : u"–"_qs; };
            out(QStringLiteral("  pair %1  A %2  B %3  A - B %4")
                    .arg(p.pair + 1)
                    .arg(num(p.aMean), num(p.bMean), num(p.difference)));
        }
        out(effectSentence(*plan, primary, c));
        out(randomisationSentence(primary, c));
        for (const OutcomeAnalysis &s : result.secondary)
            out(QStringLiteral("Secondary, %1: %2").arg(outcomeLabel(s.outcome), effectSentence(*plan, s, c)));
    }
    return readingDone(diary);
}

} // namespace rls::cli
