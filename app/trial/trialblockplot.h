// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/trialplan.h"
#include "nof1/trialanalysis.h"

#include "shared/qcustomplot_include.h"

namespace rls {

/// The block means of one outcome of a personal trial, wash-out nights left out (core's
/// OutcomeAnalysis::blocks): the blocks in order along the bottom, labelled "1 A", "2 B" (with
/// each block's first night while there are 12 blocks or fewer), a bar per block at its mean in
/// the colour of its condition, pairs marked above. A block without a mean is an empty dashed
/// box, and a note under the chart says why. Shown on the trial page and in the trial report.
/// It only draws what core computed.
class TrialBlockPlot final : public QCustomPlot {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialBlockPlot)

public:
    explicit TrialBlockPlot(QWidget *parent = nullptr);

    /// Shows `analysis` of `plan`. Numbers and dates are written in the widget's locale().
    void setAnalysis(const TrialPlan &plan, const OutcomeAnalysis &analysis);

    /// Black on white for a printed page, and kept so; off follows the widget's palette again.
    void setPrintColours(bool print);

    /// The bars of the A and the B blocks, for tests: key = block number (1-based), value = mean.
    QCPBars *barsA() const { return m_barsA; }
    QCPBars *barsB() const { return m_barsB; }
    /// The note under the chart about blocks without a mean; empty when every block has one.
    QString emptyNote() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Background, text, axes and grid as on the Trends chart: from the widget's palette on
    /// screen, black on white on paper.
    struct Colours {
        QColor background, text, axis, grid;
        bool dark = false;
    };
    static Colours screenColours(const QPalette &palette);
    static Colours printColours();

    void applyColours(const Colours &colours);
    void rebuild();
    void clearMarks();
    void addMark(QCPAbstractItem *item) { m_marks.append(item); }
    void showRange();
    void showNote(const QString &note);

    TrialPlan m_plan;
    OutcomeAnalysis m_analysis;
    QCPBars *m_barsA = nullptr;
    QCPBars *m_barsB = nullptr;
    QCPTextElement *m_note = nullptr;
    QList<QCPAbstractItem *> m_marks; ///< value labels, empty boxes, pair labels and lines
    Colours m_colours;
    bool m_print = false;
};

} // namespace rls
