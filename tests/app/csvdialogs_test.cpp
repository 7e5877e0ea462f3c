// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/csvactions.h"
#include "csvdialogs/exportcsvdialog.h"
#include "csvdialogs/importcsvdialog.h"
#include "io/csvexport.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rls;

namespace {

CsvTable table(const QByteArray &bytes)
{
    auto t = readCsv(bytes);
    EXPECT_TRUE(t) << t.error().message.toStdString();
    return t.value();
}

} // namespace

TEST(CsvMenu, exportAndImportSitInTheFileMenu_beforeQuit)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    QMenu *file = window.menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    QStringList texts;
    for (QAction *a : file->actions())
        texts.append(a->isSeparator() ? QStringLiteral("-") : a->text());
    const qsizetype exportAt = texts.indexOf(QStringLiteral("&Export CSV…"));
    ASSERT_GE(exportAt, 0) << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.at(exportAt + 1), QStringLiteral("Export as &Spreadsheet…"));
    EXPECT_EQ(texts.at(exportAt + 2), QStringLiteral("&Import CSV…"));
    EXPECT_EQ(texts.at(exportAt + 3), QStringLiteral("-"));
    // The report's actions and Backups follow; Quit is last.
    EXPECT_GT(texts.indexOf(QStringLiteral("&Backups…")), exportAt + 3) << texts.join(u'|').toStdString();
    EXPECT_EQ(texts.last(), QStringLiteral("&Quit"));
}

TEST(CsvMenu, exportAsSpreadsheet_opensTheExportDialogWithoutTheChoiceOfFile)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("exportXlsxAction"));
    ASSERT_NE(action, nullptr);
    QString title;
    bool choiceShown = true;
    QTimer::singleShot(0, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ExportCsvDialog *>(w); d && d->isVisible()) {
                title = d->windowTitle();
                choiceShown = d->findChild<QRadioButton *>(QStringLiteral("exportNightly"))->isVisibleTo(d);
                d->reject();
            }
        }
    });
    action->trigger();
    EXPECT_EQ(title, QStringLiteral("Export as Spreadsheet"));
    EXPECT_FALSE(choiceShown);
}

TEST(ExportXlsxDialog, writesTheSpreadsheetToTheChosenFile)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    const QDate today(2031, 3, 15);
    context.setClock([today] { return QDateTime(today, QTime(20, 0)); });
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(today.addDays(-2))));
    ExportCsvDialog dialog(context, nullptr, ExportCsvDialog::Format::Spreadsheet);
    const QString path = diary.dir() + QStringLiteral("/for-the-doctor.xlsx");
    FileDialog::setNextFileName(path);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_TRUE(test::fileBytes(path).startsWith("PK")) << "a zip, as every .xlsx is";
    // The dialog confirms what it saved where, with the folder a click away, then closes.
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text(),
        QStringLiteral("Saved 1 night to %1.").arg(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisibleTo(&dialog));
    auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    EXPECT_EQ(close->text(), QStringLiteral("&Close"));
    close->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ExportXlsxDialog, aFileThatCannotBeWritten_saysWhy_andLeavesNothing)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ExportCsvDialog dialog(context, nullptr, ExportCsvDialog::Format::Spreadsheet);
    const QString path = diary.dir() + QStringLiteral("/no-such-folder/for-the-doctor.xlsx");
    FileDialog::setNextFileName(path);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Could not write")));
    EXPECT_FALSE(QFile::exists(diary.dir() + QStringLiteral("/no-such-folder")));
}

TEST(ExportCsvDialog, labResults_areAFileOfTheirOwn)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    const QDate today(2031, 3, 15);
    context.setClock([today] { return QDateTime(today, QTime(20, 0)); });
    ASSERT_TRUE(
        diary.store().addLabResult({0, today.addDays(-9), QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")}));
    ExportCsvDialog dialog(context);
    dialog.findChild<QRadioButton *>(QStringLiteral("exportLabs"))->setChecked(true);
    EXPECT_EQ(dialog.kind(), CsvKind::Labs);
    const QString path = diary.dir() + QStringLiteral("/labs.csv");
    FileDialog::setNextFileName(path);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text(),
        QStringLiteral("Saved 1 lab result to %1.").arg(QDir::toNativeSeparators(path)));
    EXPECT_EQ(test::fileBytes(path), exportCsv(diary.store(), CsvKind::Labs, today.addMonths(-3), today).value());
    EXPECT_TRUE(test::fileBytes(path).contains("Ferritin,48,ng/mL,at or below 75 ng/mL,yes"));
}

TEST(ExportCsvDialog, defaultsToTheLastThreeMonths_byTheDiarysClock_andWritesTheChosenFile)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    const QDate today(2031, 3, 15); // not the computer's date: the dialog must ask the diary's clock
    context.setClock([today] { return QDateTime(today, QTime(20, 0)); });
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(today.addDays(-2))));
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(today.addMonths(-4))));
    ExportCsvDialog dialog(context);
    EXPECT_EQ(dialog.findChild<QDateEdit *>(QStringLiteral("exportFrom"))->date(), today.addMonths(-3));
    EXPECT_EQ(dialog.findChild<QDateEdit *>(QStringLiteral("exportTo"))->date(), today);
    const QString path = diary.dir() + QStringLiteral("/for-the-doctor.csv");
    FileDialog::setNextFileName(path);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text(),
        QStringLiteral("Saved 1 night to %1.").arg(QDir::toNativeSeparators(path)));
    const QByteArray written = test::fileBytes(path);
    EXPECT_EQ(written.count("\r\n"), 2) << "header and the one night inside the range";
    EXPECT_EQ(written, exportCsv(diary.store(), CsvKind::Nightly, today.addMonths(-3), today).value());
}

TEST(ExportCsvDialog, cancelledFileChoice_writesNothing)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ExportCsvDialog dialog(context);
    dialog.setKind(CsvKind::Intakes);
    FileDialog::setNextFileName({});
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(QDir(diary.dir()).entryList({QStringLiteral("*.csv")}).size(), 0);
}

TEST(ImportCsvDialog, personsSpreadsheet_isMappedPreviewedAndImported)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    QSignalSpy changed(&context, &DiaryContext::nightsChanged);
    ImportCsvDialog dialog(context, QStringLiteral("my-sheet.csv"),
        table("Date;RLS score;Mg (mg);Remarks;Weather\r\n"
              "05.01.2026;6;300;long day;rain\r\n"
              "06.01.2026;12;;;sun\r\n"
              "07.01.2026;2;250;;\r\n"));
    const ColumnMapping m = dialog.mapping();
    EXPECT_EQ(m.fields,
        (QList<DiaryField> {
            DiaryField::Date, DiaryField::Severity, DiaryField::MagnesiumMg, DiaryField::Note, DiaryField::Ignore}));
    ASSERT_TRUE(dialog.showPreview());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(1, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("Cannot be read"));
    EXPECT_TRUE(preview->item(1, 3)->text().contains(QStringLiteral("RLS score")));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    EXPECT_FALSE(import->isEnabled()) << "one unreadable row stops the import unless it is left out";
    EXPECT_FALSE(dialog.importNow());
    EXPECT_EQ(diary.store().summary()->nights, 0);

    dialog.setSkipUnreadableRows(true);
    EXPECT_TRUE(import->isEnabled());
    ASSERT_TRUE(dialog.importNow());
    EXPECT_EQ(diary.store().summary()->nights, 2);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toDate(), QDate(2026, 1, 5));
    EXPECT_EQ(changed.at(0).at(1).toDate(), QDate(2026, 1, 7));
    EXPECT_TRUE(dialog.outcomeText().contains(QStringLiteral("Imported 2 new")));
}

TEST(ImportCsvDialog, ambiguousDates_mustBeAnsweredBeforeThePreview)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ImportCsvDialog dialog(context, QStringLiteral("us.csv"), table("Date,Severity\n03/04/2026,5\n"));
    EXPECT_FALSE(dialog.showPreview());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("dates")));
    dialog.setDateFormat(DateFormat::MonthDayYearSlashes);
    ASSERT_TRUE(dialog.showPreview());
    ASSERT_TRUE(dialog.importNow());
    EXPECT_TRUE(diary.store().loadNight(QDate(2026, 3, 4)).value().has_value());
}

TEST(ImportCsvDialog, conflictChoice_changesThePreview)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 5))));
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ImportCsvDialog dialog(context, QStringLiteral("x.csv"), table("date,symptom_severity_0_10\n2026-01-05,2\n"));
    ASSERT_TRUE(dialog.showPreview());
    EXPECT_TRUE(dialog.plan().nights.isEmpty()); // keep mine
    dialog.setPolicy(ConflictPolicy::TakeTheirs);
    ASSERT_EQ(dialog.plan().nights.size(), 1);
    EXPECT_EQ(dialog.plan().nights.first().changedParts, QStringList {QStringLiteral("severity")});
    dialog.setPolicy(ConflictPolicy::Merge);
    EXPECT_TRUE(dialog.plan().nights.isEmpty()); // the severity was not empty
}

// Issue 13: with "Keep mine" the preview was empty although the file differs: it lists the
// night, what the diary keeps and what the file says; "Take the file's" shows old -> new.
TEST(ImportCsvDialog, keepMine_previewStillListsTheNightThatDiffers_withBothValues)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 5)))); // severity 7
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ImportCsvDialog dialog(context, QStringLiteral("x.csv"), table("date,symptom_severity_0_10\n2026-01-05,2\n"));
    ASSERT_TRUE(dialog.showPreview());
    const auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("2026-01-05"));
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("Keep yours"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("severity 7 (file: 2)"));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(QStringLiteral("it differs from the file")));
    dialog.setPolicy(ConflictPolicy::TakeTheirs);
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("Change"));
    EXPECT_EQ(preview->item(0, 3)->text(), QStringLiteral("severity 7 → 2"));
}

TEST(CsvImportAction, unreadableFile_saysWhy_andLeavesTheDiaryAsItWas)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 1, 5))));
    const QString path = diary.dir() + QStringLiteral("/junk.csv");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07", 8).repeated(100));
    f.close();
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    QMainWindow window;
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(runCsvImport(context, &window));
    EXPECT_EQ(diary.store().summary()->nights, 1);
}
