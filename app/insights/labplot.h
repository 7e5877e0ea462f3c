// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "shared/qcustomplot_include.h"

namespace rls {

/// Ferritin (ng/mL, left axis) and transferrin saturation (%, right axis) over time, with the
/// guideline lines at 75 ng/mL and 20 %: what the iron is doing, beside what the nights show.
class LabPlot final : public QCustomPlot {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabPlot)

public:
    explicit LabPlot(QWidget *parent = nullptr);

    /// Plots the ferritin and saturation results among `results`; false when there are none.
    bool setResults(const QList<LabResult> &results);
    int ferritinPoints() const { return m_ferritin->dataCount(); }
    int saturationPoints() const { return m_saturation->dataCount(); }

private:
    QCPGraph *m_ferritin;
    QCPGraph *m_saturation;
};

} // namespace rls
