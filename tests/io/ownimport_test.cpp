// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: our own files are imported row by row into a new diary (importOwnFile()), and every
// file the plan has to speak about is left to it with nothing written: the diary stays as it was.
#include "io/csvexport.h"
#include "io/csvtesthelpers.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate First(2026, 3, 1);

// Three nights of ours, each with doses, written as `kind`.
QByteArray ourFile(CsvKind kind)
{
    test::TempDiary source;
    EXPECT_TRUE(source.store().addSubstance(test::ownPowder()));
    for (int i = 0; i < 3; ++i) {
        Night n = test::fullNight(First.addDays(i));
        n.intakes.append({QStringLiteral("Magnesium citrate powder"), 0.25, QStringLiteral("g"), {}, QTime(21, 30)});
        EXPECT_TRUE(source.store().saveNight(n));
    }
    return exportCsv(source.store(), kind, First, First.addDays(2)).value();
}

// Declined, and the diary holds what it held before: its rows, the catalog included.
void expectDeclined(DiaryStore &store, const QString &path, const QByteArray &file, const ImportOptions &options = {})
{
    const QStringList before = test::diaryRows(path);
    const auto imported = test::importOwnBytes(store, file, options);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_FALSE(imported.value()) << "imported without a plan";
    EXPECT_EQ(test::diaryRows(path), before);
}

QByteArray withLastRow(QByteArray file, const QByteArray &row)
{
    return file + row + "\r\n";
}

} // namespace

TEST(OwnFileImport, ourTwoFiles_areImportedRowByRow)
{
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        test::TempDiary diary;
        const auto imported = test::importOwnBytes(diary.store(), ourFile(kind));
        ASSERT_TRUE(imported && imported.value());
        EXPECT_EQ(imported.value()->added, 3);
        EXPECT_EQ(diary.store().summary()->nights, 3);
        EXPECT_TRUE(findSubstance(diary.store().substances().value(), QStringLiteral("Magnesium citrate powder")));
    }
}

TEST(OwnFileImport, aRowThatCannotBeRead_leavesTheFileToThePlan_andTheDiaryAsItWas)
{
    test::TempDiary diary;
    const QByteArray file = ourFile(CsvKind::Intakes);
    expectDeclined(diary.store(), diary.path(), withLastRow(file, "2026-03-09,21:00,Magnesium,magnesium,,lots,mg,"));
    // The plan names the line and the column.
    const auto plan
        = test::planBytes(diary.store(), withLastRow(file, "2026-03-09,21:00,Magnesium,magnesium,,lots,mg,"));
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.first().column, QStringLiteral("amount"));
}

TEST(OwnFileImport, aNightTwiceOrOutOfOrder_isLeftToThePlan)
{
    test::TempDiary diary;
    const QByteArray file = ourFile(CsvKind::Nightly);
    const QList<QByteArray> lines = file.split('\n');
    expectDeclined(diary.store(), diary.path(), file + lines.at(1) + '\n'); // the first night again, last
    QByteArray swapped = lines.at(0) + '\n' + lines.at(2) + '\n' + lines.at(1) + '\n' + lines.at(3) + '\n';
    expectDeclined(diary.store(), diary.path(), swapped);
}

TEST(OwnFileImport, aNightTheDiaryHas_isLeftToThePlan_andKeptAsItIs)
{
    test::TempDiary diary;
    Night mine = test::fullNight(First.addDays(2));
    mine.symptoms.severity = 2;
    ASSERT_TRUE(diary.store().saveNight(mine));
    expectDeclined(diary.store(), diary.path(), ourFile(CsvKind::Nightly));
    EXPECT_EQ(diary.store().loadNight(First.addDays(2)).value()->symptoms.severity, 2);
}

TEST(OwnFileImport, anOddDate_isLeftToThePlan_unlessAllowed)
{
    test::TempDiary diary;
    const QByteArray file = ourFile(CsvKind::Intakes);
    const QByteArray odd = withLastRow(file, "2099-01-01,21:00,Magnesium,magnesium,,300,mg,");
    expectDeclined(diary.store(), diary.path(), odd);
    ImportOptions allowed;
    allowed.allowOddDates = true;
    const auto imported = test::importOwnBytes(diary.store(), odd, allowed);
    ASSERT_TRUE(imported && imported.value());
    EXPECT_EQ(imported.value()->added, 4);
}

TEST(OwnFileImport, aPersonsOwnSheet_isLeftToThePlan)
{
    test::TempDiary diary;
    expectDeclined(diary.store(), diary.path(), "Date,RLS score,Notes\r\n2026-03-01,5,fine\r\n");
    // Our header with one column more is not ours either.
    QByteArray file = ourFile(CsvKind::Intakes);
    file.replace("label_mg\r\n", "label_mg,extra\r\n");
    expectDeclined(diary.store(), diary.path(), file);
}
