// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QMainWindow;
class QMenu;

namespace rls {

class DiaryContext;

/// Adds "Export CSV...", "Export as Spreadsheet..." and "Import CSV..." to `menu` before `before`,
/// with a separator.
void addCsvActions(QMenu *menu, QAction *before, DiaryContext &context, QMainWindow *window);

/// File > Import CSV: asks for a file, reads it (a message when it cannot be read, unless only
/// its encoding is unclear: the dialog asks for that) and shows the import dialog. Returns true
/// when something was imported.
bool runCsvImport(DiaryContext &context, QMainWindow *window);

} // namespace rls
