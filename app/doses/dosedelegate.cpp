// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/dosedelegate.h"

#include "doses/dosesmodel.h"
#include "doses/timefield.h"
#include "model/validation.h"
#include "shared/accessiblename.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace rls {
namespace {

// Marks the "Other substance…" entry of the substance list.
const QString NewSubstanceMarker = QStringLiteral("new-substance");

constexpr const char *ShownValue = "rlsShownValue";

QDoubleSpinBox *numberEditor(QWidget *parent, int decimals, const QString &name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, MaxIntakeAmount);
    spin->setDecimals(decimals);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

} // namespace

QWidget *DoseDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = makeEditor(parent, option, index);
    // An open cell says what it edits, as its column's header does ("Amount (Mg, Fe: elemental)").
    if (editor)
        nameForScreenReaders(editor, index.model()->headerData(index.column(), Qt::Horizontal).toString().simplified());
    return editor;
}

QWidget *DoseDelegate::makeEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DosesModel *>(index.model());
    switch (index.column()) {
    case DosesModel::SubstanceColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("doseSubstanceEditor"));
        if (model) {
            for (const Substance &s : model->catalog())
                box->addItem(s.name);
        }
        if (m_newSubstance) {
            box->insertSeparator(box->count());
            box->addItem(tr("Other substance…"), NewSubstanceMarker);
        }
        return box;
    }
    case DosesModel::FormColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("doseFormEditor"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(QString());
        if (model)
            box->addItems(model->formsFor(index.row()));
        return box;
    }
    case DosesModel::LabelColumn: {
        QDoubleSpinBox *spin = numberEditor(parent, 1, QStringLiteral("doseLabelEditor"));
        spin->setSpecialValueText(tr("none"));
        spin->setSuffix(tr(" mg"));
        spin->setSingleStep(50);
        return spin;
    }
    case DosesModel::AmountColumn: {
        QDoubleSpinBox *spin = numberEditor(parent, 3, QStringLiteral("doseAmountEditor"));
        spin->setSingleStep(25);
        return spin;
    }
    case DosesModel::TimeColumn: {
        auto *time = new TimeField(parent);
        time->setObjectName(QStringLiteral("doseTimeEditor"));
        return time;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DoseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
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
        spin->setProperty(ShownValue, spin->value()); // rounded to the editor's decimals
    } else if (auto *time = qobject_cast<TimeField *>(editor)) {
        time->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void DoseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentData() == NewSubstanceMarker) {
            if (m_newSubstance)
                m_newSubstance(index.row());
            return;
        }
        model->setData(index, box->currentText());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        // An amount finer than the editor's decimals (0.0000004 mg) is shown rounded: only a
        // value the person changed (or typed into an empty cell) is written back, so opening a
        // cell never changes a dose.
        const bool empty = index.data(Qt::DisplayRole).toString().isEmpty();
        if (empty || spin->value() != spin->property(ShownValue).toDouble())
            model->setData(index, spin->value());
    } else if (auto *time = qobject_cast<TimeField *>(editor))
        model->setData(index, time->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rls
