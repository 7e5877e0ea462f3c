// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/dosetable.h"

#include "doses/dosedelegate.h"
#include "doses/dosesmodel.h"
#include "doses/newsubstancedialog.h"
#include "shared/errormarks.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rls {

DoseTable::DoseTable(QWidget *parent)
    : QWidget(parent)
    , m_model(new DosesModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("Rem&ove"), this))
    , m_message(ErrorMarks::makeLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleDescription(tr("One dose a row: substance, form, label mg, amount, unit and time. The "
                                        "arrow keys move between cells, typing edits one, Delete removes the dose."));
    m_view->setItemDelegate(new DoseDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DosesModel::SubstanceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DosesModel::FormColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Room for six doses (a regimen, a coffee, a glass of wine...) before the table scrolls; the
    // frame's width is counted, or the sixth row is cut by it.
    m_view->setMinimumHeight(
        m_view->verticalHeader()->defaultSectionSize() * 6 + header->sizeHint().height() + 2 * m_view->frameWidth());

    m_add->setObjectName(QStringLiteral("addDose"));
    m_add->setToolTip(tr("Add a dose (Ctrl+Shift+A)"));
    m_add->setAccessibleName(tr("Add dose"));
    m_remove->setObjectName(QStringLiteral("removeDose"));
    m_remove->setToolTip(tr("Remove the selected dose (Delete)"));
    m_remove->setAccessibleName(tr("Remove dose"));
    m_message->setObjectName(QStringLiteral("doseMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *deleteRow = new QAction(tr("Remove dose"), m_view);
    deleteRow->setShortcut(QKeySequence::Delete);
    deleteRow->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteRow);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &DoseTable::addBlank);
    connect(m_remove, &QPushButton::clicked, this, &DoseTable::removeCurrent);
    connect(deleteRow, &QAction::triggered, this, &DoseTable::removeCurrent);
    connect(m_model, &DosesModel::problemsChanged, this, [this](const QList<FieldError> &problems) {
        QStringList lines;
        for (const FieldError &p : problems)
            lines.append(p.message);
        showMessages(lines);
    });
    connect(m_model, &DosesModel::editRefused, this, [this](const QString &message) { showMessages({message}); });
}

void DoseTable::commitOpenEditor()
{
    if (QWidget *open = m_view->indexWidget(m_view->currentIndex()))
        m_view->itemDelegate()->setModelData(open, m_model, m_view->currentIndex());
}

void DoseTable::addDoses(const QList<Intake> &doses, int column)
{
    if (doses.isEmpty())
        return;
    const int first = m_model->append(doses);
    m_view->setCurrentIndex(m_model->index(first, column));
    m_view->setFocus();
}

void DoseTable::showMessages(const QStringList &messages)
{
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
}

void DoseTable::setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder)
{
    m_adder = std::move(adder);
    auto *delegate = qobject_cast<DoseDelegate *>(m_view->itemDelegate());
    // The dialog opens after the editor has closed, not inside its commit.
    delegate->setNewSubstanceHandler(
        [this](int row) { QTimer::singleShot(0, this, [this, row] { askForNewSubstance(row); }); });
}

void DoseTable::askForNewSubstance(int row)
{
    NewSubstanceDialog dialog(m_model->catalog(), this);
    if (dialog.exec() == QDialog::Accepted)
        addSubstance(row, dialog.substance());
}

bool DoseTable::addSubstance(int row, const Substance &substance)
{
    if (!m_adder)
        return false;
    const auto added = m_adder(substance);
    if (!added) {
        showMessages({added.error().message});
        return false;
    }
    QList<Substance> catalog = m_model->catalog();
    catalog.append(added.value());
    m_model->setCatalog(catalog);
    m_model->setData(m_model->index(row, DosesModel::SubstanceColumn), added->name);
    return true;
}

void DoseTable::addBlank()
{
    const int row = m_model->appendBlank();
    const QModelIndex first = m_model->index(row, DosesModel::SubstanceColumn);
    m_view->setCurrentIndex(first);
    m_view->setFocus();
    m_view->edit(first);
}

void DoseTable::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRowAt(current.row());
}

} // namespace rls
