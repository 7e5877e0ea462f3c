// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, finding 9 in the import dialog: a file that is not clean UTF-8 is not guessed at; the
// person chooses the encoding in the dialog, which reads the file again and says how it read it.
#include "csvdialogs/csvactions.h"
#include "csvdialogs/importcsvdialog.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rls;

using rls::test::utf8WithOneLatin1ByteOnLine7;

namespace {
QString write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST(ImportCsvDialogEncoding, unclearFile_showsWhy_andChoosingWindows1252ReadsAndImportsIt)
{
    test::TempDiary diary;
    const QString path = write(diary.dir() + QStringLiteral("/mixed.csv"), utf8WithOneLatin1ByteOnLine7());
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ImportCsvDialog dialog(context, path, readCsvFile(path));
    EXPECT_FALSE(dialog.showPreview());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("mappingMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Line 7 is not valid UTF-8"))) << message->text().toStdString();
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("encodingBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->count(), 4);
    EXPECT_EQ(box->itemText(0), QStringLiteral("Automatic"));
    // As a person would: pick Windows-1252 in the box.
    box->setCurrentIndex(3);
    Q_EMIT box->activated(3);
    EXPECT_EQ(dialog.table().rows.size(), 7);
    EXPECT_TRUE(message->text().isEmpty()) << message->text().toStdString();
    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("mappingIntro"));
    EXPECT_TRUE(intro->text().contains(QStringLiteral("Windows-1252 (chosen)"))) << intro->text().toStdString();
    ASSERT_TRUE(dialog.showPreview());
    auto *readAs = dialog.findChild<QLabel *>(QStringLiteral("previewEncoding"));
    EXPECT_EQ(readAs->text(), QStringLiteral("The file was read as Windows-1252 (chosen)."));
    ASSERT_TRUE(dialog.importNow());
    EXPECT_EQ(diary.store().loadNight(QDate(1999, 1, 6)).value()->note, QStringLiteral("Café pasted"));
    // Back to Automatic: refused again, no preview.
    EXPECT_FALSE(dialog.setEncoding(std::nullopt));
    EXPECT_FALSE(dialog.showPreview());
    EXPECT_EQ(dialog.table().rows.size(), 0);
}

TEST(ImportCsvDialogEncoding, automatic_namesTheEncodingFound_andUtf8CanBeChosen)
{
    test::TempDiary diary;
    const QString path
        = write(diary.dir() + QStringLiteral("/u.csv"), QStringLiteral("date,notes\n1999-02-01,Café\n").toUtf8());
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    ImportCsvDialog dialog(context, path, readCsvFile(path));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("encodingBox"));
    EXPECT_EQ(box->itemText(0), QStringLiteral("Automatic (UTF-8)"));
    ASSERT_TRUE(dialog.showPreview());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("previewEncoding"))->text(),
        QStringLiteral("The file was read as UTF-8 (found out from the file)."));
    ASSERT_TRUE(dialog.setEncoding(TextEncoding::Utf16) == false); // not UTF-16
    ASSERT_TRUE(dialog.setEncoding(TextEncoding::Utf8));
    EXPECT_EQ(dialog.table().rows.at(0).cells.at(1), QStringLiteral("Café"));
    EXPECT_EQ(box->itemText(0), QStringLiteral("Automatic"));
}

TEST(CsvImportAction, unclearEncoding_opensTheDialogToChooseIt_insteadOfAMessage)
{
    test::TempDiary diary;
    const QString path = write(diary.dir() + QStringLiteral("/mixed.csv"), utf8WithOneLatin1ByteOnLine7());
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(diary.store(), false, settings);
    QMainWindow window;
    FileDialog::setNextFileName(path);
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ImportCsvDialog *>(w); d && d->isVisible()) {
                seen = d->findChild<QLabel *>(QStringLiteral("mappingMessage"))
                           ->text()
                           .contains(QStringLiteral("Line 7"));
                d->reject();
            }
        }
    });
    EXPECT_FALSE(runCsvImport(context, &window));
    EXPECT_TRUE(seen);
    EXPECT_EQ(diary.store().summary()->nights, 0);
}
