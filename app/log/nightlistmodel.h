// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"

#include <QAbstractTableModel>

#include <functional>

namespace rls {

/// The logged nights, newest first, each with its severity as a number and a colour, plus
/// tonight at the top when it is not logged yet. Column 0 is the night, column 1 the severity.
/// It reads a page of nights at a time (fetchMore, as the list is scrolled down), so that opening
/// the window and each night costs the same at 90 nights and at 30 years.
class NightListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NightListModel)

public:
    static constexpr int DateRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    /// Reads at most `limit` nights before `before` (all when invalid), newest first.
    using Fetch = std::function<Result<QList<NightBrief>>(QDate before, int limit)>;

    explicit NightListModel(Fetch fetch, QObject *parent = nullptr);

    /// Reads the newest nights again, as many as were shown and at least down to `reach` (when
    /// valid), with `tonight` on top. On an error the list is left as it was.
    Result<void> reload(QDate tonight, QDate reach = {});
    /// The row showing `date`, or -1 (also for a night older than the rows read so far).
    int rowOf(QDate date) const;
    QDate dateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A page read while scrolling failed (a damaged part of the diary).
    void readFailed(const rls::Error &error);

private:
    /// The oldest night read so far; invalid when none is.
    QDate oldestRead() const;

    Fetch m_fetch;
    QList<NightBrief> m_nights;
    QDate m_tonight;
    bool m_tonightAdded = false; // the first row is tonight, not logged yet
    bool m_complete = true; // every night has been read
    bool m_changing = false; // inside endResetModel() or an insertion
};

} // namespace rls
