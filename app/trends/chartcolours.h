// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace rls {

/// The colours of the trend chart. Series use the Okabe-Ito palette, which people with the
/// common colour-vision deficiencies can tell apart; text, grid and background come from the
/// widget's palette so the chart reads on light and dark desktops alike.
struct ChartColours {
    QColor background;
    QColor text;
    QColor axis;
    QColor grid;
    QColor severity;
    QColor magnesium;
    QColor magnesiumEdge; ///< the bars' outline: their pale fill alone fades into the plot
    QColor regimenBand;
    QColor iron;
    QColor caffeine;
    QColor alcohol;
    QColor sleepQuality;
    QColor sleepEfficiency;

    /// Colours for the screen, following `palette`.
    static ChartColours fromPalette(const QPalette &palette);
    /// Black on white, for a PNG or PDF that may be printed.
    static ChartColours forPrint();
};

} // namespace rls
