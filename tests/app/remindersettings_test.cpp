// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, Preferences' "Evening reminder": the settings round trip through the dialog, the
// autostart entry follows the box, and where the desktop has no tray (the offscreen platform
// these tests run on) the controls are disabled with a line that says why.
#include "session/autostart.h"
#include "session/diarycontext.h"
#include "session/diarysession.h"
#include "settings/settingsdialog.h"
#include "shared/messagebox.h"
#include "shared/systemtray.h"
#include "support/confighome.h"
#include "support/tempdiary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace rls;

namespace {

class PretendTray {
public:
    PretendTray() { SystemTray::setAvailableForTests(true); }
    ~PretendTray() { SystemTray::setAvailableForTests(std::nullopt); }
    PretendTray(const PretendTray &) = delete;
    PretendTray &operator=(const PretendTray &) = delete;
};

struct ReminderDialogFixture {
    test::TemporaryConfigHome home;
    test::TempDiary diary;
    QString iniPath = diary.dir() + QStringLiteral("/settings.ini");
    QSettings settings {iniPath, QSettings::IniFormat};
    DiaryContext context {diary.store(), false, settings};

    // The preferences as a restart would read them from the file.
    Preferences saved()
    {
        QSettings again(iniPath, QSettings::IniFormat);
        return loadPreferences(again);
    }
};

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void clickOk(QDialog &dialog)
{
    child<QDialogButtonBox>(dialog, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

TEST(ReminderSettings, withoutATray_theControlsAreDisabled_andALineSaysWhy)
{
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable()) << "the offscreen platform has no tray";
    ReminderDialogFixture f;
    SettingsDialog dialog(f.context);
    dialog.show();
    EXPECT_FALSE(child<QCheckBox>(dialog, "reminderCheck")->isEnabled());
    EXPECT_FALSE(child<QTimeEdit>(dialog, "reminderTimeEdit")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>(dialog, "autostartCheck")->isEnabled());
    auto *note = child<QLabel>(dialog, "reminderNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("no system tray"))) << note->text().toStdString();

    // OK changes nothing of the reminder, and writes no autostart entry.
    clickOk(dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Preferences p = f.saved();
    EXPECT_TRUE(p.eveningReminder);
    EXPECT_EQ(p.reminderAt, QTime(21, 0));
    EXPECT_FALSE(autostart::isOn());
}

TEST(ReminderSettings, withATray_showsTheDefaults)
{
    PretendTray tray;
    ReminderDialogFixture f;
    SettingsDialog dialog(f.context);
    auto *remind = child<QCheckBox>(dialog, "reminderCheck");
    EXPECT_TRUE(remind->isEnabled());
    EXPECT_TRUE(remind->isChecked());
    EXPECT_EQ(child<QTimeEdit>(dialog, "reminderTimeEdit")->time(), QTime(21, 0));
    EXPECT_TRUE(child<QCheckBox>(dialog, "autostartCheck")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>(dialog, "autostartCheck")->isChecked());
    EXPECT_FALSE(child<QLabel>(dialog, "reminderNote")->text().contains(QStringLiteral("no system tray")));
}

TEST(ReminderSettings, timeAndAutostart_okSavesThem_andWritesTheEntry)
{
    PretendTray tray;
    ReminderDialogFixture f;
    {
        SettingsDialog dialog(f.context);
        child<QTimeEdit>(dialog, "reminderTimeEdit")->setTime(QTime(22, 15));
        child<QCheckBox>(dialog, "autostartCheck")->setChecked(true);
        clickOk(dialog);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(f.context.preferences().reminderAt, QTime(22, 15));
    EXPECT_EQ(f.saved().reminderAt, QTime(22, 15));
    EXPECT_TRUE(f.saved().eveningReminder);
    ASSERT_TRUE(autostart::isOn());
    QFile entry(autostart::filePath());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    EXPECT_TRUE(entry.readAll().contains(" --tray\n"));

    // Opened again: the box shows the entry is there.
    SettingsDialog again(f.context);
    EXPECT_TRUE(child<QCheckBox>(again, "autostartCheck")->isChecked());
}

TEST(ReminderSettings, reminderTurnedOff_alsoRemovesTheAutostartEntry)
{
    PretendTray tray;
    ReminderDialogFixture f;
    ASSERT_TRUE(autostart::set(true, QStringLiteral("rls-diary")));
    SettingsDialog dialog(f.context);
    auto *autostartBox = child<QCheckBox>(dialog, "autostartCheck");
    EXPECT_TRUE(autostartBox->isChecked());
    child<QCheckBox>(dialog, "reminderCheck")->setChecked(false);
    EXPECT_FALSE(autostartBox->isEnabled());
    EXPECT_FALSE(child<QTimeEdit>(dialog, "reminderTimeEdit")->isEnabled());
    clickOk(dialog);
    EXPECT_FALSE(f.saved().eveningReminder);
    EXPECT_FALSE(autostart::isOn());
}

TEST(ReminderSettings, anAutostartEntryThatCannotBeWritten_saysWhy_andSavesNothing)
{
    PretendTray tray;
    ReminderDialogFixture f;
    QFile blocker(f.home.path() + QStringLiteral("/autostart")); // a file where the folder goes
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsDialog dialog(f.context);
    dialog.show();
    child<QTimeEdit>(dialog, "reminderTimeEdit")->setTime(QTime(20, 0));
    child<QCheckBox>(dialog, "autostartCheck")->setChecked(true);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible()) << "the dialog stays open";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cannot start with the computer")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("No setting was changed")));
    EXPECT_EQ(f.saved().reminderAt, QTime(21, 0));
    EXPECT_EQ(f.context.preferences().reminderAt, QTime(21, 0));
    EXPECT_FALSE(autostart::isOn());
}

TEST(ReminderSettings, theDemo_isNotRemindedOf)
{
    PretendTray tray;
    test::TemporaryConfigHome home;
    auto session = DiarySession::openDemo(30);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    DiaryContext context(session.value()->store(), true, session.value()->settings());
    SettingsDialog dialog(context);
    EXPECT_FALSE(child<QCheckBox>(dialog, "reminderCheck")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>(dialog, "autostartCheck")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "reminderNote")->text().contains(QStringLiteral("demo")));
}
