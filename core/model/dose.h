// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// Milligrams in one `unit`: mg 1, g 1000, mcg / µg / ug 0.001 (case and spaces ignored);
/// nullopt for a unit that is not a mass ("tablet", "standard drinks").
std::optional<double> milligramsPerUnit(const QString &unit);
/// `amount` of `unit` in mg, or nullopt when the unit is not a mass.
std::optional<double> toMilligrams(double amount, const QString &unit);
/// True for the units a count of standard drinks is written in.
bool isStandardDrinksUnit(const QString &unit);

/// What a dose of a substance counts as. Substances the catalog does not know count as Other.
SubstanceKind kindOf(const Intake &dose, const QList<Substance> &catalog);
/// The flags of the dose's substance; none when the catalog does not know it.
SubstanceFlags flagsOf(const Intake &dose, const QList<Substance> &catalog);

/// A day's intakes added up: the one arithmetic behind the notes, the chart series, the CSV
/// totals and everything built on them. Doses whose unit is not a mass (or, for alcohol, not
/// standard drinks) cannot be added and are counted in `unconverted` instead.
struct DayTotals {
    double magnesiumMg = 0; ///< elemental magnesium of every magnesium-kind substance
    double magnesiumTowardsLimitMg = 0; ///< substances flagged CountsTowardsMagnesiumLimit
    double ironMg = 0; ///< elemental iron of every iron-kind substance
    double caffeineMg = 0;
    double alcoholDrinks = 0; ///< standard drinks
    int unconverted = 0; ///< magnesium, iron, caffeine or alcohol doses left out of the sums
};
DayTotals dayTotals(const QList<Intake> &intakes, const QList<Substance> &catalog);
/// Adds one dose to `totals` as dayTotals() adds each dose, `substance` being its catalog entry
/// (findSubstance()): for a caller that has looked the substance up already.
void addToDayTotals(DayTotals &totals, const Intake &dose, const Substance &substance);

} // namespace rls
