// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/regimen.h"
#include "model/result.h"

#include <QWidget>

#include <functional>

class QTableView;

namespace rls {

class DosesModel;
class DoseTable;

/// Edits "My regimen" in the same dose table as the evening log: add and remove doses, the
/// label's weight turned into elemental mg, and a line under it naming the rows that cannot be saved.
class RegimenEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenEditor)

public:
    RegimenEditor(const QList<Substance> &catalog, QWidget *parent = nullptr);

    void setRegimen(const Regimen &regimen);
    Regimen regimen() const;
    /// Checks every row; shows the problems under the table. True when the regimen can be saved.
    bool check();

    /// Lets the person add a substance of their own from the substance list (see DoseTable).
    void setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder);

    QTableView *view() const;
    DosesModel *model() const;

private:
    DoseTable *m_table;
};

} // namespace rls
