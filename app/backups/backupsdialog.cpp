// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/backupsdialog.h"

#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rls {

BackupsDialog::BackupsDialog(DiaryContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_intro(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    const QString folder = QDir::toNativeSeparators(backups::folderFor(context.store().path()));
    m_intro->setText(tr("Backups of your diary are kept in <b>%1</b>, readable only by you. One is taken on the "
                        "first use of each day and one before every upgrade, import and restore; each is "
                        "checked after it is written. The last 7 daily, 4 weekly and 12 monthly are kept.")
                         .arg(folder.toHtmlEscaped()));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Nights"), tr("Last night"), tr("Check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *now = new QPushButton(tr("Back up &now"), this);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_open = new QPushButton(tr("&Open read-only"), this);
    m_open->setObjectName(QStringLiteral("openBackupButton"));
    m_open->setToolTip(tr("Opens the backup in a second window, to look without changing anything."));
    auto *show = new QPushButton(tr("Show &folder"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    // A damaged diary is read-only, and restoring a backup is exactly what it needs.
    const bool canRestore = !context.store().isReadOnly() || context.store().damage().has_value();
    now->setEnabled(!context.store().isReadOnly());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(now);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_open);
    buttons->addWidget(show);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    m_outcome->setObjectName(QStringLiteral("backupsOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    layout->addLayout(buttons);

    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreRow(m_table->currentRow()); });
    connect(m_open, &QPushButton::clicked, this, &BackupsDialog::openSelectedReadOnly);
    connect(show, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(backups::folderFor(m_context.store().path()))); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    m_restore->setVisible(canRestore);
    refresh();
    resize(760, 420);
}

void BackupsDialog::refresh()
{
    m_backups.clear();
    for (const BackupFile &file : backups::list(m_context.store().path()))
        m_backups.append(backups::inspect(file));
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups.at(row);
        const QStringList cells = {locale.toString(b.file.takenAt, QLocale::ShortFormat),
            backups::reasonText(b.file.reason), b.problem ? QString() : locale.toString(b.nights),
            b.lastNight.isValid() ? locale.toString(b.lastNight, QLocale::ShortFormat) : QString(),
            b.problem ? tr("Cannot be restored: %1").arg(*b.problem) : tr("OK")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool usable = row >= 0 && row < m_backups.size() && !m_backups.at(row).problem;
    m_restore->setEnabled(usable);
    m_open->setEnabled(usable);
}

bool BackupsDialog::backUpNow()
{
    auto made = m_context.store().backUp(BackupReason::Manual);
    if (!made) {
        MessageBox::warning(this, tr("No backup taken"), made.error().message);
        return false;
    }
    refresh();
    showOutcome(tr("Backup taken and checked: %1.").arg(QDir::toNativeSeparators(made->path)));
    return true;
}

void BackupsDialog::showOutcome(const QString &text)
{
    m_outcome->setText(text);
    m_outcome->show();
}

bool BackupsDialog::restoreRow(int row)
{
    if (row < 0 || row >= m_backups.size())
        return false;
    const BackupInfo chosen = m_backups.at(row);
    auto difference = m_context.store().compareWithBackup(chosen.file.path);
    if (!difference) {
        MessageBox::warning(this, tr("Cannot restore"), difference.error().message);
        return false;
    }
    const QString when = QLocale().toString(chosen.file.takenAt, QLocale::LongFormat);
    if (MessageBox::question(this, tr("Restore this backup?"),
            tr("Backup of %1 (%2).\n\n%3").arg(when, backups::reasonText(chosen.file.reason), difference->describe()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    auto before = m_context.store().restoreBackup(chosen.file.path);
    if (!before) {
        MessageBox::warning(this, tr("Could not restore"), before.error().message);
        refresh();
        return false;
    }
    m_context.notifyDiaryReplaced();
    refresh();
    // Said in the dialog rather than in one more box to click away.
    showOutcome(tr("Restored: the diary now holds the backup of %1. The diary as it was just before is "
                   "the newest backup in the list, so this can be undone here.")
                    .arg(when));
    return true;
}

void BackupsDialog::openSelectedReadOnly()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--read-only"), QStringLiteral("--database"), m_backups.at(row).file.path});
}

} // namespace rls
