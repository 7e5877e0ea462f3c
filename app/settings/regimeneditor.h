// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/regimen.h"
#include "model/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rls {

class RegimenModel;

/// Edits "My regimen": a table of usual doses with buttons to add and remove a dose, and a line
/// under it naming the rows that cannot be saved.
class RegimenEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenEditor)

public:
    RegimenEditor(const QList<Substance> &catalog, QWidget *parent = nullptr);

    void setRegimen(const Regimen &regimen);
    Regimen regimen() const;
    /// Checks every row; shows the problems under the table. True when the regimen can be saved.
    bool check();

    QTableView *view() const { return m_view; }
    RegimenModel *model() const { return m_model; }

private:
    void addDose();
    void removeDose();
    void showProblems(const QList<FieldError> &problems);

    RegimenModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rls
