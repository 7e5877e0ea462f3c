// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace rls {

class RegimenModel;

/// Editors for the regimen table: a list of catalog substances, an editable list of that
/// substance's forms, a number for the amount, free text for the unit, a clock time.
class RegimenDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenDelegate)

public:
    explicit RegimenDelegate(RegimenModel &model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    RegimenModel &m_model;
};

} // namespace rls
