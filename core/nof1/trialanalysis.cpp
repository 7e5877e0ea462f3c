// SPDX-License-Identifier: GPL-3.0-or-later
#include "nof1/trialanalysis.h"

#include "analysis/studentt.h"
#include "model/dose.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace rls {
namespace {

/// How much of the trial's substance a night's intakes hold, in the planned dose's unit.
double takenAmount(const Night &night, const TrialPlan &plan, const QList<Substance> &catalog)
{
    const Substance *substance = nullptr;
    for (const Substance &s : catalog) {
        if (s.name.compare(plan.substance(), Qt::CaseInsensitive) == 0)
            substance = &s;
    }
    const auto perUnit = milligramsPerUnit(plan.doseA.unit);
    if (substance && perUnit
        && (substance->kind == SubstanceKind::Magnesium || substance->kind == SubstanceKind::Iron)) {
        const DayTotals totals = dayTotals(night.intakes, catalog);
        const double mg = substance->kind == SubstanceKind::Magnesium ? totals.magnesiumMg : totals.ironMg;
        return mg / *perUnit;
    }
    double sum = 0;
    for (const Intake &in : night.intakes) {
        if (in.substance.compare(plan.substance(), Qt::CaseInsensitive) != 0)
            continue;
        // Masses are converted to the plan's unit; any other unit is counted as it stands, which
        // still shows a night that took none or took it in another form.
        const auto mg = toMilligrams(in.amount, in.unit);
        sum += mg && perUnit ? *mg / *perUnit : in.amount;
    }
    return sum;
}

QString amountText(double amount, const QString &unit)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(amount, 'g', 4), unit);
}

NightAdherence adherenceOf(
    const Night *night, const TrialPlan &plan, const TrialNight &place, const QList<Substance> &catalog, QDate date)
{
    NightAdherence out;
    out.date = date;
    out.condition = place.condition;
    out.washout = place.washout;
    if (!night)
        return out;
    const auto dose = plannedDose(plan, place.condition);
    const double planned = dose ? dose->amount : 0;
    out.takenAmount = takenAmount(*night, plan, catalog);
    const bool kept = planned == 0 ? out.takenAmount == 0 : std::abs(out.takenAmount - planned) <= 0.1 * planned;
    out.adherence = kept ? Adherence::AsPlanned : Adherence::BrokePlan;
    if (!kept) {
        if (out.takenAmount == 0)
            out.why = QCoreApplication::translate("TrialText", "took none (planned %1)")
                          .arg(amountText(planned, plan.doseA.unit));
        else if (planned == 0)
            out.why = QCoreApplication::translate("TrialText", "took %1 (planned none)")
                          .arg(amountText(out.takenAmount, plan.doseA.unit));
        else
            out.why = QCoreApplication::translate("TrialText", "took %1 (planned %2)")
                          .arg(amountText(out.takenAmount, plan.doseA.unit), amountText(planned, plan.doseA.unit));
    }
    return out;
}

/// The last night the analysis may look at: today, the stop, or the planned end.
QDate analysedUntil(const TrialPlan &plan, QDate today)
{
    QDate until = std::min(today, plannedLastNight(plan, today));
    if (plan.state == TrialState::Stopped && plan.endedOn.isValid())
        until = std::min(until, plan.endedOn);
    return until;
}

struct Mean {
    double sum = 0;
    int n = 0;
};

} // namespace

std::optional<double> ConditionAdherence::share() const
{
    const int logged = asPlanned + brokePlan;
    if (logged == 0)
        return std::nullopt;
    return double(asPlanned) / logged;
}

std::optional<double> randomisationP(const QList<double> &differences)
{
    const qsizetype n = differences.size();
    if (n == 0 || n > 30)
        return std::nullopt;
    double observed = 0;
    for (double d : differences)
        observed += d;
    observed = std::abs(observed / double(n));
    const quint64 orders = quint64(1) << n;
    quint64 asExtreme = 0;
    for (quint64 signs = 0; signs < orders; ++signs) {
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += (signs >> i) & 1U ? -differences.at(i) : differences.at(i);
        // Sums of the same numbers in another order differ in the last bits: a tolerance keeps
        // the observed order itself (and its mirror) counted.
        if (std::abs(sum / double(n)) >= observed - 1e-9)
            ++asExtreme;
    }
    return double(asExtreme) / double(orders);
}

OutcomeAnalysis analyseOutcome(const TrialPlan &plan, const QList<Night> &nights, Outcome outcome, QDate today)
{
    OutcomeAnalysis out;
    out.outcome = outcome;
    if (plan.state == TrialState::Abandoned || plan.order.size() != plan.pairs)
        return out;
    const QDate until = analysedUntil(plan, today);
    QList<Mean> sums(plan.blockCount());
    QList<int> run(plan.blockCount(), 0);
    for (const Night &night : nights) {
        if (night.date > until)
            continue;
        const auto place = trialNightOf(plan, night.date);
        if (!place || place->washout)
            continue;
        if (const auto y = outcomeValue(night, outcome)) {
            sums[place->block].sum += *y;
            ++sums[place->block].n;
        }
    }
    const QList<BlockSpan> spans = blockSpans(plan, today);
    for (int b = 0; b < plan.blockCount(); ++b) {
        BlockResult block;
        block.block = b;
        block.pair = b / 2;
        block.condition = conditionOfBlock(plan, b);
        block.first = spans.at(b).first;
        block.last = std::min(spans.at(b).last, until);
        if (block.first <= until) {
            QDate lastRun;
            for (QDate d = block.first; d <= block.last; d = d.addDays(1)) {
                if (trialNightOf(plan, d)) {
                    ++block.nights;
                    lastRun = d;
                }
            }
            // A block cut short by an open pause ends on its last night before the pause.
            if (lastRun.isValid())
                block.last = lastRun;
        }
        block.analysed = sums.at(b).n;
        if (block.analysed > 0)
            block.mean = sums.at(b).sum / block.analysed;
        out.blocks.append(block);
    }
    QList<double> differences;
    for (int p = 0; p < plan.pairs; ++p) {
        PairResult pair;
        pair.pair = p;
        for (const BlockResult &block : std::as_const(out.blocks)) {
            if (block.pair == p)
                (block.condition == Condition::A ? pair.aMean : pair.bMean) = block.mean;
        }
        if (pair.aMean && pair.bMean) {
            pair.difference = *pair.aMean - *pair.bMean;
            differences.append(*pair.difference);
        }
        out.pairs.append(pair);
    }
    const qsizetype n = differences.size();
    out.completePairs = int(n);
    if (n == 0)
        return out;
    double sum = 0;
    for (double d : differences)
        sum += d;
    const double mean = sum / double(n);
    out.effect = mean;
    out.randomisationP = randomisationP(differences);
    out.smallestPossibleP = 2.0 / double(quint64(1) << n);
    if (n >= 2) {
        double squares = 0;
        for (double d : differences)
            squares += (d - mean) * (d - mean);
        const double se = std::sqrt(squares / double(n - 1)) / std::sqrt(double(n));
        const double t = studentTQuantile(0.975, double(n - 1));
        out.ci95Low = mean - t * se;
        out.ci95High = mean + t * se;
    }
    return out;
}

TrialResult analyseTrial(
    const TrialPlan &plan, const QList<Night> &nights, const QList<Substance> &catalog, QDate today)
{
    TrialResult out;
    out.phase = phaseOf(plan, today);
    out.stoppedEarly = plan.state == TrialState::Stopped;
    QHash<QDate, const Night *> byDate;
    for (const Night &n : nights)
        byDate.insert(n.date, &n);
    const QStringList harmTags = sideEffectTags();
    for (const QString &tag : harmTags)
        out.harms.append({tag, 0, 0});

    const QDate until = plan.state == TrialState::Abandoned && plan.endedOn.isValid() ? std::min(today, plan.endedOn)
                                                                                      : analysedUntil(plan, today);
    // An abandoned trial is kept: its nights and adherence are shown as they were run.
    TrialPlan asRun = plan;
    if (plan.state == TrialState::Abandoned)
        asRun.state = TrialState::Active;
    for (QDate d = plan.start; plan.start.isValid() && d <= until; d = d.addDays(1)) {
        const auto place = trialNightOf(asRun, d);
        if (!place)
            continue;
        const Night *night = byDate.value(d, nullptr);
        if (!night && d == today)
            continue; // tonight is not over yet
        ++out.nightsRun;
        NightAdherence a = adherenceOf(night, plan, *place, catalog, d);
        ConditionAdherence &counts = place->condition == Condition::A ? out.adherenceA : out.adherenceB;
        switch (a.adherence) {
        case Adherence::AsPlanned: ++counts.asPlanned; break;
        case Adherence::BrokePlan: ++counts.brokePlan; break;
        case Adherence::NotLogged: ++counts.notLogged; break;
        }
        if (night) {
            ++out.nightsLogged;
            ++(place->condition == Condition::A ? out.loggedA : out.loggedB);
            for (HarmCount &harm : out.harms) {
                if (night->tags.contains(harm.tag, Qt::CaseInsensitive))
                    ++(place->condition == Condition::A ? harm.nightsA : harm.nightsB);
            }
        }
        out.nights.append(a);
    }
    out.primary = analyseOutcome(plan, nights, plan.primary, today);
    for (Outcome o : plan.secondary)
        out.secondary.append(analyseOutcome(plan, nights, o, today));
    return out;
}

} // namespace rls
