// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/diarysession.h"
#include "session/preferences.h"
#include "support/tempdiary.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace rls;

TEST(Preferences, emptySettings_giveTheDefaults)
{
    test::TempDiary dir;
    QSettings settings(dir.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    const Preferences p = loadPreferences(settings);
    EXPECT_EQ(p.daySplitHour, 12);
    EXPECT_EQ(p.magnesiumLimit, MagnesiumLimit::Nih);
    EXPECT_EQ(p.caffeineAfter, QTime(14, 0));
    EXPECT_EQ(p.standardDrink, StandardDrink::US);
    EXPECT_EQ(p.firstDayOfWeek, Qt::Monday);
    EXPECT_EQ(p.theme, Theme::System);
    EXPECT_TRUE(p.regimen.isEmpty());
    EXPECT_FALSE(p.kidneyReminderShown);
    EXPECT_TRUE(p.eveningReminder);
    EXPECT_EQ(p.reminderAt, QTime(21, 0));
    EXPECT_FALSE(p.remindedNight.isValid());
    EXPECT_FALSE(p.trayExplained);
}

TEST(Preferences, everySettingSurvivesARestart)
{
    test::TempDiary dir;
    const QString path = dir.dir() + QStringLiteral("/settings.ini");
    Preferences p;
    p.diaryPath = QStringLiteral("elsewhere.sqlite");
    p.regimen = {{QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}};
    p.daySplitHour = 4;
    p.magnesiumLimit = MagnesiumLimit::Efsa;
    p.caffeineAfter = QTime(15, 30);
    p.standardDrink = StandardDrink::UK;
    p.firstDayOfWeek = Qt::Sunday;
    p.kidneyReminderShown = true;
    p.theme = Theme::Dark;
    p.reportPaper = ReportPaper::Letter;
    p.eveningReminder = false;
    p.reminderAt = QTime(22, 45);
    p.remindedNight = QDate(2026, 5, 12);
    p.trayExplained = true;
    {
        QSettings settings(path, QSettings::IniFormat);
        savePreferences(settings, p);
    }
    QSettings again(path, QSettings::IniFormat);
    const Preferences q = loadPreferences(again);
    EXPECT_EQ(q.diaryPath, p.diaryPath);
    EXPECT_EQ(q.regimen, p.regimen);
    EXPECT_EQ(q.daySplitHour, 4);
    EXPECT_EQ(q.magnesiumLimit, MagnesiumLimit::Efsa);
    EXPECT_EQ(q.caffeineAfter, QTime(15, 30));
    EXPECT_EQ(q.standardDrink, StandardDrink::UK);
    EXPECT_EQ(q.firstDayOfWeek, Qt::Sunday);
    EXPECT_TRUE(q.kidneyReminderShown);
    EXPECT_EQ(q.theme, Theme::Dark);
    EXPECT_EQ(q.reportPaper, ReportPaper::Letter);
    EXPECT_FALSE(q.eveningReminder);
    EXPECT_EQ(q.reminderAt, QTime(22, 45));
    EXPECT_EQ(q.remindedNight, QDate(2026, 5, 12));
    EXPECT_TRUE(q.trayExplained);
}

TEST(Preferences, nonsenseInTheFile_fallsBackToDefaults)
{
    test::TempDiary dir;
    const QString path = dir.dir() + QStringLiteral("/settings.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("log/daySplitHour"), 99);
        settings.setValue(QStringLiteral("guidance/caffeineAfter"), QStringLiteral("teatime"));
        settings.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        settings.setValue(QStringLiteral("calendar/firstDayOfWeek"), 12);
        settings.setValue(QStringLiteral("reminder/time"), QStringLiteral("25:99"));
        settings.setValue(QStringLiteral("reminder/lastNight"), QStringLiteral("yesterday"));
    }
    QSettings again(path, QSettings::IniFormat);
    const Preferences p = loadPreferences(again);
    EXPECT_EQ(p.daySplitHour, 12);
    EXPECT_EQ(p.caffeineAfter, QTime(14, 0));
    EXPECT_EQ(p.theme, Theme::System);
    EXPECT_EQ(p.firstDayOfWeek, Qt::Monday);
    EXPECT_EQ(p.reminderAt, QTime(21, 0));
    EXPECT_FALSE(p.remindedNight.isValid());
}

TEST(Theme, keysReadBackAndUnknownNamesAreRefused)
{
    EXPECT_EQ(themeFromKey(QStringLiteral("Dark")), Theme::Dark);
    EXPECT_EQ(themeFromKey(themeKey(Theme::Light)), Theme::Light);
    EXPECT_FALSE(themeFromKey(QStringLiteral("purple")).has_value());
}

TEST(DiarySession, ownDiary_isTheFileChosenInPreferences_elseTheDefaultPlace)
{
    test::TempDiary dir;
    QSettings settings(dir.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    EXPECT_EQ(DiarySession::ownDiaryPath(settings), DiaryStore::defaultPath());
    Preferences p;
    p.diaryPath = dir.dir() + QStringLiteral("/elsewhere.sqlite");
    savePreferences(settings, p);
    EXPECT_EQ(DiarySession::ownDiaryPath(settings), p.diaryPath);
}
