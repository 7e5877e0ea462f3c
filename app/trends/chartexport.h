// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QSize>
#include <QString>

namespace rls {

class TrendPlot;

/// What an exported chart says about itself, printed above it.
struct ChartHeading {
    QString title; ///< e.g. "RLS Diary: trends from 1 Aug 2026 to 31 Oct 2026"
    QString subtitle; ///< e.g. "Exported 1 Nov 2026. A record of what was logged, not a diagnosis."
};

/// A4 landscape at 96 dpi less margins: a chart of this size fills a printed page.
inline constexpr QSize PrintPageSize(1050, 720);

/// Saves the chart as a PNG of `size` × `scale` pixels in print colours, through a QSaveFile,
/// so a failed write leaves any file already at `path` as it was.
Result<void> saveChartPng(TrendPlot &plot, const QString &path, const ChartHeading &heading, QSize size, double scale);

/// Saves the chart as a vector PDF on one A4 landscape page in print colours, through a
/// QSaveFile.
Result<void> saveChartPdf(TrendPlot &plot, const QString &path, const ChartHeading &heading);

} // namespace rls
