// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/trialplan.h"
#include "nof1/trialanalysis.h"
#include "report/doctorreport.h"

#include <QPageSize>
#include <QString>

class QWidget;

namespace rls {

class DiaryContext;

/// Writes the one-page trial report: `text` (trialReportText) laid out like the doctor's report
/// (ReportDocument), with the block means of `primary` drawn as vectors where the text asks for
/// them (a TrialBlockPlot in print colours), through QSaveFile. Needs a QApplication (the
/// offscreen platform will do) but no window, so the command line can call it. Returns the
/// number of pages, or an Error of kind ReadOnly saying why the file could not be written.
Result<int> writeTrialReportPdf(const ReportText &text, const TrialPlan &plan, const OutcomeAnalysis &primary,
    const QString &path, const QPageSize &paper);

/// "Export trial report (PDF)…": analyses `plan` as it stands tonight (the clock and day-split
/// of `context`), asks for a file name and writes the report on the paper of Preferences. A
/// failure is said in a message box and leaves no file. Returns true when a file was written.
bool exportTrialReport(DiaryContext &context, const TrialPlan &plan, QWidget *parent);

} // namespace rls
