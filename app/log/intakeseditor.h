// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/drinks.h"
#include "model/night.h"
#include "model/regimen.h"
#include "model/result.h"

#include <QDateTime>
#include <QGroupBox>

#include <functional>

class QPushButton;
class QTableView;

namespace rls {

class DosesModel;
class DoseTable;

/// Today's intakes: the shared dose table, "Same as yesterday", "My regimen", and one-click
/// caffeinated drinks (as mg of caffeine) and alcoholic drinks (as standard drinks), each added
/// with the drink's name and the time now, which the person can change.
class IntakesEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakesEditor)

public:
    explicit IntakesEditor(QWidget *parent = nullptr);

    DosesModel *model() const;
    QTableView *view() const;
    QList<Intake> intakes() const;
    void setIntakes(const QList<Intake> &intakes);
    void setCatalog(const QList<Substance> &catalog);
    /// What "My regimen" adds; `why` is a line for its tooltip saying why it differs from the
    /// person's usual doses (a block of a personal trial), empty when it does not.
    void setRegimen(const Regimen &regimen, const QString &why = {});
    void setStandardDrink(StandardDrink size);
    /// Where a quick-added drink's time comes from; the page hands in its one clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Lets the person add a substance of their own from the substance list (see DoseTable).
    void setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder);
    /// Adds rows and puts the cursor on the first new row's time (or amount, when it has a
    /// time), ready to type.
    void addIntakes(const QList<Intake> &intakes);

    /// Marks the intake fields core named; returns how many messages it shows.
    int showErrors(const QList<FieldError> &errors);
    void clearErrors();
    /// An editor still open holds a value the model has not seen yet: hand it over.
    void commitOpenEditor();
    /// The table, then the buttons, in the order Tab visits them.
    QList<QWidget *> tabChain() const { return m_tabChain; }

signals:
    void changed();
    void sameAsYesterdayRequested();
    /// "My regimen" was pressed before any regimen was set: the person wants to set it up.
    void regimenSetupRequested();

private:
    void buildDrinkMenus();
    void addDrink(const QString &substance, const QString &name, double amount, const QString &unit);

    DoseTable *m_table;
    QPushButton *m_regimenButton;
    QPushButton *m_alcoholButton;
    Regimen m_regimen;
    StandardDrink m_standardDrink = StandardDrink::US;
    QList<QWidget *> m_tabChain;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
};

} // namespace rls
