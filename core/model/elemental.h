// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"

#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// A compound a magnesium or iron supplement is sold as. A label states the compound's weight
/// ("magnesium citrate 500 mg"); what the body gets, and what the diary counts, is the element's
/// share of it, worked out from the chemical formula.
struct CompoundForm {
    SubstanceKind kind; ///< Magnesium or Iron
    QString form; ///< the form as the diary stores it, e.g. "citrate"
    QString compound; ///< for a person: "magnesium citrate (anhydrous trimagnesium dicitrate)"
    QString formula; ///< e.g. "Mg3(C6H5O7)2"; a hydrate as "MgCl2·6H2O"
    QStringList aliases; ///< other names of the same form, e.g. "bisglycinate"
};

/// Every form the app can convert, magnesium first.
const QList<CompoundForm> &compoundForms();
/// The form of `kind` named `form` (or one of its aliases), case-insensitive; nullptr if none.
const CompoundForm *findCompoundForm(SubstanceKind kind, const QString &form);

/// The formula weight in g/mol from IUPAC standard atomic weights (abridged, conventional
/// values); nullopt when the formula cannot be read or names an element the table lacks.
std::optional<double> formulaWeight(const QString &formula);
/// The element's mass fraction of the compound: atoms x atomic weight / formula weight.
double elementalFraction(const CompoundForm &form);
/// Elemental mg in `compoundMg` of the compound, rounded to 0.1 mg as the form shows it.
double elementalMg(double compoundMg, const CompoundForm &form);

} // namespace rls
