// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/trialreportactions.h"

#include "model/nightdate.h"
#include "printing/reportdocument.h"
#include "report/trialreport.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "shared/reportpaper.h"
#include "trial/trialblockplot.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

namespace rls {
namespace {

// The block means take about a quarter of the page, so that the whole report fits on one.
constexpr double ChartHeightShare = 0.24;

} // namespace

Result<int> writeTrialReportPdf(const ReportText &text, const TrialPlan &plan, const OutcomeAnalysis &primary,
    const QString &path, const QPageSize &paper)
{
    TrialBlockPlot chart;
    chart.setLocale(QLocale::c()); // the report is in English, its chart too
    chart.setPrintColours(true);
    chart.setAnalysis(plan, primary);
    ReportDocument document(text);
    document.setChart(ReportChart::TrialBlocks, &chart, ChartHeightShare);
    document.setPageLimit(1);
    return document.savePdf(path, paper);
}

bool exportTrialReport(DiaryContext &context, const TrialPlan &plan, QWidget *parent)
{
    const QString title = QObject::tr("Trial Report");
    // "Today" is the night in progress, as on the evening form: at 01:30 the night that began
    // yesterday evening is not over.
    const QDate today = tonight(context.now(), context.preferences().daySplitHour);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = readTrialResult(context.store(), plan, today);
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::warning(
            parent, title, QObject::tr("The trial report could not be made.\n\n%1").arg(result.error().message));
        return false;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("rls-diary-trial-%1.pdf").arg(plan.start.toString(Qt::ISODate)));
    const QString path = FileDialog::getSaveFileName(
        parent, QObject::tr("Save Trial Report as PDF"), suggested, QObject::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const ReportText text = trialReportText(plan, result.value(), today, QCoreApplication::applicationVersion());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto saved
        = writeTrialReportPdf(text, plan, result->primary, path, reportPageSize(context.preferences().reportPaper));
    QApplication::restoreOverrideCursor();
    if (!saved) {
        MessageBox::warning(parent, title, QObject::tr("%1\n\nNo file was written.").arg(saved.error().message));
        return false;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr)) {
        window->statusBar()->showMessage(
            QObject::tr("Trial report saved in %1").arg(QDir::toNativeSeparators(path)), 10000);
    }
    return true;
}

} // namespace rls
