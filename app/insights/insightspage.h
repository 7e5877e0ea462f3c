// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/augmentation.h"
#include "findings/insights.h"
#include "model/catalog.h"
#include "model/night.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace rls {

class DiaryContext;
class ForestPlot;
class LabPlot;

/// The Insights page: "does magnesium help me?" answered with numbers. For the chosen outcome
/// and range, one sentence per factor (magnesium with run-in and wash-out, iron before and after,
/// late caffeine, alcohol, each tag, a magnesium dose) and a forest plot of the differences with
/// intervals that allow for night-to-night carry-over. Everything shown is computed in core.
class InsightsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPage)

public:
    explicit InsightsPage(DiaryContext &context, QWidget *parent = nullptr);

    /// Reads the diary again and recomputes.
    void reload();
    const QList<Insight> &insights() const { return m_insights; }
    const AugmentationStatus &augmentation() const { return m_augmentation; }
    ForestPlot *plot() const { return m_plot; }
    LabPlot *labPlot() const { return m_labs; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void recompute();
    void selectFactor(const QString &factor);
    void showHowToRead();
    void showOnTrends();
    /// Open unless a trial is under way or the diary is read-only; the tooltip says why not.
    void updatePlanTrial();

    DiaryContext &m_context;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_range = nullptr;
    QSpinBox *m_dose = nullptr;
    ForestPlot *m_plot = nullptr;
    LabPlot *m_labs = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_watch = nullptr;
    QPushButton *m_showOnTrends = nullptr;
    QPushButton *m_planTrial = nullptr;
    QList<Night> m_nights;
    QList<Substance> m_catalog;
    QStringList m_tags;
    QList<Insight> m_insights;
    AugmentationStatus m_augmentation;
    bool m_stale = true;
};

} // namespace rls
