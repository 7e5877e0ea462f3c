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

namespace {

// The list's model over a real diary, as the evening log makes it.
NightListModel::Fetch readsFrom(DiaryStore &store)
{
    return [&store](QDate before, int limit) { return store.briefs(before, limit); };
}

Night severityNight(QDate date, std::optional<int> severity)
{
    Night night;
    night.date = date;
    night.symptoms.severity = severity;
    return night;
}

// `count` consecutive nights ending the night before Tonight, each with a severity.
QList<Night> nightsBefore(int count)
{
    QList<Night> nights;
    for (int i = count; i >= 1; --i)
        nights.append(severityNight(Tonight.addDays(-i), i % 11));
    return nights;
}

} // namespace

TEST(NightListModelTester, reloadsWithMoreFewerOrNoNights_keepTheModelConsistent)
{
    test::TempDiary diary;
    NightListModel model(readsFrom(diary.store()));
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    Night slept = severityNight(Tonight.addDays(-2), std::nullopt);
    slept.sleep.quality = 3;
    ASSERT_TRUE(diary.store().saveNights(
        {severityNight(Tonight.addDays(-1), 4), slept, severityNight(Tonight.addDays(-5), 9)}));

    ASSERT_TRUE(model.reload(Tonight));
    ASSERT_EQ(model.rowCount(), 4); // tonight, not logged yet, comes first
    EXPECT_EQ(model.dateAt(0), Tonight);
    EXPECT_EQ(model.rowOf(Tonight.addDays(-5)), 3);
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(model.index(2, 1).data().toString(), QStringLiteral("–"));
    EXPECT_EQ(model.index(3, 0).data(NightListModel::DateRole).toDate(), Tonight.addDays(-5));
    EXPECT_FALSE(model.canFetchMore({}));

    ASSERT_TRUE(diary.store().deleteNight(Tonight.addDays(-2))); // deleted elsewhere
    ASSERT_TRUE(diary.store().deleteNight(Tonight.addDays(-5)));
    ASSERT_TRUE(model.reload(Tonight));
    EXPECT_EQ(model.rowCount(), 2);
    ASSERT_TRUE(diary.store().saveNights({severityNight(Tonight, 2)})); // tonight logged: listed once
    ASSERT_TRUE(model.reload(Tonight));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(Tonight), 0);
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("2"));
    ASSERT_TRUE(diary.store().deleteNight(Tonight));
    ASSERT_TRUE(diary.store().deleteNight(Tonight.addDays(-1)));
    ASSERT_TRUE(model.reload(Tonight));
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(model.reload(QDate()));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowOf(Tonight), -1);
    EXPECT_FALSE(model.dateAt(0).isValid());
}

// Issue 15: the list read every night of the diary when the window opened and again for each
// night opened; at 30 years that grew the start. It reads a page, and more as it is scrolled.
TEST(NightListModelTester, readsAPageAtATime_andMoreAsItIsScrolled_inOrderWithoutGapsOrRepeats)
{
    test::TempDiary diary;
    const int logged = 2 * NightListModel::PageSize + 37;
    ASSERT_TRUE(diary.store().saveNights(nightsBefore(logged)));
    NightListModel model(readsFrom(diary.store()));
    Tester tester(&model, Tester::FailureReportingMode::Fatal);

    ASSERT_TRUE(model.reload(Tonight));
    EXPECT_EQ(model.rowCount(), NightListModel::PageSize + 1); // tonight, and the newest page
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
    ASSERT_EQ(model.rowCount(), logged + 1);
    for (int row = 1; row <= logged; ++row)
        ASSERT_EQ(model.dateAt(row), Tonight.addDays(-row)) << "row " << row;
    EXPECT_EQ(model.index(logged, 1).data().toString(), QString::number(logged % 11));

    // A reload (after a save) keeps what was scrolled to, and reaches a night further back.
    ASSERT_TRUE(model.reload(Tonight));
    EXPECT_EQ(model.rowCount(), logged + 1);
    NightListModel fresh(readsFrom(diary.store()));
    ASSERT_TRUE(fresh.reload(Tonight, Tonight.addDays(-(NightListModel::PageSize + 20))));
    EXPECT_EQ(fresh.rowOf(Tonight.addDays(-(NightListModel::PageSize + 20))), NightListModel::PageSize + 20);
    EXPECT_EQ(fresh.dateAt(fresh.rowCount() - 1), Tonight.addDays(-2 * NightListModel::PageSize));
    EXPECT_TRUE(fresh.canFetchMore({}));
}
