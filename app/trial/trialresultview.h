// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/trialplan.h"
#include "nof1/trialanalysis.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace rls {

class TrialBlockPlot;

/// A trial's result as core computed it (analyseTrial and core/trial/trialtext): for the chosen
/// outcome (the primary, or a secondary one labelled so) the effect and randomisation
/// sentences, the block means drawn by TrialBlockPlot, a table of blocks and one of pairs; then
/// adherence per condition with the nights that broke the plan, and the side effects counted per
/// condition. It computes nothing itself.
class TrialResultView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialResultView)

public:
    explicit TrialResultView(QWidget *parent = nullptr);

    void setResult(const TrialPlan &plan, const TrialResult &result);
    TrialBlockPlot *plot() const { return m_plot; }

signals:
    /// A night that broke the plan was double-clicked.
    void openNightRequested(QDate date);

private:
    QWidget *buildOutcomeBox();
    QWidget *buildAdherenceBox();
    QWidget *buildHarmsBox();
    void showOutcome(int index);
    void fillBlocks(const OutcomeAnalysis &analysis);
    void fillPairs(const OutcomeAnalysis &analysis);
    void fillAdherence();
    void fillHarms();

    TrialPlan m_plan;
    TrialResult m_result;
    QGroupBox *m_outcomeBox = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_outcomeNote = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_randomisation = nullptr;
    TrialBlockPlot *m_plot = nullptr;
    QTableWidget *m_blocks = nullptr;
    QTableWidget *m_pairs = nullptr;
    QLabel *m_adherenceA = nullptr;
    QLabel *m_adherenceB = nullptr;
    QTableWidget *m_broken = nullptr;
    QLabel *m_brokenNone = nullptr;
    QTableWidget *m_harms = nullptr;
    QLabel *m_harmsNote = nullptr;
};

} // namespace rls
