// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/rangepreset.h"
#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"
#include "trends/chartexport.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QStackedWidget;

namespace rls {

class DiaryContext;
class TrendPlot;

/// The Trends page: "is the magnesium helping?". Range presets and a custom from/to, a weekly
/// toggle, export to PNG and PDF, and the chart itself. It reads the whole diary once, then only
/// the nights another page reports as changed.
class TrendsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsPage)

public:
    using Preset = RangePreset;

    explicit TrendsPage(DiaryContext &context, QWidget *parent = nullptr);

    /// Shows a preset range ending at the newest logged night; weekly above six months.
    void showPreset(Preset preset);
    /// Shows the nights from `from` to `to`; weekly above six months.
    void showDates(QDate from, QDate to);
    /// Marks `nights` on the chart and shows the dates they span (a finding's nights).
    void markNights(const QList<QDate> &nights, const QString &label);
    /// Reads every night of the diary again and redraws.
    void reload();

    TrendPlot *plot() const { return m_plot; }
    Result<void> exportPng(const QString &path);
    Result<void> exportPdf(const QString &path);
    /// What an exported chart says above itself: the dates in view and the day of export.
    ChartHeading exportHeading() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildFooter();
    void nightsChanged(QDate from, QDate to);
    void rebuild();
    void visibleDatesChanged(QDate from, QDate to);
    void updateSummary(QDate from, QDate to);
    void customDatesEdited();
    void setWeeklyFor(QDate from, QDate to);
    void chooseFileAndExport(bool pdf);
    QString defaultFileName(const QString &suffix) const;

    DiaryContext &m_context;
    TrendPlot *m_plot = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QButtonGroup *m_presets = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_weekly = nullptr;
    QLabel *m_summary = nullptr;
    QList<Night> m_nights;
    QList<Substance> m_catalog;
    bool m_stale = true;
    bool m_hasView = false;
    bool m_applyingPreset = false;
};

} // namespace rls
