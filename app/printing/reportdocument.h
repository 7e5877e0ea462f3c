// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/doctorreport.h"

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace rls {

class ChartObject;
class TrendPlot;

/// Lays the report's text (formatted by core: reportText()) out as pages and paints them, with
/// the trend chart drawn as vectors where the text asks for it. It computes no figure.
class ReportDocument final {
public:
    /// `chart` is drawn where a section has `chart` set; it must outlive this object.
    ReportDocument(const ReportText &text, TrendPlot *chart);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /// Paints every page on `device` (a QPdfWriter or a QPrinter, whose page layout is already
    /// set): the text, the chart, and on each page the footer and "Page x of y". Returns the
    /// number of pages, or 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice &device);

    /// The laid-out document, for tests.
    QTextDocument &document() { return *m_document; }

private:
    ReportText m_text;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartObject> m_chart;
};

} // namespace rls
