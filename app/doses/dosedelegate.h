// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace rls {

/// The editors of a DosesModel's cells: the catalog's substances in a list, the substance's
/// forms (or one typed), numbers in spin boxes, a time field that may stay empty.
class DoseDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoseDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// When set, the substance list ends with "Other substance…", which calls `handler` with
    /// the row instead of changing it.
    void setNewSubstanceHandler(std::function<void(int row)> handler) { m_newSubstance = std::move(handler); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    std::function<void(int row)> m_newSubstance;
};

} // namespace rls
