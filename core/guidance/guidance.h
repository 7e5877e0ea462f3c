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

/// What the gentle guardrails compare against; every value is a person's setting.
struct GuidanceSettings {
    MagnesiumLimit magnesiumLimit = MagnesiumLimit::Nih;
    QTime caffeineAfter = QTime(14, 0); ///< caffeine at or after this hour is noted
    QTime eveningFrom = QTime(18, 0); ///< alcohol at or after this hour counts as evening
};

enum class GuidanceKind {
    MagnesiumOverLimit,
    IronNearMagnesium,
    IronNearLevodopa,
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

/// Minimum gap between iron and magnesium or levodopa that iron labels ask for.
inline constexpr int IronSeparationMinutes = 120;

/// Supplemental magnesium of a day in mg: magnesium supplements and medicines with amounts in
/// mg (the catalog's Magnesium, and any added substance whose name starts with "Magnesium").
double supplementalMagnesiumMg(const QList<Intake> &intakes, const QList<Substance> &catalog);

/// The notes that apply to one day's intakes, in a stable order.
QList<Guidance> guidanceFor(
    const QList<Intake> &intakes, const QList<Substance> &catalog, const GuidanceSettings &settings);

/// The reminder shown once, the first time magnesium is logged: kidney disease makes
/// magnesium supplements unsafe without a doctor.
Guidance kidneyReminder();

} // namespace rls
