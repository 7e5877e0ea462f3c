// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "report/doctorreport.h"
#include "session/preferences.h"
#include "shared/reportpaper.h"

#include <QPageSize>

#include <memory>

class QPagedPaintDevice;

namespace rls {

class DiaryStore;
class ReportDocument;
class TrendPlot;

/// The doctor's report ready to paint: core's figures and words (buildDoctorReport,
/// reportText) and the trend chart of its period, built from core's series in print colours.
class PrintableReport final {
public:
    /// Reads the diary once and computes the report for `options`.
    static Result<std::unique_ptr<PrintableReport>> load(
        DiaryStore &store, const ReportOptions &options, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    ~PrintableReport();
    PrintableReport(const PrintableReport &) = delete;
    PrintableReport &operator=(const PrintableReport &) = delete;

    const DoctorReport &report() const { return m_report; }
    const ReportText &text() const { return m_text; }

    /// Paints every page on `device` (its page layout set); returns the number of pages, 0 when
    /// the device could not be painted on.
    int paint(QPagedPaintDevice &device);

    /// Writes the report as a PDF through QSaveFile: a failed or refused write leaves no new
    /// file, and an older file at `path` as it was. Returns the number of pages, or an Error of
    /// kind ReadOnly saying why the file could not be written.
    Result<int> savePdf(const QString &path, const QPageSize &pageSize);

private:
    PrintableReport(DoctorReport report, std::unique_ptr<TrendPlot> chart);

    DoctorReport m_report;
    ReportText m_text;
    std::unique_ptr<TrendPlot> m_chart;
    std::unique_ptr<ReportDocument> m_document;
};

} // namespace rls
