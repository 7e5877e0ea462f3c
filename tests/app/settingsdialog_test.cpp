// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/dosesmodel.h"
#include "doses/timefield.h"
#include "session/diarycontext.h"
#include "settings/settingsdialog.h"
#include "shared/filedialog.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace rls;

namespace {

// A diary, its settings file and the dialog over them, as Edit > Preferences opens it.
struct SettingsFixture {
    test::TempDiary diary;
    QString iniPath = diary.dir() + QStringLiteral("/settings.ini");
    QSettings settings {iniPath, QSettings::IniFormat};
};

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Opens the cell's editor as a double-click would, lets `edit` change it, and presses Enter.
template <typename Editor, typename Edit> void editCell(QTableView *view, int row, int column, Edit edit)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    if (!view->indexWidget(index)) // "Add dose" already opened the first cell's editor
        view->edit(index);
    auto *editor = qobject_cast<Editor *>(view->indexWidget(index));
    ASSERT_NE(editor, nullptr) << "no editor in column " << column;
    edit(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits Enter through a queued call
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// Choosing a look restyles the whole application; put it back for the tests that follow.
class KeepLook {
public:
    ~KeepLook()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }

private:
    QString m_style = QApplication::style()->name();
    QPalette m_palette = QApplication::palette();
};

void clickOk(QDialog &dialog)
{
    child<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST(SettingsDialog, showsTheCurrentPreferences)
{
    SettingsFixture f;
    Preferences p;
    p.diaryPath = f.diary.dir() + QStringLiteral("/elsewhere.sqlite");
    p.regimen = {{substances::Magnesium, 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}};
    p.daySplitHour = 5;
    p.magnesiumLimit = MagnesiumLimit::Efsa;
    p.caffeineAfter = QTime(15, 30);
    p.eveningFrom = QTime(20, 0);
    p.standardDrink = StandardDrink::UK;
    p.firstDayOfWeek = Qt::Sunday;
    p.theme = Theme::Dark;
    savePreferences(f.settings, p);
    DiaryContext context(f.diary.store(), false, f.settings);
    SettingsDialog dialog(context);

    EXPECT_EQ(child<QLineEdit>(dialog, "diaryPathEdit")->text(), QDir::toNativeSeparators(p.diaryPath));
    EXPECT_TRUE(child<QLabel>(dialog, "diaryNote")->text().contains(QStringLiteral("next time")));
    auto *table = child<QTableView>(dialog, "regimenTable");
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(cell(table, 0, DosesModel::SubstanceColumn), substances::Magnesium);
    EXPECT_EQ(cell(table, 0, DosesModel::FormColumn), QStringLiteral("glycinate"));
    EXPECT_EQ(cell(table, 0, DosesModel::AmountColumn), QStringLiteral("200"));
    EXPECT_EQ(cell(table, 0, DosesModel::TimeColumn), QStringLiteral("21:00"));
    EXPECT_EQ(child<QSpinBox>(dialog, "daySplitSpin")->value(), 5);
    EXPECT_TRUE(child<QRadioButton>(dialog, "magnesiumEfsaRadio")->isChecked());
    EXPECT_EQ(child<QTimeEdit>(dialog, "caffeineTimeEdit")->time(), QTime(15, 30));
    EXPECT_EQ(child<QTimeEdit>(dialog, "eveningTimeEdit")->time(), QTime(20, 0));
    EXPECT_EQ(child<QComboBox>(dialog, "standardDrinkCombo")->currentData().toInt(), 8);
    EXPECT_EQ(child<QComboBox>(dialog, "firstDayCombo")->currentData().toInt(), int(Qt::Sunday));
    EXPECT_EQ(child<QComboBox>(dialog, "themeCombo")->currentData().toInt(), int(Theme::Dark));
}

TEST(SettingsDialog, everyFieldEditedThroughItsWidgets_okWritesThemToTheSettingsFile)
{
    SettingsFixture f;
    KeepLook keepLook;
    DiaryContext context(f.diary.store(), false, f.settings);
    SettingsDialog dialog(context);
    dialog.show();

    FileDialog::setNextFileName(f.diary.dir() + QStringLiteral("/our-diary"));
    child<QPushButton>(dialog, "chooseDiaryButton")->click();
    const QString chosen = QDir(f.diary.dir()).absoluteFilePath(QStringLiteral("our-diary.sqlite"));
    EXPECT_EQ(child<QLineEdit>(dialog, "diaryPathEdit")->text(), QDir::toNativeSeparators(chosen));

    child<QPushButton>(dialog, "addDoseButton")->click();
    auto *table = child<QTableView>(dialog, "regimenTable");
    ASSERT_EQ(table->model()->rowCount(), 1);
    editCell<QComboBox>(table, 0, DosesModel::SubstanceColumn,
        [](QComboBox *box) { box->setCurrentIndex(box->findText(substances::Iron)); });
    EXPECT_EQ(cell(table, 0, DosesModel::UnitColumn), QStringLiteral("mg")); // from the catalog
    editCell<QComboBox>(table, 0, DosesModel::FormColumn, [](QComboBox *box) {
        EXPECT_GE(box->findText(QStringLiteral("bisglycinate"), Qt::MatchContains), 0); // Iron's forms offered
        box->setEditText(QStringLiteral("ferrous bisglycinate"));
    });
    editCell<QDoubleSpinBox>(table, 0, DosesModel::AmountColumn, [](QDoubleSpinBox *spin) {
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("25"));
    });
    editCell<QLineEdit>(table, 0, DosesModel::UnitColumn, [](QLineEdit *unit) { unit->setText(QStringLiteral("mg")); });
    editCell<TimeField>(
        table, 0, DosesModel::TimeColumn, [](TimeField *time) { time->setText(QStringLiteral("0800")); });

    child<QSpinBox>(dialog, "daySplitSpin")->setValue(4);
    auto *week = child<QComboBox>(dialog, "firstDayCombo");
    week->setCurrentIndex(week->findData(int(Qt::Sunday)));
    child<QRadioButton>(dialog, "magnesiumEfsaRadio")->click();
    child<QTimeEdit>(dialog, "caffeineTimeEdit")->setTime(QTime(13, 30));
    child<QTimeEdit>(dialog, "eveningTimeEdit")->setTime(QTime(19, 30));
    auto *drink = child<QComboBox>(dialog, "standardDrinkCombo");
    drink->setCurrentIndex(drink->findData(int(StandardDrink::UK)));
    auto *look = child<QComboBox>(dialog, "themeCombo");
    look->setCurrentIndex(look->findData(int(Theme::Light)));
    clickOk(dialog);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSettings reread(f.iniPath, QSettings::IniFormat);
    const Preferences saved = loadPreferences(reread);
    EXPECT_EQ(saved.diaryPath, chosen);
    const Regimen expected {
        {substances::Iron, 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)}};
    EXPECT_EQ(saved.regimen, expected);
    EXPECT_EQ(saved.daySplitHour, 4);
    EXPECT_EQ(saved.firstDayOfWeek, Qt::Sunday);
    EXPECT_EQ(saved.magnesiumLimit, MagnesiumLimit::Efsa);
    EXPECT_EQ(saved.caffeineAfter, QTime(13, 30));
    EXPECT_EQ(saved.eveningFrom, QTime(19, 30));
    EXPECT_EQ(saved.standardDrink, StandardDrink::UK);
    EXPECT_EQ(saved.theme, Theme::Light);
    EXPECT_EQ(context.preferences().regimen, expected); // the pages see it at once
}

TEST(SettingsDialog, regimenRowWithoutAmount_blocksOk_namesTheRow_untilFixed)
{
    SettingsFixture f;
    DiaryContext context(f.diary.store(), false, f.settings);
    SettingsDialog dialog(context);
    dialog.show();
    child<QPushButton>(dialog, "addDoseButton")->click();
    auto *table = child<QTableView>(dialog, "regimenTable");
    clickOk(dialog);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *message = child<QLabel>(dialog, "regimenMessage");
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Row 1:"))) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("amount is missing"))) << message->text().toStdString();
    QSettings reread(f.iniPath, QSettings::IniFormat);
    EXPECT_FALSE(reread.contains(QStringLiteral("log/regimen")));

    editCell<QDoubleSpinBox>(table, 0, DosesModel::AmountColumn, [](QDoubleSpinBox *spin) { spin->setValue(200); });
    EXPECT_FALSE(message->isVisible()); // the message follows the fix
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QSettings after(f.iniPath, QSettings::IniFormat);
    EXPECT_EQ(loadPreferences(after).regimen.size(), 1);
}

// The offscreen screen is 800x600, shorter than every setting together: the dialog must fit it,
// keep OK and Cancel in view, and scroll to the field Tab reaches (as on a 1366x768 laptop).
TEST(SettingsDialog, onAShortScreen_fitsIt_keepsOkInView_andScrollsToTheFocusedField)
{
    SettingsFixture f;
    DiaryContext context(f.diary.store(), false, f.settings);
    SettingsDialog dialog(context);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const QRect screen = dialog.screen()->availableGeometry();
    auto *scroll = child<QScrollArea>(dialog, "settingsScroll");
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->widget()->height(), screen.height() - 100) << "the settings would fit anyway: nothing tested";

    EXPECT_LE(dialog.height(), screen.height()) << screen.width() << "x" << screen.height();
    EXPECT_LE(dialog.width(), screen.width());
    auto *buttons = child<QDialogButtonBox>(dialog, "settingsButtons");
    EXPECT_TRUE(buttons->isVisible());
    EXPECT_LE(buttons->mapTo(&dialog, QPoint(0, buttons->height())).y(), dialog.height());

    // Up and down: the offscreen screen is also narrower than the settings, so some of them
    // scroll sideways too; a 1366 px wide laptop does not.
    for (const char *name : {"standardDrinkCombo", "diaryPathEdit", "reportPaperCombo", "eveningTimeEdit"}) {
        child<QWidget>(dialog, name)->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QWidget *focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr) << name;
        const int top = focused->mapTo(scroll->viewport(), QPoint(0, 0)).y();
        EXPECT_GE(top, 0) << name << " is above the view";
        // Its middle: at the end of the content a frame's last pixel may be cut.
        EXPECT_LE(top + focused->height() / 2, scroll->viewport()->height()) << name << " is below the view";
    }
}

TEST(SettingsDialog, removeDose_leavesTheOtherRows)
{
    SettingsFixture f;
    Preferences p;
    p.regimen = {{substances::Magnesium, 200, QStringLiteral("mg"), {}, QTime(21, 0)},
        {substances::Iron, 25, QStringLiteral("mg"), {}, QTime(8, 0)}};
    savePreferences(f.settings, p);
    DiaryContext context(f.diary.store(), false, f.settings);
    SettingsDialog dialog(context);
    auto *table = child<QTableView>(dialog, "regimenTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    child<QPushButton>(dialog, "removeDoseButton")->click();
    clickOk(dialog);
    ASSERT_EQ(context.preferences().regimen.size(), 1);
    EXPECT_EQ(context.preferences().regimen.first().substance, substances::Iron);
}

TEST(SettingsDialog, demoDiary_saysItsFileCannotBeChanged)
{
    SettingsFixture f;
    DiaryContext context(f.diary.store(), true, f.settings);
    SettingsDialog dialog(context);
    EXPECT_FALSE(child<QPushButton>(dialog, "chooseDiaryButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "diaryNote")->text().contains(QStringLiteral("cannot be changed")));
    EXPECT_EQ(child<QLineEdit>(dialog, "diaryPathEdit")->text(), QDir::toNativeSeparators(f.diary.path()));
}

TEST(SettingsDialog, editMenuPreferences_opensIt)
{
    SettingsFixture f;
    MainWindow window(f.diary.store(), false, f.settings);
    QAction *preferences = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Preferences…"))
                preferences = action;
        }
    }
    ASSERT_NE(preferences, nullptr);
    EXPECT_TRUE(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}
