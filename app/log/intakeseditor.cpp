// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/intakeseditor.h"

#include "log/intakedelegate.h"
#include "log/intakesmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rls {

IntakesEditor::IntakesEditor(QWidget *parent)
    : QGroupBox(tr("Taken today"), parent)
    , m_model(new IntakesModel(this))
    , m_view(new QTableView(this))
    , m_regimenButton(new QPushButton(tr("My re&gimen"), this))
    , m_alcoholButton(new QToolButton(this))
    , m_errorLabel(ErrorMarks::makeLabel(this))
{
    setObjectName(QStringLiteral("intakesEditor"));
    m_view->setObjectName(QStringLiteral("intakesTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new IntakeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(IntakesModel::AmountColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IntakesModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(
        m_view->verticalHeader()->defaultSectionSize() * 4 + m_view->horizontalHeader()->sizeHint().height());
    m_view->setAccessibleName(tr("Intakes"));

    auto *add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("addIntake"));
    add->setToolTip(tr("Add a row (Ctrl+Shift+A)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto *remove = new QPushButton(tr("Rem&ove"), this);
    remove->setObjectName(QStringLiteral("removeIntake"));
    auto *yesterday = new QPushButton(tr("Same as &yesterday"), this);
    yesterday->setObjectName(QStringLiteral("sameAsYesterday"));
    yesterday->setToolTip(tr("Copy the previous day's intakes into today"));
    m_regimenButton->setObjectName(QStringLiteral("addRegimen"));

    auto *coffee = new QToolButton(this);
    coffee->setObjectName(QStringLiteral("addCaffeine"));
    coffee->setText(tr("Coffee or tea"));
    coffee->setPopupMode(QToolButton::InstantPopup);
    coffee->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *coffeeMenu = new QMenu(coffee);
    for (const CaffeineDrink &drink : caffeineDrinks()) {
        QAction *a = coffeeMenu->addAction(tr("%1: %2 mg").arg(drink.name).arg(drink.caffeineMg));
        connect(a, &QAction::triggered, this, [this, drink] {
            addIntakes({{substances::Caffeine, drink.caffeineMg, QStringLiteral("mg"), {}, std::nullopt}});
        });
    }
    coffee->setMenu(coffeeMenu);
    coffee->setToolTip(tr("Adds the drink's caffeine in mg (USDA FoodData typical values)"));
    m_alcoholButton->setObjectName(QStringLiteral("addAlcohol"));
    m_alcoholButton->setText(tr("Alcohol"));
    m_alcoholButton->setPopupMode(QToolButton::InstantPopup);
    m_alcoholButton->setMenu(new QMenu(m_alcoholButton));
    buildDrinkMenus();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *quick = new QHBoxLayout;
    quick->addWidget(yesterday);
    quick->addWidget(m_regimenButton);
    quick->addWidget(coffee);
    quick->addWidget(m_alcoholButton);
    quick->addStretch(1);

    m_tabChain = {m_view, add, remove, yesterday, m_regimenButton, coffee, m_alcoholButton};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(quick);
    layout->addWidget(m_errorLabel);
    m_errors.add(QStringLiteral("intakes"), m_view, m_errorLabel);

    connect(add, &QPushButton::clicked, this, &IntakesEditor::addBlankRow);
    connect(remove, &QPushButton::clicked, this, &IntakesEditor::removeCurrentRow);
    connect(yesterday, &QPushButton::clicked, this, &IntakesEditor::sameAsYesterdayRequested);
    connect(m_regimenButton, &QPushButton::clicked, this, [this] { addIntakes(m_regimen); });
    connect(m_model, &IntakesModel::intakesChanged, this, &IntakesEditor::changed);
    connect(m_model, &IntakesModel::editRefused, this, [this](const QString &message) {
        m_errors.show({{QStringLiteral("intakes"), message}});
    });
    setRegimen({});
}

void IntakesEditor::buildDrinkMenus()
{
    QMenu *menu = m_alcoholButton->menu();
    menu->clear();
    const QLocale locale;
    for (const AlcoholDrink &drink : alcoholDrinks()) {
        const double drinks = standardDrinks(drink.volumeMl, drink.abvPercent, m_standardDrink);
        QAction *a = menu->addAction(tr("%1: %2 standard drinks").arg(drink.name, locale.toString(drinks, 'g', 3)));
        connect(a, &QAction::triggered, this, [this, drinks] {
            addIntakes({{substances::Alcohol, drinks, QStringLiteral("standard drinks"), {}, std::nullopt}});
        });
    }
    m_alcoholButton->setToolTip(tr("Adds the drink as standard drinks of %1 g of alcohol (set in Preferences)")
                                    .arg(static_cast<int>(m_standardDrink)));
}

QList<Intake> IntakesEditor::intakes() const
{
    return m_model->intakes();
}

void IntakesEditor::setIntakes(const QList<Intake> &intakes)
{
    const QSignalBlocker blocker(this);
    m_model->setIntakes(intakes);
}

void IntakesEditor::setCatalog(const QList<Substance> &catalog)
{
    m_model->setCatalog(catalog);
}

void IntakesEditor::setRegimen(const Regimen &regimen)
{
    m_regimen = regimen;
    m_regimenButton->setEnabled(!regimen.isEmpty());
    QStringList lines;
    for (const Intake &in : regimen)
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(in.substance, in.form, QLocale().toString(in.amount, 'g', 6), in.unit,
                             in.time ? tr("at %1").arg(in.time->toString(u"HH:mm")) : QString())
                         .simplified());
    m_regimenButton->setToolTip(regimen.isEmpty() ? tr("Set up your usual doses in Edit ▸ Preferences")
                                                  : tr("Add your usual doses:\n%1").arg(lines.join(u'\n')));
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
    const int first = m_model->append(intakes);
    const QModelIndex focus
        = m_model->index(first, intakes.first().time ? IntakesModel::AmountColumn : IntakesModel::TimeColumn);
    m_view->setCurrentIndex(focus);
    m_view->setFocus();
}

void IntakesEditor::addBlankRow()
{
    const QList<Substance> &catalog = m_model->catalog();
    const Substance first = catalog.isEmpty() ? Substance {} : catalog.first();
    const int row = m_model->append({{first.name, 0, first.unit, {}, std::nullopt}});
    const QModelIndex index = m_model->index(row, IntakesModel::SubstanceColumn);
    m_view->setCurrentIndex(index);
    m_view->setFocus();
    m_view->edit(index);
}

void IntakesEditor::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRowAt(current.row());
}

int IntakesEditor::showErrors(const QList<FieldError> &errors)
{
    // Core names intake fields "intakes[2].amount"; they all show under the table.
    QList<FieldError> mine;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QStringLiteral("intakes")))
            mine.append({QStringLiteral("intakes"), e.message});
    }
    return m_errors.show(mine);
}

} // namespace rls
