// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/intakeseditor.h"

#include "doses/dosesmodel.h"
#include "doses/dosetable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rls {

IntakesEditor::IntakesEditor(QWidget *parent)
    : QGroupBox(tr("Taken today"), parent)
    , m_table(new DoseTable(this))
    , m_regimenButton(new QPushButton(tr("My re&gimen"), this))
    , m_alcoholButton(new QPushButton(tr("A&lcohol"), this))
{
    setObjectName(QStringLiteral("intakesEditor"));
    m_table->view()->setObjectName(QStringLiteral("intakesTable"));
    m_table->view()->setAccessibleName(tr("Intakes"));
    m_table->addButton()->setObjectName(QStringLiteral("addIntake"));
    // Ctrl+Shift+A adds a dose and Delete removes the selected one: their Alt letters are left
    // to the sections of the evening (Coffee or tea, Alcohol, Tags, Note).
    m_table->addButton()->setText(tr("Add"));
    m_table->addButton()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_table->addButton()->setToolTip(tr("Add a dose (Ctrl+Shift+A)"));
    m_table->removeButton()->setObjectName(QStringLiteral("removeIntake"));
    m_table->removeButton()->setText(tr("Remove"));
    m_table->removeButton()->setToolTip(tr("Remove the selected dose (Delete)"));

    auto *yesterday = new QPushButton(tr("Same as &yesterday"), this);
    yesterday->setObjectName(QStringLiteral("sameAsYesterday"));
    yesterday->setToolTip(tr("Copy the previous day's intakes into today"));
    m_regimenButton->setObjectName(QStringLiteral("addRegimen"));

    // Push buttons with a menu: they leave room for the menu's arrow, which a tool button drew
    // over the last letter of "Coffee or tea" and "Alcohol".
    auto *coffee = new QPushButton(tr("&Coffee or tea"), this);
    coffee->setObjectName(QStringLiteral("addCaffeine"));
    auto *coffeeMenu = new QMenu(coffee);
    for (const CaffeineDrink &drink : caffeineDrinks()) {
        QAction *a = coffeeMenu->addAction(tr("%1: %2 mg").arg(drink.name).arg(drink.caffeineMg));
        connect(a, &QAction::triggered, this,
            [this, drink] { addDrink(substances::Caffeine, drink.name, drink.caffeineMg, QStringLiteral("mg")); });
    }
    coffee->setMenu(coffeeMenu);
    coffee->setToolTip(tr("Adds the drink's caffeine in mg (USDA FoodData typical values) at the time now"));
    m_alcoholButton->setObjectName(QStringLiteral("addAlcohol"));
    m_alcoholButton->setMenu(new QMenu(m_alcoholButton));
    buildDrinkMenus();

    auto *quick = new QHBoxLayout;
    quick->addWidget(yesterday);
    quick->addWidget(m_regimenButton);
    quick->addWidget(coffee);
    quick->addWidget(m_alcoholButton);
    quick->addStretch(1);

    m_tabChain = {m_table->view(), m_table->addButton(), m_table->removeButton(), yesterday, m_regimenButton, coffee,
        m_alcoholButton};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(quick);

    connect(yesterday, &QPushButton::clicked, this, &IntakesEditor::sameAsYesterdayRequested);
    connect(m_regimenButton, &QPushButton::clicked, this, [this] {
        if (m_regimen.isEmpty())
            emit regimenSetupRequested();
        else
            addIntakes(m_regimen);
    });
    connect(m_table->model(), &DosesModel::dosesChanged, this, &IntakesEditor::changed);
    setRegimen({});
}

DosesModel *IntakesEditor::model() const
{
    return m_table->model();
}

QTableView *IntakesEditor::view() const
{
    return m_table->view();
}

void IntakesEditor::buildDrinkMenus()
{
    QMenu *menu = m_alcoholButton->menu();
    menu->clear();
    const QLocale locale;
    for (const AlcoholDrink &drink : alcoholDrinks()) {
        const double drinks = standardDrinks(drink.volumeMl, drink.abvPercent, m_standardDrink);
        QAction *a = menu->addAction(tr("%1: %2").arg(drink.name, standardDrinksText(drinks, locale)));
        connect(a, &QAction::triggered, this, [this, drink, drinks] {
            addDrink(substances::Alcohol, drink.name, drinks, QStringLiteral("standard drinks"));
        });
    }
    m_alcoholButton->setToolTip(
        tr("Adds the drink as standard drinks of %1 g of alcohol (set in Preferences) at the time now")
            .arg(static_cast<int>(m_standardDrink)));
}

void IntakesEditor::addDrink(const QString &substance, const QString &name, double amount, const QString &unit)
{
    const QTime now = m_clock().time();
    // The drink's name stays as its form, so the notes and the export can say what it was.
    addIntakes({{substance, amount, unit, name, QTime(now.hour(), now.minute())}});
}

QList<Intake> IntakesEditor::intakes() const
{
    return m_table->model()->doses();
}

void IntakesEditor::setIntakes(const QList<Intake> &intakes)
{
    const QSignalBlocker blocker(this);
    m_table->model()->setDoses(intakes);
}

void IntakesEditor::setCatalog(const QList<Substance> &catalog)
{
    m_table->model()->setCatalog(catalog);
}

void IntakesEditor::setSubstanceAdder(std::function<Result<Substance>(const Substance &)> adder)
{
    m_table->setSubstanceAdder(std::move(adder));
}

void IntakesEditor::setRegimen(const Regimen &regimen, const QString &why)
{
    m_regimen = regimen;
    // Without a regimen the button stays pressable and leads to where one is set up, rather
    // than sitting greyed out with no word on why.
    m_regimenButton->setText(regimen.isEmpty() ? tr("Set up my re&gimen…") : tr("My re&gimen"));
    QStringList lines;
    for (const Intake &in : regimen)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(in.substance, in.form, QLocale().toString(in.amount, 'g', 6), in.unit,
                             in.time ? tr("at %1").arg(in.time->toString(u"HH:mm")) : QString())
                         .simplified());
    QString tip = regimen.isEmpty() ? tr("Your usual doses, added in one key once they are set: opens Preferences")
                                    : tr("Add your usual doses:\n%1").arg(lines.join(u'\n'));
    if (!why.isEmpty())
        tip = why + u'\n' + tip;
    m_regimenButton->setToolTip(tip);
}

void IntakesEditor::setStandardDrink(StandardDrink size)
{
    m_standardDrink = size;
    buildDrinkMenus();
}

void IntakesEditor::addIntakes(const QList<Intake> &intakes)
{
    if (intakes.isEmpty())
        return;
    m_table->addDoses(intakes, intakes.first().time ? DosesModel::AmountColumn : DosesModel::TimeColumn);
}

int IntakesEditor::showErrors(const QList<FieldError> &errors)
{
    m_table->model()->setProblems(errors);
    return static_cast<int>(m_table->model()->problems().size());
}

void IntakesEditor::clearErrors()
{
    m_table->model()->setProblems({});
}

void IntakesEditor::commitOpenEditor()
{
    m_table->commitOpenEditor();
}

} // namespace rls
