// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rls {

/// The two files RLS Diary writes and reads.
enum class CsvKind {
    Nightly, ///< one row per night, for the doctor
    Intakes, ///< one row per dose
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
    MagnesiumMg,
    MagnesiumDoses,
    IronMg,
    IronDoses,
    CaffeineMg,
    CaffeineDoses,
    AlcoholDrinks,
    AlcoholDoses,
    OtherIntakes,
    Tags,
    Note,
    // One row per dose:
    DoseTime,
    Substance,
    Category,
    Form,
    Amount,
    Unit,
};

/// Every field in the order a mapping step offers them.
QList<DiaryField> allDiaryFields();
/// Words for a person, e.g. "Symptom severity (0-10)".
QString diaryFieldLabel(DiaryField field);
/// True for the fields of a one-row-per-dose file.
bool isDoseField(DiaryField field);

/// The substances the nightly file gives columns of their own; the rest are "other intakes".
enum class DoseGroup { Magnesium, Iron, Caffeine, Alcohol, Other };
/// Which group a dose of `substance` belongs to (names compared case-insensitively).
DoseGroup doseGroupOf(const QString &substance);
/// The catalog name of a group ("Magnesium"); empty for Other.
QString doseGroupSubstance(DoseGroup group);
/// The unit of a group's day total: "mg", or "standard drinks" for alcohol.
QString doseGroupUnit(DoseGroup group);

/// One column of an exported file: its header and what it holds (Ignore for computed ones).
struct CsvColumn {
    QString header;
    DiaryField field;
};

/// The columns of an export, in order.
QList<CsvColumn> csvColumns(CsvKind kind);
/// Just the headers of csvColumns().
QStringList csvHeader(CsvKind kind);
/// "Nightly summary" or "Intakes".
QString csvKindLabel(CsvKind kind);

} // namespace rls
