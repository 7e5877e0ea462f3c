// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"

#include <QList>
#include <QStringList>

namespace rls {

/// What a person's day-total column counts in, when not the field's own unit (mg of caffeine,
/// standard drinks of alcohol): the import converts each figure with the app's drink presets
/// (model/drinks.h) and says which figure it used (countUnitSentence()).
enum class CountUnit {
    Own, ///< mg of caffeine, standard drinks of alcohol, elemental mg: as the field says
    CupsOfCoffee, ///< brewed coffee, 240 ml: 95 mg of caffeine
    Espressos, ///< one shot: 63 mg of caffeine
    CupsOfTea, ///< black tea, 240 ml: 47 mg of caffeine
    GlassesOfWine, ///< 148 ml at 12 %: one US standard drink (14 g of alcohol)
};

/// Which diary field each column of a file holds, one entry per column of the header.
struct ColumnMapping {
    QList<DiaryField> fields;
    /// The unit of each column's figures, parallel to `fields`; a column past its end is Own.
    QList<CountUnit> units;

    /// The unit of `column`'s figures.
    CountUnit unitOf(qsizetype column) const { return column < units.size() ? units.at(column) : CountUnit::Own; }

    /// True when the rows are single doses (a column is mapped to the substance).
    bool perDose() const;
    /// The first column holding `field`, or -1.
    qsizetype columnOf(DiaryField field) const;
    bool has(DiaryField field) const { return columnOf(field) >= 0; }
};

/// Guesses the field of one header: our own headers exactly (older ones too: magnesium_mg,
/// iron_mg, category), and a person's own words
/// ("Date", "RLS score", "Mg (mg)", "Bedtime", "Notes") by keywords. Ignore when unsure.
DiaryField guessField(const QString &header);

/// Guesses every column; a field is given to the first column that claims it only.
ColumnMapping guessMapping(const QStringList &header);

/// What keeps a mapping from being imported, as sentences: no date column, a field mapped
/// twice, dose columns mixed with nightly ones, a dose file without substance or amount.
QStringList mappingProblems(const ColumnMapping &mapping, const QStringList &header);

} // namespace rls
