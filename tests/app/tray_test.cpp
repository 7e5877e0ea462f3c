// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, the evening reminder in the window: the tray icon, its menu, the notification's
// click, and what closing the window does while the reminder is on. The offscreen platform has
// no tray, so these tests pretend one (SystemTray::setAvailableForTests); the last ones check
// that without a tray nothing changes.
#include "log/logpage.h"
#include "session/diarycontext.h"
#include "session/diarysession.h"
#include "session/eveningreminder.h"
#include "shared/messagebox.h"
#include "shared/systemtray.h"
#include "shell/mainwindow.h"
#include "shell/trayicon.h"
#include "support/tempdiary.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QDate Tonight(2026, 5, 12);

// Pretends the desktop has a system tray for one test.
class PretendTray {
public:
    explicit PretendTray(bool available = true) { SystemTray::setAvailableForTests(available); }
    ~PretendTray() { SystemTray::setAvailableForTests(std::nullopt); }
    PretendTray(const PretendTray &) = delete;
    PretendTray &operator=(const PretendTray &) = delete;
};

// A window on a real diary, at 21:30 on the evening of Tonight.
struct TrayFixture {
    PretendTray tray;
    test::TempDiary diary;
    QSettings settings {diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat};
    MainWindow window {diary.store(), false, settings};
    QSignalSpy closed {&window, &MainWindow::closed};

    // `explained`: the one-time note about the tray was already shown, so closing asks nothing
    // unexpected (a question no test answers would wait for a click that never comes).
    explicit TrayFixture(bool explained = true)
    {
        window.context().setClock([] { return QDateTime(Tonight, QTime(21, 30)); });
        if (explained)
            window.context().rememberTrayExplained();
    }
    LogPage *logPage() const { return window.findChild<LogPage *>(); }
    TrayIcon *trayIcon() const { return window.trayIcon(); }
};

QAction *menuAction(TrayIcon *tray, const char *name)
{
    return tray->icon()->contextMenu()->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

TEST(Tray, withATray_theIconIsThere_withItsMenu)
{
    TrayFixture f;
    ASSERT_NE(f.trayIcon(), nullptr);
    EXPECT_TRUE(f.trayIcon()->isActive());
    EXPECT_TRUE(f.window.keepsRunningInTray());
    EXPECT_FALSE(f.trayIcon()->icon()->icon().isNull());
    QStringList texts;
    for (QAction *a : f.trayIcon()->icon()->contextMenu()->actions()) {
        if (!a->isSeparator())
            texts.append(a->text());
    }
    EXPECT_EQ(texts,
        (QStringList {QStringLiteral("&Log tonight"), QStringLiteral("&Open RLS Diary"), QStringLiteral("&Quit")}));
}

TEST(Tray, theReminderDue_showsTonightIsNotLogged)
{
    TrayFixture f;
    f.trayIcon()->reminder()->check(QDateTime(Tonight, QTime(21, 30)));
    EXPECT_TRUE(f.trayIcon()->lastMessage().startsWith(QStringLiteral("Tonight is not logged yet")))
        << f.trayIcon()->lastMessage().toStdString();
}

TEST(Tray, afterMidnight_theReminderSpeaksOfLastNight)
{
    TrayFixture f;
    f.window.context().setClock([] { return QDateTime(Tonight.addDays(1), QTime(0, 40)); });
    f.trayIcon()->reminder()->check(QDateTime(Tonight.addDays(1), QTime(0, 40)));
    EXPECT_TRUE(f.trayIcon()->lastMessage().startsWith(QStringLiteral("Last night is not logged yet")))
        << f.trayIcon()->lastMessage().toStdString();
}

TEST(Tray, clickingTheReminder_bringsTheWindowUpOnTonight_withFocusOnSeverity)
{
    TrayFixture f;
    f.window.show();
    ASSERT_TRUE(f.logPage()->showNight(Tonight.addDays(-5)));
    EXPECT_FALSE(f.window.close()); // into the tray
    ASSERT_FALSE(f.window.isVisible());

    emit f.trayIcon()->icon()->messageClicked();
    EXPECT_TRUE(f.window.isVisible());
    EXPECT_EQ(f.logPage()->currentDate(), Tonight);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.window));
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("severity"));
}

TEST(Tray, logTonight_fromTheMenu_goesToTonight)
{
    TrayFixture f;
    f.window.show();
    ASSERT_TRUE(f.logPage()->showNight(Tonight.addDays(-2)));
    menuAction(f.trayIcon(), "trayLogTonight")->trigger();
    EXPECT_EQ(f.logPage()->currentDate(), Tonight);
    EXPECT_TRUE(f.window.isVisible());
}

TEST(Tray, closingTheWindow_keepsTheAppInTheTray_andSaysSoOnce)
{
    TrayFixture f(false);
    ASSERT_FALSE(f.window.context().preferences().trayExplained);
    f.window.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(f.window.close());
    EXPECT_FALSE(f.window.isVisible());
    EXPECT_EQ(f.closed.count(), 0) << "the app goes on";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("tray"))) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Quit")));
    EXPECT_TRUE(f.window.context().preferences().trayExplained);

    // The second time, no explanation.
    menuAction(f.trayIcon(), "trayOpen")->trigger();
    EXPECT_TRUE(f.window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(f.window.close());
    EXPECT_TRUE(MessageBox::lastText().isEmpty()) << MessageBox::lastText().toStdString();
    MessageBox::setNextAnswer(QMessageBox::NoButton); // the answer was not used: drop it
    EXPECT_EQ(f.closed.count(), 0);
}

TEST(Tray, closingWithUnsavedChanges_asksFirst_andCancelKeepsTheWindow)
{
    TrayFixture f;
    f.window.show();
    auto *note = f.window.findChild<QPlainTextEdit *>(QStringLiteral("note"));
    ASSERT_NE(note, nullptr);
    note->setPlainText(QStringLiteral("typed but not saved"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(f.window.close());
    EXPECT_TRUE(f.window.isVisible()) << "cancel keeps the window, not the tray";
    EXPECT_EQ(note->toPlainText(), QStringLiteral("typed but not saved"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_FALSE(f.window.close());
    EXPECT_FALSE(f.window.isVisible());
    EXPECT_EQ(f.diary.store().summary()->nights, 1); // what was typed reached the diary
    EXPECT_EQ(f.closed.count(), 0);
}

TEST(Tray, fileQuit_reallyQuits)
{
    TrayFixture f;
    f.window.show();
    auto *quit = f.window.findChild<QAction *>(QStringLiteral("quitAction"));
    ASSERT_NE(quit, nullptr);
    quit->trigger();
    EXPECT_EQ(f.closed.count(), 1);
    EXPECT_FALSE(f.window.isVisible());
}

TEST(Tray, fileQuit_withUnsavedChanges_asks_cancelQuitsNothing)
{
    TrayFixture f;
    f.window.show();
    f.window.findChild<QPlainTextEdit *>(QStringLiteral("note"))->setPlainText(QStringLiteral("not saved"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(f.window.quit());
    EXPECT_EQ(f.closed.count(), 0);
    EXPECT_TRUE(f.window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(f.window.quit());
    EXPECT_EQ(f.closed.count(), 1);
    EXPECT_EQ(f.diary.store().summary()->nights, 1);
}

TEST(Tray, quitFromTheTray_whileTheWindowIsHidden_quits)
{
    TrayFixture f;
    f.window.show();
    ASSERT_FALSE(f.window.close());
    ASSERT_FALSE(f.window.isVisible());
    menuAction(f.trayIcon(), "trayQuit")->trigger();
    EXPECT_EQ(f.closed.count(), 1);
}

// Qt's quit (QuitOnSignal on SIGTERM, a logout) closes every window first and ends only if all
// of them close: a window that went to the tray instead kept the app running after a `kill`.
TEST(Tray, theAppAskedToQuit_closesTheWindowForGood)
{
    TrayFixture f;
    f.window.show();
    QEvent quit(QEvent::Quit);
    QCoreApplication::sendEvent(qApp, &quit);
    EXPECT_EQ(f.closed.count(), 1);
    EXPECT_FALSE(f.window.isVisible());
}

TEST(Tray, reminderTurnedOff_theIconGoes_andClosingQuits)
{
    TrayFixture f;
    Preferences p = f.window.context().preferences();
    p.eveningReminder = false;
    f.window.context().setPreferences(p);
    EXPECT_FALSE(f.trayIcon()->isActive());
    EXPECT_FALSE(f.trayIcon()->icon()->isVisible());
    EXPECT_FALSE(f.trayIcon()->reminder()->isRunning());
    f.window.show();
    EXPECT_TRUE(f.window.close());
    EXPECT_EQ(f.closed.count(), 1);
}

TEST(Tray, theDemo_hasNoTray)
{
    PretendTray tray;
    auto session = DiarySession::openDemo(30);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    MainWindow window(session.value()->store(), true, session.value()->settings());
    EXPECT_EQ(window.trayIcon(), nullptr);
    EXPECT_FALSE(window.keepsRunningInTray());
}

TEST(Tray, withoutATray_closingQuitsAsBefore)
{
    // The offscreen platform, as it is: no tray.
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    ASSERT_FALSE(SystemTray::isAvailable());
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    QSignalSpy closed(&window, &MainWindow::closed);
    EXPECT_EQ(window.trayIcon(), nullptr);
    EXPECT_FALSE(window.keepsRunningInTray());
    EXPECT_TRUE(window.context().preferences().eveningReminder) << "the setting itself is left as it is";
    window.show();
    EXPECT_TRUE(window.close());
    EXPECT_EQ(closed.count(), 1);
    EXPECT_FALSE(window.context().preferences().trayExplained);
}

// At login the app (autostarted with --tray) can start before the panel that holds the tray.
// It waits for the tray, then stays there with the window hidden.
TEST(Tray, startInTray_aTrayThatComesLate_isWaitedFor_andTheWindowStaysHidden)
{
    TrayFixture f;
    SystemTray::setAvailableForTests(false);
    MainWindow window(f.diary.store(), false, f.settings);
    ASSERT_EQ(window.trayIcon(), nullptr);
    window.startInTray(std::chrono::seconds(30));
    QTest::qWait(50);
    EXPECT_FALSE(window.isVisible()) << "the window opened before the tray had a chance";

    SystemTray::setAvailableForTests(true); // the panel has started
    QTRY_VERIFY_WITH_TIMEOUT(window.keepsRunningInTray(), 5000);
    EXPECT_FALSE(window.isVisible());
    ASSERT_NE(window.trayIcon(), nullptr);
    EXPECT_TRUE(window.trayIcon()->icon()->isVisible());
}

// No tray ever comes (a desktop without one): after the wait the window opens, so the app that
// started with the computer is not left running unseen.
TEST(Tray, startInTray_noTrayAtAll_opensTheWindowAfterTheWait)
{
    TrayFixture f;
    SystemTray::setAvailableForTests(false);
    MainWindow window(f.diary.store(), false, f.settings);
    window.startInTray(std::chrono::milliseconds(300));
    EXPECT_FALSE(window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 5000);
    EXPECT_FALSE(window.keepsRunningInTray());
}

// With a tray there already, --tray shows nothing but the icon.
TEST(Tray, startInTray_withATray_showsOnlyTheIcon)
{
    TrayFixture f;
    f.window.startInTray();
    QTest::qWait(50);
    EXPECT_FALSE(f.window.isVisible());
    EXPECT_TRUE(f.window.keepsRunningInTray());
}

// The reminder turned off: --tray has nothing to wait for, and the window opens at once.
TEST(Tray, startInTray_reminderOff_opensTheWindowAtOnce)
{
    TrayFixture f;
    Preferences p = f.window.context().preferences();
    p.eveningReminder = false;
    f.window.context().setPreferences(p);
    SystemTray::setAvailableForTests(false);
    f.window.startInTray(std::chrono::seconds(30));
    EXPECT_TRUE(f.window.isVisible());
}
