// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, the evening reminder: EveningReminder looks at a fixed time on a real diary and
// says "due" once when tonight is not logged, and nothing when it is.
#include "log/logpage.h"
#include "session/diarycontext.h"
#include "session/eveningreminder.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rls;

namespace {

QDateTime berlin(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

const QDate Tonight(2026, 5, 12);

// A diary, its settings file, and the context every page shares, as the window has them.
struct ReminderFixture {
    test::TempDiary diary;
    QString iniPath = diary.dir() + QStringLiteral("/settings.ini");
    QSettings settings {iniPath, QSettings::IniFormat};
    DiaryContext context {diary.store(), false, settings};
    EveningReminder reminder {context};
    QSignalSpy due {&reminder, &EveningReminder::due};
};

} // namespace

TEST(EveningReminder, tonightNotLogged_remindsOnceAtTheTime)
{
    ReminderFixture f;
    EXPECT_EQ(f.reminder.check(berlin(Tonight, QTime(20, 0))), berlin(Tonight, QTime(21, 0)));
    EXPECT_EQ(f.due.count(), 0);

    const QDateTime next = f.reminder.check(berlin(Tonight, QTime(21, 0)));
    ASSERT_EQ(f.due.count(), 1);
    EXPECT_EQ(f.due.at(0).at(0).toDate(), Tonight);
    EXPECT_EQ(next, berlin(Tonight.addDays(1), QTime(21, 0))); // tomorrow's

    f.reminder.check(berlin(Tonight, QTime(21, 30)));
    f.reminder.check(berlin(Tonight.addDays(1), QTime(0, 30)));
    EXPECT_EQ(f.due.count(), 1) << "one reminder a night";
}

TEST(EveningReminder, onceANight_alsoAcrossARestart)
{
    ReminderFixture f;
    f.reminder.check(berlin(Tonight, QTime(21, 5)));
    ASSERT_EQ(f.due.count(), 1);
    // The app is started again at ten: the settings remember the night was reminded of.
    QSettings again(f.iniPath, QSettings::IniFormat);
    DiaryContext restarted(f.diary.store(), false, again);
    EXPECT_EQ(restarted.preferences().remindedNight, Tonight);
    EveningReminder reminder(restarted);
    QSignalSpy due(&reminder, &EveningReminder::due);
    reminder.check(berlin(Tonight, QTime(22, 0)));
    EXPECT_EQ(due.count(), 0);
    // Tomorrow evening is another night.
    reminder.check(berlin(Tonight.addDays(1), QTime(21, 0)));
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(0).toDate(), Tonight.addDays(1));
}

TEST(EveningReminder, tonightLogged_staysQuiet)
{
    ReminderFixture f;
    Night night;
    night.date = Tonight;
    night.symptoms.severity = 4;
    ASSERT_TRUE(f.diary.store().saveNight(night));
    EXPECT_EQ(f.reminder.check(berlin(Tonight, QTime(21, 0))), berlin(Tonight.addDays(1), QTime(21, 0)));
    f.reminder.check(berlin(Tonight, QTime(23, 0)));
    EXPECT_EQ(f.due.count(), 0);
    // Logged tonight is not "reminded": tomorrow's reminder still comes.
    f.reminder.check(berlin(Tonight.addDays(1), QTime(21, 0)));
    EXPECT_EQ(f.due.count(), 1);
}

TEST(EveningReminder, theComputerWokeAfterMidnight_remindsOfTheNightThatBeganYesterday)
{
    ReminderFixture f;
    f.reminder.check(berlin(Tonight.addDays(1), QTime(0, 40)));
    ASSERT_EQ(f.due.count(), 1);
    EXPECT_EQ(f.due.at(0).at(0).toDate(), Tonight);
}

TEST(EveningReminder, afterTheDaySplit_theNightIsOver_andNothingComes)
{
    ReminderFixture f;
    Preferences p = f.context.preferences();
    p.daySplitHour = 3;
    f.context.setPreferences(p);
    f.reminder.check(berlin(Tonight.addDays(1), QTime(3, 0)));
    f.reminder.check(berlin(Tonight.addDays(1), QTime(8, 0)));
    EXPECT_EQ(f.due.count(), 0);
}

TEST(EveningReminder, theTimeFromPreferences_counts)
{
    ReminderFixture f;
    Preferences p = f.context.preferences();
    p.reminderAt = QTime(22, 15);
    f.context.setPreferences(p);
    EXPECT_EQ(f.reminder.check(berlin(Tonight, QTime(21, 30))), berlin(Tonight, QTime(22, 15)));
    EXPECT_EQ(f.due.count(), 0);
    f.reminder.check(berlin(Tonight, QTime(22, 15)));
    EXPECT_EQ(f.due.count(), 1);
}

TEST(EveningReminder, turnedOff_saysNothing)
{
    ReminderFixture f;
    Preferences p = f.context.preferences();
    p.eveningReminder = false;
    f.context.setPreferences(p);
    EXPECT_FALSE(f.reminder.check(berlin(Tonight, QTime(21, 30))).isValid());
    EXPECT_EQ(f.due.count(), 0);
}

TEST(EveningReminder, aReadOnlyDiary_isNotRemindedOf)
{
    test::TempDiary diary;
    diary.store();
    diary.close();
    auto readOnly = DiaryStore::open(diary.path(), {.access = Access::ReadOnly});
    ASSERT_TRUE(readOnly) << readOnly.error().message.toStdString();
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext context(*readOnly.value(), false, settings);
    EveningReminder reminder(context);
    QSignalSpy due(&reminder, &EveningReminder::due);
    reminder.check(berlin(Tonight, QTime(21, 30)));
    EXPECT_EQ(due.count(), 0);
}

// The whole way a person goes: tonight typed into the evening form and saved with the window's
// own save, then the reminder time comes.
TEST(EveningReminder, tonightSavedInTheWindow_keepsTheReminderQuiet)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.context().setClock([] { return berlin(Tonight, QTime(20, 30)); });
    auto *logPage = window.findChild<LogPage *>();
    ASSERT_NE(logPage, nullptr);
    ASSERT_TRUE(logPage->showNight(logPage->tonightDate()));
    ASSERT_EQ(logPage->currentDate(), Tonight);
    auto *severity = window.findChild<QWidget *>(QStringLiteral("severity"));
    ASSERT_NE(severity, nullptr);
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_6);
    ASSERT_TRUE(logPage->isDirty());
    ASSERT_TRUE(logPage->save());

    EveningReminder reminder(window.context());
    QSignalSpy due(&reminder, &EveningReminder::due);
    reminder.check(berlin(Tonight, QTime(21, 0)));
    EXPECT_EQ(due.count(), 0);
}
