// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/trialplan.h"

#include "model/dose.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

namespace rls {
namespace {

/// SplitMix64's next output (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): small, fully specified, and easy to reproduce elsewhere.
quint64 splitMix64(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// Days of `pause` that fall before `date` (the clock stood still on them).
qint64 pausedDaysBefore(const TrialPause &pause, QDate date)
{
    if (date <= pause.from)
        return 0;
    const QDate end = pause.until.isValid() ? std::min(pause.until, date) : date;
    return pause.from.daysTo(end);
}

bool inPause(const TrialPause &pause, QDate date)
{
    return date >= pause.from && (!pause.until.isValid() || date < pause.until);
}

/// The trial's night index of `date` ignoring the end: days since the start less paused days,
/// nullopt before the start or inside a pause.
std::optional<qint64> clockIndex(const TrialPlan &plan, QDate date)
{
    if (!plan.start.isValid() || date < plan.start)
        return std::nullopt;
    qint64 index = plan.start.daysTo(date);
    for (const TrialPause &pause : plan.pauses) {
        if (inPause(pause, date))
            return std::nullopt;
        index -= pausedDaysBefore(pause, date);
    }
    return index;
}

/// The date of trial night `index`, counting closed pauses and treating an open one as ending
/// on `today` (or the day after it starts, when it starts after today).
QDate dateOfIndex(const TrialPlan &plan, qint64 index, QDate today)
{
    QDate date = plan.start.addDays(index);
    for (const TrialPause &pause : plan.pauses) {
        if (pause.from > date)
            break;
        QDate until = pause.until;
        if (!until.isValid())
            until = std::max(today, pause.from.addDays(1));
        date = date.addDays(pause.from.daysTo(until));
    }
    return date;
}

} // namespace

QStringList validatePlan(const TrialPlan &plan)
{
    QStringList problems;
    if (plan.doseA.substance.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("TrialPlan", "Choose the substance the trial tests."));
    if (!(plan.doseA.amount > 0))
        problems.append(QCoreApplication::translate("TrialPlan", "The dose in A must be more than 0."));
    if (plan.doseB) {
        if (!(plan.doseB->amount > 0))
            problems.append(
                QCoreApplication::translate("TrialPlan", "The lower dose in B must be more than 0, or choose none."));
        else if (plan.doseB->amount >= plan.doseA.amount)
            problems.append(
                QCoreApplication::translate("TrialPlan", "The dose in B must be lower than the dose in A."));
    }
    if (plan.blockNights < MinBlockNights)
        problems.append(
            QCoreApplication::translate("TrialPlan", "Blocks need at least %1 nights.").arg(MinBlockNights));
    else if (plan.blockNights > MaxBlockNights)
        problems.append(
            QCoreApplication::translate("TrialPlan", "Blocks can have at most %1 nights.").arg(MaxBlockNights));
    if (plan.pairs < MinPairs || plan.pairs > MaxPairs)
        problems.append(
            QCoreApplication::translate("TrialPlan", "A trial needs %1 to %2 AB pairs.").arg(MinPairs).arg(MaxPairs));
    if (plan.washoutNights < 0 || plan.washoutNights >= plan.blockNights)
        problems.append(
            QCoreApplication::translate("TrialPlan", "Wash-out nights must be fewer than the nights of a block."));
    if (!plan.start.isValid())
        problems.append(QCoreApplication::translate("TrialPlan", "Choose the first night of the trial."));
    if (plan.order.size() != plan.pairs)
        problems.append(QCoreApplication::translate("TrialPlan", "The order of the blocks has not been drawn."));
    if (plan.secondary.contains(plan.primary))
        problems.append(
            QCoreApplication::translate("TrialPlan", "The primary outcome cannot also be a secondary one."));
    return problems;
}

QList<PairOrder> randomisedOrder(quint64 seed, int pairs)
{
    QList<PairOrder> order;
    quint64 state = seed;
    for (int i = 0; i < pairs; ++i)
        order.append((splitMix64(state) >> 63) ? PairOrder::BA : PairOrder::AB);
    return order;
}

quint64 newTrialSeed()
{
    return QRandomGenerator::system()->generate64();
}

Condition conditionOfBlock(const TrialPlan &plan, int block)
{
    const PairOrder order = plan.order.value(block / 2, PairOrder::AB);
    const bool first = block % 2 == 0;
    return (order == PairOrder::AB) == first ? Condition::A : Condition::B;
}

std::optional<TrialNight> trialNightOf(const TrialPlan &plan, QDate date)
{
    if (plan.state == TrialState::Abandoned)
        return std::nullopt;
    if (plan.state == TrialState::Stopped && plan.endedOn.isValid() && date > plan.endedOn)
        return std::nullopt;
    const auto index = clockIndex(plan, date);
    if (!index || *index >= plan.totalNights())
        return std::nullopt;
    TrialNight night;
    night.index = static_cast<int>(*index);
    night.block = night.index / plan.blockNights;
    night.pair = night.block / 2;
    night.nightInBlock = night.index % plan.blockNights;
    night.condition = conditionOfBlock(plan, night.block);
    night.washout = night.nightInBlock < plan.washoutNights;
    return night;
}

QList<BlockSpan> blockSpans(const TrialPlan &plan, QDate today)
{
    QList<BlockSpan> spans;
    for (int b = 0; b < plan.blockCount(); ++b) {
        const qint64 first = qint64(b) * plan.blockNights;
        spans.append({b, conditionOfBlock(plan, b), dateOfIndex(plan, first, today),
            dateOfIndex(plan, first + plan.blockNights - 1, today)});
    }
    return spans;
}

QDate plannedLastNight(const TrialPlan &plan, QDate today)
{
    return dateOfIndex(plan, plan.totalNights() - 1, today);
}

TrialPhase phaseOf(const TrialPlan &plan, QDate today)
{
    switch (plan.state) {
    case TrialState::Abandoned: return TrialPhase::Abandoned;
    case TrialState::Stopped: return TrialPhase::Stopped;
    case TrialState::Paused: return TrialPhase::Paused;
    case TrialState::Active: break;
    }
    if (today < plan.start)
        return TrialPhase::NotStarted;
    if (!plan.pauses.isEmpty() && inPause(plan.pauses.last(), today))
        return TrialPhase::Paused;
    return today > plannedLastNight(plan, today) ? TrialPhase::Finished : TrialPhase::Running;
}

bool isOngoing(const TrialPlan &plan, QDate today)
{
    const TrialPhase phase = phaseOf(plan, today);
    return phase == TrialPhase::NotStarted || phase == TrialPhase::Running || phase == TrialPhase::Paused;
}

std::optional<TrialPlan> ongoingTrial(const QList<TrialPlan> &trials, QDate today)
{
    for (auto it = trials.crbegin(); it != trials.crend(); ++it) {
        if (isOngoing(*it, today))
            return *it;
    }
    return std::nullopt;
}

std::optional<TrialPlan> latestTrial(const QList<TrialPlan> &trials, QDate today)
{
    if (auto ongoing = ongoingTrial(trials, today))
        return ongoing;
    if (trials.isEmpty())
        return std::nullopt;
    return trials.last();
}

QString stateKey(TrialState state)
{
    switch (state) {
    case TrialState::Active: return QStringLiteral("active");
    case TrialState::Paused: return QStringLiteral("paused");
    case TrialState::Stopped: return QStringLiteral("stopped");
    case TrialState::Abandoned: return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<TrialState> stateFromKey(const QString &key)
{
    for (TrialState s : {TrialState::Active, TrialState::Paused, TrialState::Stopped, TrialState::Abandoned}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString orderText(const QList<PairOrder> &order)
{
    QStringList pairs;
    for (PairOrder o : order)
        pairs.append(o == PairOrder::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
    return pairs.join(u' ');
}

std::optional<QList<PairOrder>> orderFromText(const QString &text)
{
    QList<PairOrder> order;
    for (const QString &pair : text.split(u' ', Qt::SkipEmptyParts)) {
        if (pair == u"AB")
            order.append(PairOrder::AB);
        else if (pair == u"BA")
            order.append(PairOrder::BA);
        else
            return std::nullopt;
    }
    return order;
}

std::optional<Intake> plannedDose(const TrialPlan &plan, Condition condition)
{
    if (condition == Condition::A)
        return plan.doseA;
    return plan.doseB;
}

QString conditionLabel(const TrialPlan &plan, Condition condition)
{
    const auto dose = plannedDose(plan, condition);
    const QString letter = condition == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
    if (!dose)
        return QCoreApplication::translate("TrialPlan", "%1: no %2").arg(letter, inSentence(plan.substance()));
    QString text = QStringLiteral("%1: %2").arg(letter, inSentence(dose->substance));
    if (!dose->form.isEmpty())
        text += u' ' + dose->form;
    text += QStringLiteral(" %1 %2").arg(QLocale::c().toString(dose->amount, 'g', 6), dose->unit);
    if (dose->time)
        text += QCoreApplication::translate("TrialPlan", " at %1").arg(dose->time->toString(u"HH:mm"));
    return text;
}

QList<Intake> trialRegimen(const QList<Intake> &usual, const TrialPlan &plan, QDate date)
{
    const auto night = trialNightOf(plan, date);
    if (!night)
        return usual;
    QList<Intake> out;
    for (const Intake &dose : usual) {
        if (dose.substance.compare(plan.substance(), Qt::CaseInsensitive) != 0)
            out.append(dose);
    }
    if (auto dose = plannedDose(plan, night->condition))
        out.append(*dose);
    return out;
}

QStringList sideEffectTags()
{
    return {QStringLiteral("diarrhoea"), QStringLiteral("nausea"), QStringLiteral("stomach cramps")};
}

} // namespace rls
