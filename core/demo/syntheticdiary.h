// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"
#include "model/trialplan.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace rls {

class DiaryStore;

/// What the synthetic diary should look like.
struct SyntheticOptions {
    std::uint64_t seed = 1;
    int nights = 365; ///< calendar nights covered, including the ones the person forgot
    QDate lastNight; ///< the newest night; must be valid
    /// Ends with a finished personal trial of magnesium (200 mg elemental glycinate at 21:00
    /// against none; 3 pairs of 14-night blocks, 3 wash-out nights) whose last night was a week
    /// before lastNight, kept mostly as planned. The trial replaces the usual magnesium and the
    /// medicine the year-long demo ends on, so that the demo's trial tests one thing.
    bool withTrial = false;
};

/// A made-up but realistic diary: severity that responds noisily to magnesium and iron and
/// worsens with afternoon caffeine and alcohol, sleep that follows severity, regimen changes
/// every few months, nights the person forgot to log, tags and notes. The same options
/// always give the same diary, on every platform.
struct SyntheticDiary {
    QList<Night> nights;
    QList<LabResult> labs;
    std::optional<TrialPlan> trial;
};

/// Generates the diary described by `options` without touching any file.
SyntheticDiary generateSyntheticDiary(const SyntheticOptions &options);

/// Generates the diary and writes it into `store` in one transaction.
Result<void> writeSyntheticDiary(DiaryStore &store, const SyntheticOptions &options);

} // namespace rls
