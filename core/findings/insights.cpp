// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/insights.h"

#include "analysis/regimen.h"
#include "guidance/guidance.h"
#include "model/dose.h"
#include "model/sleepmetrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

QString leftOutWhy(const InsightOptions &o)
{
    return QCoreApplication::translate("Insights", "leaving out the first %1 nights of each period and the %2 after it")
        .arg(o.runInNights)
        .arg(o.washOutNights);
}

void addDays(QSet<QDate> &set, QDate first, int count)
{
    for (int i = 0; i < count; ++i)
        set.insert(first.addDays(i));
}

// Nights on against nights off, leaving out the run-in and the wash-out of each period.
Factor periodFactor(Factor f, const QList<RegimenPeriod> &periods, const InsightOptions &o)
{
    for (const RegimenPeriod &p : periods) {
        addDays(f.leftOut, p.first, o.runInNights);
        addDays(f.leftOut, p.last.addDays(1), o.washOutNights);
        for (QDate d = p.first.addDays(o.runInNights); d <= p.last; d = d.addDays(1))
            f.with.insert(d);
    }
    // A run-in of a later period may fall in an earlier period's wash-out: left out either way.
    f.with -= f.leftOut;
    return f;
}

Factor magnesiumFactor(const QList<Night> &sorted, const QList<Substance> &catalog, const InsightOptions &o)
{
    return periodFactor({QStringLiteral("magnesium"), QCoreApplication::translate("Insights", "Magnesium"),
                            QCoreApplication::translate("Insights", "on magnesium"),
                            QCoreApplication::translate("Insights", "off it"), {}, {}, leftOutWhy(o)},
        findRegimenPeriods(sorted, catalog), o);
}

Factor regimenFactor(const QList<Night> &sorted, const QString &substance, const InsightOptions &o)
{
    return periodFactor({QStringLiteral("regimen:") + substance, substance,
                            QCoreApplication::translate("Insights", "on %1").arg(substance),
                            QCoreApplication::translate("Insights", "off it"), {}, {}, leftOutWhy(o)},
        findSubstancePeriods(sorted, substance), o);
}

Factor ironFactor(const QList<Night> &sorted, const QList<Substance> &catalog, const InsightOptions &o)
{
    Factor f {QStringLiteral("iron"), QCoreApplication::translate("Insights", "Iron (before / after)"),
        QCoreApplication::translate("Insights", "after starting iron"),
        QCoreApplication::translate("Insights", "before it"), {}, {},
        QCoreApplication::translate("Insights", "leaving out the first %1 weeks, while iron takes effect")
            .arg(o.ironLagDays / 7)};
    QDate start;
    for (const Night &n : sorted) {
        if (dayTotals(n.intakes, catalog).ironMg > 0) {
            start = n.date;
            break;
        }
    }
    if (!start.isValid())
        return f;
    addDays(f.leftOut, start, o.ironLagDays);
    for (const Night &n : sorted) {
        if (n.date >= start.addDays(o.ironLagDays))
            f.with.insert(n.date);
    }
    return f;
}

template <typename Has> Factor sameNightFactor(const QList<Night> &sorted, Factor f, Has has)
{
    for (const Night &n : sorted) {
        if (has(n))
            f.with.insert(n.date);
    }
    return f;
}

QString number(const QLocale &locale, double v, int decimals = 1)
{
    return locale.toString(v, 'f', decimals);
}

struct OutcomeWords {
    QString subject; ///< "your symptoms averaged", ...
    QString unit; ///< "points", "minutes", "hours"
    QString more; ///< "higher", "later"
    QString less; ///< "lower", "earlier"
    int decimals;
};

OutcomeWords wordsFor(Outcome o)
{
    switch (o) {
    case Outcome::Severity:
        return {QCoreApplication::translate("Insights", "your symptoms averaged"),
            QCoreApplication::translate("Insights", "points"), QCoreApplication::translate("Insights", "higher"),
            QCoreApplication::translate("Insights", "lower"), 1};
    case Outcome::SleepQuality:
        return {QCoreApplication::translate("Insights", "your sleep quality averaged"),
            QCoreApplication::translate("Insights", "points"), QCoreApplication::translate("Insights", "higher"),
            QCoreApplication::translate("Insights", "lower"), 1};
    case Outcome::SleepEfficiency:
        return {QCoreApplication::translate("Insights", "your sleep efficiency averaged"),
            QCoreApplication::translate("Insights", "percentage points"),
            QCoreApplication::translate("Insights", "higher"), QCoreApplication::translate("Insights", "lower"), 1};
    case Outcome::SleepLatency:
        return {QCoreApplication::translate("Insights", "you took on average"),
            QCoreApplication::translate("Insights", "minutes"), QCoreApplication::translate("Insights", "longer"),
            QCoreApplication::translate("Insights", "shorter"), 0};
    case Outcome::Onset:
        return {QCoreApplication::translate("Insights", "symptoms started on average"),
            QCoreApplication::translate("Insights", "hours"), QCoreApplication::translate("Insights", "later"),
            QCoreApplication::translate("Insights", "earlier"), 1};
    }
    return {};
}

QString valueText(const QLocale &locale, Outcome o, double v)
{
    switch (o) {
    case Outcome::SleepEfficiency: return number(locale, v) + QCoreApplication::translate("Insights", " %");
    case Outcome::SleepLatency:
        return QCoreApplication::translate("Insights", "%1 minutes to fall asleep").arg(number(locale, v, 0));
    case Outcome::Onset: {
        // Back from hours after 06:00 to a clock time a person reads.
        const int minutes = static_cast<int>(std::lround(v * 60)) % (24 * 60);
        return QCoreApplication::translate("Insights", "at %1")
            .arg(QTime(6, 0).addSecs(minutes * 60).toString(u"HH:mm"));
    }
    default: return number(locale, v);
    }
}

// An interval of the difference in the sentence's own words: "1.6 to 2.1 lower", "0.1 to 1.5
// higher", or "0.4 lower to 1.1 higher" when it includes no difference at all.
QString intervalText(const QLocale &locale, double low, double high, const OutcomeWords &w)
{
    if (high < 0)
        return QCoreApplication::translate("Insights", "%1 to %2 %3")
            .arg(number(locale, -high, w.decimals), number(locale, -low, w.decimals), w.less);
    if (low > 0)
        return QCoreApplication::translate("Insights", "%1 to %2 %3")
            .arg(number(locale, low, w.decimals), number(locale, high, w.decimals), w.more);
    return QCoreApplication::translate("Insights", "%1 %2 to %3 %4")
        .arg(number(locale, -low, w.decimals), w.less, number(locale, high, w.decimals), w.more);
}

QString notEnough(const Factor &f, const Comparison &c, int minimum)
{
    QStringList needs;
    int total = 0;
    for (const auto &[have, phrase] : {std::pair {c.nWith, f.withPhrase}, std::pair {c.nWithout, f.withoutPhrase}}) {
        const int more = minimum - have;
        if (more <= 0)
            continue;
        needs.append((more == 1 ? QCoreApplication::translate("Insights", "%1 more night %2")
                                : QCoreApplication::translate("Insights", "%1 more nights %2"))
                         .arg(more)
                         .arg(phrase));
        total += more;
    }
    return (total == 1 ? QCoreApplication::translate("Insights", "%1: not enough nights yet; %2 is needed.")
                       : QCoreApplication::translate("Insights", "%1: not enough nights yet; %2 are needed."))
        .arg(f.label, needs.join(QCoreApplication::translate("Insights", " and ")));
}

QString sentenceFor(const QLocale &locale, const Factor &f, Outcome o, const Comparison &c, int minimum)
{
    if (c.nWith < minimum || c.nWithout < minimum)
        return notEnough(f, c, minimum);
    if (!c.difference || !c.meanWith || !c.meanWithout)
        return QStringLiteral("%1: %2").arg(f.label, c.note);
    const OutcomeWords w = wordsFor(o);
    const double d = *c.difference;
    QString text = QCoreApplication::translate("Insights", "%1 (%2 nights%3) %4 %5; %6 (%7 nights) %8")
                       .arg(QCoreApplication::translate("Insights", "On nights ") + f.withPhrase)
                       .arg(c.nWith)
                       .arg(f.leftOutWhy.isEmpty() ? QString() : QStringLiteral(", ") + f.leftOutWhy)
                       .arg(w.subject, valueText(locale, o, *c.meanWith), f.withoutPhrase)
                       .arg(c.nWithout)
                       .arg(valueText(locale, o, *c.meanWithout));
    const QString size = QCoreApplication::translate("Insights", "%1 %2 %3")
                             .arg(number(locale, std::abs(d), w.decimals), w.unit, d < 0 ? w.less : w.more);
    if (c.ci95AdjustedLow && c.ci95AdjustedHigh) {
        const bool clear = *c.ci95AdjustedLow > 0 || *c.ci95AdjustedHigh < 0;
        text
            += QCoreApplication::translate(
                "Insights", ": %1 (95 % interval %2, allowing for night-to-night carry-over)%3.")
                   .arg(size, intervalText(locale, *c.ci95AdjustedLow, *c.ci95AdjustedHigh, w),
                       clear ? QString()
                             : QCoreApplication::translate("Insights", "; the interval includes no difference at all"));
    } else {
        text += QStringLiteral(": %1. %2").arg(size, c.note);
    }
    return text;
}

} // namespace

QList<Factor> findFactors(const QList<Night> &nights, const QList<Substance> &catalog, const InsightOptions &o)
{
    QList<Night> sorted = nights;
    std::sort(sorted.begin(), sorted.end(), [](const Night &a, const Night &b) { return a.date < b.date; });
    QList<Factor> out {magnesiumFactor(sorted, catalog, o), ironFactor(sorted, catalog, o)};
    for (const QString &substance : o.regimenSubstances) {
        const Substance *s = findSubstance(catalog, substance);
        if (s && s->kind != SubstanceKind::Magnesium && s->kind != SubstanceKind::Iron)
            out.append(regimenFactor(sorted, s->name, o));
    }
    const QString hour = o.caffeineAfter.toString(u"HH:mm");
    out.append(sameNightFactor(sorted,
        {QStringLiteral("caffeine_late"), QCoreApplication::translate("Insights", "Caffeine after %1").arg(hour),
            QCoreApplication::translate("Insights", "with caffeine after %1").arg(hour),
            QCoreApplication::translate("Insights", "without"), {}, {}, {}},
        [&](const Night &n) {
            return std::any_of(n.intakes.cbegin(), n.intakes.cend(), [&](const Intake &in) {
                return kindOf(in, catalog) == SubstanceKind::Caffeine && in.time
                    && isLateInTheDay(*in.time, o.caffeineAfter);
            });
        }));
    out.append(sameNightFactor(sorted,
        {QStringLiteral("alcohol"), QCoreApplication::translate("Insights", "Alcohol"),
            QCoreApplication::translate("Insights", "with alcohol"), QCoreApplication::translate("Insights", "without"),
            {}, {}, {}},
        [&](const Night &n) {
            return std::any_of(n.intakes.cbegin(), n.intakes.cend(),
                [&](const Intake &in) { return kindOf(in, catalog) == SubstanceKind::Alcohol; });
        }));
    const QString dose = o.numbers.toString(o.magnesiumDoseMg, 'g', 6);
    out.append(sameNightFactor(sorted,
        {QStringLiteral("magnesium_at_least:%1").arg(QLocale::c().toString(o.magnesiumDoseMg, 'g', 6)),
            QCoreApplication::translate("Insights", "Magnesium %1 mg or more").arg(dose),
            QCoreApplication::translate("Insights", "with %1 mg of magnesium or more").arg(dose),
            QCoreApplication::translate("Insights", "with less or none"), {}, {}, {}},
        [&](const Night &n) { return dayTotals(n.intakes, catalog).magnesiumMg >= o.magnesiumDoseMg; }));
    for (const QString &tag : o.tags) {
        out.append(sameNightFactor(sorted,
            {QStringLiteral("tag:") + tag, QCoreApplication::translate("Insights", "Tag: %1").arg(tag),
                QCoreApplication::translate("Insights", "tagged %1").arg(tag),
                QCoreApplication::translate("Insights", "not tagged"), {}, {}, {}},
            [&](const Night &n) { return n.tags.contains(tag, Qt::CaseInsensitive); }));
    }
    return out;
}

QList<Insight> computeInsights(
    const QList<Night> &nights, const QList<Substance> &catalog, Outcome outcome, const InsightOptions &o)
{
    const QList<Factor> factors = findFactors(nights, catalog, o);
    QList<Comparison> comparisons;
    QList<QList<QDate>> withDates;
    for (const Factor &f : factors) {
        QList<NightValue> with, without;
        for (const Night &n : nights) {
            if (n.date < o.from || n.date > o.to || f.leftOut.contains(n.date))
                continue;
            const auto y = outcomeValue(n, outcome);
            if (!y)
                continue;
            (f.with.contains(n.date) ? with : without).append({n.date, *y});
        }
        comparisons.append(compareGroups(with, without, o.minimumNights));
        QList<QDate> dates;
        for (const NightValue &v : with)
            dates.append(v.date);
        std::sort(dates.begin(), dates.end());
        withDates.append(dates);
    }
    holmAdjust(comparisons);
    QList<Insight> out;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const Factor &f = factors.at(i);
        out.append({f.key, f.label, outcome, comparisons.at(i),
            sentenceFor(o.numbers, f, outcome, comparisons.at(i), o.minimumNights), withDates.at(i)});
    }
    return out;
}

QString insightsCaveat()
{
    return QCoreApplication::translate("Insights",
        "This is what your diary shows, not proof that one thing caused another: nights differ in many ways at "
        "once. The intervals allow for a bad night tending to follow a bad night, and with many factors tested "
        "some will look different by chance (the adjusted p-values say how much to trust each). Bring it to your "
        "doctor.");
}

QString insightsHowToRead()
{
    return QCoreApplication::translate("Insights",
        "Each line compares the nights with one factor (on magnesium, with late caffeine, tagged exercise, ...) "
        "with the nights without it, on the outcome you chose.\n\n"
        "The difference is the average with it minus the average without it. The 95 % interval is the range of "
        "differences your nights are consistent with; it is widened because a bad night tends to follow a bad "
        "night, which makes nightly data look surer than they are. When the interval includes 0, your diary "
        "cannot tell the two apart yet.\n\n"
        "Magnesium leaves out the first 7 nights of each period and the 7 after it stops, so a slow start or "
        "a lingering effect does not blur the comparison; iron leaves out its first 6 weeks.\n\n"
        "With many factors, some will differ by chance: the adjusted p-value (Holm) in the exported figures "
        "allows for that.\n\n"
        "A difference is an association, not proof of a cause: a bad month may be when you started something. "
        "A planned on/off trial answers that better. Talk to your doctor before changing what you take.");
}

} // namespace rls
