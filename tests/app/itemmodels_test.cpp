// SPDX-License-Identifier: GPL-3.0-or-later
// The evening log's item models under QAbstractItemModelTester, which checks after every change
// that rows, indexes and signals agree; in Fatal mode a broken promise stops the test with
// Qt's own message instead of passing unnoticed.
#include "doses/dosesmodel.h"
#include "log/logpage.h"
#include "log/nightlistmodel.h"
#include "session/diarycontext.h"
#include "support/tempdiary.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

using Tester = QAbstractItemModelTester;

const QDate Tonight(2026, 11, 23);

QList<Substance> catalog()
{
    return {{1, QStringLiteral("Magnesium"), SubstanceKind::Magnesium, defaultFlags(SubstanceKind::Magnesium),
                QStringLiteral("mg"), {QStringLiteral("citrate"), QStringLiteral("glycinate")}},
        {2, QStringLiteral("Iron"), SubstanceKind::Iron, {}, QStringLiteral("mg"), {}},
        {3, QStringLiteral("Coffee"), SubstanceKind::Other, {}, QStringLiteral("cups"), {}}};
}

Intake magnesium(double mg)
{
    return {QStringLiteral("Magnesium"), mg, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)};
}

} // namespace

TEST(DosesModelTester, insertsRemovesEditsAndReloads_keepTheModelConsistent)
{
    DosesModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &DosesModel::dosesChanged);
    model.setCatalog(catalog());

    model.setDoses({magnesium(200), {QStringLiteral("Iron"), 25, QStringLiteral("mg"), {}, std::nullopt}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), DosesModel::ColumnCount);

    EXPECT_EQ(model.append({magnesium(100), magnesium(50)}), 2);
    EXPECT_EQ(model.append({}), 4); // nothing to insert: no signal, no row
    ASSERT_EQ(model.rowCount(), 4);

    EXPECT_TRUE(model.setData(model.index(2, DosesModel::AmountColumn), QStringLiteral("150")));
    EXPECT_TRUE(model.setData(model.index(2, DosesModel::TimeColumn), QStringLiteral("2215")));
    EXPECT_TRUE(model.setData(model.index(2, DosesModel::FormColumn), QStringLiteral("glycinate")));
    EXPECT_TRUE(model.setData(model.index(1, DosesModel::TimeColumn), QString())); // no time
    EXPECT_FALSE(model.setData(model.index(1, DosesModel::TimeColumn), QStringLiteral("25:99")));
    // A new substance changes the whole row: its unit, and a form that no longer fits.
    EXPECT_TRUE(model.setData(model.index(3, DosesModel::SubstanceColumn), QStringLiteral("coffee")));
    EXPECT_EQ(model.doses().at(3).unit, QStringLiteral("cups"));
    EXPECT_TRUE(model.doses().at(3).form.isEmpty());
    EXPECT_EQ(model.doses().at(2).amount, 150);
    EXPECT_EQ(model.doses().at(2).time, QTime(22, 15));

    model.removeRowAt(0);
    model.removeRowAt(2); // the last row
    model.removeRowAt(7); // no such row: nothing happens
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.doses().first().substance, QStringLiteral("Iron"));

    model.setDoses({}); // another night, with nothing taken
    EXPECT_EQ(model.rowCount(), 0);
    model.setDoses({magnesium(300)});
    EXPECT_EQ(model.data(model.index(0, DosesModel::AmountColumn)).toString(), QLocale().toString(300.0, 'g', 6));
    EXPECT_FALSE(model.data(model.index(5, 0)).isValid());
    // 3 loads, 1 insert, 4 edits, 1 new substance, 2 removes: each told once, the refusal not.
    EXPECT_EQ(changed.count(), 11);
}

TEST(NightListModelTester, reloadsWithMoreFewerOrNoNights_keepTheModelConsistent)
{
    NightListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const QList<NightBrief> three
        = {{Tonight.addDays(-1), 4, true}, {Tonight.addDays(-2), std::nullopt, true}, {Tonight.addDays(-5), 9, false}};

    model.setNights(three, Tonight);
    ASSERT_EQ(model.rowCount(), 4); // tonight, not logged yet, comes first
    EXPECT_EQ(model.dateAt(0), Tonight);
    EXPECT_EQ(model.rowOf(Tonight.addDays(-5)), 3);
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(model.index(2, 1).data().toString(), QStringLiteral("–"));
    EXPECT_EQ(model.index(3, 0).data(NightListModel::DateRole).toDate(), Tonight.addDays(-5));

    model.setNights(three.mid(0, 1), Tonight); // a night deleted elsewhere
    EXPECT_EQ(model.rowCount(), 2);
    model.setNights({{Tonight, 2, false}, three.first()}, Tonight); // tonight logged: listed once
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(Tonight), 0);
    model.setNights({}, Tonight);
    EXPECT_EQ(model.rowCount(), 1);
    model.setNights({}, QDate());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowOf(Tonight), -1);
    EXPECT_FALSE(model.dateAt(0).isValid());
}

TEST(LogPageModels, savesDeletesUndoAndTypedIntakes_keepBothModelsConsistent)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    context.setClock([] { return QDateTime(Tonight, QTime(21, 0)); });
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(Tonight.addDays(-3))));
    LogPage page(context);
    auto *list = page.findChild<QAbstractItemView *>(QStringLiteral("nightList"));
    auto *intakes = page.findChild<QAbstractItemView *>(QStringLiteral("intakesTable"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(intakes, nullptr);
    Tester listTester(list->model(), Tester::FailureReportingMode::Fatal);
    Tester intakesTester(intakes->model(), Tester::FailureReportingMode::Fatal);

    auto *model = qobject_cast<DosesModel *>(intakes->model());
    ASSERT_NE(model, nullptr);
    model->append({magnesium(200), magnesium(100)});
    ASSERT_TRUE(model->setData(model->index(1, DosesModel::AmountColumn), QStringLiteral("120")));
    model->removeRowAt(0);
    ASSERT_TRUE(page.save());
    EXPECT_EQ(list->model()->rowCount(), 2);
    page.deleteNight();
    page.undoAction()->trigger();
    page.redoAction()->trigger();
    EXPECT_TRUE(page.showNight(Tonight.addDays(-3)));
    EXPECT_EQ(model->rowCount(), test::fullNight(Tonight.addDays(-3)).intakes.size());
    EXPECT_EQ(list->model()->rowCount(), 2); // tonight, not logged again, and the 20th
}
