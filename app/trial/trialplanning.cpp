// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialplanning.h"

#include "model/catalog.h"
#include "model/nightdate.h"
#include "model/trialplan.h"
#include "session/diarycontext.h"
#include "storage/diarystore.h"

#include <QCoreApplication>
#include <QLocale>

namespace rls {

QDate trialTonight(const DiaryContext &context)
{
    return tonight(context.now(), context.preferences().daySplitHour);
}

QString planningClosedReason(const DiaryContext &context)
{
    DiaryStore &store = context.store();
    if (store.isReadOnly())
        return QCoreApplication::translate(
            "rls::TrialPlanning", "This diary is open read-only, so no trial can be planned in it.");
    const auto trials = store.trials();
    if (!trials)
        return trials.error().message;
    const QDate today = trialTonight(context);
    if (const auto ongoing = ongoingTrial(trials.value(), today)) {
        return QCoreApplication::translate("rls::TrialPlanning",
            "A trial of %1 is under way until %2. One trial at a time: a new one can be planned once it has "
            "finished, or after it is stopped or abandoned on the Trial page.")
            .arg(inSentence(ongoing->substance()),
                QLocale().toString(
                    plannedLastNight(*ongoing, today), QCoreApplication::translate("DateFormat", "d MMM yyyy")));
    }
    return {};
}

} // namespace rls
