// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/regimeneditor.h"

#include "settings/regimendelegate.h"
#include "settings/regimenmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rls {

RegimenEditor::RegimenEditor(const QList<Substance> &catalog, QWidget *parent)
    : QWidget(parent)
    , m_model(new RegimenModel(catalog, this))
    , m_view(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove dose"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("regimenEditor"));
    m_view->setObjectName(QStringLiteral("regimenTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RegimenDelegate(*m_model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAccessibleName(tr("My regimen"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegimenModel::SubstanceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RegimenModel::FormColumn, QHeaderView::Stretch);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);

    auto *add = new QPushButton(tr("A&dd dose"), this);
    add->setObjectName(QStringLiteral("addDoseButton"));
    m_remove->setObjectName(QStringLiteral("removeDoseButton"));
    setTabOrder(add, m_remove);
    auto *deleteRow = new QAction(tr("Remove dose"), m_view);
    deleteRow->setShortcut(QKeySequence::Delete);
    deleteRow->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteRow);

    m_message->setObjectName(QStringLiteral("regimenMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &RegimenEditor::addDose);
    connect(m_remove, &QPushButton::clicked, this, &RegimenEditor::removeDose);
    connect(deleteRow, &QAction::triggered, this, &RegimenEditor::removeDose);
    connect(m_model, &RegimenModel::problemsChanged, this, &RegimenEditor::showProblems);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_remove->setEnabled(m_view->currentIndex().isValid()); });
    m_remove->setEnabled(false);
}

void RegimenEditor::setRegimen(const Regimen &regimen)
{
    m_model->setRegimen(regimen);
    m_message->hide();
    m_remove->setEnabled(false);
}

Regimen RegimenEditor::regimen() const
{
    return m_model->regimen();
}

bool RegimenEditor::check()
{
    // An editor still open holds a value the model has not seen yet.
    if (QWidget *open = m_view->indexWidget(m_view->currentIndex()))
        m_view->itemDelegate()->setModelData(open, m_model, m_view->currentIndex());
    return m_model->check().isEmpty();
}

void RegimenEditor::addDose()
{
    const int row = m_model->addDose();
    const QModelIndex first = m_model->index(row, RegimenModel::SubstanceColumn);
    m_view->setCurrentIndex(first);
    m_view->setFocus();
    m_view->edit(first);
}

void RegimenEditor::removeDose()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeDose(current.row());
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

void RegimenEditor::showProblems(const QList<FieldError> &problems)
{
    // The model reports after every edit once checked, so the message follows the fixes.
    QStringList lines;
    for (const FieldError &problem : problems)
        lines.append(problem.message);
    m_message->setText(lines.join(u'\n'));
    m_message->setVisible(!lines.isEmpty());
}

} // namespace rls
