// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/trialplan.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QWidget>

#include <optional>

namespace rls {

/// A trial's plan as a calendar strip: one segment per block, A and B in colours of their own,
/// the wash-out nights at the start of each block hatched and lighter, the first night of each
/// block (where there is room) and the last night of the trial below, tonight marked while the
/// trial runs, and a legend naming the two conditions. What it shows comes from core
/// (blockSpans, conditionLabel, trialNightOf); it only draws.
class TrialStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialStrip)

public:
    explicit TrialStrip(QWidget *parent = nullptr);

    /// Shows `plan` with its blocks dated as they stand on `today` (a pause moves the later ones).
    void setPlan(const TrialPlan &plan, QDate today);
    void clear();
    const QList<BlockSpan> &spans() const { return m_spans; }

    /// The colour of a condition on `palette`, the same as the trial's block chart: Okabe-Ito
    /// blue for A and vermillion for B, the pair people with the common colour-vision
    /// deficiencies tell apart best; sky blue and a lifted vermillion on a dark palette.
    static QColor conditionColour(Condition condition, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct LegendItem {
        QString text;
        std::optional<Condition> condition; ///< none: the wash-out swatch
        bool washout = false;
        bool faded = false;
    };
    struct Rows {
        qreal marker = 0; ///< "tonight" above the bar, 0 when not shown
        qreal bar = 0;
        qreal dates = 0;
    };

    Rows rows() const;
    QList<LegendItem> legend() const;
    /// The legend's items laid out in lines as wide as `width`, at `top`.
    QList<QRectF> legendRects(qreal width, qreal top) const;
    QRectF blockRect(int block, qreal width) const;
    void paintBlock(QPainter &painter, int block, const QRectF &rect) const;
    void paintDates(QPainter &painter, qreal top) const;
    void paintMarker(QPainter &painter) const;
    void paintLegend(QPainter &painter, qreal top) const;
    void paintSwatch(QPainter &painter, const QRectF &rect, const LegendItem &item) const;
    QString blockTooltip(int block) const;
    /// Trial nights that ran before `date` (the clock stands still in pauses).
    int nightsBefore(QDate date) const;
    /// A's blocks are filled with its colour; B's with a lighter one inside a strong outline, as
    /// on the chart, so the two differ in grey too.
    QColor blockFill(Condition condition) const;
    void updateDescription();

    std::optional<TrialPlan> m_plan;
    QDate m_today;
    QList<BlockSpan> m_spans;
    struct Marker {
        qreal night = 0; ///< position in trial nights from the start, e.g. 8.5 for the middle of night 9
        QString text;
    };
    /// Tonight while the trial runs, or where it was paused.
    std::optional<Marker> m_marker;
    int m_nightsRun = -1; ///< nights a stopped trial ran, -1 when it was not stopped
};

} // namespace rls
