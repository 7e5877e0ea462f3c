// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sleepmetrics.h"

namespace rls {

int minutesOnNightLine(QTime time)
{
    const int sinceMidnight = time.hour() * 60 + time.minute();
    return (sinceMidnight - 12 * 60 + 24 * 60) % (24 * 60);
}

SleepMetrics computeSleepMetrics(const SleepDiary &s)
{
    SleepMetrics m;
    if (s.inBed && s.outOfBed) {
        const int tib = minutesOnNightLine(*s.outOfBed) - minutesOnNightLine(*s.inBed);
        if (tib > 0)
            m.timeInBedMinutes = tib;
    }
    if (s.triedToSleep && s.finalAwakening) {
        const int span = minutesOnNightLine(*s.finalAwakening) - minutesOnNightLine(*s.triedToSleep);
        // Missing latency or wake time counts as zero minutes: the diary item was left blank,
        // and the person's own total is still the best estimate we have.
        const int tst = span - s.minutesToFallAsleep.value_or(0) - s.minutesAwake.value_or(0);
        if (span > 0 && tst >= 0)
            m.totalSleepMinutes = tst;
    }
    if (m.timeInBedMinutes && m.totalSleepMinutes && *m.totalSleepMinutes <= *m.timeInBedMinutes)
        m.efficiencyPercent = 100.0 * *m.totalSleepMinutes / *m.timeInBedMinutes;
    return m;
}

} // namespace rls
