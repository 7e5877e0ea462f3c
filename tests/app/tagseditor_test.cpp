// SPDX-License-Identifier: GPL-3.0-or-later
// The tags box of the evening form: what a typed tag may be.
#include "log/tagseditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace rls;

// Issue 13: a typed tag holding ";" became a tag that the exported file splits in two. The
// editor refuses it where it is typed, says why, and keeps the text to correct.
TEST(TagsEditor, aTagHoldingASemicolon_isRefusedWhereItIsTyped)
{
    TagsEditor editor;
    editor.setAvailable({QStringLiteral("travel")});
    auto *typed = editor.findChild<QLineEdit *>(QStringLiteral("newTag"));
    typed->setText(QStringLiteral("long drive; no sleep"));
    editor.findChild<QPushButton *>(QStringLiteral("addTag"))->click();
    EXPECT_EQ(editor.findChild<QCheckBox *>(QStringLiteral("tag:long drive; no sleep")), nullptr);
    EXPECT_TRUE(editor.checked().isEmpty());
    EXPECT_EQ(typed->text(), QStringLiteral("long drive; no sleep"));
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("tagProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisibleTo(&editor));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("cannot hold \";\""))) << problem->text().toStdString();
    typed->setText(QStringLiteral("long drive"));
    EXPECT_FALSE(problem->isVisibleTo(&editor));
    editor.findChild<QPushButton *>(QStringLiteral("addTag"))->click();
    EXPECT_EQ(editor.checked(), QStringList {QStringLiteral("long drive")});
}
