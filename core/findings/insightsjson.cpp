// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/insightsjson.h"

#include <QCoreApplication>
#include <QLocale>

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

QString augmentationSentence(const AugmentationStatus &s)
{
    const QString medicines = s.medicines.join(QStringLiteral(", "));
    // "5 Dec 2026" (German "5. Dez. 2026") whatever the computer's settings: a short date such as
    // 12/5/26 reads two ways. The locale is the reports' (reportLocale in core/report).
    const QLocale locale(QCoreApplication::translate("ReportText", "C"));
    switch (s.state) {
    case AugmentationState::NotOnMedicine:
        return QCoreApplication::translate("Insights",
            "Augmentation watch: no dopamine medicine (levodopa, pramipexole, ropinirole, "
            "rotigotine) on at least 5 of the last 7 nights, so there is nothing to watch.");
    case AugmentationState::NotEnoughNights:
        return QCoreApplication::translate("Insights",
            "Augmentation watch: on %1 for %2 nights; it compares the first 28 nights on it with "
            "the last 28, with onset times logged on most of them.")
            .arg(medicines)
            .arg(s.nightsOnMedicine);
    case AugmentationState::NoSignal: {
        const QString first = s.firstMedianOnset ? clockOnOnsetLine(*s.firstMedianOnset).toString(u"HH:mm") : QString();
        const QString recent
            = s.recentMedianOnset ? clockOnOnsetLine(*s.recentMedianOnset).toString(u"HH:mm") : QString();
        return QCoreApplication::translate("Insights",
            "Augmentation watch: on %1 since %2; symptoms start at a median %3 now against %4 in "
            "the first 4 weeks on it. Nothing to mention.")
            .arg(medicines, locale.toString(s.stretchStart, QCoreApplication::translate("DateFormat", "d MMM yyyy")),
                recent, first);
    }
    case AugmentationState::Signal: return s.note;
    }
    return {};
}

QJsonObject augmentationJson(const AugmentationStatus &s)
{
    static const char *const states[] = {"not_on_medicine", "not_enough_nights", "no_signal", "signal"};
    auto clock = [](const std::optional<double> &minutes) {
        return minutes ? QJsonValue(clockOnOnsetLine(*minutes).toString(u"HH:mm")) : QJsonValue(QJsonValue::Null);
    };
    auto date
        = [](QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null); };
    auto text = [](const QString &t) { return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t); };
    QJsonObject o;
    o.insert(QStringLiteral("state"), QString::fromLatin1(states[static_cast<int>(s.state)]));
    o.insert(QStringLiteral("medicines"), QJsonArray::fromStringList(s.medicines));
    o.insert(QStringLiteral("stretch_start"), date(s.stretchStart));
    o.insert(QStringLiteral("last_night"), date(s.lastNight));
    o.insert(QStringLiteral("nights_on_medicine"), s.nightsOnMedicine);
    o.insert(QStringLiteral("first_median_onset"), clock(s.firstMedianOnset));
    o.insert(QStringLiteral("recent_median_onset"), clock(s.recentMedianOnset));
    o.insert(QStringLiteral("hours_earlier"), orNull(s.hoursEarlier));
    o.insert(QStringLiteral("first_mean_severity"), orNull(s.firstMeanSeverity));
    o.insert(QStringLiteral("recent_mean_severity"), orNull(s.recentMeanSeverity));
    o.insert(QStringLiteral("arms_appeared"), s.armsAppeared);
    o.insert(QStringLiteral("trunk_appeared"), s.trunkAppeared);
    o.insert(QStringLiteral("sentence"), augmentationSentence(s));
    o.insert(QStringLiteral("note"), text(s.note));
    o.insert(QStringLiteral("source"), text(s.source));
    return o;
}

} // namespace rls
