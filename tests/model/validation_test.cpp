// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;

namespace {
QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}
QString messageFor(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}
} // namespace

TEST(Validation, fullNight_isValid)
{
    EXPECT_TRUE(validateNight(test::fullNight(QDate(2026, 11, 23))).isEmpty());
}

TEST(Validation, severityOutOfRange_namesTheFieldAndRange)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.symptoms.severity = 11;
    const auto errors = validateNight(n);
    ASSERT_EQ(fields(errors), QStringList {QStringLiteral("severity")});
    EXPECT_EQ(errors.first().message, QStringLiteral("Symptom severity must be between 0 and 10."));
    n.symptoms.severity = -1;
    EXPECT_EQ(fields(validateNight(n)), QStringList {QStringLiteral("severity")});
    n.symptoms.severity = 0;
    EXPECT_TRUE(validateNight(n).isEmpty());
    n.symptoms.severity = 10;
    EXPECT_TRUE(validateNight(n).isEmpty());
}

TEST(Validation, rangesOfEveryNumber)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.symptoms.irlsTotal = 41;
    n.sleep.quality = 0;
    n.sleep.awakenings = -2;
    const auto errors = validateNight(n);
    EXPECT_TRUE(fields(errors).contains(QStringLiteral("irlsTotal")));
    EXPECT_TRUE(fields(errors).contains(QStringLiteral("sleep.quality")));
    EXPECT_TRUE(fields(errors).contains(QStringLiteral("sleep.awakenings")));
    EXPECT_EQ(
        messageFor(errors, QStringLiteral("sleep.quality")), QStringLiteral("Sleep quality must be between 1 and 5."));
    EXPECT_EQ(
        messageFor(errors, QStringLiteral("irlsTotal")), QStringLiteral("The IRLS total must be between 0 and 40."));
}

TEST(Validation, wokeBeforeGoingToBed_isRefusedWithBothTimes)
{
    Night n;
    n.date = QDate(2026, 11, 23);
    n.sleep.inBed = QTime(23, 0);
    n.sleep.outOfBed = QTime(22, 0);
    const auto errors = validateNight(n);
    ASSERT_EQ(fields(errors), QStringList {QStringLiteral("sleep.outOfBed")});
    EXPECT_EQ(errors.first().message,
        QStringLiteral("The time of getting out of bed (22:00) is before going to bed (23:00)."));
}

TEST(Validation, awakeMinutesLongerThanTheNight_isRefused)
{
    Night n;
    n.date = QDate(2026, 11, 23);
    n.sleep.triedToSleep = QTime(23, 0);
    n.sleep.finalAwakening = QTime(1, 0);
    n.sleep.minutesToFallAsleep = 90;
    n.sleep.minutesAwake = 60;
    EXPECT_EQ(fields(validateNight(n)), QStringList {QStringLiteral("sleep.minutesAwake")});
}

TEST(Validation, negativeOrHugeDose_namesTheIntake)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.intakes[0].amount = -200;
    n.intakes[1].amount = 250000;
    n.intakes[2].amount = std::nan("");
    n.intakes[3].unit = QStringLiteral("  ");
    const auto errors = validateNight(n);
    EXPECT_EQ(fields(errors),
        (QStringList {QStringLiteral("intakes[0].amount"), QStringLiteral("intakes[1].amount"),
            QStringLiteral("intakes[2].amount"), QStringLiteral("intakes[3].unit")}));
    EXPECT_EQ(messageFor(errors, QStringLiteral("intakes[0].amount")),
        QStringLiteral("Magnesium: the amount cannot be below 0."));
    EXPECT_EQ(
        messageFor(errors, QStringLiteral("intakes[2].amount")), QStringLiteral("Caffeine: the amount is missing."));
}

// Issue 13: a dose of 0 is a recorded "none" (no alcohol, no coffee that day), not a mistake.
TEST(Validation, aDoseOfZero_isARecordedNone_andValid)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.intakes[3].amount = 0;
    n.intakes[0].amount = 0;
    n.intakes[0].labelMg = 300;
    EXPECT_TRUE(validateNight(n).isEmpty());
}

TEST(Validation, invalidDate_andEmptyTag)
{
    Night n;
    n.tags = {QStringLiteral(" ")};
    EXPECT_EQ(fields(validateNight(n)), (QStringList {QStringLiteral("date"), QStringLiteral("tags")}));
}

TEST(Validation, invalidJoinsEveryMessage)
{
    const Error e
        = invalid({{QStringLiteral("a"), QStringLiteral("First.")}, {QStringLiteral("b"), QStringLiteral("Second.")}});
    EXPECT_EQ(e.kind, ErrorKind::Invalid);
    EXPECT_EQ(e.message, QStringLiteral("First.\nSecond."));
    EXPECT_EQ(e.fields.size(), 2);
}

TEST(Validation, labResultNeedsTestValueAndUnit)
{
    LabResult lab {0, QDate(2026, 10, 1), QStringLiteral(""), -3, QStringLiteral("")};
    EXPECT_EQ(fields(validateLabResult(lab)),
        (QStringList {QStringLiteral("test"), QStringLiteral("value"), QStringLiteral("unit")}));
    lab = {0, QDate(2026, 10, 1), QStringLiteral("Ferritin"), 48, QStringLiteral("ng/mL")};
    EXPECT_TRUE(validateLabResult(lab).isEmpty());
}

// Issue 13, wording: an amount was printed as "1.23457e+06" in the message that refuses it.
TEST(Validation, aLargeAmount_isNamedAsTyped_notInExponentForm)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.intakes = {{QStringLiteral("Magnesium"), 1234567, QStringLiteral("mg"), {}, {}}};
    EXPECT_EQ(messageFor(validateNight(n), QStringLiteral("intakes[0].amount")),
        QStringLiteral("Magnesium: the amount 1234567 is too large; please check it."));
}

// Issue 13: a tag "Vitamin D; K2" was accepted, then exported into the tags cell, where "; "
// separates tags: it came back as two tags. The diary refuses it with the reason.
TEST(Validation, aTagHoldingTheListSeparator_isRefused)
{
    Night n = test::fullNight(QDate(2026, 11, 23));
    n.tags = {QStringLiteral("travel"), QStringLiteral("long drive; no sleep")};
    EXPECT_EQ(messageFor(validateNight(n), QStringLiteral("tags")),
        QStringLiteral("The tag \"long drive; no sleep\" cannot hold \";\": it separates tags in exported files."));
}
