// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rls {

class DiaryStore;

/// Where RLS guidelines advise iron for a lab result, when one applies: ferritin in ng/mL (or
/// µg/L) at or below 75, transferrin saturation in % below 20 (labtests:: in model/catalog.h,
/// the same lines the Lab results page and the guidance notes use).
struct LabGuidelineRange {
    double line = 0; ///< 75 or 20, in the result's unit
    QString text; ///< "at or below 75 ng/mL", "below 20 %"
    bool inRange = false; ///< the result lies in that range
};
/// The guideline range of `result`; nullopt for other tests and for units the app does not compare.
std::optional<LabGuidelineRange> labGuidelineRange(const LabResult &result);

/// The lab results dated from `from` to `to`, in their order.
QList<LabResult> labsInRange(const QList<LabResult> &labs, QDate from, QDate to);

/// The "Lab results" CSV: date,test,value,unit,guideline,in_guideline_range (docs/csv-format.md).
QByteArray labsCsv(const QList<LabResult> &labs);

/// Reads the lab results dated from `from` to `to` and writes the labs CSV.
Result<QByteArray> exportLabsCsv(DiaryStore &store, QDate from, QDate to);

} // namespace rls
