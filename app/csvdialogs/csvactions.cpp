// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/csvactions.h"

#include "csvdialogs/exportcsvdialog.h"
#include "csvdialogs/importcsvdialog.h"
#include "io/csvreader.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"

#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace rls {

void addCsvActions(QMenu *menu, QAction *before, DiaryContext &context, QMainWindow *window)
{
    auto *exportAction = new QAction(QObject::tr("&Export CSV…"), menu);
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QObject::connect(exportAction, &QAction::triggered, window, [&context, window] {
        ExportCsvDialog dialog(context, window);
        dialog.exec();
    });
    auto *spreadsheetAction = new QAction(QObject::tr("Export as &Spreadsheet…"), menu);
    spreadsheetAction->setObjectName(QStringLiteral("exportXlsxAction"));
    QObject::connect(spreadsheetAction, &QAction::triggered, window, [&context, window] {
        ExportCsvDialog dialog(context, window, ExportCsvDialog::Format::Spreadsheet);
        dialog.exec();
    });
    auto *importAction = new QAction(QObject::tr("&Import CSV…"), menu);
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QObject::connect(importAction, &QAction::triggered, window, [&context, window] { runCsvImport(context, window); });
    menu->insertAction(before, exportAction);
    menu->insertAction(before, spreadsheetAction);
    menu->insertAction(before, importAction);
    menu->insertSeparator(before);
}

bool runCsvImport(DiaryContext &context, QMainWindow *window)
{
    const QString path = FileDialog::getOpenFileName(window, QObject::tr("Import CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        QObject::tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return false;
    auto table = readCsvFile(path);
    // A file whose encoding is unclear opens in the dialog, where the encoding can be chosen.
    if (!table && !needsEncodingChoice(table.error())) {
        MessageBox::warning(window, QObject::tr("Import CSV"),
            QObject::tr("%1 cannot be imported.\n\n%2\n\nYour diary was not changed.")
                .arg(QDir::toNativeSeparators(path), table.error().message));
        return false;
    }
    ImportCsvDialog dialog(context, path, std::move(table), window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    window->statusBar()->showMessage(dialog.outcomeText(), 10000);
    return true;
}

} // namespace rls
