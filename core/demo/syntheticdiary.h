// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

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
};

/// A made-up but realistic diary: severity that responds noisily to magnesium and iron and
/// worsens with afternoon caffeine and alcohol, sleep that follows severity, regimen changes
/// every few months, nights the person forgot to log, tags and notes. The same options
/// always give the same diary, on every platform.
struct SyntheticDiary {
    QList<Night> nights;
    QList<LabResult> labs;
};

/// Generates the diary described by `options` without touching any file.
SyntheticDiary generateSyntheticDiary(const SyntheticOptions &options);

/// Generates the diary and writes it into `store` in one transaction.
Result<void> writeSyntheticDiary(DiaryStore &store, const SyntheticOptions &options);

} // namespace rls
