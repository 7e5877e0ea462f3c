// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/regimendelegate.h"

#include "model/validation.h"
#include "settings/regimenmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTimeEdit>

namespace rls {

RegimenDelegate::RegimenDelegate(RegimenModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *RegimenDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case RegimenModel::SubstanceColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("regimenSubstanceEditor"));
        for (const Substance &s : m_model.catalog())
            box->addItem(s.name);
        return box;
    }
    case RegimenModel::FormColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("regimenFormEditor"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(QString());
        box->addItems(m_model.formsFor(index.row()));
        return box;
    }
    case RegimenModel::AmountColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("regimenAmountEditor"));
        spin->setRange(0, MaxIntakeAmount);
        spin->setDecimals(2);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case RegimenModel::UnitColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("regimenUnitEditor"));
        return edit;
    }
    case RegimenModel::TimeColumn: {
        auto *time = new QTimeEdit(parent);
        time->setObjectName(QStringLiteral("regimenTimeEditor"));
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        return time;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RegimenDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int at = box->findText(value.toString(), Qt::MatchFixedString);
        if (at >= 0)
            box->setCurrentIndex(at);
        else if (box->isEditable())
            box->setEditText(value.toString());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *time = qobject_cast<QTimeEdit *>(editor)) {
        // A dose without a time starts from the evening, when most regimen doses are taken.
        time->setTime(value.toTime().isValid() ? value.toTime() : QTime(21, 0));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RegimenDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentText());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *time = qobject_cast<QTimeEdit *>(editor))
        model->setData(index, time->time());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rls
