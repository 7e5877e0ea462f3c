// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace rls {

/// Help > About RLS Diary: the icon, name and version, the diary that is open, that it stays on
/// this computer, that the app informs and never diagnoses, and the licence.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// `diaryPath` is the file open in the window; `demo` says it is the generated demo diary.
    AboutDialog(const QString &diaryPath, bool demo, QWidget *parent = nullptr);
};

} // namespace rls
