// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"

#include <QAbstractTableModel>

namespace rls {

/// The lab results of the diary as a table: date, test, value, unit, and the guideline line
/// beside ferritin and transferrin saturation values where guidelines advise iron.
class LabResultsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabResultsModel)

public:
    enum Column { DateColumn, TestColumn, ValueColumn, UnitColumn, GuidelineColumn, ColumnCount };
    /// Role with a value to sort by: the date, the number, or the text.
    static constexpr int SortRole = Qt::UserRole;
    /// Role with the result's id in the diary.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LabResultsModel(QObject *parent = nullptr);

    void setResults(const QList<LabResult> &results);
    const QList<LabResult> &results() const { return m_results; }

    /// The guideline sentence for a result, or an empty string when none applies: ferritin at
    /// or below 75 ng/mL, transferrin saturation below 20% (AASM 2024, AAN 2016).
    static QString guideline(const LabResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LabResult> m_results;
};

} // namespace rls
