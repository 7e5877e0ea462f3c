// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 in the import dialog: a column it cannot place is shown first and named again in the
// preview; a column counted in cups can be chosen as such; nights with unlikely dates are
// marked and wait for a tick. A real diary in a temporary file.
#include "csvdialogs/importcsvdialog.h"
#include "session/diarycontext.h"
#include "support/tempdiary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace rls;

namespace {

CsvTable table(const QByteArray &bytes)
{
    auto t = readCsv(bytes);
    EXPECT_TRUE(t) << t.error().message.toStdString();
    return t.value();
}

struct Dialog {
    test::TempDiary diary;
    QSettings settings {diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat};
    DiaryContext context {diary.store(), false, settings};
};

} // namespace

TEST(ImportColumns, aColumnItCannotPlace_comesFirstInBold_andThePreviewNamesIt)
{
    Dialog d;
    ImportCsvDialog dialog(d.context, QStringLiteral("sheet.csv"),
        table("Date,RLS score,Mood\r\n"
              "2026-11-20,4,calm\r\n"));
    auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    ASSERT_NE(columns, nullptr);
    EXPECT_EQ(columns->item(0, 0)->text(), QStringLiteral("Mood"));
    EXPECT_TRUE(columns->item(0, 0)->font().bold());
    EXPECT_FALSE(columns->item(1, 0)->font().bold());
    auto *unmapped = dialog.findChild<QLabel *>(QStringLiteral("unmappedColumns"));
    EXPECT_FALSE(unmapped->isHidden());
    EXPECT_TRUE(unmapped->text().contains(QStringLiteral("Mood"))) << unmapped->text().toStdString();

    ASSERT_TRUE(dialog.showPreview());
    auto *notes = dialog.findChild<QLabel *>(QStringLiteral("previewNotes"));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Not imported"))) << notes->text().toStdString();
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Mood")));
    // Seen twice, the person may import the rest.
    ASSERT_TRUE(dialog.importNow());
    EXPECT_EQ(d.diary.store().summary()->nights, 1);
}

TEST(ImportColumns, aColumnChosenAsCupsOfCoffee_isCountedInCups_andThePreviewSaysTheFigure)
{
    Dialog d;
    ImportCsvDialog dialog(d.context, QStringLiteral("sheet.csv"),
        table("Date,RLS score,Mood\r\n"
              "2026-11-20,4,2\r\n"));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("fieldBox2"));
    ASSERT_NE(box, nullptr);
    const int cups = box->findText(QStringLiteral("Caffeine, in cups of coffee (95 mg each)"));
    ASSERT_GE(cups, 0);
    box->setCurrentIndex(cups);
    EXPECT_EQ(dialog.mapping().fields.at(2), DiaryField::CaffeineMg);
    EXPECT_EQ(dialog.mapping().unitOf(2), CountUnit::CupsOfCoffee);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("unmappedColumns"))->isHidden());
    ASSERT_TRUE(dialog.showPreview());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("previewNotes"))
                    ->text()
                    .contains(QStringLiteral("each cup counted as 95 mg of caffeine")));
    ASSERT_TRUE(dialog.importNow());
    const auto nights = d.diary.store().loadRange(QDate(2026, 11, 20), QDate(2026, 11, 20));
    ASSERT_EQ(nights->size(), 1);
    ASSERT_EQ(nights->first().intakes.size(), 1);
    EXPECT_EQ(nights->first().intakes.first().substance, substances::Caffeine);
    EXPECT_DOUBLE_EQ(nights->first().intakes.first().amount, 190.0); // 2 cups x 95 mg
}

TEST(ImportColumns, nightsWithUnlikelyDates_areMarked_andWaitForTheTick)
{
    Dialog d;
    ImportCsvDialog dialog(d.context, QStringLiteral("sheet.csv"),
        table("date,symptom_severity_0_10\r\n"
              "1800-05-01,3\r\n"
              "2026-11-20,4\r\n"));
    ASSERT_TRUE(dialog.showPreview());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("Add (unlikely date)"));
    EXPECT_TRUE(preview->item(0, 2)->font().bold());
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("Add"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowOddDates"));
    EXPECT_FALSE(allow->isHidden());
    EXPECT_FALSE(import->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("previewMessage"))->text().contains(u"1800-05-01"));
    EXPECT_FALSE(dialog.importNow());
    EXPECT_EQ(d.diary.store().summary()->nights, 0);

    allow->setChecked(true);
    EXPECT_TRUE(import->isEnabled());
    ASSERT_TRUE(dialog.importNow());
    EXPECT_EQ(d.diary.store().summary()->nights, 2);
}
