// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/dose.h"

namespace rls {

std::optional<double> milligramsPerUnit(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == u"mg")
        return 1.0;
    if (u == u"g")
        return 1000.0;
    if (u == u"mcg" || u == u"µg" || u == u"μg" || u == u"ug")
        return 0.001;
    return std::nullopt;
}

std::optional<double> toMilligrams(double amount, const QString &unit)
{
    if (const auto factor = milligramsPerUnit(unit))
        return amount * *factor;
    return std::nullopt;
}

bool isStandardDrinksUnit(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    return u == u"standard drinks" || u == u"standard drink" || u == u"drinks" || u == u"drink";
}

SubstanceKind kindOf(const Intake &dose, const QList<Substance> &catalog)
{
    const Substance *s = findSubstance(catalog, dose.substance);
    return s ? s->kind : SubstanceKind::Other;
}

SubstanceFlags flagsOf(const Intake &dose, const QList<Substance> &catalog)
{
    const Substance *s = findSubstance(catalog, dose.substance);
    return s ? s->flags : SubstanceFlags();
}

DayTotals dayTotals(const QList<Intake> &intakes, const QList<Substance> &catalog)
{
    DayTotals t;
    for (const Intake &dose : intakes) {
        if (const Substance *s = findSubstance(catalog, dose.substance))
            addToDayTotals(t, dose, *s);
    }
    return t;
}

void addToDayTotals(DayTotals &t, const Intake &dose, const Substance &substance)
{
    const auto mg = toMilligrams(dose.amount, dose.unit);
    if (mg && substance.flags.testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit))
        t.magnesiumTowardsLimitMg += *mg;
    auto addMass = [&](double &sum) {
        if (mg)
            sum += *mg;
        else
            ++t.unconverted;
    };
    switch (substance.kind) {
    case SubstanceKind::Magnesium: addMass(t.magnesiumMg); break;
    case SubstanceKind::Iron: addMass(t.ironMg); break;
    case SubstanceKind::Caffeine: addMass(t.caffeineMg); break;
    case SubstanceKind::Alcohol:
        if (isStandardDrinksUnit(dose.unit))
            t.alcoholDrinks += dose.amount;
        else
            ++t.unconverted;
        break;
    case SubstanceKind::Medication:
    case SubstanceKind::Other: break;
    }
}

} // namespace rls
