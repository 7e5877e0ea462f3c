// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/night.h"

namespace rls {

bool SleepDiary::isEmpty() const
{
    return !inBed && !triedToSleep && !minutesToFallAsleep && !awakenings && !minutesAwake && !finalAwakening
        && !outOfBed && !quality;
}

bool sameEntry(const Night &a, const Night &b)
{
    if (a.date != b.date || !(a.symptoms == b.symptoms) || !(a.sleep == b.sleep) || a.intakes != b.intakes
        || a.note != b.note || a.flaggedForDoctor != b.flaggedForDoctor || a.tags.size() != b.tags.size())
        return false;
    for (const QString &tag : a.tags) {
        if (!b.tags.contains(tag, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace rls
