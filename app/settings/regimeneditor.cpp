// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/regimeneditor.h"

#include "doses/dosesmodel.h"
#include "doses/dosetable.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rls {

RegimenEditor::RegimenEditor(const QList<Substance> &catalog, QWidget *parent)
    : QWidget(parent)
    , m_table(new DoseTable(this))
{
    setObjectName(QStringLiteral("regimenEditor"));
    m_table->model()->setCatalog(catalog);
    m_table->view()->setObjectName(QStringLiteral("regimenTable"));
    m_table->view()->setAccessibleName(tr("My regimen"));
    m_table->addButton()->setObjectName(QStringLiteral("addDoseButton"));
    m_table->removeButton()->setObjectName(QStringLiteral("removeDoseButton"));
    m_table->messageLabel()->setObjectName(QStringLiteral("regimenMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void RegimenEditor::setRegimen(const Regimen &regimen)
{
    m_table->model()->setDoses(regimen);
}

Regimen RegimenEditor::regimen() const
{
    return m_table->model()->doses();
}

bool RegimenEditor::check()
{
    m_table->commitOpenEditor();
    return m_table->model()->check().isEmpty();
}

void RegimenEditor::setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder)
{
    m_table->setSubstanceAdder(std::move(adder));
}

QTableView *RegimenEditor::view() const
{
    return m_table->view();
}

DosesModel *RegimenEditor::model() const
{
    return m_table->model();
}

} // namespace rls
