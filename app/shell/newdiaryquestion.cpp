// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/newdiaryquestion.h"

#include "shared/messagebox.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rls {

bool mayStartDiaryAt(const QString &path, QWidget *parent)
{
    const QFileInfo info(path);
    if (info.exists() || info.absoluteFilePath() == QFileInfo(DiaryStore::defaultPath()).absoluteFilePath())
        return true;
    const auto answer = MessageBox::choose(parent, QStringLiteral("RLS Diary"),
        QCoreApplication::translate("NewDiaryQuestion", "There is no diary at %1. Start a new diary there?")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
        {{QMessageBox::Yes, QCoreApplication::translate("NewDiaryQuestion", "&Create")},
            {QMessageBox::Close, QCoreApplication::translate("NewDiaryQuestion", "&Quit")}},
        QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

} // namespace rls
