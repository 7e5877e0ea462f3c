// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rls {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutLine> &lines, QWidget *parent)
    : QDialog(parent)
    , m_lines(lines)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(fontMetrics().height());
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    fill();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    // As tall as the screen allows, so that most of the list shows without scrolling.
    const int rows = m_tree->topLevelItemCount() + int(m_lines.size()) + 4;
    const int width = m_tree->header()->sectionSize(0) + fontMetrics().horizontalAdvance(QString(60, u'x'));
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(std::min(width, screen.width() * 9 / 10), std::min(rows * rowHeight(), screen.height() * 9 / 10));
}

ShortcutsDialog *ShortcutsDialog::showFor(QMainWindow &window, const QWidget *form)
{
    // Read again each time: the undo action's text names what it would undo.
    delete window.findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    auto *dialog = new ShortcutsDialog(windowShortcuts(window, form), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

int ShortcutsDialog::rowHeight() const
{
    return fontMetrics().lineSpacing() + fontMetrics().height() / 3;
}

void ShortcutsDialog::fill()
{
    QFont bold = m_tree->font();
    bold.setBold(true);
    QList<QTreeWidgetItem *> groups;
    for (const ShortcutLine &line : m_lines) {
        auto group = std::find_if(
            groups.cbegin(), groups.cend(), [&line](const QTreeWidgetItem *g) { return g->text(0) == line.group; });
        QTreeWidgetItem *parent = group != groups.cend() ? *group : nullptr;
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {line.group});
            parent->setFont(0, bold);
            parent->setSizeHint(0, QSize(0, rowHeight() * 3 / 2)); // a little air above each group
            parent->setFirstColumnSpanned(true);
            groups.append(parent);
        }
        auto *item = new QTreeWidgetItem(parent, {line.keys, line.what});
        item->setSizeHint(0, QSize(0, rowHeight()));
    }
    m_tree->expandAll();
    // Measured here: the rows' size hints set their height only, so resizeColumnToContents() would
    // read a width of 0.
    int keysWidth = m_tree->header()->sectionSizeHint(0);
    for (const ShortcutLine &line : m_lines)
        keysWidth = std::max(keysWidth, fontMetrics().horizontalAdvance(line.keys) + m_tree->indentation());
    m_tree->setColumnWidth(0, keysWidth + fontMetrics().height() * 2);
}

} // namespace rls
