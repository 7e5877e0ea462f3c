// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QAbstractTableModel>

namespace rls {

/// The intakes of one day as an editable table: substance, form, amount, unit, time.
class IntakesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakesModel)

public:
    enum Column { SubstanceColumn, FormColumn, AmountColumn, UnitColumn, TimeColumn, ColumnCount };

    explicit IntakesModel(QObject *parent = nullptr);

    void setCatalog(const QList<Substance> &catalog) { m_catalog = catalog; }
    const QList<Substance> &catalog() const { return m_catalog; }
    /// The catalog entry named `name`, if any.
    const Substance *substance(const QString &name) const;

    QList<Intake> intakes() const { return m_rows; }
    void setIntakes(const QList<Intake> &intakes);
    /// Appends rows; returns the index of the first new row.
    int append(const QList<Intake> &intakes);
    void removeRowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void intakesChanged();
    /// An edit could not be taken (e.g. "25:00" as a time); the message says what and why.
    void editRefused(const QString &message);

private:
    QList<Intake> m_rows;
    QList<Substance> m_catalog;
};

} // namespace rls
