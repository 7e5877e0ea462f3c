// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: most people go to bed at about the same time, so the usual times (asked on the first
// run, kept in Preferences) stand in an empty sleep section as a grey suggestion. One Enter keeps
// them; nothing of them is saved until the person keeps or types them.
#include "doses/timefield.h"
#include "log/sleepeditor.h"
#include "logpagefixture.h"

#include <QApplication>
#include <QLabel>
#include <QSpinBox>

using namespace rls;

namespace {

class SleepSuggestion : public LogPageTest {
protected:
    void SetUp() override
    {
        LogPageTest::SetUp();
        Preferences p = m_context->preferences();
        p.usualTimes = {QTime(22, 45), QTime(23, 0), QTime(6, 50)};
        m_context->setPreferences(p);
    }
    QLabel *note() { return find<QLabel>(QStringLiteral("sleepSuggestionNote")); }
};

} // namespace

TEST_F(SleepSuggestion, anEmptySleep_showsTheUsualTimesInGrey_andSavesNoneOfThemUntouched)
{
    page();
    EXPECT_TRUE(note()->isVisible());
    EXPECT_TRUE(find<TimeField>(QStringLiteral("inBed"))->text().isEmpty());
    EXPECT_EQ(find<TimeField>(QStringLiteral("inBed"))->placeholderText(), QStringLiteral("22:45"));
    EXPECT_EQ(find<TimeField>(QStringLiteral("outOfBed"))->placeholderText(), QStringLiteral("06:50"));
    EXPECT_EQ(find<TimeField>(QStringLiteral("finalAwakening"))->placeholderText(), QStringLiteral("hh:mm"));

    // Tonight's severity alone is saved: last night's sleep stays unrecorded, not invented.
    typeInto(QStringLiteral("severity"), QStringLiteral("4"));
    click(QStringLiteral("saveButton"));
    EXPECT_EQ(stored(Tonight)->symptoms.severity, 4);
    EXPECT_FALSE(stored(LastNight).has_value());
}

TEST_F(SleepSuggestion, enterInTheSleep_keepsTheUsualTimes_andMovesOnToWhatTheyDoNotAnswer)
{
    page().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page()));
    auto *inBed = find<TimeField>(QStringLiteral("inBed"));
    inBed->setFocus();
    QTest::keyClick(inBed, Qt::Key_Return);
    EXPECT_EQ(inBed->text(), QStringLiteral("22:45"));
    EXPECT_EQ(find<TimeField>(QStringLiteral("triedToSleep"))->text(), QStringLiteral("23:00"));
    EXPECT_EQ(find<TimeField>(QStringLiteral("outOfBed"))->text(), QStringLiteral("06:50"));
    EXPECT_FALSE(note()->isVisible());
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("minutesToFallAsleep"));

    click(QStringLiteral("saveButton"));
    const auto lastNight = stored(LastNight);
    ASSERT_TRUE(lastNight.has_value());
    EXPECT_EQ(lastNight->sleep.inBed, QTime(22, 45));
    EXPECT_EQ(lastNight->sleep.triedToSleep, QTime(23, 0));
    EXPECT_EQ(lastNight->sleep.outOfBed, QTime(6, 50));
    EXPECT_FALSE(lastNight->sleep.finalAwakening.has_value());
}

TEST_F(SleepSuggestion, aTimeTypedOverTheSuggestion_isTheOneSaved_andTheOthersStaySuggestions)
{
    typeInto(QStringLiteral("inBed"), QStringLiteral("2350"));
    EXPECT_TRUE(note()->isVisible()); // "tried to sleep" and "got up" are still only suggested
    click(QStringLiteral("saveButton"));
    const auto lastNight = stored(LastNight);
    ASSERT_TRUE(lastNight.has_value());
    EXPECT_EQ(lastNight->sleep.inBed, QTime(23, 50));
    EXPECT_FALSE(lastNight->sleep.triedToSleep.has_value());
    EXPECT_FALSE(lastNight->sleep.outOfBed.has_value());
}

TEST_F(SleepSuggestion, aNightWhoseSleepIsLogged_showsItsOwnTimes_andNoSuggestion)
{
    Night logged;
    logged.date = LastNight;
    logged.sleep.inBed = QTime(1, 10);
    ASSERT_TRUE(m_diary.store().saveNight(logged));
    page();
    EXPECT_FALSE(note()->isVisible());
    EXPECT_EQ(find<TimeField>(QStringLiteral("inBed"))->text(), QStringLiteral("01:10"));
    EXPECT_EQ(find<TimeField>(QStringLiteral("outOfBed"))->placeholderText(), QStringLiteral("hh:mm"));
}

TEST_F(SleepSuggestion, withoutUsualTimes_nothingIsSuggested)
{
    Preferences p = m_context->preferences();
    p.usualTimes = {};
    m_context->setPreferences(p);
    page();
    EXPECT_FALSE(note()->isVisible());
    EXPECT_EQ(find<TimeField>(QStringLiteral("inBed"))->placeholderText(), QStringLiteral("hh:mm"));
}
