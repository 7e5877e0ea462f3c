// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rls {

class DiaryContext;
class LabResultDialog;
class LabResultsModel;

/// The "Lab results" page: the results the person's doctor ordered, newest first, with the
/// guideline line beside ferritin and transferrin saturation; add, change and delete them.
class LabResultsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabResultsPage)

public:
    explicit LabResultsPage(DiaryContext &context, QWidget *parent = nullptr);

    /// Reads the lab results from the diary again.
    void refresh();

    /// Opens the dialog to add a result (the Add button); returns it, already shown.
    LabResultDialog *addResult();
    /// Opens the dialog to change the selected result; nullptr when none is selected.
    LabResultDialog *editSelected();
    /// Asks, then deletes the selected result.
    void deleteSelected();

    QTableView *view() const { return m_view; }

private:
    LabResultDialog *openDialog(LabResultDialog *dialog);
    void updateButtons();
    void selectId(qint64 id);

    DiaryContext &m_context;
    LabResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_writable = true; ///< false when the diary is open read-only
    QLabel *m_status = nullptr;
};

} // namespace rls
