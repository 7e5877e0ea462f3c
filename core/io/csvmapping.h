// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"

#include <QList>
#include <QStringList>

namespace rls {

/// Which diary field each column of a file holds, one entry per column of the header.
struct ColumnMapping {
    QList<DiaryField> fields;

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
