// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rls {

/// A stretch of nights on which the person took magnesium, as a chart band shows it.
struct RegimenPeriod {
    QDate first; ///< first night with a magnesium dose
    QDate last; ///< last night with a magnesium dose
    QString form; ///< e.g. "glycinate"; empty when no dose named one
    double typicalMg = 0; ///< median daily total on the nights taken
    double lowestMg = 0;
    double highestMg = 0;
    int nightsTaken = 0;
    friend bool operator==(const RegimenPeriod &, const RegimenPeriod &) = default;
};

/// When a pause or a change ends a regimen period.
struct RegimenOptions {
    /// Logged nights in a row without magnesium that a period may hold: a forgotten dose or
    /// two does not end a regimen.
    int maxMissedNights = 2;
    /// Calendar days without any logged dose (logged or not) after which a period ends; a
    /// week away without the diary does not, a month does.
    int maxDaysWithoutDose = 14;
};

/// Finds the magnesium regimen periods in `nights` (sorted by date, oldest first). A period
/// also ends where the named form changes (citrate to glycinate); doses without a form
/// continue the period they fall in.
QList<RegimenPeriod> findRegimenPeriods(
    const QList<Night> &nights, const QList<Substance> &catalog, const RegimenOptions &options = {});

/// The same periods for any one substance of the catalog (e.g. melatonin in "My regimen"):
/// nights on which it was taken, in the units it was logged in. `typicalMg` and its neighbours
/// then hold those amounts.
QList<RegimenPeriod> findSubstancePeriods(
    const QList<Night> &nights, const QString &substance, const RegimenOptions &options = {});

} // namespace rls
