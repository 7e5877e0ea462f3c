// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"
#include "model/night.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rls {

/// The parts of a night an import can set on their own. A conflict policy works part by
/// part: "merge" fills a part only when the night in the diary has it empty.
enum class NightPart : unsigned {
    Severity = 1u << 0,
    Onset = 1u << 1,
    SensationFlags = 1u << 2,
    BodyAreaFlags = 1u << 3,
    IrlsTotal = 1u << 4,
    InBed = 1u << 5,
    TriedToSleep = 1u << 6,
    MinutesToFallAsleep = 1u << 7,
    Awakenings = 1u << 8,
    MinutesAwake = 1u << 9,
    FinalAwakening = 1u << 10,
    OutOfBed = 1u << 11,
    Quality = 1u << 12,
    Magnesium = 1u << 13, ///< the doses of magnesium-kind substances
    Iron = 1u << 14,
    Caffeine = 1u << 15,
    Alcohol = 1u << 16,
    Medication = 1u << 17, ///< doses of medication-kind substances
    OtherIntakes = 1u << 18, ///< doses of other substances
    AllIntakes = 1u << 19, ///< every dose, as a file of doses carries them
    Tags = 1u << 20,
    Note = 1u << 21,
    FlaggedForDoctor = 1u << 22, ///< the "show my doctor" mark
};

/// What one row (or, for a file of doses, one date) of a file says about a night: the values,
/// and which parts the file holds at all (an unmapped column leaves its part alone).
struct NightPatch {
    Night night;
    unsigned parts = 0;
    int line = 0; ///< where the night starts in the file
    /// Substances the catalog lacks, by lower-case name, with the kind the file gives them
    /// (a name in magnesium_doses is magnesium).
    QHash<QString, SubstanceKind> newKinds;
};

/// Every part, in the order the night form shows them.
QList<NightPart> allNightParts();
/// The part a column of `field` fills; 0 for Date, Ignore and the dose-file fields. (In a
/// nightly file without medication_doses, other_intakes fills Medication too: CsvRowReader.)
unsigned partOf(DiaryField field);
/// Words for a person, e.g. "sleep quality".
QString nightPartLabel(NightPart part);
/// True when `night` has nothing in `part`. `catalog` gives each dose's kind, hence its part.
bool partIsEmpty(const Night &night, NightPart part, const QList<Substance> &catalog);
/// What `night` holds in `part`, as a person reads it: "5", "21:30", "20 min", "300 mg
/// (glycinate) at 21:00", "travel, stress", "none" when empty; "yes" or "no" for the mark.
QString partText(const Night &night, NightPart part, const QList<Substance> &catalog);
/// Copies `part` from `from` into `to`; doses keep their place among the other doses.
void copyPart(const Night &from, Night &to, NightPart part, const QList<Substance> &catalog);

} // namespace rls
