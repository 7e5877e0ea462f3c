// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/insightsjson.h"

namespace rls {
namespace {

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject comparisonJson(const Insight &insight)
{
    const Comparison &c = insight.comparison;
    QJsonObject o;
    o.insert(QStringLiteral("factor"), insight.factor);
    o.insert(QStringLiteral("outcome"), outcomeKey(insight.outcome));
    o.insert(QStringLiteral("n_with"), c.nWith);
    o.insert(QStringLiteral("n_without"), c.nWithout);
    o.insert(QStringLiteral("mean_with"), orNull(c.meanWith));
    o.insert(QStringLiteral("mean_without"), orNull(c.meanWithout));
    o.insert(QStringLiteral("difference"), orNull(c.difference));
    o.insert(QStringLiteral("ci95_low"), orNull(c.ci95Low));
    o.insert(QStringLiteral("ci95_high"), orNull(c.ci95High));
    o.insert(QStringLiteral("hedges_g"), orNull(c.hedgesG));
    o.insert(QStringLiteral("lag1_autocorrelation"), orNull(c.lag1Autocorrelation));
    o.insert(QStringLiteral("ci95_adjusted_low"), orNull(c.ci95AdjustedLow));
    o.insert(QStringLiteral("ci95_adjusted_high"), orNull(c.ci95AdjustedHigh));
    o.insert(QStringLiteral("p_adjusted"), orNull(c.pAdjusted));
    o.insert(QStringLiteral("holm_p"), orNull(c.holmP));
    // The note is the sentence only when there is no estimate to read instead.
    o.insert(QStringLiteral("note"), c.difference ? QJsonValue(QJsonValue::Null) : QJsonValue(insight.sentence));
    return o;
}

QJsonArray comparisonsJson(const QList<Insight> &insights)
{
    QJsonArray out;
    for (const Insight &i : insights)
        out.append(comparisonJson(i));
    return out;
}

} // namespace rls
