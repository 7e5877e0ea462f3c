// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QAbstractTableModel>

namespace rls {

/// The logged nights, newest first, each with its severity as a number and a colour, plus
/// tonight at the top when it is not logged yet. Column 0 is the night, column 1 the severity.
class NightListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NightListModel)

public:
    static constexpr int DateRole = Qt::UserRole + 1;

    explicit NightListModel(QObject *parent = nullptr);

    void setNights(const QList<NightBrief> &nights, QDate tonight);
    /// The row showing `date`, or -1.
    int rowOf(QDate date) const;
    QDate dateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<NightBrief> m_nights;
    QDate m_tonight;
};

} // namespace rls
