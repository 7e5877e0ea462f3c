// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rls {

class DiaryStore;

/// The spreadsheet for the doctor (.xlsx, written with libxlsxwriter): the sheets Nights (the
/// nightly CSV's columns), Doses (one row per dose), Lab results and Read me (every column with
/// its unit and which way its scale runs). Dates and times are real dates and times, numbers are
/// numbers, text is text (a note "=HYPERLINK(...)" stays text); no formulas. The header rows are
/// frozen. `from` and `to` are the period named on the Read me sheet; see docs/csv-format.md.
///
/// Written into a temporary file beside `path` and renamed over it only when complete: a failed
/// write leaves no file and any older file as it was. A new file is for its owner alone (0600).
Result<void> saveXlsx(const QString &path, const QList<Night> &nights, const QList<Substance> &catalog,
    const QList<LabResult> &labs, QDate from, QDate to);

/// Reads the nights and lab results from `from` to `to` and writes the spreadsheet to `path`.
Result<void> saveXlsx(const QString &path, DiaryStore &store, QDate from, QDate to);

} // namespace rls
