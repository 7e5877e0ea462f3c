// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/trenddescription.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace rls {
namespace {

bool overlaps(const TrendRows &rows, qsizetype i, QDate from, QDate to)
{
    return rows.last.at(i) >= from && rows.first.at(i) <= to;
}

TrendExtremes extremesOf(const TrendRows &rows, Measure measure, QDate from, QDate to)
{
    TrendExtremes e;
    const QList<double> &values = rows[measure];
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double v = values.at(i);
        if (std::isnan(v) || !overlaps(rows, i, from, to))
            continue;
        const TrendPoint point {v, rows.first.at(i), rows.last.at(i)};
        if (e.rows == 0) {
            e.first = e.lowest = e.highest = point;
        } else {
            // Strictly lower or higher: of equal values, the earliest row stays.
            if (v < e.lowest.value)
                e.lowest = point;
            if (v > e.highest.value)
                e.highest = point;
        }
        e.last = point;
        ++e.rows;
    }
    return e;
}

DoseInView doseOf(const TrendRows &nights, Measure measure, QDate from, QDate to)
{
    DoseInView dose;
    const QList<double> &values = nights[measure];
    for (qsizetype i = 0; i < nights.size(); ++i) {
        const double v = values.at(i);
        if (!(v > 0) || !overlaps(nights, i, from, to))
            continue;
        dose.lowest = dose.nights == 0 ? v : std::min(dose.lowest, v);
        dose.highest = dose.nights == 0 ? v : std::max(dose.highest, v);
        ++dose.nights;
    }
    return dose;
}

QString dateText(QDate date, const QLocale &locale)
{
    return locale.toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
}

// When a value was: on a night, in a week (named by its first night in the diary), in a month.
QString whenText(const TrendPoint &point, TrendAveraging averaging, const QLocale &locale)
{
    switch (averaging) {
    case TrendAveraging::Weeks:
        return QCoreApplication::translate("TrendDescription", "in the week of %1").arg(dateText(point.first, locale));
    case TrendAveraging::Months:
        return QCoreApplication::translate("TrendDescription", "in %1")
            .arg(locale.toString(point.first, QCoreApplication::translate("DateFormat", "MMMM yyyy")));
    case TrendAveraging::Nights: break;
    }
    return QCoreApplication::translate("TrendDescription", "on %1").arg(dateText(point.first, locale));
}

QString nightsText(int nights, const QLocale &locale)
{
    return nights == 1 ? QCoreApplication::translate("TrendDescription", "1 night")
                       : QCoreApplication::translate("TrendDescription", "%1 nights").arg(locale.toString(nights));
}

struct Measured {
    QString what;
    int decimals = 0;
    bool percent = false;
};

QString valueText(double value, const Measured &m, const QLocale &locale)
{
    const QString number = locale.toString(value, 'f', m.decimals);
    return m.percent ? QCoreApplication::translate("TrendDescription", "%1 %").arg(number) : number;
}

QString extremesSentence(const Measured &m, const TrendExtremes &e, TrendAveraging averaging, const QLocale &locale)
{
    if (e.rows == 0)
        return QCoreApplication::translate("TrendDescription", "%1: nothing logged in view.").arg(m.what);
    const auto value = [&](const TrendPoint &p) { return valueText(p.value, m, locale); };
    const auto when = [&](const TrendPoint &p) { return whenText(p, averaging, locale); };
    if (e.rows == 1)
        return QCoreApplication::translate("TrendDescription", "%1: only %2 %3.")
            .arg(m.what, value(e.first), when(e.first));
    return QCoreApplication::translate("TrendDescription", "%1: first %2 %3, last %4 %5, lowest %6 %7, highest %8 %9.")
        .arg(m.what, value(e.first), when(e.first), value(e.last), when(e.last), value(e.lowest), when(e.lowest),
            value(e.highest), when(e.highest));
}

// The names of the three line series as the chart draws them for `averaging`.
std::array<Measured, 3> linesFor(TrendAveraging averaging)
{
    switch (averaging) {
    case TrendAveraging::Weeks:
        return {{{QCoreApplication::translate("TrendDescription", "Weekly mean severity (0 to 10)"), 1},
            {QCoreApplication::translate("TrendDescription", "Weekly mean sleep quality (1 to 5)"), 1},
            {QCoreApplication::translate("TrendDescription", "Weekly mean sleep efficiency"), 0, true}}};
    case TrendAveraging::Months:
        return {{{QCoreApplication::translate("TrendDescription", "Monthly mean severity (0 to 10)"), 1},
            {QCoreApplication::translate("TrendDescription", "Monthly mean sleep quality (1 to 5)"), 1},
            {QCoreApplication::translate("TrendDescription", "Monthly mean sleep efficiency"), 0, true}}};
    case TrendAveraging::Nights: break;
    }
    return {{{QCoreApplication::translate("TrendDescription", "Severity (0 to 10, with a 7-night mean line)"), 0},
        {QCoreApplication::translate("TrendDescription", "Sleep quality (1 to 5)"), 0},
        {QCoreApplication::translate("TrendDescription", "Sleep efficiency"), 0, true}}};
}

QString doseSentence(
    const DoseInView &dose, const QString &taken, const QString &range, const QString &none, const QLocale &locale)
{
    if (dose.nights == 0)
        return none;
    const QString mg = dose.lowest == dose.highest
        ? locale.toString(dose.highest, 'f', 0)
        : range.arg(locale.toString(dose.lowest, 'f', 0), locale.toString(dose.highest, 'f', 0));
    return taken.arg(nightsText(dose.nights, locale), mg);
}

QString regimensSentence(const QList<RegimenPeriod> &periods, const QLocale &locale)
{
    if (periods.isEmpty())
        return QCoreApplication::translate("TrendDescription", "No magnesium period is shaded.");
    QStringList parts;
    for (const RegimenPeriod &p : periods) {
        const QString mg = locale.toString(p.typicalMg, 'f', 0);
        parts.append(p.form.isEmpty()
                ? QCoreApplication::translate("TrendDescription", "usually %1 mg from %2 to %3")
                      .arg(mg, dateText(p.first, locale), dateText(p.last, locale))
                : QCoreApplication::translate("TrendDescription", "%1, usually %2 mg, from %3 to %4")
                      .arg(p.form, mg, dateText(p.first, locale), dateText(p.last, locale)));
    }
    return QCoreApplication::translate("TrendDescription", "Shaded as nights on magnesium: %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace

TrendFacts trendFacts(const TrendSeries &series, QDate from, QDate to, TrendAveraging averaging)
{
    TrendFacts facts;
    facts.averaging = averaging;
    if (!series.from.isValid() || series.nights.size() == 0 || !from.isValid() || !to.isValid())
        return facts;
    if (to < from)
        std::swap(from, to);
    from = std::max(from, series.from);
    to = std::min(to, series.to);
    if (to < from)
        return facts;
    facts.from = from;
    facts.to = to;
    facts.nightsInView = static_cast<int>(from.daysTo(to) + 1);
    for (qsizetype i = 0; i < series.nights.size(); ++i) {
        if (overlaps(series.nights, i, from, to))
            facts.nightsLogged += series.nights.nightsLogged.at(i);
    }
    const TrendRows &rows = averaging == TrendAveraging::Months ? series.months
        : averaging == TrendAveraging::Weeks                    ? series.weeks
                                                                : series.nights;
    facts.severity = extremesOf(rows, Measure::Severity, from, to);
    facts.sleepQuality = extremesOf(rows, Measure::SleepQuality, from, to);
    facts.sleepEfficiency = extremesOf(rows, Measure::SleepEfficiency, from, to);
    facts.magnesium = doseOf(series.nights, Measure::MagnesiumMg, from, to);
    facts.iron = doseOf(series.nights, Measure::IronMg, from, to);
    facts.caffeine = doseOf(series.nights, Measure::CaffeineMg, from, to);
    facts.alcohol = doseOf(series.nights, Measure::AlcoholDrinks, from, to);
    for (const RegimenPeriod &period : series.regimens) {
        if (period.last >= from && period.first <= to)
            facts.regimens.append(period);
    }
    return facts;
}

QString trendChartName(const TrendFacts &facts, const QLocale &locale)
{
    if (!facts.from.isValid())
        return QCoreApplication::translate("TrendDescription", "Trend chart, no nights logged yet");
    return QCoreApplication::translate("TrendDescription", "Trend chart, %1 to %2")
        .arg(dateText(facts.from, locale), dateText(facts.to, locale));
}

QStringList trendChartSentences(const TrendFacts &facts, const QLocale &locale)
{
    if (!facts.from.isValid())
        return {QCoreApplication::translate("TrendDescription", "No nights are logged yet.")};
    QStringList sentences;
    const QString shows = facts.averaging == TrendAveraging::Months
        ? QCoreApplication::translate("TrendDescription", "the chart shows monthly means")
        : facts.averaging == TrendAveraging::Weeks
        ? QCoreApplication::translate("TrendDescription", "the chart shows weekly means")
        : QCoreApplication::translate("TrendDescription", "the chart shows each night");
    sentences.append(QCoreApplication::translate("TrendDescription", "From %1 to %2, %3 of %4 nights logged; %5.")
                         .arg(dateText(facts.from, locale), dateText(facts.to, locale),
                             locale.toString(facts.nightsLogged), locale.toString(facts.nightsInView), shows));
    const std::array<Measured, 3> lines = linesFor(facts.averaging);
    sentences.append(extremesSentence(lines[0], facts.severity, facts.averaging, locale));
    sentences.append(extremesSentence(lines[1], facts.sleepQuality, facts.averaging, locale));
    sentences.append(extremesSentence(lines[2], facts.sleepEfficiency, facts.averaging, locale));
    sentences.append(doseSentence(facts.magnesium,
        QCoreApplication::translate("TrendDescription", "Magnesium on %1, %2 mg elemental a day."),
        QCoreApplication::translate("TrendDescription", "%1 to %2"),
        QCoreApplication::translate("TrendDescription", "No magnesium logged."), locale));
    sentences.append(
        doseSentence(facts.iron, QCoreApplication::translate("TrendDescription", "Iron on %1, %2 mg elemental a day."),
            QCoreApplication::translate("TrendDescription", "%1 to %2"),
            QCoreApplication::translate("TrendDescription", "No iron logged."), locale));
    const QString caffeine = facts.caffeine.nights > 0
        ? QCoreApplication::translate("TrendDescription", "Caffeine on %1")
              .arg(nightsText(facts.caffeine.nights, locale))
        : QCoreApplication::translate("TrendDescription", "No caffeine");
    const QString alcohol = facts.alcohol.nights > 0
        ? QCoreApplication::translate("TrendDescription", "alcohol on %1").arg(nightsText(facts.alcohol.nights, locale))
        : QCoreApplication::translate("TrendDescription", "no alcohol");
    sentences.append(QCoreApplication::translate("TrendDescription", "%1, %2.").arg(caffeine, alcohol));
    sentences.append(regimensSentence(facts.regimens, locale));
    return sentences;
}

QString trendChartDescription(const TrendFacts &facts, const QLocale &locale)
{
    return trendChartSentences(facts, locale).join(u' ');
}

} // namespace rls
