// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rls {

class DiaryContext;

/// File > Import CSV, after the file was read: first pair each column with a diary field
/// (guessed from the headers) and say how dates are written when that is unclear; then a
/// preview of every night to add or change and every row that cannot be read, the choice
/// for nights the diary already has, and the import itself in one transaction.
/// Tests drive it through its public functions; it shows no message boxes of its own.
class ImportCsvDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCsvDialog)

public:
    ImportCsvDialog(DiaryContext &context, const QString &fileName, CsvTable table, QWidget *parent = nullptr);

    /// The mapping as the combo boxes show it.
    ColumnMapping mapping() const;
    void setDateFormat(DateFormat format);
    void setPolicy(ConflictPolicy policy);
    void setSkipUnreadableRows(bool skip);
    /// Goes to the preview; false (with the reason shown) when the mapping cannot be used.
    bool showPreview();
    /// Writes the previewed plan; false when nothing was written (the reason is shown).
    bool importNow();

    const ImportPlan &plan() const { return m_plan; }
    /// What the import did, for the status bar.
    QString outcomeText() const { return m_outcome; }

private:
    QWidget *buildMappingPage();
    QWidget *buildPreviewPage();
    void updateMappingState();
    void replan();
    ImportOptions options() const;

    DiaryContext &m_context;
    QString m_fileName;
    CsvTable m_table;
    ImportPlan m_plan;
    QString m_outcome;

    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_columns = nullptr;
    QList<QComboBox *> m_fieldBoxes;
    QComboBox *m_dateFormat = nullptr;
    QLabel *m_dateQuestion = nullptr;
    QLabel *m_mappingMessage = nullptr;
    QPushButton *m_next = nullptr;

    QButtonGroup *m_policy = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_previewMessage = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rls
