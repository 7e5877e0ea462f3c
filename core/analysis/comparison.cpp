// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/comparison.h"

#include <QCoreApplication>

#include "analysis/studentt.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rls {
namespace {

// Above this lag-1 autocorrelation the AR(1) inflation sqrt((1 + rho) / (1 - rho)) exceeds 14 and
// grows without bound as rho nears 1: the effective number of nights, n (1 - rho) / (1 + rho), is
// then under 1 % of the nights logged, and the AR(1) picture behind the factor no longer tells a
// drift or trend from an effect. An interval that wide would only look precise, so none is given.
constexpr double RhoCap = 0.99;

struct Group {
    QList<NightValue> nights; // finite values only
    double mean = 0;
    double variance = 0; // sample variance, n - 1 in the denominator
};

// The nights whose value is a number: a night that did not record the measure (Missing, NaN) is
// not a night of the comparison at all.
Group summarize(const QList<NightValue> &nights)
{
    Group g;
    for (const NightValue &n : nights) {
        if (std::isfinite(n.value))
            g.nights.append(n);
    }
    const qsizetype n = g.nights.size();
    if (n == 0)
        return g;
    double sum = 0;
    for (const NightValue &v : g.nights)
        sum += v.value;
    g.mean = sum / double(n);
    // Two passes: the squared deviations from the mean, not sum(x^2) - n mean^2, which cancels.
    double squares = 0;
    for (const NightValue &v : g.nights)
        squares += (v.value - g.mean) * (v.value - g.mean);
    g.variance = n > 1 ? squares / double(n - 1) : 0.0;
    return g;
}

QString moreNights(qsizetype missing, bool with)
{
    if (with)
        return missing == 1 ? QCoreApplication::translate("Comparison", "1 more night with it")
                            : QCoreApplication::translate("Comparison", "%1 more nights with it").arg(missing);
    return missing == 1 ? QCoreApplication::translate("Comparison", "1 more night without it")
                        : QCoreApplication::translate("Comparison", "%1 more nights without it").arg(missing);
}

QString notEnoughNote(qsizetype missingWith, qsizetype missingWithout)
{
    QStringList parts;
    if (missingWith > 0)
        parts.append(moreNights(missingWith, true));
    if (missingWithout > 0)
        parts.append(moreNights(missingWithout, false));
    const bool one = parts.size() == 1 && (missingWith == 1 || missingWithout == 1);
    return (one ? QCoreApplication::translate("Comparison", "Not enough nights yet: %1 is needed.")
                : QCoreApplication::translate("Comparison", "Not enough nights yet: %1 are needed."))
        .arg(parts.join(QCoreApplication::translate("Comparison", " and ")));
}

// rho: residuals from each night's own group mean, all nights in date order, products of
// neighbours exactly one calendar day apart over the sum of all squared residuals. Residuals from
// the group means, so the difference being measured does not itself look like autocorrelation.
std::optional<double> lag1Autocorrelation(const Group &with, const Group &without)
{
    struct Residual {
        QDate date;
        double r;
    };
    QList<Residual> all;
    all.reserve(with.nights.size() + without.nights.size());
    for (const NightValue &n : with.nights)
        all.append({n.date, n.value - with.mean});
    for (const NightValue &n : without.nights)
        all.append({n.date, n.value - without.mean});
    std::stable_sort(all.begin(), all.end(), [](const Residual &a, const Residual &b) { return a.date < b.date; });
    double lagged = 0;
    double squares = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        squares += all[i].r * all[i].r;
        // Across a gap the nights are not neighbours: a missed day breaks the pair.
        if (i + 1 < all.size() && all[i].date.daysTo(all[i + 1].date) == 1)
            lagged += all[i].r * all[i + 1].r;
    }
    if (!(squares > 0))
        return std::nullopt;
    return lagged / squares;
}

} // namespace

Comparison compareGroups(const QList<NightValue> &with, const QList<NightValue> &without, int minimumNights)
{
    const Group a = summarize(with);
    const Group b = summarize(without);
    Comparison c;
    c.nWith = int(a.nights.size());
    c.nWithout = int(b.nights.size());

    // Two nights are the fewest a sample variance needs, whatever the caller asks for.
    const qsizetype minimum = std::max(minimumNights, 2);
    const qsizetype missingWith = std::max<qsizetype>(0, minimum - c.nWith);
    const qsizetype missingWithout = std::max<qsizetype>(0, minimum - c.nWithout);
    if (missingWith > 0 || missingWithout > 0) {
        c.note = notEnoughNote(missingWith, missingWithout);
        return c;
    }

    const double n1 = c.nWith;
    const double n2 = c.nWithout;
    const double difference = a.mean - b.mean;
    c.meanWith = a.mean;
    c.meanWithout = b.mean;
    c.difference = difference;

    const double share1 = a.variance / n1;
    const double share2 = b.variance / n2;
    const double se = std::sqrt(share1 + share2);
    if (!(se > 0)) {
        // No spread within either group: no interval, no standardized difference, no p value.
        c.note = difference == 0
            ? QCoreApplication::translate("Comparison", "All nights have the same value; nothing to compare.")
            : QCoreApplication::translate("Comparison",
                "Every night with it has one value and every night without it another; "
                "with no spread there is no interval to give.");
        return c;
    }

    // Welch-Satterthwaite degrees of freedom; they need not be whole.
    const double df = (share1 + share2) * (share1 + share2) / (share1 * share1 / (n1 - 1) + share2 * share2 / (n2 - 1));
    const double tCritical = studentTQuantile(0.975, df);
    c.ci95Low = difference - tCritical * se;
    c.ci95High = difference + tCritical * se;

    const double pooledSd = std::sqrt(((n1 - 1) * a.variance + (n2 - 1) * b.variance) / (n1 + n2 - 2));
    const double j = 1.0 - 3.0 / (4.0 * (n1 + n2) - 9.0);
    c.hedgesG = difference / pooledSd * j;

    c.lag1Autocorrelation = lag1Autocorrelation(a, b);
    const double rho = c.lag1Autocorrelation.value_or(0.0);
    if (rho >= RhoCap) {
        c.note = QCoreApplication::translate(
            "Comparison", "Consecutive nights are too alike to say how sure the difference is.");
        return c;
    }
    // Negative rho would narrow the interval; it is left at its plain width instead.
    const double inflation = rho > 0 ? std::sqrt((1 + rho) / (1 - rho)) : 1.0;
    const double adjustedSe = se * inflation;
    c.ci95AdjustedLow = difference - tCritical * adjustedSe;
    c.ci95AdjustedHigh = difference + tCritical * adjustedSe;
    c.pAdjusted = studentTTwoSidedP(difference / adjustedSe, df);
    return c;
}

void holmAdjust(QList<Comparison> &comparisons)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < comparisons.size(); ++i) {
        comparisons[i].holmP.reset();
        if (comparisons[i].pAdjusted)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype x, qsizetype y) { return *comparisons[x].pAdjusted < *comparisons[y].pAdjusted; });
    const auto m = double(order.size());
    double running = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        // The k-th smallest (from 0) times m - k; the running maximum keeps the order of the p's.
        running = std::max(running, std::min(1.0, (m - double(k)) * *comparisons[order[k]].pAdjusted));
        comparisons[order[k]].holmP = running;
    }
}

} // namespace rls
