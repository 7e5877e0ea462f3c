// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/filedialog.h"

#include <optional>

namespace rls {
namespace {
// Only the GUI thread shows file dialogs, so a plain static is enough.
std::optional<QString> nextFileName;
} // namespace

QString FileDialog::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter, QFileDialog::Options options)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, options);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

bool FileDialog::takeNext(QString &fileName)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

} // namespace rls
