// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/exportcsvdialog.h"

#include "io/csvexport.h"
#include "io/xlsxexport.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "storage/diarystore.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace rls {

ExportCsvDialog::ExportCsvDialog(DiaryContext &context, QWidget *parent, Format format)
    : QDialog(parent)
    , m_context(context)
    , m_format(format)
{
    const bool spreadsheet = m_format == Format::Spreadsheet;
    setObjectName(spreadsheet ? QStringLiteral("exportXlsxDialog") : QStringLiteral("exportCsvDialog"));
    setWindowTitle(spreadsheet ? tr("Export as Spreadsheet") : tr("Export CSV"));

    const QDate today = m_context.now().date();
    m_from = new QDateEdit(today.addMonths(-3), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    auto *range = new QFormLayout;
    range->addRow(tr("&From the night of:"), m_from);
    range->addRow(tr("&To the night of:"), m_to);

    auto *which = new QGroupBox(tr("Which file"), this);
    m_nightly = new QRadioButton(tr("&Nightly summary: one row per night, for your doctor"), which);
    m_intakes = new QRadioButton(tr("&Intakes: one row per dose, with time, form and amount"), which);
    m_labs = new QRadioButton(tr("&Lab results: one row per result, with the guideline range"), which);
    m_nightly->setObjectName(QStringLiteral("exportNightly"));
    m_intakes->setObjectName(QStringLiteral("exportIntakes"));
    m_labs->setObjectName(QStringLiteral("exportLabs"));
    m_nightly->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_nightly);
    whichLayout->addWidget(m_intakes);
    whichLayout->addWidget(m_labs);
    which->setVisible(!spreadsheet); // the spreadsheet holds every sheet

    auto *about = new QLabel(spreadsheet
            ? tr("One file with the sheets Nights, Doses, Lab results and Read me, for LibreOffice Calc, "
                 "Excel or Numbers: real dates, times and numbers, empty cells where nothing was logged.")
            : tr("The file opens in LibreOffice Calc, Excel or Numbers: dates as "
                 "YYYY-MM-DD, times as HH:MM, empty cells where nothing was logged."),
        this);
    about->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    QPushButton *save = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportButton"));
    save->setDefault(true);
    // After a save the dialog is its own confirmation: what was saved where, the folder a click
    // away, and Close; another export (the doses too) can follow.
    m_openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath())); });
    connect(save, &QPushButton::clicked, this, &ExportCsvDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_savedPath.isEmpty() ? reject() : accept(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(which);
    layout->addWidget(about);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

CsvKind ExportCsvDialog::kind() const
{
    return m_labs->isChecked() ? CsvKind::Labs : m_intakes->isChecked() ? CsvKind::Intakes : CsvKind::Nightly;
}

void ExportCsvDialog::setKind(CsvKind kind)
{
    (kind == CsvKind::Labs ? m_labs : kind == CsvKind::Intakes ? m_intakes : m_nightly)->setChecked(true);
}

void ExportCsvDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QString ExportCsvDialog::suggestedFileName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString period
        = QStringLiteral("%1-to-%2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    if (m_format == Format::Spreadsheet)
        return QDir(folder).filePath(QStringLiteral("rls-diary-%1.xlsx").arg(period));
    const QString which = kind() == CsvKind::Labs ? QStringLiteral("labs")
        : kind() == CsvKind::Intakes              ? QStringLiteral("intakes")
                                                  : QStringLiteral("nightly");
    return QDir(folder).filePath(QStringLiteral("rls-diary-%1-%2.csv").arg(which, period));
}

void ExportCsvDialog::chooseFileAndExport()
{
    const bool spreadsheet = m_format == Format::Spreadsheet;
    const QString path = FileDialog::getSaveFileName(this,
        spreadsheet ? tr("Export as Spreadsheet") : tr("Export %1").arg(csvKindLabel(kind())), suggestedFileName(),
        spreadsheet ? tr("Spreadsheets (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportTo(path);
}

bool ExportCsvDialog::exportTo(const QString &path)
{
    if (m_from->date() > m_to->date()) {
        m_message->setText(tr("The first night is after the last one; please swap them."));
        return false;
    }
    Result<void> saved;
    if (m_format == Format::Spreadsheet) {
        saved = saveXlsx(path, m_context.store(), m_from->date(), m_to->date());
    } else {
        auto bytes = exportCsv(m_context.store(), kind(), m_from->date(), m_to->date());
        saved = bytes ? saveCsvFile(path, bytes.value()) : Result<void>(bytes.error());
    }
    if (!saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    const auto sentence
        = savedSentence(m_context.store(), kind(), m_format == Format::Spreadsheet, m_from->date(), m_to->date(), path);
    m_message->setText(sentence ? sentence.value() : tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_savedPath = path;
    m_openFolder->show();
    m_close->setText(tr("&Close"));
    m_close->setDefault(true); // Enter now closes rather than exporting again
    m_close->setFocus();
    return true;
}

} // namespace rls
