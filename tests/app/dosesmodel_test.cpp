// SPDX-License-Identifier: GPL-3.0-or-later
// The one dose table the evening log and "My regimen" share.
#include "doses/dosedelegate.h"
#include "doses/dosesmodel.h"
#include "doses/dosetable.h"
#include "doses/newsubstancedialog.h"
#include "model/validation.h"
#include "support/tempdiary.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

struct DosesFixture {
    DosesModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QStringList refused;
    DosesFixture()
    {
        model.setCatalog(test::seededCatalog());
        QObject::connect(&model, &DosesModel::editRefused, &model, [this](const QString &m) { refused.append(m); });
    }
    bool set(int row, int column, const QVariant &value) { return model.setData(model.index(row, column), value); }
    QString text(int row, int column) const { return model.index(row, column).data().toString(); }
};

} // namespace

TEST(DosesModel, behavesAsAnItemModel_whileEdited)
{
    DosesFixture f;
    f.model.setDoses({{substances::Magnesium, 200, QStringLiteral("mg"), {}, QTime(21, 0)}});
    const int row = f.model.appendBlank();
    EXPECT_FALSE(f.model.check().isEmpty()); // the new dose has no amount yet
    EXPECT_TRUE(f.set(row, DosesModel::AmountColumn, 3.5));
    EXPECT_TRUE(f.model.check().isEmpty());
    f.model.append({{substances::Iron, 25, QStringLiteral("mg"), {}, std::nullopt}});
    f.model.removeRowAt(0);
    EXPECT_EQ(f.model.rowCount(), 2);
    f.model.setDoses({});
    EXPECT_EQ(f.model.rowCount(), 0);
}

TEST(DosesModel, header_saysMagnesiumAndIronAreElemental)
{
    DosesFixture f;
    const QString amount = f.model.headerData(DosesModel::AmountColumn, Qt::Horizontal).toString();
    EXPECT_TRUE(amount.contains(QStringLiteral("elemental"))) << amount.toStdString();
    EXPECT_TRUE(f.model.headerData(DosesModel::AmountColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("81 mg")));
    EXPECT_EQ(f.model.headerData(DosesModel::LabelColumn, Qt::Horizontal).toString(), QStringLiteral("Label mg"));
}

TEST(DosesModel, labelWeightWithAForm_fillsInTheElementalAmount_andKeepsBoth)
{
    DosesFixture f;
    f.model.setDoses({{substances::Magnesium, 0, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    ASSERT_TRUE(f.set(0, DosesModel::LabelColumn, 500.0));
    const Intake dose = f.model.doses().first();
    EXPECT_DOUBLE_EQ(dose.amount, 80.8); // 500 mg of magnesium citrate is about 81 mg of magnesium
    EXPECT_EQ(dose.labelMg, 500.0);
    EXPECT_TRUE(f.model.index(0, DosesModel::AmountColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("from 500 mg of magnesium citrate")));
    // The share by weight is a percentage (80.8 of 500 mg), and says so.
    const QString tip = f.model.index(0, DosesModel::AmountColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(
        QStringLiteral("magnesium citrate (anhydrous trimagnesium dicitrate), 16.2% magnesium by weight.")))
        << tip.toStdString();
    // A different form on the label: the amount follows.
    ASSERT_TRUE(f.set(0, DosesModel::FormColumn, QStringLiteral("glycinate")));
    EXPECT_DOUBLE_EQ(f.model.doses().first().amount, 70.5);
    EXPECT_TRUE(f.refused.isEmpty());
}

TEST(DosesModel, labelWeightForIron_usesIronForms)
{
    DosesFixture f;
    f.model.setDoses({{substances::Iron, 0, QStringLiteral("mg"), QStringLiteral("ferrous sulfate"), QTime(8, 0)}});
    ASSERT_TRUE(f.set(0, DosesModel::LabelColumn, 325.0));
    EXPECT_DOUBLE_EQ(f.model.doses().first().amount, 65.3);
}

TEST(DosesModel, labelWeightWithoutAKnownForm_asksForTheForm_andLeavesTheAmount)
{
    DosesFixture f;
    f.model.setDoses({{substances::Magnesium, 100, QStringLiteral("mg"), QStringLiteral("other"), QTime(21, 0)}});
    EXPECT_TRUE(f.set(0, DosesModel::LabelColumn, 500.0));
    EXPECT_DOUBLE_EQ(f.model.doses().first().amount, 100.0);
    ASSERT_EQ(f.refused.size(), 1);
    EXPECT_TRUE(f.refused.first().contains(QStringLiteral("choose the form"))) << f.refused.first().toStdString();
}

TEST(DosesModel, labelColumn_isOnlyEditableForMagnesiumAndIron)
{
    DosesFixture f;
    f.model.setDoses({{substances::Caffeine, 95, QStringLiteral("mg"), {}, std::nullopt},
        {substances::Iron, 25, QStringLiteral("mg"), {}, std::nullopt}});
    EXPECT_FALSE(f.model.flags(f.model.index(0, DosesModel::LabelColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(f.model.flags(f.model.index(1, DosesModel::LabelColumn)).testFlag(Qt::ItemIsEditable));
}

TEST(DosesModel, changingTheSubstance_bringsItsUnit_dropsFormAndLabel)
{
    DosesFixture f;
    f.model.setDoses(
        {{substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), std::nullopt, 300.0}});
    ASSERT_TRUE(f.set(0, DosesModel::SubstanceColumn, QStringLiteral("alcohol")));
    const Intake dose = f.model.doses().first();
    EXPECT_EQ(dose.substance, substances::Alcohol); // the catalog's spelling
    EXPECT_EQ(dose.unit, QStringLiteral("standard drinks"));
    EXPECT_TRUE(dose.form.isEmpty());
    EXPECT_FALSE(dose.labelMg);
}

TEST(DosesModel, amountInThePersonsLanguage_andTimesThatAreNoTime)
{
    QLocale::setDefault(QLocale(QLocale::German));
    DosesFixture f;
    f.model.setDoses({{substances::Magnesium, 1, QStringLiteral("mg"), {}, QTime(21, 0)}});
    EXPECT_TRUE(f.set(0, DosesModel::AmountColumn, QStringLiteral("1,5")));
    EXPECT_DOUBLE_EQ(f.model.doses().first().amount, 1.5);
    EXPECT_FALSE(f.set(0, DosesModel::AmountColumn, QStringLiteral("viel")));
    EXPECT_DOUBLE_EQ(f.model.doses().first().amount, 1.5);
    QLocale::setDefault(QLocale::c());
    EXPECT_FALSE(f.set(0, DosesModel::TimeColumn, QStringLiteral("25:61")));
    EXPECT_EQ(f.model.doses().first().time, QTime(21, 0));
    EXPECT_TRUE(f.set(0, DosesModel::TimeColumn, QStringLiteral("2130")));
    EXPECT_EQ(f.model.doses().first().time, QTime(21, 30));
    EXPECT_TRUE(f.set(0, DosesModel::TimeColumn, QString()));
    EXPECT_FALSE(f.model.doses().first().time);
    EXPECT_EQ(f.refused.size(), 2);
}

// Issue 13: a dose of 0 is a recorded "none" (an imported "Drinks = 0"); a new row whose amount
// was never typed is not.
TEST(DosesModel, aDoseOfZero_showsAsZero_andIsKept_butANewRowNeedsItsAmount)
{
    DosesFixture f;
    f.model.setDoses({{substances::Alcohol, 0, QStringLiteral("standard drinks"), {}, std::nullopt}});
    EXPECT_EQ(f.text(0, DosesModel::AmountColumn), QStringLiteral("0"));
    EXPECT_TRUE(f.model.check().isEmpty());
    const int row = f.model.appendBlank();
    EXPECT_EQ(f.text(row, DosesModel::AmountColumn), QString());
    const QList<FieldError> problems = f.model.check();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).field, intakeFieldKey(row, QStringLiteral("amount")));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("amount is missing")))
        << problems.at(0).message.toStdString();
    EXPECT_TRUE(f.set(row, DosesModel::AmountColumn, 0.0)); // typed: none taken
    EXPECT_TRUE(f.model.check().isEmpty());
    EXPECT_EQ(f.text(row, DosesModel::AmountColumn), QStringLiteral("0"));
    f.model.removeRowAt(0);
    EXPECT_TRUE(f.model.check().isEmpty());
}

TEST(DosesModel, problems_markTheirCells_andNameTheRow)
{
    DosesFixture f;
    f.model.setDoses({{QStringLiteral("Unobtainium"), 5, QStringLiteral("mg"), {}, std::nullopt},
        {substances::Magnesium, 300, QStringLiteral("mg"), QStringLiteral("glycinate"), std::nullopt, 100.0}});
    const QList<FieldError> problems = f.model.check();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("Row 1: \"Unobtainium\"")))
        << problems.at(0).message.toStdString();
    EXPECT_TRUE(problems.at(1).message.startsWith(QStringLiteral("Row 2:"))) << problems.at(1).message.toStdString();
    EXPECT_FALSE(f.model.index(0, DosesModel::SubstanceColumn).data(Qt::DecorationRole).isNull());
    EXPECT_FALSE(f.model.index(1, DosesModel::LabelColumn).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(f.model.index(1, DosesModel::TimeColumn).data(Qt::DecorationRole).isNull());
}

TEST(NewSubstance, nameSuggestsKindAndFacts_untilThePersonChooses)
{
    NewSubstanceDialog dialog(test::seededCatalog());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("substanceName"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("substanceKind"));
    ASSERT_TRUE(name && kind);
    QTest::keyClicks(name, QStringLiteral("Magnesium bisglycinate powder"));
    EXPECT_EQ(dialog.substance().kind, SubstanceKind::Magnesium);
    EXPECT_TRUE(dialog.substance().flags.testFlag(SubstanceFlag::CountsTowardsMagnesiumLimit));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Levodopa retard"));
    EXPECT_EQ(dialog.substance().kind, SubstanceKind::Medication);
    EXPECT_TRUE(dialog.substance().flags.testFlag(SubstanceFlag::Dopaminergic));
}

TEST(NewSubstance, aNameTheCatalogHas_isRefusedWithAMessage)
{
    NewSubstanceDialog dialog(test::seededCatalog());
    dialog.findChild<QLineEdit *>(QStringLiteral("substanceName"))->setText(QStringLiteral("pramipexole"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("already in the list"));
    EXPECT_TRUE(said);
}

TEST(DoseTable, ownSubstance_isWrittenToTheDiary_andChosenInTheRow)
{
    test::TempDiary diary;
    DoseTable table;
    table.model()->setCatalog(diary.store().substances().value());
    table.setSubstanceAdder([&diary](const Substance &s) { return diary.store().addSubstance(s); });
    table.model()->setDoses({{substances::Magnesium, 100, QStringLiteral("mg"), {}, std::nullopt}});
    Substance own = newSubstanceNamed(QStringLiteral("Magnesium citrate powder"), QStringLiteral("g"));
    ASSERT_TRUE(table.addSubstance(0, own));
    EXPECT_EQ(table.model()->doses().first().substance, own.name);
    EXPECT_EQ(table.model()->doses().first().unit, QStringLiteral("g"));
    const QList<Substance> catalog = diary.store().substances().value(); // kept: stored points into it
    const Substance *stored = findSubstance(catalog, own.name);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->kind, SubstanceKind::Magnesium);
    // The same name again is refused by the diary, and the row keeps what it had.
    EXPECT_FALSE(table.addSubstance(0, newSubstanceNamed(QStringLiteral("MAGNESIUM"), QStringLiteral("mg"))));
    EXPECT_EQ(table.model()->doses().first().substance, own.name);
    EXPECT_TRUE(table.messageLabel()->text().contains(QStringLiteral("already")));
}

// Issue 13: an amount the import accepts (0.0000004 mg) showed as "4e-07", and opening its cell
// and leaving it rounded it to 0 through the editor's three decimals. It shows as stored, and an
// editor that was not changed writes nothing back.
TEST(DosesModel, anAmountShowsAsStored_andAnUntouchedEditorKeepsIt)
{
    QLocale::setDefault(QLocale::c());
    DosesFixture f;
    f.model.setDoses({{substances::Magnesium, 0.0000004, QStringLiteral("mg"), {}, {}},
        {substances::Magnesium, 99999.99999999999, QStringLiteral("mg"), {}, {}}});
    EXPECT_EQ(f.text(0, DosesModel::AmountColumn), QStringLiteral("0.0000004"));
    EXPECT_EQ(f.text(1, DosesModel::AmountColumn), QStringLiteral("99999.99999999999"));

    DoseDelegate delegate;
    QWidget parent;
    const QModelIndex cell = f.model.index(0, DosesModel::AmountColumn);
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, cell));
    delegate.setEditorData(editor.get(), cell);
    delegate.setModelData(editor.get(), &f.model, cell); // opened and left as it was
    EXPECT_EQ(f.model.doses().at(0).amount, 0.0000004);
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
    ASSERT_NE(spin, nullptr);
    spin->setValue(2.5); // changed: written
    delegate.setModelData(editor.get(), &f.model, cell);
    EXPECT_EQ(f.model.doses().at(0).amount, 2.5);
}
