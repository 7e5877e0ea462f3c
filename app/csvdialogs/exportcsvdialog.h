// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace rls {

class DiaryContext;

/// File > Export CSV: a range of nights (the last 3 months unless changed) and which file,
/// the nightly summary for the doctor, one row per dose or one row per lab result. Asks for the
/// file name last. File > Export as Spreadsheet is the same dialog without the choice of file:
/// the spreadsheet holds every sheet (core/io/xlsxexport.h).
class ExportCsvDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCsvDialog)

public:
    enum class Format { Csv, Spreadsheet };
    explicit ExportCsvDialog(DiaryContext &context, QWidget *parent = nullptr, Format format = Format::Csv);

    CsvKind kind() const;
    void setKind(CsvKind kind);
    void setRange(QDate from, QDate to);
    /// Writes the chosen file to `path`. The dialog then says what it saved where ("Saved 365
    /// nights to ..."), offers Open Folder, and its Cancel becomes Close. False (and the reason in
    /// the dialog) when it failed.
    bool exportTo(const QString &path);

private:
    void chooseFileAndExport();
    QString suggestedFileName() const;

    DiaryContext &m_context;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_nightly = nullptr;
    QRadioButton *m_intakes = nullptr;
    QRadioButton *m_labs = nullptr;
    Format m_format = Format::Csv;
    QLabel *m_message = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_close = nullptr;
    QString m_savedPath; ///< the last file saved, empty before
};

} // namespace rls
