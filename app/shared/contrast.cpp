// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/contrast.h"

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blendedOver(const QColor &colour, const QColor &background)
{
    const QColor c = colour.toRgb();
    const QColor b = background.toRgb();
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + b.redF() * (1 - a)), float(c.greenF() * a + b.greenF() * (1 - a)),
        float(c.blueF() * a + b.blueF() * (1 - a)));
}

QColor readableOn(const QColor &fill)
{
    return contrastRatio(fill, Qt::black) >= contrastRatio(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace rls
