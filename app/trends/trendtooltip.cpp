// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/trendtooltip.h"

#include "model/sleepmetrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

QString qualityWord(int quality)
{
    switch (quality) {
    case 1: return QCoreApplication::translate("TrendTooltip", "very poor");
    case 2: return QCoreApplication::translate("TrendTooltip", "poor");
    case 3: return QCoreApplication::translate("TrendTooltip", "fair");
    case 4: return QCoreApplication::translate("TrendTooltip", "good");
    case 5: return QCoreApplication::translate("TrendTooltip", "very good");
    default: return {};
    }
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// One line per substance, in the order first logged: "Caffeine: 190 mg (2 doses)".
QStringList doseLines(const Night &night)
{
    QStringList order;
    QHash<QString, QList<const Intake *>> bySubstance;
    for (const Intake &in : night.intakes) {
        const QString key = in.substance + QLatin1Char('\x1f') + in.unit;
        if (!bySubstance.contains(key))
            order.append(key);
        bySubstance[key].append(&in);
    }
    QStringList lines;
    for (const QString &key : std::as_const(order)) {
        const auto &doses = bySubstance.value(key);
        double total = 0;
        QStringList forms;
        for (const Intake *in : doses) {
            total += in->amount;
            if (!in->form.isEmpty() && !forms.contains(in->form))
                forms.append(in->form);
        }
        // A recorded 0 (no alcohol that day) is "none" in a person's words.
        QString line = total == 0
            ? QCoreApplication::translate("TrendTooltip", "%1: none").arg(doses.front()->substance.toHtmlEscaped())
            : QStringLiteral("%1: %2 %3")
                  .arg(doses.front()->substance.toHtmlEscaped(), number(total, total == std::floor(total) ? 0 : 1),
                      doses.front()->unit.toHtmlEscaped());
        if (!forms.isEmpty())
            line += QStringLiteral(" (%1)").arg(forms.join(QStringLiteral(", ")).toHtmlEscaped());
        if (doses.size() > 1)
            line += QCoreApplication::translate("TrendTooltip", " in %1 doses").arg(doses.size());
        lines.append(line);
    }
    return lines;
}

QStringList nightLines(const TrendSeries &series, const Night &night, qsizetype row)
{
    QStringList lines;
    lines.append(night.symptoms.severity
            ? QCoreApplication::translate("TrendTooltip", "Severity: <b>%1</b> of 10").arg(*night.symptoms.severity)
            : QCoreApplication::translate("TrendTooltip", "Severity: not logged"));
    if (row >= 0 && row < series.severityRollingMean.size() && std::isfinite(series.severityRollingMean.at(row)))
        lines.append(QCoreApplication::translate("TrendTooltip", "7-night mean: %1")
                         .arg(number(series.severityRollingMean.at(row), 1)));
    if (night.sleep.quality)
        lines.append(QCoreApplication::translate("TrendTooltip", "Sleep quality: %1 of 5 (%2)")
                         .arg(*night.sleep.quality)
                         .arg(qualityWord(*night.sleep.quality)));
    const SleepMetrics metrics = computeSleepMetrics(night.sleep);
    if (metrics.efficiencyPercent && metrics.totalSleepMinutes)
        lines.append(QCoreApplication::translate("TrendTooltip", "Sleep efficiency: %1% (%2 h %3 min asleep)")
                         .arg(number(*metrics.efficiencyPercent))
                         .arg(*metrics.totalSleepMinutes / 60)
                         .arg(*metrics.totalSleepMinutes % 60));
    const QStringList doses = doseLines(night);
    lines.append(doses.isEmpty() ? QCoreApplication::translate("TrendTooltip", "No doses logged")
                                 : doses.join(QStringLiteral("<br>")));
    return lines;
}

// "Week 2 Mar to 8 Mar: mean severity ..." or "April 2026: ...", for the row holding `date`.
QString meansLine(const TrendRows &rows, QDate date, bool monthly)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (date < rows.first.at(i) || date > rows.last.at(i))
            continue;
        const QLocale locale;
        const QString span = monthly
            ? locale.toString(rows.first.at(i), QStringLiteral("MMMM yyyy"))
            : QCoreApplication::translate("TrendTooltip", "Week %1 to %2")
                  .arg(locale.toString(rows.first.at(i), QCoreApplication::translate("DateFormat", "d MMM")),
                      locale.toString(rows.last.at(i), QCoreApplication::translate("DateFormat", "d MMM")));
        const double severity = rows[Measure::Severity].at(i);
        const double quality = rows[Measure::SleepQuality].at(i);
        return QCoreApplication::translate("TrendTooltip", "%1: mean severity %2, sleep quality %3 (%4 nights logged)")
            .arg(span, std::isfinite(severity) ? number(severity, 1) : QCoreApplication::translate("TrendTooltip", "–"),
                std::isfinite(quality) ? number(quality, 1) : QCoreApplication::translate("TrendTooltip", "–"))
            .arg(rows.nightsLogged.at(i));
    }
    return {};
}

} // namespace

QString trendTooltip(const TrendSeries &series, const QList<Night> &nights, QDate date, bool weekly, bool monthly)
{
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(QLocale().toString(date, QLocale::LongFormat).toHtmlEscaped()));
    const auto it
        = std::lower_bound(nights.cbegin(), nights.cend(), date, [](const Night &n, QDate d) { return n.date < d; });
    if (it != nights.cend() && it->date == date) {
        lines += nightLines(series, *it, series.from.daysTo(date));
        lines.append(QStringLiteral("<i>%1</i>")
                         .arg(QCoreApplication::translate("TrendTooltip", "Double-click to open this night.")));
    } else {
        lines.append(QCoreApplication::translate("TrendTooltip", "Nothing logged for this night."));
    }
    if (weekly || monthly) {
        const QString means = meansLine(monthly ? series.months : series.weeks, date, monthly);
        if (!means.isEmpty())
            lines.append(means);
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace rls
