// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/intakedelegate.h"

#include "log/intakesmodel.h"
#include "log/timefield.h"
#include "model/validation.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace rls {

QWidget *IntakeDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const IntakesModel *>(index.model());
    switch (index.column()) {
    case IntakesModel::SubstanceColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(false);
        if (model) {
            for (const Substance &s : model->catalog())
                combo->addItem(s.name);
        }
        return combo;
    }
    case IntakesModel::FormColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        const QString substance = index.siblingAtColumn(IntakesModel::SubstanceColumn).data().toString();
        if (model) {
            if (const Substance *s = model->substance(substance))
                combo->addItems(s->forms);
        }
        return combo;
    }
    case IntakesModel::AmountColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0, MaxIntakeAmount);
        spin->setDecimals(3);
        spin->setSingleStep(25);
        return spin;
    }
    case IntakesModel::TimeColumn: return new TimeField(parent);
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void IntakeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findText(value.toString(), Qt::MatchFixedString);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else if (combo->isEditable())
            combo->setEditText(value.toString());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *time = qobject_cast<TimeField *>(editor)) {
        time->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void IntakeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *time = qobject_cast<TimeField *>(editor))
        model->setData(index, time->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rls
