// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace rls {

/// Relative luminance of an opaque colour as WCAG 2.x defines it: 0 for black, 1 for white.
double relativeLuminance(const QColor &colour);
/// WCAG 2.x contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). Text
/// needs 4.5, lines and marks 3 (docs/architecture.md, "Accessibility").
double contrastRatio(const QColor &a, const QColor &b);
/// `colour` as it shows when drawn over `background` with its alpha.
QColor blendedOver(const QColor &colour, const QColor &background);
/// Black or white, whichever contrasts more with `fill`, for text drawn on it.
QColor readableOn(const QColor &fill);

} // namespace rls
