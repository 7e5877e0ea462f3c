// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvdates.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/nightpatch.h"

#include <optional>

namespace rls {

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
    QString category; ///< as written; may be empty
    int line = 0;
};

/// Reads the cells of one row into diary values through a column mapping, saying for each
/// cell that cannot be read which column it is in and why.
class CsvRowReader final {
public:
    CsvRowReader(const CsvTable &table, const ColumnMapping &mapping, DateFormat dateFormat);

    /// A row of a nightly file; nullopt when any mapped cell cannot be read or the night
    /// would not be valid (problems say why).
    std::optional<NightPatch> readNight(const CsvRecord &row, QList<RowProblem> &problems) const;
    /// A row of a file of doses; the unit may be empty when the file has none.
    std::optional<DoseRow> readDose(const CsvRecord &row, QList<RowProblem> &problems) const;

    /// The header of the column mapped to `field`, or empty.
    QString columnName(DiaryField field) const;
    /// Turns validation errors of `night` into problems on `line`, naming the columns.
    void addValidationProblems(const Night &night, int line, const QString &prefix, QList<RowProblem> &problems) const;

private:
    bool checkWidth(const CsvRecord &row, QList<RowProblem> &problems) const;
    QString cell(const CsvRecord &row, qsizetype column) const;
    std::optional<QDate> readDate(const CsvRecord &row, QList<RowProblem> &problems) const;
    bool readCell(Night &night, DiaryField field, const QString &text, QString *why) const;
    void readDoseColumns(const CsvRecord &row, Night &night, QList<RowProblem> &problems) const;
    DiaryField fieldForKey(const Night &night, const QString &key) const;

    const CsvTable &m_table;
    const ColumnMapping &m_mapping;
    DateFormat m_dateFormat;
    bool m_decimalComma;
};

} // namespace rls
