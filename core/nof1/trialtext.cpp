// SPDX-License-Identifier: GPL-3.0-or-later
#include "nof1/trialtext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace rls {
namespace {

QString dateText(QDate date, const QLocale &locale)
{
    return locale.toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

QString number(double value, const QLocale &locale, int decimals = 1)
{
    return locale.toString(value, 'f', decimals);
}

/// "1.2 lower", "0.4 higher", "no different".
QString signedWords(double value, const QLocale &locale)
{
    if (std::abs(value) < 0.05)
        return QCoreApplication::translate("TrialText", "the same");
    return (value < 0 ? QCoreApplication::translate("TrialText", "%1 lower")
                      : QCoreApplication::translate("TrialText", "%1 higher"))
        .arg(number(std::abs(value), locale));
}

/// An outcome's label inside a sentence: "symptom severity (0-10)" (in German, nouns keep their
/// capital).
QString outcomeInSentence(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Severity: return QCoreApplication::translate("TrialText", "symptom severity (0-10)");
    case Outcome::SleepQuality: return QCoreApplication::translate("TrialText", "sleep quality (1-5)");
    case Outcome::SleepEfficiency: return QCoreApplication::translate("TrialText", "sleep efficiency (%)");
    case Outcome::SleepLatency: return QCoreApplication::translate("TrialText", "minutes to fall asleep");
    case Outcome::Onset: return QCoreApplication::translate("TrialText", "symptom onset (hours after 06:00)");
    }
    return outcomeLabel(outcome);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue doseJson(const std::optional<Intake> &dose)
{
    if (!dose)
        return QJsonValue::Null;
    QJsonObject o {{QStringLiteral("substance"), dose->substance}, {QStringLiteral("amount"), dose->amount},
        {QStringLiteral("unit"), dose->unit}, {QStringLiteral("form"), dose->form}};
    o.insert(QStringLiteral("time"), dose->time ? QJsonValue(dose->time->toString(u"HH:mm")) : QJsonValue::Null);
    return o;
}

QString phaseKey(TrialPhase phase)
{
    switch (phase) {
    case TrialPhase::NotStarted: return QStringLiteral("not_started");
    case TrialPhase::Running: return QStringLiteral("running");
    case TrialPhase::Paused: return QStringLiteral("paused");
    case TrialPhase::Finished: return QStringLiteral("finished");
    case TrialPhase::Stopped: return QStringLiteral("stopped");
    case TrialPhase::Abandoned: return QStringLiteral("abandoned");
    }
    return {};
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject outcomeJson(const OutcomeAnalysis &analysis)
{
    QJsonArray pairs;
    for (const PairResult &p : analysis.pairs) {
        pairs.append(QJsonObject {{QStringLiteral("pair"), p.pair + 1},
            {QStringLiteral("a_mean"), optionalNumber(p.aMean)}, {QStringLiteral("b_mean"), optionalNumber(p.bMean)},
            {QStringLiteral("difference"), optionalNumber(p.difference)}});
    }
    QJsonArray blocks;
    for (const BlockResult &b : analysis.blocks) {
        blocks.append(QJsonObject {{QStringLiteral("block"), b.block + 1}, {QStringLiteral("pair"), b.pair + 1},
            {QStringLiteral("condition"), b.condition == Condition::A ? u"A"_qs : u"B"_qs},
            {QStringLiteral("first"), isoDate(b.first)}, {QStringLiteral("last"), isoDate(b.last)},
            {QStringLiteral("nights"), b.nights}, {QStringLiteral("analysed"), b.analysed},
            {QStringLiteral("mean"), optionalNumber(b.mean)}});
    }
    return {{QStringLiteral("outcome"), outcomeKey(analysis.outcome)}, {QStringLiteral("pairs"), pairs},
        {QStringLiteral("blocks"), blocks}, {QStringLiteral("complete_pairs"), analysis.completePairs},
        {QStringLiteral("effect"), optionalNumber(analysis.effect)},
        {QStringLiteral("ci95_low"), optionalNumber(analysis.ci95Low)},
        {QStringLiteral("ci95_high"), optionalNumber(analysis.ci95High)},
        {QStringLiteral("randomisation_p"), optionalNumber(analysis.randomisationP)},
        {QStringLiteral("smallest_possible_p"), optionalNumber(analysis.smallestPossibleP)}};
}

} // namespace

QString trialStatusLine(const TrialPlan &plan, QDate date, QDate today, const QLocale &locale)
{
    const TrialPhase phase = phaseOf(plan, today);
    if (phase == TrialPhase::Paused && !plan.pauses.isEmpty() && date >= plan.pauses.last().from)
        return QCoreApplication::translate(
            "TrialText", "Trial paused since %1: nights are not part of it until you resume it (Trial page).")
            .arg(dateText(plan.pauses.last().from, locale));
    const auto night = trialNightOf(plan, date);
    if (!night) {
        if (phase == TrialPhase::NotStarted && date >= today && date < plan.start)
            return QCoreApplication::translate("TrialText", "Trial starts on the night of %1 (%2).")
                .arg(dateText(plan.start, locale), conditionLabel(plan, conditionOfBlock(plan, 0)));
        return {};
    }
    QString line = QCoreApplication::translate("TrialText", "Trial: night %1 of %2, block %3 of %4, %5")
                       .arg(locale.toString(night->index + 1), locale.toString(plan.totalNights()),
                           locale.toString(night->block + 1), locale.toString(plan.blockCount()),
                           conditionLabel(plan, night->condition));
    if (night->washout)
        line += QCoreApplication::translate("TrialText", " (wash-out: recorded, not analysed)");
    return line;
}

QString trialPhaseSentence(const TrialPlan &plan, const TrialResult &result, QDate today, const QLocale &locale)
{
    switch (result.phase) {
    case TrialPhase::NotStarted:
        return QCoreApplication::translate("TrialText", "Planned: the first night is %1.")
            .arg(dateText(plan.start, locale));
    case TrialPhase::Running: {
        const auto night = trialNightOf(plan, today);
        if (!night)
            return QCoreApplication::translate("TrialText", "Running.");
        return QCoreApplication::translate(
            "TrialText", "Running: night %1 of %2 (block %3 of %4); the last night is planned for %5.")
            .arg(locale.toString(night->index + 1), locale.toString(plan.totalNights()),
                locale.toString(night->block + 1), locale.toString(plan.blockCount()),
                dateText(plannedLastNight(plan, today), locale));
    }
    case TrialPhase::Paused:
        return QCoreApplication::translate("TrialText",
            "Paused since %1 after %2 of %3 nights; the block goes on where it stopped when you "
            "resume.")
            .arg(dateText(plan.pauses.isEmpty() ? today : plan.pauses.last().from, locale),
                locale.toString(result.nightsRun), locale.toString(plan.totalNights()));
    case TrialPhase::Finished:
        return QCoreApplication::translate("TrialText", "Finished on %1: all %2 nights have passed.")
            .arg(dateText(plannedLastNight(plan, today), locale), locale.toString(plan.totalNights()));
    case TrialPhase::Stopped:
        return QCoreApplication::translate("TrialText",
            "Stopped early on %1 after %2 of %3 nights: analysed as it stands, with fewer pairs "
            "than planned.")
            .arg(
                dateText(plan.endedOn, locale), locale.toString(result.nightsRun), locale.toString(plan.totalNights()));
    case TrialPhase::Abandoned:
        return QCoreApplication::translate("TrialText", "Abandoned on %1: kept in the diary, not analysed.")
            .arg(dateText(plan.endedOn, locale));
    }
    return {};
}

QString effectSentence(const TrialPlan &plan, const OutcomeAnalysis &analysis, const QLocale &locale)
{
    Q_UNUSED(plan)
    const QString outcome = outcomeInSentence(analysis.outcome);
    if (!analysis.effect)
        return QCoreApplication::translate("TrialText",
            "No pair is complete yet: %1 can be compared once both blocks of a pair have nights "
            "after their wash-out.")
            .arg(outcome);
    QString text = (analysis.completePairs == 1
            ? QCoreApplication::translate("TrialText", "On A, %1 was %2 than on B (mean of %3 pair difference")
            : QCoreApplication::translate("TrialText", "On A, %1 was %2 than on B (mean of %3 pair differences"))
                       .arg(outcome, signedWords(*analysis.effect, locale), locale.toString(analysis.completePairs));
    if (analysis.ci95Low && analysis.ci95High)
        text += QCoreApplication::translate("TrialText", "; 95 % interval %1 to %2")
                    .arg(number(*analysis.ci95Low, locale, 2), number(*analysis.ci95High, locale, 2));
    else
        text += QCoreApplication::translate("TrialText", "; an interval needs at least 2 complete pairs");
    text += QCoreApplication::translate("TrialText", ").");
    if (analysis.ci95Low && analysis.ci95High && *analysis.ci95Low <= 0 && *analysis.ci95High >= 0)
        text += QCoreApplication::translate("TrialText", " The interval includes no difference at all.");
    return text;
}

QString randomisationSentence(const OutcomeAnalysis &analysis, const QLocale &locale)
{
    if (!analysis.randomisationP || !analysis.smallestPossibleP)
        return QCoreApplication::translate("TrialText", "The randomisation test needs at least one complete pair.");
    const int n = analysis.completePairs;
    const qint64 orders = qint64(1) << n;
    QString text = QCoreApplication::translate("TrialText",
        "Randomisation test: p = %1, the share of the %2 block orders the design could "
        "have drawn that give a difference at least this large.")
                       .arg(locale.toString(*analysis.randomisationP, 'g', 3), locale.toString(orders));
    text += (n == 1 ? QCoreApplication::translate("TrialText", " With %1 pair no result can give a p below %2")
                    : QCoreApplication::translate("TrialText", " With %1 pairs no result can give a p below %2"))
                .arg(locale.toString(n), locale.toString(*analysis.smallestPossibleP, 'g', 3));
    if (*analysis.smallestPossibleP > 0.05)
        text += QCoreApplication::translate("TrialText",
            ", so this trial cannot on its own show a difference beyond chance at the usual 0.05 "
            "level; more pairs can.");
    else
        text += u'.';
    return text;
}

QString adherenceSentence(
    const TrialPlan &plan, Condition condition, const ConditionAdherence &adherence, const QLocale &locale)
{
    const QString letter = condition == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
    const int logged = adherence.asPlanned + adherence.brokePlan;
    Q_UNUSED(plan)
    QString text;
    if (logged == 0)
        text = QCoreApplication::translate("TrialText", "%1: no night logged yet").arg(letter);
    else
        text = QCoreApplication::translate("TrialText", "%1: %2 of %3 logged nights as planned (%4 %)")
                   .arg(letter, locale.toString(adherence.asPlanned), locale.toString(logged),
                       locale.toString(std::lround(100.0 * adherence.asPlanned / logged)));
    if (adherence.notLogged > 0)
        text += (adherence.notLogged == 1 ? QCoreApplication::translate("TrialText", "; %1 night not logged")
                                          : QCoreApplication::translate("TrialText", "; %1 nights not logged"))
                    .arg(locale.toString(adherence.notLogged));
    return text + u'.';
}

QJsonObject trialPlanJson(const TrialPlan &plan, QDate today)
{
    QJsonArray secondary;
    for (Outcome o : plan.secondary)
        secondary.append(outcomeKey(o));
    QJsonArray order;
    for (PairOrder o : plan.order)
        order.append(o == PairOrder::AB ? u"AB"_qs : u"BA"_qs);
    QJsonArray pauses;
    for (const TrialPause &p : plan.pauses)
        pauses.append(QJsonObject {{QStringLiteral("from"), isoDate(p.from)},
            {QStringLiteral("until"), p.until.isValid() ? QJsonValue(isoDate(p.until)) : QJsonValue::Null}});
    QJsonArray blocks;
    for (const BlockSpan &b : blockSpans(plan, today))
        blocks.append(QJsonObject {{QStringLiteral("block"), b.block + 1},
            {QStringLiteral("condition"), b.condition == Condition::A ? u"A"_qs : u"B"_qs},
            {QStringLiteral("first"), isoDate(b.first)}, {QStringLiteral("last"), isoDate(b.last)}});
    return {{QStringLiteral("id"), plan.id}, {QStringLiteral("substance"), plan.substance()},
        {QStringLiteral("dose_a"), doseJson(plan.doseA)}, {QStringLiteral("dose_b"), doseJson(plan.doseB)},
        {QStringLiteral("block_nights"), plan.blockNights}, {QStringLiteral("pairs"), plan.pairs},
        {QStringLiteral("washout_nights"), plan.washoutNights}, {QStringLiteral("primary"), outcomeKey(plan.primary)},
        {QStringLiteral("secondary"), secondary}, {QStringLiteral("start"), isoDate(plan.start)},
        {QStringLiteral("last_night"), isoDate(plannedLastNight(plan, today))},
        {QStringLiteral("seed"), QString::number(plan.seed)}, {QStringLiteral("order"), order},
        {QStringLiteral("state"), stateKey(plan.state)},
        {QStringLiteral("ended_on"), plan.endedOn.isValid() ? QJsonValue(isoDate(plan.endedOn)) : QJsonValue::Null},
        {QStringLiteral("pauses"), pauses}, {QStringLiteral("blocks"), blocks}};
}

QJsonObject trialStatusJson(const TrialPlan &plan, const TrialResult &result, QDate today)
{
    const auto night = trialNightOf(plan, today);
    const auto field = [&](auto value) { return night ? QJsonValue(value) : QJsonValue(QJsonValue::Null); };
    const QString line = trialStatusLine(plan, today, today, QLocale::c());
    return {{QStringLiteral("id"), plan.id}, {QStringLiteral("phase"), phaseKey(result.phase)},
        {QStringLiteral("night"), field(night ? night->index + 1 : 0)}, {QStringLiteral("nights"), plan.totalNights()},
        {QStringLiteral("block"), field(night ? night->block + 1 : 0)}, {QStringLiteral("blocks"), plan.blockCount()},
        {QStringLiteral("condition"),
            field(night ? (night->condition == Condition::A ? u"A"_qs : u"B"_qs) : QString())},
        {QStringLiteral("washout"), field(night && night->washout)},
        {QStringLiteral("status"), line.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(line)},
        {QStringLiteral("nights_run"), result.nightsRun}, {QStringLiteral("nights_logged"), result.nightsLogged},
        {QStringLiteral("adherence_a"), optionalNumber(result.adherenceA.share())},
        {QStringLiteral("adherence_b"), optionalNumber(result.adherenceB.share())}};
}

QJsonObject trialResultJson(const TrialPlan &plan, const TrialResult &result)
{
    QJsonObject out = outcomeJson(result.primary);
    out.insert(QStringLiteral("id"), plan.id);
    out.insert(QStringLiteral("phase"), phaseKey(result.phase));
    out.insert(QStringLiteral("adherence_a"), optionalNumber(result.adherenceA.share()));
    out.insert(QStringLiteral("adherence_b"), optionalNumber(result.adherenceB.share()));
    out.insert(QStringLiteral("stopped_early"), result.stoppedEarly);
    out.insert(QStringLiteral("abandoned"), plan.state == TrialState::Abandoned);
    QJsonArray secondary;
    for (const OutcomeAnalysis &a : result.secondary)
        secondary.append(outcomeJson(a));
    out.insert(QStringLiteral("secondary"), secondary);
    QJsonArray harms;
    for (const HarmCount &h : result.harms)
        harms.append(QJsonObject {{QStringLiteral("tag"), h.tag}, {QStringLiteral("nights_a"), h.nightsA},
            {QStringLiteral("nights_b"), h.nightsB}, {QStringLiteral("logged_a"), result.loggedA},
            {QStringLiteral("logged_b"), result.loggedB}});
    out.insert(QStringLiteral("harms"), harms);
    return out;
}

} // namespace rls
