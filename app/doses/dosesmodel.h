// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

#include <QAbstractTableModel>
#include <QSet>

namespace rls {

/// Doses as an editable table, the one the evening log and "My regimen" share: substance,
/// form, the compound's weight from the label, amount (elemental for magnesium and iron),
/// unit and time. Typing the label's weight with a known form fills in the elemental amount.
/// Problems found by check() or handed in by setProblems() mark their cells until fixed.
class DosesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DosesModel)

public:
    enum Column { SubstanceColumn, FormColumn, LabelColumn, AmountColumn, UnitColumn, TimeColumn, ColumnCount };

    explicit DosesModel(QObject *parent = nullptr);

    void setCatalog(const QList<Substance> &catalog) { m_catalog = catalog; }
    const QList<Substance> &catalog() const { return m_catalog; }
    /// The forms the catalog offers for the substance of `row` (e.g. citrate, glycinate).
    QStringList formsFor(int row) const;

    const QList<Intake> &doses() const { return m_rows; }
    void setDoses(const QList<Intake> &doses);
    /// Appends rows; returns the index of the first new row.
    int append(const QList<Intake> &doses);
    /// Appends a dose of the first catalog substance; returns its row.
    int appendBlank();
    void removeRowAt(int row);

    /// Checks every row as a night's intakes are checked, and that each substance is in the
    /// catalog; marks the cells at fault and returns one message a problem, naming its row.
    QList<FieldError> check();
    /// Marks the cells that core's validation names ("intakes[2].amount"); other keys are ignored.
    void setProblems(const QList<FieldError> &problems);
    const QList<FieldError> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void dosesChanged();
    /// An edit could not be taken (e.g. "25:00" as a time); the message says what and why.
    void editRefused(const QString &message);
    void problemsChanged(const QList<FieldError> &problems);

private:
    SubstanceKind kindOfRow(int row) const;
    bool setSubstance(int row, const QString &name);
    bool setLabel(int row, const QVariant &value);
    bool setTime(int row, const QVariant &value);
    void fillElementalFromLabel(int row);
    QString elementalTooltip(int row) const;
    bool isFlagged(int row, int column) const;
    QString rowProblems(int row) const;

    QList<Intake> m_rows;
    /// Rows added blank whose amount was not typed yet: their 0 is no recorded "none".
    QSet<int> m_untyped;
    QList<Substance> m_catalog;
    QList<FieldError> m_problems;
    bool m_checking = false; // once check() ran, problems follow every edit
};

} // namespace rls
