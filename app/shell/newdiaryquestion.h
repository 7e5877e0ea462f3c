// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace rls {

/// Before the window opens the diary at `path` for writing, which would create it when missing:
/// whether it may. Yes at once when the diary exists, or when `path` is the person's own default
/// diary (DiaryStore::defaultPath(), started without a question on the very first run).
/// Otherwise (a --database or a file chosen in Preferences that is not there, perhaps mistyped)
/// asks "There is no diary at PATH. Start a new diary there?" with Create and Quit, through
/// MessageBox; no on Quit. Creates nothing itself.
bool mayStartDiaryAt(const QString &path, QWidget *parent = nullptr);

} // namespace rls
