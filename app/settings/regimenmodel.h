// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/regimen.h"
#include "model/result.h"

#include <QAbstractTableModel>

namespace rls {

/// "My regimen" as an editable table: one usual dose a row (substance, form, amount, unit, time).
/// Choosing a substance fills in its unit; check() finds the rows that cannot be saved.
class RegimenModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenModel)

public:
    enum Column { SubstanceColumn, FormColumn, AmountColumn, UnitColumn, TimeColumn, ColumnCount };

    RegimenModel(QList<Substance> catalog, QObject *parent = nullptr);

    void setRegimen(const Regimen &regimen);
    const Regimen &regimen() const { return m_doses; }
    const QList<Substance> &catalog() const { return m_catalog; }
    /// The forms the catalog offers for the substance of `row` (e.g. citrate, glycinate).
    QStringList formsFor(int row) const;

    /// Adds a dose of the first catalog substance at the end; returns its row.
    int addDose();
    void removeDose(int row);

    /// Checks every row as the evening form would check an intake; one message a problem,
    /// each naming its row. Rows with a problem show a warning icon until they are fixed.
    QList<FieldError> check();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The rows' problems changed after an edit (only once check() has been called).
    void problemsChanged(const QList<FieldError> &problems);

private:
    void refreshProblems();
    const Substance *substance(const QString &name) const;
    QString rowProblems(int row) const;

    QList<Substance> m_catalog;
    Regimen m_doses;
    QList<FieldError> m_problems; // field keys "intakes[row].column", as core's validateNight names them
    bool m_checking = false; // after the first check(), problems follow every edit
};

} // namespace rls
