// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/dose.h"
#include "model/night.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rls {

/// The files RLS Diary writes; it reads the first two back.
enum class CsvKind {
    Nightly, ///< one row per night, for the doctor
    Intakes, ///< one row per dose
    Labs, ///< one row per lab result, with its guideline range (written only)
};

/// What a CSV column holds, as far as the diary is concerned.
enum class DiaryField {
    Ignore, ///< not imported (unknown, or computed like sleep efficiency)
    Date,
    Severity,
    Onset,
    SensationList,
    BodyAreaList,
    IrlsTotal,
    InBed,
    TriedToSleep,
    MinutesToFallAsleep,
    Awakenings,
    MinutesAwake,
    FinalAwakening,
    OutOfBed,
    Quality,
    MagnesiumMg, ///< elemental mg per day
    MagnesiumDoses,
    IronMg, ///< elemental mg per day
    IronDoses,
    CaffeineMg,
    CaffeineDoses,
    AlcoholDrinks,
    AlcoholDoses,
    MedicationDoses, ///< doses of medication-kind substances, each named
    OtherIntakes, ///< doses of other substances; in files without MedicationDoses, medication too
    Tags,
    Note,
    FlaggedForDoctor, ///< "show my doctor": yes or empty
    // One row per dose:
    DoseTime,
    Substance,
    Kind, ///< the substance's kind (magnesium, iron, ..., other); older files' "category"
    Form,
    Amount, ///< elemental for magnesium and iron
    Unit,
    LabelMg, ///< the compound's weight from the label, mg
};

/// Every field in the order a mapping step offers them.
QList<DiaryField> allDiaryFields();
/// Words for a person, e.g. "Symptom severity (0-10)".
QString diaryFieldLabel(DiaryField field);
/// True for the fields of a one-row-per-dose file.
bool isDoseField(DiaryField field);

/// The nightly file's dose columns: magnesium, iron, caffeine and alcohol with a day total each,
/// then medication and other substances. A substance's kind decides its group.
enum class DoseGroup { Magnesium, Iron, Caffeine, Alcohol, Medication, Other };
/// The four groups with columns of their own, in the order of the file.
QList<DoseGroup> namedDoseGroups();
/// The group of `kind`, one group per kind.
DoseGroup doseGroupOf(SubstanceKind kind);
/// The group of a dose, by its substance's kind in `catalog` (Other when the catalog lacks it).
DoseGroup doseGroupOf(const Intake &dose, const QList<Substance> &catalog);
/// The kind of the substances of `group`.
SubstanceKind doseGroupKind(DoseGroup group);
/// The seeded catalog substance of a group ("Magnesium"); empty for Medication and Other.
QString doseGroupSubstance(DoseGroup group);
/// The unit of a group's day total: "mg" (elemental for magnesium and iron), or
/// "standard drinks" for alcohol.
QString doseGroupUnit(DoseGroup group);
/// The doses of `intakes` in `group`, in their order.
QList<Intake> dosesInGroup(const QList<Intake> &intakes, DoseGroup group, const QList<Substance> &catalog);
/// The day total of a named group's doses as dayTotals() counts it; nullopt when a dose's unit
/// cannot be converted (then no total is better than a wrong one), or for Medication and Other.
std::optional<double> groupTotal(const QList<Intake> &doses, DoseGroup group, const QList<Substance> &catalog);
/// The day total of `group` in `totals` as groupTotal() takes it: nullopt when a dose could not be
/// converted (`totals` holding only the group's doses), or for Medication and Other.
std::optional<double> groupTotalOf(const DayTotals &totals, DoseGroup group);

/// One column of an exported file: its header and what it holds (Ignore for computed ones).
struct CsvColumn {
    QString header;
    DiaryField field;
};

/// The columns of an export, in order.
QList<CsvColumn> csvColumns(CsvKind kind);
/// Just the headers of csvColumns().
QStringList csvHeader(CsvKind kind);
/// "Nightly summary", "Intakes" or "Lab results".
QString csvKindLabel(CsvKind kind);

} // namespace rls
