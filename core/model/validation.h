// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

namespace rls {

/// Checks every field of a night a person could get wrong: ranges, units, the order of the
/// sleep times. Returns one FieldError per problem, each naming its field; empty when valid.
/// A dose of 0 is valid: a recorded "none" (no alcohol that day).
/// Whether substances exist in the catalog is checked by the store, which knows the catalog.
QList<FieldError> validateNight(const Night &night);

/// Checks a lab result: a real date not in the future is not required (lab dates are typed
/// from paper), but a test name, a finite non-negative value and a unit are.
QList<FieldError> validateLabResult(const LabResult &lab);

/// Checks a new catalog entry: a name, a unit.
QList<FieldError> validateSubstance(const Substance &substance);

/// Why `tag` cannot be a tag, or empty: ";" separates tags in exported files, so a tag holding one
/// would come back as two.
QString tagProblem(const QString &tag);

/// The field key of one intake's field in a FieldError: "intakes[2].amount". Built and read
/// only by these two functions, so the form and the CSV import find the same row and column.
QString intakeFieldKey(qsizetype index, const QString &field);
struct IntakeFieldKey {
    qsizetype index;
    QString field; ///< "substance", "amount", "unit", "form", "time" or "labelMg"
};
/// Reads a key written by intakeFieldKey(); nullopt for any other key.
std::optional<IntakeFieldKey> parseIntakeFieldKey(const QString &key);

/// Wraps field errors into one Error whose message lists them all.
Error invalid(const QList<FieldError> &fields);

/// Largest amount accepted for one intake, in any unit: far above any real dose, it catches
/// a slipped key (20000 for 200) without refusing unusual units.
inline constexpr double MaxIntakeAmount = 100000.0;

} // namespace rls
