// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace rls {

/// Gives `widget` the name a screen reader says for it where no visible label beside it names
/// it (a cell's editor, a choice in a table). Qt 6.4 on Linux reads a combo box's name as its
/// current text and says what the box is from a QLabel that has it as its buddy, so a combo box
/// also gets such a label, hidden, and an editable one's line edit is named too. Call it once the
/// widget has its final parent: a table's cell widgets move to its viewport.
void nameForScreenReaders(QWidget *widget, const QString &name);

} // namespace rls
