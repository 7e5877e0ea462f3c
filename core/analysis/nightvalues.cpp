// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nightvalues.h"

#include "model/catalog.h"
#include "model/sleepmetrics.h"

#include <optional>

namespace rls {
namespace {

// Milligrams in one `unit`, or nullopt for a unit that is not a mass.
std::optional<double> milligramsPer(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == u"mg")
        return 1.0;
    if (u == u"g")
        return 1000.0;
    if (u == u"mcg" || u == u"µg" || u == u"ug")
        return 0.001;
    return std::nullopt;
}

bool isStandardDrinks(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    return u == u"standard drinks" || u == u"standard drink" || u == u"drinks" || u == u"drink";
}

bool isSubstance(const Intake &intake, const QString &name)
{
    return intake.substance.compare(name, Qt::CaseInsensitive) == 0;
}

double milligrams(const Night &night, const QString &substance)
{
    double total = 0;
    for (const Intake &in : night.intakes) {
        if (!isSubstance(in, substance))
            continue;
        if (const auto factor = milligramsPer(in.unit))
            total += in.amount * *factor;
    }
    return total;
}

} // namespace

MeasureValues nightValues(const Night &night)
{
    MeasureValues v;
    v.fill(Missing);
    auto set = [&v](Measure m, double value) { v[static_cast<size_t>(m)] = value; };
    if (night.symptoms.severity)
        set(Measure::Severity, *night.symptoms.severity);
    set(Measure::MagnesiumMg, milligrams(night, substances::Magnesium));
    set(Measure::IronMg, milligrams(night, substances::Iron));
    set(Measure::CaffeineMg, milligrams(night, substances::Caffeine));
    double drinks = 0;
    for (const Intake &in : night.intakes) {
        if (isSubstance(in, substances::Alcohol) && isStandardDrinks(in.unit))
            drinks += in.amount;
    }
    set(Measure::AlcoholDrinks, drinks);
    if (night.sleep.quality)
        set(Measure::SleepQuality, *night.sleep.quality);
    const SleepMetrics metrics = computeSleepMetrics(night.sleep);
    if (metrics.efficiencyPercent)
        set(Measure::SleepEfficiency, *metrics.efficiencyPercent);
    if (metrics.totalSleepMinutes)
        set(Measure::TotalSleepHours, *metrics.totalSleepMinutes / 60.0);
    return v;
}

QString magnesiumForm(const Night &night)
{
    QString form;
    double largest = -1;
    for (const Intake &in : night.intakes) {
        if (isSubstance(in, substances::Magnesium) && in.amount > largest) {
            largest = in.amount;
            form = in.form.trimmed();
        }
    }
    return form;
}

} // namespace rls
