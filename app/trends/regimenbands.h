// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/regimen.h"

#include <QColor>
#include <QList>

class QCPAxisRect;
class QCPItemRect;
class QCPItemText;

namespace rls {

/// Shaded bands behind the severity panel for the nights a magnesium regimen was taken, each
/// labelled with its form and usual dose where the band is wide enough to hold the label.
class RegimenBands final {
public:
    /// Draws into `rect` on the plot's layer `layerName`.
    RegimenBands(QCPAxisRect *rect, const QString &layerName);
    RegimenBands(const RegimenBands &) = delete;
    RegimenBands &operator=(const RegimenBands &) = delete;

    void setPeriods(const QList<RegimenPeriod> &periods);
    void setColours(const QColor &band, const QColor &text);
    /// Shows the labels that fit their band at the current zoom; call after the range changed.
    void updateLabels();
    qsizetype count() const { return m_bands.size(); }

    /// "Magnesium glycinate, 300 mg/day" (or "200–400 mg/day" when doses varied widely).
    static QString label(const RegimenPeriod &period);
    /// Shorter labels for narrower bands: "glycinate 300 mg", then "300 mg".
    static QStringList labels(const RegimenPeriod &period);

private:
    void clear();

    QCPAxisRect *m_rect;
    QString m_layer;
    QList<QCPItemRect *> m_bands;
    QList<QCPItemText *> m_labels;
    QList<QStringList> m_texts; ///< per band, longest label first
    QColor m_band;
    QColor m_text;
};

} // namespace rls
