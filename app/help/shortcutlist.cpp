// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/shortcutlist.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

#include <algorithm>
#include <functional>

namespace rls {
namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral(", "));
}

/// The widgets of `root` in the order Tab visits them, `root` first.
QList<const QWidget *> tabOrder(const QWidget *root)
{
    QList<const QWidget *> order {root};
    for (const QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w))
            order.append(w);
    }
    return order;
}

/// Where the Alt+letter of `w` leads on the tab order: a label to its field, a group box to its
/// first field; -1 for what has no such letter.
qsizetype placeOf(const QWidget *w, const QList<const QWidget *> &order)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->buddy() ? order.indexOf(label->buddy()) : -1;
    if (qobject_cast<const QGroupBox *>(w)) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (w->isAncestorOf(order.at(i)) && (order.at(i)->focusPolicy() & Qt::TabFocus))
                return i;
        }
        return -1;
    }
    return order.indexOf(w);
}

QString mnemonicText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->buddy() ? label->text() : QString();
    if (const auto *box = qobject_cast<const QGroupBox *>(w))
        return box->title();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    return {};
}

/// The form's Alt+letters and its buttons' own keys (Ctrl+Shift+A adds a dose), in tab order.
QList<ShortcutLine> formKeys(const QWidget *form, const QString &group)
{
    const QList<const QWidget *> order = tabOrder(form);
    QList<std::pair<qsizetype, ShortcutLine>> found;
    for (const QWidget *w : form->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(form) || !w->isEnabled())
            continue;
        const qsizetype place = placeOf(w, order);
        const QString text = mnemonicText(w);
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        if (button && !button->shortcut().isEmpty() && button->shortcut() != mnemonic) {
            // A key of its own replaces the letter; its tooltip says what it does, "(keys)" aside.
            const QString keys = button->shortcut().toString(QKeySequence::NativeText);
            QString what = button->toolTip().isEmpty() ? plainText(button->text()) : button->toolTip();
            what = what.remove(QStringLiteral("(%1)").arg(keys)).trimmed();
            found.append({place, {group, keys, what}});
        } else if (!mnemonic.isEmpty() && place >= 0) {
            found.append({place, {group, mnemonic.toString(QKeySequence::NativeText), plainText(text)}});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ShortcutLine> lines;
    for (const auto &[place, line] : found)
        lines.append(line);
    return lines;
}

/// Each action of `menu` and of its submenus, in the menu's order.
void addMenu(const QMenu *menu, const QString &group, const std::function<void(const QAction *, const QString &)> &add)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            addMenu(action->menu(), group, add);
        else
            add(action, group);
    }
}

} // namespace

QString plainText(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is a written '&'; any other '&' only marks the letter after it
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    while (plain.endsWith(u'…') || plain.endsWith(u':') || plain.endsWith(u'.'))
        plain.chop(1);
    return plain.trimmed();
}

QList<ShortcutLine> windowShortcuts(QMainWindow &window, const QWidget *form)
{
    const QString everywhere = QObject::tr("Everywhere");
    const QString inTheLog = QObject::tr("In the evening log");
    QList<ShortcutLine> lines {
        {everywhere,
            QObject::tr("%1 / %2").arg(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText),
                QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)),
            QObject::tr("Next / previous field")},
        {everywhere, QObject::tr("Alt + underlined letter"),
            QObject::tr("Open that menu, go to that field or press that button")},
        {everywhere, QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
            QObject::tr("Close a dialog or a menu")},
    };

    QSet<const QAction *> listed;
    const auto addAction = [&](const QAction *action, const QString &group) {
        if (action->shortcuts().isEmpty() || listed.contains(action))
            return;
        listed.insert(action);
        lines.append({group, keysText(action->shortcuts()), plainText(action->text())});
    };
    for (const QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu())
            addMenu(menuAction->menu(), plainText(menuAction->text()), addAction);
    }

    if (form) {
        lines.append(formKeys(form, inTheLog));
        lines.append({inTheLog, QObject::tr("Arrow keys"), QObject::tr("Move between the cells of a table")});
    }
    // Actions of a widget rather than a menu, e.g. Delete in a table.
    for (const QAction *action : window.findChildren<QAction *>()) {
        const QWidget *owner = qobject_cast<const QWidget *>(action->parent());
        const bool inForm = form && owner && (owner == form || form->isAncestorOf(owner));
        addAction(action, inForm ? inTheLog : QObject::tr("Other keys"));
    }
    return lines;
}

} // namespace rls
