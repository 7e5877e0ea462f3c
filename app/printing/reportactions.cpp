// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/reportactions.h"

#include "printing/printablereport.h"
#include "printing/reportdialog.h"
#include "printing/reportdocument.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

namespace rls {
namespace {

// Asks what the report covers and computes it; nullptr when the person cancelled or the diary
// could not be read (said in a box).
std::unique_ptr<PrintableReport> askForReport(
    DiaryContext &context, QMainWindow *window, ReportDialog::Purpose purpose, ReportPaper &paper)
{
    ReportDialog dialog(context, purpose, window);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    paper = dialog.paper();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = PrintableReport::load(context.store(), dialog.options(), context.preferences().firstDayOfWeek);
    QApplication::restoreOverrideCursor();
    if (!report) {
        MessageBox::warning(window, QObject::tr("Doctor's Report"),
            QObject::tr("The report could not be made.\n\n%1").arg(report.error().message));
        return nullptr;
    }
    return std::move(report).value();
}

} // namespace

void addReportActions(QMenu *menu, QAction *before, DiaryContext &context, QMainWindow *window)
{
    auto *exportAction = new QAction(QObject::tr("Export &Report (PDF)…"), menu);
    exportAction->setObjectName(QStringLiteral("exportReportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    exportAction->setStatusTip(QObject::tr("A summary of the diary for your doctor, 1 to 3 pages for a year."));
    QObject::connect(
        exportAction, &QAction::triggered, window, [&context, window] { runReportExport(context, window); });
    auto *printAction = new QAction(QObject::tr("&Print Report…"), menu);
    printAction->setObjectName(QStringLiteral("printReportAction"));
    printAction->setShortcut(QKeySequence::Print);
    QObject::connect(printAction, &QAction::triggered, window, [&context, window] { runReportPrint(context, window); });
    menu->insertAction(before, exportAction);
    menu->insertAction(before, printAction);
    menu->insertSeparator(before);
}

bool runReportExport(DiaryContext &context, QMainWindow *window)
{
    ReportPaper paper = ReportPaper::FromLocale;
    const auto report = askForReport(context, window, ReportDialog::Purpose::SavePdf, paper);
    if (!report)
        return false;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  QStringLiteral("rls-diary-report-%1.pdf").arg(report->report().options.to.toString(Qt::ISODate)));
    const QString path = FileDialog::getSaveFileName(
        window, QObject::tr("Save Report as PDF"), suggested, QObject::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const auto saved = report->savePdf(path, reportPageSize(paper));
    if (!saved) {
        MessageBox::warning(window, QObject::tr("Doctor's Report"),
            QObject::tr("%1\n\nNo file was written.").arg(saved.error().message));
        return false;
    }
    window->statusBar()->showMessage(
        QObject::tr("Report saved: %n page(s) in %1", nullptr, saved.value()).arg(QDir::toNativeSeparators(path)),
        10000);
    return true;
}

bool runReportPrint(DiaryContext &context, QMainWindow *window)
{
    ReportPaper paper = ReportPaper::FromLocale;
    const auto report = askForReport(context, window, ReportDialog::Purpose::Print, paper);
    if (!report)
        return false;
    // At screen resolution the chart is laid out as on a screen of the page's size, as in the PDF.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setDocName(report->text().title);
    printer.setPageLayout(ReportDocument::pageLayout(reportPageSize(paper)));
    QPrintPreviewDialog preview(&printer, window);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(QObject::tr("Print Report"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&report](QPrinter *target) { report->paint(*target); });
    preview.resize(window->size() * 0.9);
    preview.exec();
    return true;
}

} // namespace rls
