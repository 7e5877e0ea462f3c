// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sleepmetrics.h"

#include <QCoreApplication>

namespace rls {

int minutesOnNightLine(QTime time)
{
    const int sinceMidnight = time.hour() * 60 + time.minute();
    return (sinceMidnight - 12 * 60 + 24 * 60) % (24 * 60);
}

std::optional<int> wakeAfterSleepOnset(const SleepDiary &s)
{
    if (s.minutesAwake)
        return s.minutesAwake;
    // "Woke 0 times" already says how long those awakenings lasted.
    if (s.awakenings == 0)
        return 0;
    return std::nullopt;
}

QStringList missingForTotalSleep(const SleepDiary &s)
{
    QStringList out;
    if (!s.triedToSleep)
        out.append(QCoreApplication::translate("SleepMetrics", "time tried to sleep"));
    if (!s.minutesToFallAsleep)
        out.append(QCoreApplication::translate("SleepMetrics", "minutes to fall asleep"));
    if (!wakeAfterSleepOnset(s))
        out.append(QCoreApplication::translate("SleepMetrics", "minutes awake"));
    if (!s.finalAwakening)
        out.append(QCoreApplication::translate("SleepMetrics", "final awakening"));
    return out;
}

SleepMetrics computeSleepMetrics(const SleepDiary &s)
{
    SleepMetrics m;
    if (s.inBed && s.outOfBed) {
        const int tib = minutesOnNightLine(*s.outOfBed) - minutesOnNightLine(*s.inBed);
        if (tib > 0)
            m.timeInBedMinutes = tib;
    }
    if (s.triedToSleep && s.finalAwakening && s.minutesToFallAsleep) {
        const int span = minutesOnNightLine(*s.finalAwakening) - minutesOnNightLine(*s.triedToSleep);
        if (const auto waso = wakeAfterSleepOnset(s)) {
            const int tst = span - *s.minutesToFallAsleep - *waso;
            if (span > 0 && tst >= 0)
                m.totalSleepMinutes = tst;
        }
    }
    if (m.timeInBedMinutes && m.totalSleepMinutes && *m.totalSleepMinutes <= *m.timeInBedMinutes)
        m.efficiencyPercent = 100.0 * *m.totalSleepMinutes / *m.timeInBedMinutes;
    return m;
}

} // namespace rls
