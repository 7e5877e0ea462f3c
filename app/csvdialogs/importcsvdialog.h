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
/// The first page also has the file's text encoding (found out, or chosen: the file is read
/// again); both pages say which one the file was read in.
/// Tests drive it through its public functions; it shows no message boxes of its own.
class ImportCsvDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCsvDialog)

public:
    /// `read` is the file `fileName` as read with its encoding found out. When that failed for
    /// want of an encoding (needsEncodingChoice()), the dialog shows why and lets the person
    /// choose one; no preview until the file could be read.
    ImportCsvDialog(DiaryContext &context, const QString &fileName, Result<CsvTable> read, QWidget *parent = nullptr);

    /// Reads the file again in `encoding` (none: found out from the file), as choosing it in the
    /// encoding box does; the columns are guessed again. False (with the reason shown) when the
    /// file cannot be read so.
    bool setEncoding(std::optional<TextEncoding> encoding);
    /// The file as last read; no rows when it could not be read.
    const CsvTable &table() const { return m_table; }

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
    void useRead(Result<CsvTable> read);
    void fillColumns();
    void encodingChosen();
    QString readAsText() const;
    void updateMappingState();
    void replan();
    ImportOptions options() const;

    DiaryContext &m_context;
    QString m_fileName;
    CsvTable m_table;
    QString m_readError; ///< why the file could not be read in the encoding taken; empty: it was
    std::optional<TextEncoding> m_chosenEncoding; ///< none: found out from the file
    ImportPlan m_plan;
    QString m_outcome;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_encoding = nullptr;
    QTableWidget *m_columns = nullptr;
    QList<QComboBox *> m_fieldBoxes;
    QComboBox *m_dateFormat = nullptr;
    QLabel *m_dateQuestion = nullptr;
    QLabel *m_unmapped = nullptr; ///< the columns that would be left out
    QLabel *m_mappingMessage = nullptr;
    QPushButton *m_next = nullptr;

    QLabel *m_readAs = nullptr;
    QButtonGroup *m_policy = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_notes = nullptr; ///< columns left out, conversions, what the file restores
    QCheckBox *m_allowOddDates = nullptr;
    QLabel *m_previewMessage = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rls
