// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/insights.h"
#include "shared/qcustomplot_include.h"

namespace rls {

/// One row per factor with an estimate: the difference (with − without) as a dot and its
/// interval allowing for carry-over as a line, beside a zero line. Rows run top to bottom in
/// the order given; factors without an estimate are left out (their sentence says why).
class ForestPlot final : public QCustomPlot {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForestPlot)

public:
    explicit ForestPlot(QWidget *parent = nullptr);

    void setInsights(const QList<Insight> &insights, const QString &unit);
    /// The factor keys of the rows, top first.
    const QStringList &rowFactors() const { return m_factors; }
    /// Highlights the row of `factor` (none when it has no row).
    void selectFactor(const QString &factor);
    QString selectedFactor() const { return m_selected; }

signals:
    void factorClicked(const QString &factor);

private:
    void onClick(QMouseEvent *event);

    QCPGraph *m_points = nullptr;
    QCPErrorBars *m_intervals = nullptr;
    QCPItemStraightLine *m_zero = nullptr;
    QCPItemRect *m_highlight = nullptr;
    QStringList m_factors;
    QString m_selected;
};

} // namespace rls
