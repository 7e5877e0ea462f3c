// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nightvalues.h"

#include "model/dose.h"
#include "model/sleepmetrics.h"

namespace rls {

MeasureValues nightValues(const Night &night, const QList<Substance> &catalog)
{
    MeasureValues v;
    v.fill(Missing);
    auto set = [&v](Measure m, double value) { v[static_cast<size_t>(m)] = value; };
    if (night.symptoms.severity)
        set(Measure::Severity, *night.symptoms.severity);
    const DayTotals totals = dayTotals(night.intakes, catalog);
    set(Measure::MagnesiumMg, totals.magnesiumMg);
    set(Measure::IronMg, totals.ironMg);
    set(Measure::CaffeineMg, totals.caffeineMg);
    set(Measure::AlcoholDrinks, totals.alcoholDrinks);
    if (night.sleep.quality)
        set(Measure::SleepQuality, *night.sleep.quality);
    const SleepMetrics metrics = computeSleepMetrics(night.sleep);
    if (metrics.efficiencyPercent)
        set(Measure::SleepEfficiency, *metrics.efficiencyPercent);
    if (metrics.totalSleepMinutes)
        set(Measure::TotalSleepHours, *metrics.totalSleepMinutes / 60.0);
    return v;
}

QString magnesiumForm(const Night &night, const QList<Substance> &catalog)
{
    QString form;
    double largest = -1;
    for (const Intake &in : night.intakes) {
        const double mg = toMilligrams(in.amount, in.unit).value_or(0);
        if (kindOf(in, catalog) == SubstanceKind::Magnesium && mg > largest) {
            largest = mg;
            form = in.form.trimmed();
        }
    }
    return form;
}

} // namespace rls
