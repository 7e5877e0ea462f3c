// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, accessibility: the severity picker is drawn by hand, so a screen reader knew nothing
// of it but its name. It is a slider from 0 to 10 now, with its value or "not recorded".
#include "log/severitypicker.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

TEST(SeverityPickerAccessible, keysSetTheValue_theInterfaceReadsItAndItsRange)
{
    SeverityPicker picker;
    picker.show();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&picker);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::Slider);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Symptom severity"));
    EXPECT_TRUE(iface->text(QAccessible::Description).contains(QStringLiteral("0 none to 10 worst imaginable")));
    QAccessibleValueInterface *value = iface->valueInterface();
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->minimumValue(), QVariant(0));
    EXPECT_EQ(value->maximumValue(), QVariant(10));
    EXPECT_EQ(value->minimumStepSize(), QVariant(1));

    // Nothing chosen yet: no number, and words that say so.
    EXPECT_FALSE(value->currentValue().isValid());
    EXPECT_EQ(iface->text(QAccessible::Value), QStringLiteral("not recorded"));

    QTest::keyClick(&picker, Qt::Key_7);
    EXPECT_EQ(picker.value(), 7);
    EXPECT_EQ(value->currentValue(), QVariant(7));
    EXPECT_EQ(iface->text(QAccessible::Value), QStringLiteral("7"));
    QTest::keyClick(&picker, Qt::Key_Right);
    EXPECT_EQ(value->currentValue(), QVariant(8));
    QTest::keyClick(&picker, Qt::Key_End);
    EXPECT_EQ(value->currentValue(), QVariant(10));
    QTest::keyClick(&picker, Qt::Key_Right); // already the worst
    EXPECT_EQ(value->currentValue(), QVariant(10));
    QTest::keyClick(&picker, Qt::Key_Home);
    EXPECT_EQ(iface->text(QAccessible::Value), QStringLiteral("0"));
    QTest::keyClick(&picker, Qt::Key_Delete);
    EXPECT_FALSE(picker.value().has_value());
    EXPECT_FALSE(value->currentValue().isValid());
    EXPECT_EQ(iface->text(QAccessible::Value), QStringLiteral("not recorded"));
}

TEST(SeverityPickerAccessible, anAssistiveToolSetsTheValue_asTheKeysDo)
{
    SeverityPicker picker;
    QSignalSpy changed(&picker, &SeverityPicker::valueChanged);
    QAccessibleValueInterface *value = QAccessible::queryAccessibleInterface(&picker)->valueInterface();
    ASSERT_NE(value, nullptr);
    value->setCurrentValue(4);
    EXPECT_EQ(picker.value(), 4);
    EXPECT_EQ(changed.count(), 1); // the form hears of it and marks the night unsaved
    value->setCurrentValue(25); // beyond the scale: the worst, not 25
    EXPECT_EQ(picker.value(), 10);
    value->setCurrentValue(QVariant());
    EXPECT_FALSE(picker.value().has_value());
}
