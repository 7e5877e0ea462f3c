// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvdates.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/nightpatch.h"
#include "model/catalog.h"

#include <optional>

namespace rls {

/// What a file read through `mapping` cannot restore, as sentences for the preview: a nightly
/// file lists each night's doses by kind, so their order across kinds is lost.
QStringList importNotices(const ColumnMapping &mapping);

/// A row that cannot be imported: where, and why.
struct RowProblem {
    int line = 0; ///< line of the file, 1 being the header
    QString column; ///< the header of the column at fault; empty when it is the whole row
    QString reason;
    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};

/// One row of a file of doses.
struct DoseRow {
    QDate date;
    Intake dose;
    /// From the kind column; nullopt when empty or an older category ("supplement",
    /// "stimulant") that leaves the kind to the substance's name.
    std::optional<SubstanceKind> kind;
    int line = 0;
};

/// Reads the cells of one row into diary values through a column mapping, saying for each
/// cell that cannot be read which column it is in and why. `catalog` gives the kinds of the
/// substances the diary knows: a dose in a group's column (magnesium_doses, medication_doses)
/// must be of that group's kind, a dose in other_intakes of kind other (in an older file without
/// medication_doses, medication or other).
class CsvRowReader final {
public:
    CsvRowReader(const CsvTable &table, const ColumnMapping &mapping, DateFormat dateFormat,
        const QList<Substance> &catalog = {});

    /// A row of a nightly file; nullopt when any mapped cell cannot be read or the night
    /// would not be valid (problems say why).
    std::optional<NightPatch> readNight(const CsvRecord &row, QList<RowProblem> &problems) const;
    /// A row of a file of doses; the unit may be empty when the file has none.
    std::optional<DoseRow> readDose(const CsvRecord &row, QList<RowProblem> &problems) const;

    /// The header of the column mapped to `field`, or empty.
    QString columnName(DiaryField field) const;
    /// Turns validation errors of `night` into problems on `line`, naming the columns.
    void addValidationProblems(const Night &night, int line, const QString &prefix, QList<RowProblem> &problems) const;
    void addValidationProblems(const Night &night, int line, const QString &prefix, QList<RowProblem> &problems,
        const QList<Substance> &catalog) const;

private:
    bool checkWidth(const CsvRecord &row, QList<RowProblem> &problems) const;
    QString cell(const CsvRecord &row, qsizetype column) const;
    std::optional<QDate> readDate(const CsvRecord &row, QList<RowProblem> &problems) const;
    bool readCell(Night &night, DiaryField field, const QString &text, QString *why) const;
    void readDoseColumns(const CsvRecord &row, NightPatch &patch, QList<RowProblem> &problems) const;
    std::optional<QList<Intake>> readGroup(
        const CsvRecord &row, DoseGroup group, NightPatch &patch, QList<RowProblem> &problems) const;
    void readNamedDoses(
        const CsvRecord &row, DiaryField field, DoseGroup group, NightPatch &patch, QList<RowProblem> &problems) const;
    bool checkKinds(QList<Intake> &doses, DoseGroup group, NightPatch &patch, QString *why) const;
    void readDoseValues(const CsvRecord &row, Intake &dose, QList<RowProblem> &problems) const;
    std::optional<SubstanceKind> readKind(const QString &text, int line, QList<RowProblem> &problems) const;
    QString text(const CsvRecord &row, DiaryField field) const;
    DiaryField fieldForKey(const Night &night, const QString &key, const QList<Substance> &catalog) const;

    const CsvTable &m_table;
    const ColumnMapping &m_mapping;
    DateFormat m_dateFormat;
    bool m_decimalComma;
    QList<Substance> m_catalog;
    /// The file has no medication_doses column: its other_intakes holds medication too, and a
    /// new name there gets the kind its name suggests (files written before that column).
    bool m_olderOther;
};

} // namespace rls
