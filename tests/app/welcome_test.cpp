// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: a new diary opens with a welcome (what the app does and does not do, where the diary
// lives, the demo), then the usual times, the regimen and the day split, each skippable; the
// usual times then stand in the evening form's empty sleep as a suggestion.
#include "doses/timefield.h"
#include "session/diarycontext.h"
#include "session/preferences.h"
#include "settings/welcomewizard.h"
#include "shared/translation.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

class Welcome : public ::testing::Test {
protected:
    QString settingsPath() const { return m_diary.dir() + QStringLiteral("/settings.ini"); }
    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(m_diary.store(), false, m_settings);
            m_window->show();
        }
        return *m_window;
    }
    WelcomeWizard *wizard() { return window().findChild<WelcomeWizard *>(QStringLiteral("welcomeWizard")); }
    Preferences savedPreferences()
    {
        QSettings reread(settingsPath(), QSettings::IniFormat);
        return loadPreferences(reread);
    }

    test::TempDiary m_diary;
    QSettings m_settings {settingsPath(), QSettings::IniFormat};
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(Welcome, aNewDiary_opensTheWelcome_sayingWhereTheDiaryLives)
{
    window().welcomeIfNew();
    WelcomeWizard *w = wizard();
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->isVisible());
    const auto *where = w->findChild<QLabel *>(QStringLiteral("welcomeDiaryPath"));
    ASSERT_NE(where, nullptr);
    EXPECT_TRUE(where->text().contains(QDir::toNativeSeparators(m_diary.path()))) << where->text().toStdString();
    EXPECT_TRUE(where->text().contains(QStringLiteral("stays on this computer")));
    EXPECT_NE(w->findChild<QAbstractButton *>(QStringLiteral("openDemo")), nullptr);
}

TEST_F(Welcome, finished_keepsTheUsualTimesAndDaySplit_andTheFormSuggestsThem)
{
    window().welcomeIfNew();
    WelcomeWizard *w = wizard();
    ASSERT_NE(w, nullptr);
    w->next(); // the welcome, read
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualInBed")), QStringLiteral("2230"));
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualTriedToSleep")), QStringLiteral("2245"));
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualOutOfBed")), QStringLiteral("0700"));
    w->next();
    w->next(); // no regimen: left empty
    w->findChild<QSpinBox *>(QStringLiteral("welcomeDaySplit"))->setValue(4);
    w->button(QWizard::FinishButton)->click();

    const Preferences saved = savedPreferences();
    EXPECT_EQ(saved.usualTimes.inBed, QTime(22, 30));
    EXPECT_EQ(saved.usualTimes.triedToSleep, QTime(22, 45));
    EXPECT_EQ(saved.usualTimes.outOfBed, QTime(7, 0));
    EXPECT_EQ(saved.daySplitHour, 4);
    EXPECT_TRUE(saved.regimen.isEmpty());
    EXPECT_TRUE(saved.welcomeDone);

    // The evening form shows them in its empty sleep section, and the welcome does not come again.
    auto *inBed = window().findChild<TimeField *>(QStringLiteral("inBed"));
    ASSERT_NE(inBed, nullptr);
    EXPECT_EQ(inBed->placeholderText(), QStringLiteral("22:30"));
    EXPECT_TRUE(inBed->text().isEmpty());
    QTest::qWait(0); // the closed wizard deletes itself
    window().welcomeIfNew();
    EXPECT_EQ(wizard(), nullptr);
}

TEST_F(Welcome, aHalfTypedTime_holdsThePage_ratherThanBeingDropped)
{
    window().welcomeIfNew();
    WelcomeWizard *w = wizard();
    ASSERT_NE(w, nullptr);
    w->next();
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualInBed")), QStringLiteral("22:"));
    EXPECT_FALSE(w->button(QWizard::NextButton)->isEnabled());
    const auto *problem = w->findChild<QLabel *>(QStringLiteral("usualTimesProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->text().contains(QStringLiteral("\"22:\" is not a clock time")))
        << problem->text().toStdString();
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualInBed")), QStringLiteral("30"));
    EXPECT_TRUE(w->button(QWizard::NextButton)->isEnabled());
}

TEST_F(Welcome, skipped_changesNoSetting_andIsNotShownAgain)
{
    Preferences before = loadPreferences(m_settings);
    window().welcomeIfNew();
    WelcomeWizard *w = wizard();
    ASSERT_NE(w, nullptr);
    w->next();
    QTest::keyClicks(w->findChild<TimeField *>(QStringLiteral("usualInBed")), QStringLiteral("2230"));
    w->button(QWizard::CancelButton)->click(); // "Skip"

    Preferences after = savedPreferences();
    EXPECT_TRUE(after.welcomeDone);
    EXPECT_TRUE(after.usualTimes.isEmpty());
    EXPECT_EQ(after.daySplitHour, before.daySplitHour);
    QTest::qWait(0);
    window().welcomeIfNew();
    EXPECT_EQ(wizard(), nullptr);
}

TEST_F(Welcome, aDiaryWithNights_orTheDemo_orReadOnly_opensNoWelcome)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(QDate(2026, 11, 22))));
    window().welcomeIfNew();
    EXPECT_EQ(wizard(), nullptr);

    test::TempDiary empty;
    QSettings settings(empty.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    DiaryContext demo(empty.store(), true, settings);
    EXPECT_FALSE(WelcomeWizard::isDueFor(demo));
    DiaryContext own(empty.store(), false, settings);
    EXPECT_TRUE(WelcomeWizard::isDueFor(own));
    empty.close();
    OpenOptions readOnly;
    readOnly.access = Access::ReadOnly;
    auto lookedAt = DiaryStore::open(empty.path(), readOnly);
    ASSERT_TRUE(lookedAt) << lookedAt.error().message.toStdString();
    DiaryContext backup(*lookedAt.value(), false, settings);
    EXPECT_FALSE(WelcomeWizard::isDueFor(backup));
}

// Issue 14: "My regimen" sat greyed out with no hint how to set it. Without a regimen it says so
// and opens Preferences, where the regimen is set.
TEST_F(Welcome, myRegimenWithoutARegimen_leadsToPreferences)
{
    auto *button = window().findChild<QAbstractButton *>(QStringLiteral("addRegimen"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), QStringLiteral("Set up my re&gimen…"));
    button->click();
    EXPECT_NE(window().findChild<QDialog *>(QStringLiteral("settingsDialog")), nullptr);
}

// Every word of every page can be read, in English and in German (longer): no label is cut off
// below its last line. The wizard's own subtitle line showed two lines and cut the rest.
TEST_F(Welcome, everyPage_showsItsTextWhole_inEnglishAndGerman)
{
    for (const Language language : {Language::English, Language::German}) {
        const Translation translation(language, QLocale(QLocale::English, QLocale::UnitedStates));
        WelcomeWizard w(window().context(), &window());
        w.show();
        for (const int id : w.pageIds()) {
            while (w.currentId() != id)
                w.next();
            QCoreApplication::processEvents();
            for (const QLabel *label : w.findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty() || !label->wordWrap())
                    continue;
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << "cut off on page " << w.currentPage()->objectName().toStdString() << ": "
                    << label->text().toStdString();
            }
        }
        w.reject();
    }
}

// Closed without an answer (the app quit, or the welcome's own window closed): nothing is
// remembered, so the welcome comes again at the next start. Only Skip or Finish end it for good.
TEST_F(Welcome, closedWithoutAnAnswer_comesAgainAtTheNextStart)
{
    window().welcomeIfNew();
    WelcomeWizard *w = wizard();
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->close());

    EXPECT_FALSE(savedPreferences().welcomeDone);
    QTest::qWait(0); // the closed welcome deletes itself
    window().welcomeIfNew();
    EXPECT_NE(wizard(), nullptr);
}
