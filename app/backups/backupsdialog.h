// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rls {

class DiaryContext;

/// File > Backups...: the diary's backups with when and why each was taken, how many nights it
/// holds and its last night. Takes one now, restores one after saying what differs (a backup of
/// the diary as it is is taken first), opens one read-only in a second window to look.
class BackupsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)

public:
    explicit BackupsDialog(DiaryContext &context, QWidget *parent = nullptr);

    /// Reads the backups folder again.
    void refresh();
    /// Restores the backup in `row` after asking; true when it was restored.
    bool restoreRow(int row);
    /// Takes a backup now; true when it was taken.
    bool backUpNow();

private:
    void updateButtons();
    void openSelectedReadOnly();
    void showOutcome(const QString &text);

    DiaryContext &m_context;
    QList<BackupInfo> m_backups;
    QLabel *m_intro = nullptr;
    QLabel *m_outcome = nullptr; ///< what the last backup or restore did
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace rls
