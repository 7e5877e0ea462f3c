// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMainWindow;
class QWidget;

namespace rls {

/// One line of Help > Keyboard Shortcuts.
struct ShortcutLine {
    QString group; ///< where the key works: a menu's title, "Everywhere", "In the evening log"
    QString keys; ///< as this computer writes them, e.g. "Ctrl+Shift+E"; several joined with ", "
    QString what; ///< what they do, as the menu or the form says it, e.g. "Export CSV"
};

/// Every key of the window, read from the window itself when asked, so that the list cannot go
/// stale: the keys that are no action (Tab, Alt with a letter), each menu's actions with a shortcut
/// in the menu bar's order, the mnemonics and button shortcuts of `form` (the evening log, where
/// most typing happens) in its tab order, then any other action with a shortcut.
QList<ShortcutLine> windowShortcuts(QMainWindow &window, const QWidget *form);

/// A menu's, button's or label's text as a person reads it: without the '&' that marks its
/// letter, a trailing "…" or ":" ("&Export CSV…" -> "Export CSV", "Started &at:" -> "Started at").
QString plainText(const QString &text);

} // namespace rls
