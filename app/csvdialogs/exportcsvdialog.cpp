// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/exportcsvdialog.h"

#include "io/csvexport.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "storage/diarystore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rls {

ExportCsvDialog::ExportCsvDialog(DiaryContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("exportCsvDialog"));
    setWindowTitle(tr("Export CSV"));

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
    m_nightly->setObjectName(QStringLiteral("exportNightly"));
    m_intakes->setObjectName(QStringLiteral("exportIntakes"));
    m_nightly->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_nightly);
    whichLayout->addWidget(m_intakes);

    auto *about = new QLabel(tr("The file opens in LibreOffice Calc, Excel or Numbers: dates as "
                                "YYYY-MM-DD, times as HH:MM, empty cells where nothing was logged."),
        this);
    about->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportButton"));
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &ExportCsvDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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
    return m_intakes->isChecked() ? CsvKind::Intakes : CsvKind::Nightly;
}

void ExportCsvDialog::setKind(CsvKind kind)
{
    (kind == CsvKind::Intakes ? m_intakes : m_nightly)->setChecked(true);
}

void ExportCsvDialog::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QString ExportCsvDialog::suggestedFileName() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("rls-diary-%1-%2-to-%3.csv")
                             .arg(kind() == CsvKind::Nightly ? u"nightly" : u"intakes",
                                 m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    return QDir(folder).filePath(name);
}

void ExportCsvDialog::chooseFileAndExport()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export %1").arg(csvKindLabel(kind())), suggestedFileName(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

bool ExportCsvDialog::exportTo(const QString &path)
{
    if (m_from->date() > m_to->date()) {
        m_message->setText(tr("The first night is after the last one; please swap them."));
        return false;
    }
    auto bytes = exportCsv(m_context.store(), kind(), m_from->date(), m_to->date());
    Result<void> saved = bytes ? saveCsvFile(path, bytes.value()) : Result<void>(bytes.error());
    if (!saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace rls
