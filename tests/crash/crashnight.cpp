// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashnight.h"

namespace rls::crash {

Night crashNight(QDate date)
{
    const qint64 day = date.toJulianDay();
    Night n;
    n.date = date;
    n.symptoms.severity = int(day % 11);
    n.symptoms.onset = QTime(19, 0).addSecs(60 * int(day % 240));
    n.symptoms.sensations
        = (day % 2 == 0) ? Sensations(Sensation::UrgeToMove | Sensation::Crawling) : Sensations(Sensation::UrgeToMove);
    n.symptoms.bodyAreas = BodyArea::Legs;
    n.sleep.minutesToFallAsleep = int(day % 90);
    n.sleep.quality = 1 + int(day % 5);
    n.intakes = {
        {QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)},
        {QStringLiteral("Magnesium"), 300, QStringLiteral("mg"), QStringLiteral("glycinate"),
            QTime(7, 0).addSecs(60 * int(day % 120))},
    };
    // One tag every night has, and one of 40 that the first nights add to the list of tags.
    n.tags = {QStringLiteral("crash test"), QStringLiteral("tag %1").arg(day % 40)};
    n.note = QStringLiteral("Night of %1: legs restless, walked twice; ça va.").arg(date.toString(Qt::ISODate));
    // Every 25th note is longer than a page, so overflow pages are written (and torn) too.
    if (day % 25 == 0)
        n.note += QStringLiteral(" Long night.").repeated(500);
    return n;
}

} // namespace rls::crash
