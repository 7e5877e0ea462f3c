// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/labresultdialog.h"
#include "labs/labresultsmodel.h"
#include "labs/labresultspage.h"
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "support/tempdiary.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate today(2026, 11, 23);

// The page over a real diary, with "today" fixed so new results get a known date.
struct LabFixture {
    test::TempDiary diary;
    QSettings settings {diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat};
    DiaryContext context {diary.store(), false, settings};
    std::unique_ptr<LabResultsPage> page;

    LabFixture()
    {
        context.setClock([] { return QDateTime(today, QTime(20, 0)); });
    }
    void open()
    {
        page = std::make_unique<LabResultsPage>(context);
        page->show();
    }
    void add(QDate date, const QString &test, double value, const QString &unit)
    {
        ASSERT_TRUE(diary.store().addLabResult({0, date, test, value, unit}));
    }
    QList<LabResult> stored()
    {
        auto results = diary.store().labResults();
        EXPECT_TRUE(results);
        return results ? results.value() : QList<LabResult>();
    }
    QString cell(int row, int column) const { return page->view()->model()->index(row, column).data().toString(); }
    void select(int row) const { page->view()->selectRow(row); }
    void click(const char *name) const
    {
        auto *button = page->findChild<QPushButton *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr) << name;
        button->click();
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void typeValue(LabResultDialog *dialog, const QString &text)
{
    auto *value = child<QLineEdit>(dialog, "labValueEdit");
    value->selectAll();
    QTest::keyClicks(value, text);
}

void clickOk(LabResultDialog *dialog)
{
    child<QDialogButtonBox>(dialog, "labResultButtons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST(LabResultsPage, addedThroughTheDialog_isSavedInTheDiary_andListed)
{
    LabFixture f;
    f.open();
    f.click("addLabResultButton");
    auto *dialog = f.page->findChild<LabResultDialog *>();
    ASSERT_NE(dialog, nullptr);
    child<QDateEdit>(dialog, "labDateEdit")->setDate(QDate(2026, 10, 2));
    auto *test = child<QComboBox>(dialog, "labTestCombo");
    test->setCurrentIndex(test->findText(QStringLiteral("Transferrin saturation")));
    EXPECT_EQ(child<QLineEdit>(dialog, "labUnitEdit")->text(), QStringLiteral("%"));
    typeValue(dialog, QStringLiteral("18"));
    clickOk(dialog);

    const QList<LabResult> stored = f.stored();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().date, QDate(2026, 10, 2));
    EXPECT_EQ(stored.first().test, QStringLiteral("Transferrin saturation"));
    EXPECT_EQ(stored.first().value, 18.0);
    EXPECT_EQ(stored.first().unit, QStringLiteral("%"));
    EXPECT_EQ(f.cell(0, LabResultsModel::ValueColumn), QStringLiteral("18"));
    EXPECT_TRUE(f.cell(0, LabResultsModel::GuidelineColumn).startsWith(QStringLiteral("Below 20%")));
}

TEST(LabResultDialog, listsFerritinAndTransferrinSaturationFirst_andFollowsTheTestWithItsUnit)
{
    LabFixture f;
    f.add(QDate(2025, 1, 1), QStringLiteral("Vitamin D"), 40, QStringLiteral("ng/mL"));
    f.open();
    LabResultDialog *dialog = f.page->addResult();
    auto *test = child<QComboBox>(dialog, "labTestCombo");
    ASSERT_GE(test->count(), 5);
    EXPECT_EQ(test->itemText(0), QStringLiteral("Ferritin"));
    EXPECT_EQ(test->itemText(1), QStringLiteral("Transferrin saturation"));
    EXPECT_EQ(test->itemText(4), QStringLiteral("Vitamin D")); // names the diary already holds
    auto *unit = child<QLineEdit>(dialog, "labUnitEdit");
    EXPECT_EQ(unit->text(), QStringLiteral("ng/mL"));
    test->setCurrentIndex(test->findText(QStringLiteral("Serum magnesium")));
    EXPECT_EQ(unit->text(), QStringLiteral("mmol/L"));
    unit->setText(QStringLiteral("mg/dL")); // the person's own unit stays when the test changes
    test->setCurrentIndex(test->findText(QStringLiteral("Haemoglobin")));
    EXPECT_EQ(unit->text(), QStringLiteral("mg/dL"));
    EXPECT_EQ(child<QDateEdit>(dialog, "labDateEdit")->date(), today);
    EXPECT_TRUE(child<QDateEdit>(dialog, "labDateEdit")->calendarPopup());
}

TEST(LabResultsPage, ferritinGuideline_showsFor60_notFor120_newestFirst)
{
    LabFixture f;
    f.add(QDate(2025, 3, 1), QStringLiteral("Ferritin"), 60, QStringLiteral("ng/mL"));
    f.add(QDate(2025, 9, 1), QStringLiteral("Ferritin"), 120, QStringLiteral("ng/mL"));
    f.add(QDate(2025, 6, 1), QStringLiteral("Haemoglobin"), 13.5, QStringLiteral("g/dL"));
    f.open();
    ASSERT_EQ(f.page->view()->model()->rowCount(), 3);
    EXPECT_EQ(f.cell(0, LabResultsModel::ValueColumn), QStringLiteral("120"));
    EXPECT_EQ(f.cell(1, LabResultsModel::TestColumn), QStringLiteral("Haemoglobin"));
    EXPECT_EQ(f.cell(2, LabResultsModel::ValueColumn), QStringLiteral("60"));
    EXPECT_EQ(f.cell(0, LabResultsModel::GuidelineColumn), QString());
    EXPECT_EQ(f.cell(1, LabResultsModel::GuidelineColumn), QString());
    EXPECT_EQ(f.cell(2, LabResultsModel::GuidelineColumn),
        QStringLiteral("At or below 75 ng/mL: guidelines advise iron; ask your doctor."));
}

TEST(LabResultsModel, guideline_atTheThreshold_andOnlyInComparableUnits)
{
    EXPECT_FALSE(
        LabResultsModel::guideline({0, today, QStringLiteral("ferritin"), 75, QStringLiteral("µg/L")}).isEmpty());
    EXPECT_TRUE(
        LabResultsModel::guideline({0, today, QStringLiteral("Ferritin"), 75.5, QStringLiteral("ng/mL")}).isEmpty());
    EXPECT_TRUE(
        LabResultsModel::guideline({0, today, QStringLiteral("Ferritin"), 60, QStringLiteral("pmol/L")}).isEmpty());
    EXPECT_TRUE(
        LabResultsModel::guideline({0, today, QStringLiteral("Transferrin saturation"), 20, QStringLiteral("%")})
            .isEmpty());
    EXPECT_TRUE(
        LabResultsModel::guideline({0, today, QStringLiteral("Haemoglobin"), 9, QStringLiteral("g/dL")}).isEmpty());
}

TEST(LabResultsPage, edit_changesTheResultInTheDiary)
{
    LabFixture f;
    f.add(QDate(2025, 3, 1), QStringLiteral("Ferritin"), 60, QStringLiteral("ng/mL"));
    f.open();
    f.select(0);
    f.click("editLabResultButton");
    auto *dialog = f.page->findChild<LabResultDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLineEdit>(dialog, "labValueEdit")->text(), QStringLiteral("60"));
    typeValue(dialog, QStringLiteral("82"));
    clickOk(dialog);

    const QList<LabResult> stored = f.stored();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().value, 82.0);
    EXPECT_EQ(stored.first().date, QDate(2025, 3, 1));
    EXPECT_EQ(f.cell(0, LabResultsModel::GuidelineColumn), QString()); // 82 is above the line
}

TEST(LabResultsPage, delete_answeredNo_keepsIt_answeredYes_removesIt)
{
    LabFixture f;
    f.add(QDate(2025, 3, 1), QStringLiteral("Ferritin"), 60, QStringLiteral("ng/mL"));
    f.add(QDate(2025, 9, 1), QStringLiteral("Ferritin"), 90, QStringLiteral("ng/mL"));
    f.open();
    f.select(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    f.click("deleteLabResultButton");
    EXPECT_EQ(f.stored().size(), 2);

    f.select(0); // the newest, 90
    MessageBox::setNextAnswer(QMessageBox::Yes);
    f.page->activateWindow();
    f.page->view()->setFocus();
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.page.get()));
    QTest::keyClick(f.page->view(), Qt::Key_Delete);
    const QList<LabResult> stored = f.stored();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().value, 60.0);
    EXPECT_EQ(f.page->view()->model()->rowCount(), 1);
}

TEST(LabResultDialog, negativeValue_showsCoreMessageBesideTheValue_andSavesNothing)
{
    LabFixture f;
    f.open();
    LabResultDialog *dialog = f.page->addResult();
    typeValue(dialog, QStringLiteral("-5"));
    clickOk(dialog);

    EXPECT_TRUE(dialog->isVisible());
    auto *error = child<QLabel>(dialog, "labValueError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("The lab value must be a number of 0 or more."));
    EXPECT_TRUE(f.stored().isEmpty());
}

TEST(LabResultDialog, valueThatIsNotANumber_orAMissingTest_isRefused)
{
    LabFixture f;
    f.open();
    LabResultDialog *dialog = f.page->addResult();
    typeValue(dialog, QStringLiteral("sixty"));
    clickOk(dialog);
    EXPECT_TRUE(child<QLabel>(dialog, "labValueError")->text().contains(QStringLiteral("is not a number")));

    typeValue(dialog, QStringLiteral("60"));
    child<QComboBox>(dialog, "labTestCombo")->setEditText(QString());
    child<QLineEdit>(dialog, "labUnitEdit")->setText(QStringLiteral("ng/mL"));
    clickOk(dialog);
    EXPECT_FALSE(child<QLabel>(dialog, "labValueError")->isVisible());
    EXPECT_EQ(
        child<QLabel>(dialog, "labTestError")->text(), QStringLiteral("The lab result needs the name of the test."));
    EXPECT_TRUE(f.stored().isEmpty());
}

TEST(LabResultsModel, behavesAsAnItemModel)
{
    LabResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults({{1, today, QStringLiteral("Ferritin"), 60, QStringLiteral("ng/mL")},
        {2, today.addDays(-200), QStringLiteral("Ferritin"), 120, QStringLiteral("ng/mL")}});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, LabResultsModel::DateColumn).data(LabResultsModel::SortRole).toDate(), today);
    model.setResults({});
    EXPECT_EQ(model.rowCount(), 0);
}
