// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

namespace rls {

/// Asks for a file name in a modal file dialog. Tests call setNextFileName() first, so the next
/// request returns that name at once instead of waiting for a person.
class FileDialog final {
public:
    FileDialog() = delete;

    /// A file to create or to pick (QFileDialog::getSaveFileName); empty when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
        QFileDialog::Options options = {});
    /// A file that exists (QFileDialog::getOpenFileName); empty when cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

    /// For tests: the next request returns `fileName` (an empty one stands for "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString &fileName);
};

} // namespace rls
