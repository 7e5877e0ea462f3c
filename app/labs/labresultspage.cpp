// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/labresultspage.h"

#include "labs/labresultdialog.h"
#include "labs/labresultsmodel.h"
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rls {

LabResultsPage::LabResultsPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new LabResultsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("labResultsPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LabResultsModel::SortRole);
    m_view->setObjectName(QStringLiteral("labResultsTable"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LabResultsModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Lab results"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabResultsModel::GuidelineColumn, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add result…"), this);
    add->setObjectName(QStringLiteral("addLabResultButton"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_edit->setObjectName(QStringLiteral("editLabResultButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteLabResultButton"));
    auto *deleteKey = new QAction(tr("Delete lab result"), m_view);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);

    auto *intro = new QLabel(tr("Results of the blood tests your doctor ordered. For restless legs, "
                                "ferritin and transferrin saturation matter most."),
        this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("labResultsStatus"));
    m_status->setWordWrap(true);
    auto *footer = new QLabel(tr("Guidelines advise iron when ferritin is at or below 75 ng/mL (µg/L) or "
                                 "transferrin saturation is below 20% (AASM 2024 guideline; AAN 2016). Ferritin "
                                 "is best drawn in the morning, with no iron in the 24 hours before. Your doctor "
                                 "interprets your results."),
        this);
    footer->setObjectName(QStringLiteral("labGuidelineFooter"));
    footer->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(footer);

    connect(add, &QPushButton::clicked, this, &LabResultsPage::addResult);
    connect(m_edit, &QPushButton::clicked, this, &LabResultsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &LabResultsPage::deleteSelected);
    connect(deleteKey, &QAction::triggered, this, &LabResultsPage::deleteSelected);
    connect(m_view, &QTableView::activated, this, &LabResultsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LabResultsPage::updateButtons);
    connect(&m_context, &DiaryContext::diaryReplaced, this, &LabResultsPage::refresh);
    const bool writable = !m_context.store().isReadOnly();
    add->setEnabled(writable);
    m_writable = writable;
    refresh();
}

void LabResultsPage::refresh()
{
    auto results = m_context.store().labResults();
    if (!results) {
        m_model->setResults({});
        m_status->setText(results.error().message);
    } else {
        m_model->setResults(results.value());
        m_status->setText(results->isEmpty() ? tr("No lab results yet. Add one with “Add result…”.") : QString());
    }
    m_status->setVisible(!m_status->text().isEmpty());
    updateButtons();
}

LabResultDialog *LabResultsPage::addResult()
{
    return openDialog(new LabResultDialog(m_context.store(), std::nullopt, m_context.now().date(), this));
}

LabResultDialog *LabResultsPage::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return nullptr;
    const LabResult &result = m_model->results().at(m_sorted->mapToSource(current).row());
    return openDialog(new LabResultDialog(m_context.store(), result, m_context.now().date(), this));
}

LabResultDialog *LabResultsPage::openDialog(LabResultDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        selectId(dialog->saved().id);
    });
    dialog->open();
    return dialog;
}

void LabResultsPage::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return;
    const LabResult result = m_model->results().at(m_sorted->mapToSource(current).row());
    const QLocale locale;
    const auto answer = MessageBox::question(this, tr("Delete lab result"),
        tr("Delete the %1 result of %2 (%3 %4)? This cannot be undone.")
            .arg(result.test, locale.toString(result.date, QLocale::LongFormat), locale.toString(result.value, 'g', 6),
                result.unit),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto deleted = m_context.store().deleteLabResult(result.id); !deleted) {
        m_status->setText(deleted.error().message);
        m_status->show();
        return;
    }
    const int row = current.row();
    refresh();
    // Keep the keyboard where it was, so several results can be deleted one after the other.
    if (m_sorted->rowCount() > 0)
        m_view->selectRow(std::min(row, m_sorted->rowCount() - 1));
}

void LabResultsPage::selectId(qint64 id)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, 0).data(LabResultsModel::IdRole).toLongLong() == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_sorted->index(row, 0));
            return;
        }
    }
}

void LabResultsPage::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected && m_writable);
    m_delete->setEnabled(selected && m_writable);
}

} // namespace rls
