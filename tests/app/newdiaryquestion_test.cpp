// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 in the window: `rls-diary --database missing.sqlite` asks before it creates a diary, and
// Quit leaves no file. What main() asks before it opens the diary, on real paths.
#include "session/diarysession.h"
#include "shared/messagebox.h"
#include "shell/newdiaryquestion.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rls;

namespace {

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(NewDiaryQuestion, aMissingDiary_isAskedFor_andQuitCreatesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mistyped.sqlite"));
    MessageBox::setNextAnswer(QMessageBox::Close); // Quit
    EXPECT_FALSE(mayStartDiaryAt(path));
    EXPECT_EQ(MessageBox::lastText(),
        QStringLiteral("There is no diary at %1. Start a new diary there?").arg(QDir::toNativeSeparators(path)));
    EXPECT_EQ(entries(dir), QStringList {});
}

TEST(NewDiaryQuestion, create_letsTheWindowStartTheDiaryThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // Create
    ASSERT_TRUE(mayStartDiaryAt(path));
    EXPECT_FALSE(MessageBox::lastText().isEmpty());
    auto session = DiarySession::openFile(path); // what main() does next
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(NewDiaryQuestion, anExistingDiary_andTheOwnDefaultDiary_openWithoutAQuestion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    ASSERT_TRUE(DiaryStore::open(path)); // made, and closed again
    for (const QString &p : {path, DiaryStore::defaultPath()}) {
        MessageBox::setNextAnswer(QMessageBox::Close); // would say Quit, were it asked
        EXPECT_TRUE(mayStartDiaryAt(p)) << p.toStdString();
        EXPECT_EQ(MessageBox::lastText(), QString()) << p.toStdString();
    }
    MessageBox::setNextAnswer(QMessageBox::NoButton); // the unused answer is not left for another test
}
