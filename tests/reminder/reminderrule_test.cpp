// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, the evening reminder: when "Tonight is not logged yet" is due, on the clock of the
// person's time zone (midnight, the day-split hour, daylight-saving days), and what counts as
// a logged night in a real diary.
#include "reminder/reminderrule.h"
#include "support/tempdiary.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QTime NinePm(21, 0);

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

// A wall-clock time in Berlin.
QDateTime at(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), berlin());
}

// The same instant as `time`'s UTC reading, for the hours a daylight-saving change repeats.
QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// Prints both the wall clock and the instant in a failure message.
std::string shown(const QDateTime &t)
{
    return t.toString(Qt::ISODate).toStdString() + " (" + t.toUTC().toString(Qt::ISODate).toStdString() + ")";
}

// Whether the diary counts the night as logged; a read that fails fails the test.
bool loggedIn(DiaryStore &store, QDate night)
{
    const auto logged = isNightLogged(store, night);
    EXPECT_TRUE(logged) << logged.error().message.toStdString();
    return logged && logged.value();
}

} // namespace

TEST(ReminderDue, berlinIsKnown)
{
    ASSERT_TRUE(berlin().isValid()) << "the tests need the tz database (tzdata)";
}

TEST(ReminderDue, beforeTheTime_isDueAtTheTimeThisEvening)
{
    EXPECT_EQ(nextReminderDue(at(5, 12, 18), NinePm, 12, false), at(5, 12, 21));
    EXPECT_EQ(nextReminderDue(at(5, 12, 20, 59), NinePm, 12, false), at(5, 12, 21));
    // At noon (the split hour) the night of the 12th begins; its reminder is at nine.
    EXPECT_EQ(nextReminderDue(at(5, 12, 12), NinePm, 12, false), at(5, 12, 21));
}

TEST(ReminderDue, atOrAfterTheTime_withTonightUnlogged_isDueNow)
{
    EXPECT_EQ(nextReminderDue(at(5, 12, 21), NinePm, 12, false), at(5, 12, 21));
    // The computer slept through nine and woke at 22:10: remind then.
    EXPECT_EQ(nextReminderDue(at(5, 12, 22, 10), NinePm, 12, false), at(5, 12, 22, 10));
    EXPECT_EQ(nextReminderDue(at(5, 12, 23, 59), NinePm, 12, false), at(5, 12, 23, 59));
}

TEST(ReminderDue, afterMidnight_theNightIsStillTonightUntilTheSplitHour)
{
    EXPECT_EQ(nextReminderDue(at(5, 13, 0, 5), NinePm, 12, false), at(5, 13, 0, 5));
    EXPECT_EQ(nextReminderDue(at(5, 13, 11, 59), NinePm, 12, false), at(5, 13, 11, 59));
    // At the split hour the night is over: no reminder for it, the next one is this evening's.
    EXPECT_EQ(nextReminderDue(at(5, 13, 12), NinePm, 12, false), at(5, 13, 21));
}

TEST(ReminderDue, aNightThatIsOver_isNeverRemindedOf)
{
    // Split at 03:00: at 03:00 the night of the 12th is over, so nothing at 03:00 or after.
    EXPECT_EQ(nextReminderDue(at(5, 13, 2, 59), NinePm, 3, false), at(5, 13, 2, 59));
    EXPECT_EQ(nextReminderDue(at(5, 13, 3), NinePm, 3, false), at(5, 13, 21));
    EXPECT_EQ(nextReminderDue(at(5, 13, 8), NinePm, 3, false), at(5, 13, 21));
    // Split at midnight: the night ends at midnight.
    EXPECT_EQ(nextReminderDue(at(5, 12, 23, 59), NinePm, 0, false), at(5, 12, 23, 59));
    EXPECT_EQ(nextReminderDue(at(5, 13, 0), NinePm, 0, false), at(5, 13, 21));
}

TEST(ReminderDue, tonightLogged_isQuietUntilTomorrowEvening)
{
    EXPECT_EQ(nextReminderDue(at(5, 12, 18), NinePm, 12, true), at(5, 13, 21));
    EXPECT_EQ(nextReminderDue(at(5, 12, 22, 10), NinePm, 12, true), at(5, 13, 21));
    EXPECT_EQ(nextReminderDue(at(5, 13, 1), NinePm, 12, true), at(5, 13, 21));
}

TEST(ReminderDue, oneReminderPerNight)
{
    // Reminded of tonight at nine: not again at ten, nor after midnight.
    EXPECT_EQ(nextReminderDue(at(5, 12, 22), NinePm, 12, false, QDate(2026, 5, 12)), at(5, 13, 21));
    EXPECT_EQ(nextReminderDue(at(5, 13, 0, 30), NinePm, 12, false, QDate(2026, 5, 12)), at(5, 13, 21));
    // Reminded of last night only: tonight's reminder still comes.
    EXPECT_EQ(nextReminderDue(at(5, 12, 18), NinePm, 12, false, QDate(2026, 5, 11)), at(5, 12, 21));
    EXPECT_EQ(nextReminderDue(at(5, 12, 22), NinePm, 12, false, QDate(2026, 5, 11)), at(5, 12, 22));
}

TEST(ReminderDue, aTimeAfterMidnight_belongsToTheNightBefore)
{
    const QTime halfPastMidnight(0, 30);
    EXPECT_EQ(nextReminderDue(at(5, 12, 22), halfPastMidnight, 12, false), at(5, 13, 0, 30));
    EXPECT_EQ(nextReminderDue(at(5, 13, 0, 29), halfPastMidnight, 12, false), at(5, 13, 0, 30));
    EXPECT_EQ(nextReminderDue(at(5, 13, 1), halfPastMidnight, 12, false), at(5, 13, 1));
    EXPECT_EQ(nextReminderDue(at(5, 13, 1), halfPastMidnight, 12, true), at(5, 14, 0, 30));
    EXPECT_EQ(reminderMoment(QDate(2026, 5, 12), halfPastMidnight, 12, at(5, 12, 18)), at(5, 13, 0, 30));
    EXPECT_EQ(reminderMoment(QDate(2026, 5, 12), NinePm, 12, at(5, 12, 18)), at(5, 12, 21));
}

TEST(ReminderDue, theNewYear_isJustAnotherMidnight)
{
    EXPECT_EQ(
        nextReminderDue(at(12, 31, 23, 30, 2026), NinePm, 12, true), QDateTime(QDate(2027, 1, 1), NinePm, berlin()));
    EXPECT_EQ(nextReminderDue(QDateTime(QDate(2027, 1, 1), QTime(0, 30), berlin()), NinePm, 12, false),
        QDateTime(QDate(2027, 1, 1), QTime(0, 30), berlin()));
}

TEST(ReminderDue, springForward_stillNineOnTheClock_aftera23HourDay)
{
    // Berlin, 29 March 2026: at 02:00 CET the clocks go to 03:00 CEST.
    const QDateTime due = nextReminderDue(at(3, 28, 22), NinePm, 12, true);
    EXPECT_EQ(due, at(3, 29, 21)) << shown(due);
    EXPECT_EQ(due.time(), NinePm);
    EXPECT_EQ(due.toUTC(), utc(3, 29, 19)) << shown(due); // CEST, two hours ahead of UTC
    EXPECT_EQ(at(3, 28, 22).secsTo(due), 22 * 3600); // the night lost an hour
    // Unlogged, and the computer wakes at 04:00 CEST: still the night of the 28th.
    EXPECT_EQ(nextReminderDue(at(3, 29, 4), NinePm, 12, false), at(3, 29, 4));
}

TEST(ReminderDue, springForward_aTimeTheClockSkips_comesRightAfterTheGap)
{
    // 02:30 does not exist on 29 March 2026 in Berlin.
    const QTime skipped(2, 30);
    const QDateTime due = nextReminderDue(at(3, 29, 1, 59), skipped, 12, false);
    ASSERT_TRUE(due.isValid());
    EXPECT_EQ(due, at(3, 29, 3, 0)) << shown(due); // the moment the clock jumps past 02:30
    EXPECT_EQ(due.toUTC(), utc(3, 29, 1)) << shown(due);
    // Once the gap has passed, the night of the 28th is reminded of at once.
    EXPECT_EQ(nextReminderDue(at(3, 29, 3, 31), skipped, 12, false), at(3, 29, 3, 31));
    // The day split in the gap: with the split at 02:00, the night of the 28th ends when the
    // clock jumps, and 03:10 belongs to the 29th.
    EXPECT_EQ(nextReminderDue(at(3, 29, 3, 10), NinePm, 2, false), at(3, 29, 21));
}

TEST(ReminderDue, fallBack_stillNineOnTheClock_aftera25HourDay)
{
    // Berlin, 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET.
    const QDateTime due = nextReminderDue(at(10, 24, 22), NinePm, 12, true);
    EXPECT_EQ(due, at(10, 25, 21)) << shown(due);
    EXPECT_EQ(due.toUTC(), utc(10, 25, 20)) << shown(due); // CET, one hour ahead of UTC
    EXPECT_EQ(at(10, 24, 22).secsTo(due), 24 * 3600); // from the 24th at 22:00 to the 25th at 21:00
    EXPECT_EQ(at(10, 24, 21).secsTo(due), 25 * 3600); // a 25-hour day
}

TEST(ReminderDue, fallBack_theRepeatedHour_doesNotRemindTwice)
{
    // Reminder at 02:30, split at 03:00: the night of the 24th sees 02:30 twice.
    const QTime halfPastTwo(2, 30);
    const QDateTime firstPass = utc(10, 25, 0, 30).toTimeZone(berlin()); // 02:30 CEST
    const QDateTime secondPass = utc(10, 25, 1, 30).toTimeZone(berlin()); // 02:30 CET
    ASSERT_EQ(firstPass.time(), halfPastTwo);
    ASSERT_EQ(secondPass.time(), halfPastTwo);
    ASSERT_LT(firstPass, secondPass) << shown(firstPass) << " " << shown(secondPass);
    // Not reminded yet: due at the first 02:30, not an hour later at the second.
    const QDateTime before = utc(10, 25, 0).toTimeZone(berlin()); // 02:00 CEST
    const QDateTime due = nextReminderDue(before, halfPastTwo, 3, false);
    EXPECT_EQ(due, firstPass) << shown(due);
    // The computer slept through the first 02:30: due at the second.
    EXPECT_EQ(nextReminderDue(secondPass, halfPastTwo, 3, false), secondPass);
    // Reminded at the first 02:30: the second brings nothing; the next is tomorrow night's.
    EXPECT_EQ(nextReminderDue(secondPass, halfPastTwo, 3, false, QDate(2026, 10, 24)),
        QDateTime(QDate(2026, 10, 26), halfPastTwo, berlin()));
}

TEST(ReminderDue, aClockInUtcOrLocalTime_givesTheAnswerOnThatClock)
{
    const QDateTime inUtc(QDate(2026, 5, 12), QTime(18, 0), Qt::UTC);
    const QDateTime due = nextReminderDue(inUtc, NinePm, 12, false);
    EXPECT_EQ(due.timeSpec(), Qt::UTC);
    EXPECT_EQ(due, QDateTime(QDate(2026, 5, 12), NinePm, Qt::UTC));
    const QDateTime local(QDate(2026, 5, 12), QTime(18, 0));
    EXPECT_EQ(nextReminderDue(local, NinePm, 12, false), QDateTime(QDate(2026, 5, 12), NinePm));
}

// What counts as logged, on a real diary file.
TEST(NightLogged, anEmptyDiary_hasNothingLogged)
{
    test::TempDiary diary;
    const auto logged = isNightLogged(diary.store(), QDate(2026, 5, 12));
    ASSERT_TRUE(logged) << logged.error().message.toStdString();
    EXPECT_FALSE(logged.value());
}

TEST(NightLogged, anySavedEntry_counts)
{
    test::TempDiary diary;
    Night severityOnly;
    severityOnly.date = QDate(2026, 5, 12);
    severityOnly.symptoms.severity = 0; // "no symptoms tonight" is logged too
    Night noteOnly;
    noteOnly.date = QDate(2026, 5, 13);
    noteOnly.note = QStringLiteral("away, no diary with me");
    Night doseOnly;
    doseOnly.date = QDate(2026, 5, 14);
    doseOnly.intakes = {{QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), {}, std::nullopt}};
    ASSERT_TRUE(diary.store().saveNights({severityOnly, noteOnly, doseOnly}));
    for (const QDate date : {severityOnly.date, noteOnly.date, doseOnly.date}) {
        const auto logged = isNightLogged(diary.store(), date);
        ASSERT_TRUE(logged);
        EXPECT_TRUE(logged.value()) << date.toString(Qt::ISODate).toStdString();
    }
    EXPECT_FALSE(loggedIn(diary.store(), QDate(2026, 5, 15)));
}

TEST(NightLogged, lastNightsSleep_doesNotLogTonight)
{
    // Tonight's form also asks how last night went; that is saved with last night.
    test::TempDiary diary;
    Night lastNight;
    lastNight.date = QDate(2026, 5, 11);
    lastNight.sleep.quality = 3;
    ASSERT_TRUE(diary.store().saveNight(lastNight));
    EXPECT_TRUE(loggedIn(diary.store(), QDate(2026, 5, 11)));
    EXPECT_FALSE(loggedIn(diary.store(), QDate(2026, 5, 12)));
}

TEST(NightLogged, aDeletedNight_isNoLongerLogged)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNight(test::fullNight(QDate(2026, 5, 12))));
    EXPECT_TRUE(loggedIn(diary.store(), QDate(2026, 5, 12)));
    ASSERT_TRUE(diary.store().deleteNight(QDate(2026, 5, 12)));
    EXPECT_FALSE(loggedIn(diary.store(), QDate(2026, 5, 12)));
}
