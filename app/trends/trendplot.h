// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/trendseries.h"
#include "model/night.h"
#include "trends/chartcolours.h"

#include "shared/qcustomplot_include.h"

#include <QStringList>

#include <array>
#include <memory>

namespace rls {

class DateTicker;
class RegimenBands;

/// The trend chart: severity with its mean, magnesium and iron doses and regimen bands on top;
/// a strip of caffeine and alcohol markers; sleep quality and efficiency below. The three
/// panels share one date axis; dragging and wheel-zooming move along dates only.
/// It only shows series that core/analysis built; it computes nothing of its own.
class TrendPlot final : public QCustomPlot {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendPlot)

public:
    explicit TrendPlot(QWidget *parent = nullptr);
    ~TrendPlot() override;

    /// Shows `series` (built for the whole diary); `nights` (sorted) give the hover text.
    void setData(const TrendSeries &series, const QList<Night> &nights);
    const TrendSeries &series() const { return m_series; }

    /// Plots means instead of nights: weekly, and monthly while more than about three years are
    /// in view (docs/performance.md), switching as a zoom crosses that span.
    void setWeekly(bool weekly);
    bool isWeekly() const { return m_weekly; }
    /// Monthly means are plotted now (weekly is on and the view is long).
    bool isMonthly() const { return m_monthly; }

    /// Shows the nights from `from` to `to`, kept within the diary's nights.
    void setVisibleDates(QDate from, QDate to);
    /// Marks `nights` along the top of the severity panel, named `label` in the legend (e.g.
    /// the nights a finding on the Insights page compared); empty clears the marks.
    void setMarkedNights(const QList<QDate> &nights, const QString &label);
    int markedNights() const { return m_marked->dataCount(); }
    QDate visibleFrom() const;
    QDate visibleTo() const;

    /// The chart in words for the nights in view, as its accessible name and description
    /// (core's trendChartName and trendChartDescription, and the marked nights); kept up to date
    /// as the range, the averaging or the series change.
    /// The same sentences one a line, for a person to read.
    QStringList description() const { return m_description; }

    /// Recolours for the screen (the widget's palette) or for a printed page.
    void applyColours(const ChartColours &colours);
    void applyScreenColours() { applyColours(ChartColours::fromPalette(palette())); }

    /// The chart's panels, top to bottom, for tests and export.
    QCPAxisRect *severityRect() const { return m_top; }
    QCPAxisRect *intakeRect() const { return m_strip; }
    QCPAxisRect *sleepRect() const { return m_sleep; }
    QCPAxisRect *onsetRect() const { return m_onset; }
    /// The 28-night rolling median of symptom onset, one point per night that has one.
    QCPGraph *onsetMedian() const { return m_onsetMedian; }
    /// Marks the dates of lab results in the strip under the severity panel, on the same dates.
    void setLabDates(const QList<QDate> &dates);
    QCPGraph *labMarks() const { return m_labs; }

signals:
    /// The visible nights changed (a preset, a drag or a zoom).
    void visibleDatesChanged(QDate from, QDate to);
    /// The person double-clicked the night of `date`.
    void nightActivated(QDate date);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildLayout();
    void buildGraphs();
    QCPGraph *addLine(QCPAxis *x, QCPAxis *y, const QString &objectName);
    void showRows();
    void showOnset();
    void showIntakeMarkers(const TrendRows &rows);
    void updateLegend();
    void fitLegend();
    void syncRange(const QCPRange &range);
    void adaptToSpan();
    double spanInDays() const;
    void restyle(bool markers);
    void updateDescription();
    QDate dateAt(const QPoint &pos) const;
    void showTooltip(QMouseEvent *event);
    void activateNight(QMouseEvent *event);

    QCPAxisRect *m_top = nullptr;
    QCPAxisRect *m_strip = nullptr;
    QCPAxisRect *m_sleep = nullptr;
    QCPAxisRect *m_onset = nullptr; ///< symptom onset: earlier onset on a dopamine medicine can mean augmentation
    QCPGraph *m_onsetMedian = nullptr;
    QCPGraph *m_labs = nullptr; ///< a mark on each day a lab result was taken
    QSharedPointer<DateTicker> m_ticker;
    QCPBars *m_magnesium = nullptr;
    QCPGraph *m_magnesiumArea = nullptr; ///< monthly magnesium: one stepped fill, not hundreds of bars
    QCPBars *m_regimenKey = nullptr;
    QCPGraph *m_iron = nullptr;
    QCPGraph *m_severity = nullptr;
    QCPGraph *m_severityMean = nullptr;
    std::array<QCPGraph *, 3> m_caffeine {}; ///< small, medium, large amounts
    std::array<QCPGraph *, 3> m_alcohol {};
    QCPGraph *m_sleepQuality = nullptr;
    QCPGraph *m_sleepEfficiency = nullptr;
    QCPGraph *m_marked = nullptr; ///< nights a finding compared, marked along the top
    std::unique_ptr<RegimenBands> m_bands;
    ChartColours m_colours;

    TrendSeries m_series;
    QList<Night> m_nights;
    bool m_weekly = false;
    bool m_monthly = false;
    bool m_syncing = false;
    bool m_dense = false;
    int m_look = -1; ///< markers, density and averaging the graphs are styled for
    QStringList m_description; ///< the chart in words, a sentence an item
};

} // namespace rls
