// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "help/shortcutlist.h"

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace rls {

/// Help > Keyboard Shortcuts: every key of the window, grouped by where it works, read from the
/// window when it opens (see windowShortcuts). It can stay open while the keys are tried.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<ShortcutLine> &lines, QWidget *parent = nullptr);

    /// Brings the window's list to the front, read again, opening it the first time.
    static ShortcutsDialog *showFor(QMainWindow &window, const QWidget *form);

    const QList<ShortcutLine> &lines() const { return m_lines; }

private:
    void fill();
    int rowHeight() const;

    QList<ShortcutLine> m_lines;
    QTreeWidget *m_tree = nullptr;
};

} // namespace rls
