// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/errormarks.h"
#include "model/catalog.h"
#include "model/drinks.h"
#include "model/night.h"
#include "model/regimen.h"

#include <QGroupBox>

class QPushButton;
class QTableView;
class QToolButton;

namespace rls {

class IntakesModel;

/// Today's intakes: a table with add and remove, "Same as yesterday", "My regimen", and
/// one-click caffeinated drinks (stored as mg) and alcoholic drinks (as standard drinks).
class IntakesEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakesEditor)

public:
    explicit IntakesEditor(QWidget *parent = nullptr);

    IntakesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<Intake> intakes() const;
    void setIntakes(const QList<Intake> &intakes);
    void setCatalog(const QList<Substance> &catalog);
    void setRegimen(const Regimen &regimen);
    void setStandardDrink(StandardDrink size);
    /// Adds rows and puts the cursor on the first new row's time, ready to type.
    void addIntakes(const QList<Intake> &intakes);

    int showErrors(const QList<FieldError> &errors);
    /// The table, then the buttons, in the order Tab visits them.
    QList<QWidget *> tabChain() const { return m_tabChain; }
    void clearErrors() { m_errors.clear(); }

signals:
    void changed();
    void sameAsYesterdayRequested();

private:
    void buildDrinkMenus();
    void addBlankRow();
    void removeCurrentRow();

    IntakesModel *m_model;
    QTableView *m_view;
    QPushButton *m_regimenButton;
    QToolButton *m_alcoholButton;
    Regimen m_regimen;
    StandardDrink m_standardDrink = StandardDrink::US;
    QLabel *m_errorLabel;
    QList<QWidget *> m_tabChain;
    ErrorMarks m_errors;
};

} // namespace rls
