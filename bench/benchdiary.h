// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "storage/diarystore.h"

#include <QTemporaryDir>

#include <memory>

namespace rls::bench {

/// The 30-year synthetic diary every benchmark measures: seed 30, 11,000 calendar nights ending
/// 2026-11-22, written to a real file in a temporary folder and read back once.
struct BenchDiary {
    QTemporaryDir dir;
    std::unique_ptr<DiaryStore> store;
    QList<Night> nights; ///< every logged night, in date order
    QList<Substance> catalog;
    QDate first;
    QDate last;
};

/// Makes the diary; false when it could not be written or read.
bool makeBenchDiary(BenchDiary &diary);

} // namespace rls::bench
