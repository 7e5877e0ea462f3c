// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QMainWindow;
class QMenu;

namespace rls {

class DiaryContext;

/// Adds "Export Report (PDF)…" and "Print Report…" to `menu` before `before`: each asks what
/// the report covers (ReportDialog), then saves a PDF through QSaveFile or opens a print
/// preview (QPrintPreviewDialog) to print from.
void addReportActions(QMenu *menu, QAction *before, DiaryContext &context, QMainWindow *window);

/// File > Export Report (PDF). Returns true when a file was written.
bool runReportExport(DiaryContext &context, QMainWindow *window);
/// File > Print Report: the preview dialog, from which the person prints. Returns true when
/// the preview was shown.
bool runReportPrint(DiaryContext &context, QMainWindow *window);

} // namespace rls
