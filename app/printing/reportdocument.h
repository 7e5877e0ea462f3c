// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "report/doctorreport.h"

#include <QPageLayout>
#include <QPageSize>

#include <map>
#include <memory>

class QCustomPlot;
class QPagedPaintDevice;
class QSizeF;
class QTextDocument;

namespace rls {

class ChartObject;

/// Lays a report's text (formatted by core: reportText(), trialReportText()) out as pages and
/// paints them, with its chart drawn as vectors where the text asks for it. It computes no figure.
class ReportDocument final {
public:
    explicit ReportDocument(const ReportText &text);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /// Draws `plot` where a section's `chart` is `kind`, the page's width wide and `heightShare`
    /// of the page's text height high; it must outlive this object. A section whose chart was
    /// not given shows its heading and text only.
    void setChart(ReportChart kind, QCustomPlot *plot, double heightShare);

    /// Fits the report on at most `pages` pages where it can (the one-page trial report): its
    /// text is set smaller, down to 85 % of its size, and its charts drawn lower, down to 75 % of
    /// their height. 0, the default, lets it run on as long as it needs (the doctor's report).
    void setPageLimit(int pages);

    /// Paints every page on `device` (a QPdfWriter or a QPrinter, whose page layout is already
    /// set): the text, the chart, and on each page the footer and "Page x of y". Returns the
    /// number of pages, or 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice &device);

    /// Writes the pages as a PDF on `pageSize` through QSaveFile: a failed or refused write
    /// leaves no new file, and an older file at `path` as it was. Returns the number of pages,
    /// or an Error of kind ReadOnly saying why the file could not be written.
    Result<int> savePdf(const QString &path, const QPageSize &pageSize);

    /// The page layout every report is printed on: portrait, 15 mm margins.
    static QPageLayout pageLayout(const QPageSize &pageSize);

    /// The laid-out document, for tests.
    QTextDocument &document() { return *m_document; }

private:
    struct Chart {
        std::unique_ptr<ChartObject> object;
        double heightShare = 0.45;
    };

    /// Lays the text out on pages of `pageSize` with the charts' heights and the fonts scaled.
    void layOut(QPagedPaintDevice &device, const QSizeF &pageSize, double chartScale, double textScale);

    ReportText m_text;
    std::unique_ptr<QTextDocument> m_document;
    std::map<ReportChart, Chart> m_charts;
    int m_pageLimit = 0;
};

} // namespace rls
