// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/chartcolours.h"

#include <QPalette>

namespace rls {
namespace {

// Okabe & Ito (2008), "Color Universal Design".
const QColor Orange(0xE6, 0x9F, 0x00);
const QColor SkyBlue(0x56, 0xB4, 0xE9);
const QColor BluishGreen(0x00, 0x9E, 0x73);
const QColor Yellow(0xF0, 0xE4, 0x42);
const QColor Blue(0x00, 0x72, 0xB2);
const QColor Vermillion(0xD5, 0x5E, 0x00);
const QColor ReddishPurple(0xCC, 0x79, 0xA7);

ChartColours seriesColours(bool dark)
{
    ChartColours c;
    c.severity = dark ? QColor(0xF0, 0x7A, 0x2A) : Vermillion; // vermillion, lifted to read on dark grey
    c.magnesium = SkyBlue;
    c.magnesium.setAlpha(dark ? 150 : 170);
    // On white the sky-blue fill is 1.7:1, under WCAG's 3:1 for graphics: a darker edge, 4.2:1.
    c.magnesiumEdge = dark ? SkyBlue : QColor(0x2B, 0x83, 0xBA);
    c.regimenBand = SkyBlue;
    c.regimenBand.setAlpha(dark ? 38 : 45);
    c.iron = ReddishPurple;
    // Okabe-Ito orange is 2.2:1 on white; darkened, 3.3:1 (WCAG's 3:1 for graphics).
    c.caffeine = dark ? Orange : QColor(0xBD, 0x82, 0x00);
    // Okabe-Ito blue is too dark on a dark background; yellow takes its place there.
    c.alcohol = dark ? Yellow : Blue;
    c.sleepQuality = BluishGreen;
    return c;
}

} // namespace

ChartColours ChartColours::fromPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    ChartColours c = seriesColours(dark);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.axis = palette.color(QPalette::Text);
    c.axis.setAlpha(170);
    c.grid = palette.color(QPalette::Text);
    c.grid.setAlpha(dark ? 45 : 35);
    c.sleepEfficiency = palette.color(QPalette::Text); // Okabe-Ito's black, or white on dark
    return c;
}

ChartColours ChartColours::forPrint()
{
    ChartColours c = seriesColours(false);
    c.background = Qt::white;
    c.text = Qt::black;
    c.axis = QColor(0x40, 0x40, 0x40);
    c.grid = QColor(0, 0, 0, 35);
    c.sleepEfficiency = Qt::black;
    return c;
}

} // namespace rls
