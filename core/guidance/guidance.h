// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QList>
#include <QTime>

namespace rls {

/// The tolerable upper intake level for supplemental magnesium (supplements and medicines, not
/// food): 350 mg/day (NIH Office of Dietary Supplements) or 250 mg/day (EFSA).
enum class MagnesiumLimit { Nih = 350, Efsa = 250 };

/// What the gentle guardrails compare against; every value is a person's setting or derived
/// from their diary.
struct GuidanceSettings {
    MagnesiumLimit magnesiumLimit = MagnesiumLimit::Nih;
    QTime caffeineAfter = QTime(14, 0); ///< caffeine from this hour until the morning is noted
    QTime eveningFrom = QTime(18, 0); ///< alcohol from this hour until the morning counts as evening
    bool caffeineFromBedtime = false; ///< caffeineAfter was worked out from the person's bedtimes
};

enum class GuidanceKind {
    MagnesiumOverLimit,
    IronNearInhibitor, ///< iron close to magnesium, calcium, zinc or an antacid
    IronNearDopaminergic, ///< iron close to levodopa or a dopamine agonist
    LateCaffeine,
    EveningAlcohol,
    KidneyReminder,
};

/// A calm, non-blocking note about a day's intakes, with the source it rests on.
/// Notes inform; they never tell a person what to take: that is for their doctor.
struct Guidance {
    GuidanceKind kind;
    QString text;
    QString source;
};

/// Minimum gap between iron and what lowers its absorption, as iron labels ask.
inline constexpr int IronSeparationMinutes = 120;
/// Hours before the usual bedtime from which caffeine is noted (Drake et al. 2013).
inline constexpr int CaffeineHoursBeforeBed = 6;
/// From this hour a dose counts as the next morning's: caffeine or alcohol then is not "late".
inline const QTime MorningFrom = QTime(5, 0);

/// Minutes between two clock times of one night's doses. Both are placed on the night's
/// noon-to-noon line (so 23:30 and 00:30 are an hour apart, not 23), and two morning doses
/// either side of noon are compared across noon as well.
int minutesApart(QTime a, QTime b);

/// True when `time` lies from `from` up to (not including) the next MorningFrom on the night
/// line: with from = 14:00, 15:30 and 01:00 are late, 09:00 and 13:00 are not.
bool isLateInTheDay(QTime time, QTime from);

/// The hour from which caffeine is noted: the median "tried to sleep" time of the last 14 logged
/// nights (medians taken on the night line, so 23:30 and 00:30 average to midnight) minus
/// CaffeineHoursBeforeBed, to the nearest quarter hour; `fallback` when fewer than 3 of those
/// nights have that time.
QTime caffeineCutoff(const QList<Night> &nights, QTime fallback);

/// The notes that apply to one day's intakes, in a stable order.
QList<Guidance> guidanceFor(
    const QList<Intake> &intakes, const QList<Substance> &catalog, const GuidanceSettings &settings);

/// The reminder shown once, the first time magnesium is logged: kidney disease makes
/// magnesium supplements unsafe without a doctor.
Guidance kidneyReminder();

/// A ferritin result in ng/mL (or the same number in µg/L), the unit the guidelines use.
bool isFerritinInNgPerMl(const LabResult &result);
/// A transferrin saturation result in %.
bool isTransferrinSaturationInPercent(const LabResult &result);

/// What the iron guidelines say about one lab result (ferritin at or below 75 ng/mL, transferrin
/// saturation below 20 %), or an empty string when they say nothing or the unit is not theirs.
QString labGuideline(const LabResult &result);

} // namespace rls
