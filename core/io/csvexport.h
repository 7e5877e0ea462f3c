// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvfields.h"
#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

#include <QByteArray>
#include <QDate>

namespace rls {

class DiaryStore;

/// The "Nightly summary" file: one row per logged night, with sleep metrics computed and
/// intakes totalled per day; see docs/csv-format.md for every column. `catalog` gives each
/// substance's kind, which decides its columns (a person's own magnesium product is magnesium).
QByteArray nightlyCsv(const QList<Night> &nights, const QList<Substance> &catalog);

/// The "Intakes" file: one row per dose. `catalog` gives each substance's kind.
QByteArray intakesCsv(const QList<Night> &nights, const QList<Substance> &catalog);

/// Reads the nights (for CsvKind::Labs the lab results) from `from` to `to` and writes the file of `kind`.
/// The nightly and intakes files are written as the diary's one export query steps through the
/// rows (csvexportrows.h, exportQuery()): the same bytes as nightlyCsv() and intakesCsv().
Result<QByteArray> exportCsv(DiaryStore &store, CsvKind kind, QDate from, QDate to);

/// What an export of `kind` from `from` to `to` holds, as the sentence that confirms it:
/// "Saved 365 nights to /home/anna/nightly.csv." ("1 night", "no nights"; for the intakes file
/// the doses, for the lab file the lab results). `spreadsheet` counts nights, the .xlsx's main sheet.
Result<QString> savedSentence(
    DiaryStore &store, CsvKind kind, bool spreadsheet, QDate from, QDate to, const QString &path);

/// Writes `bytes` to `path` atomically (QSaveFile): a failed write leaves any older file whole.
Result<void> saveCsvFile(const QString &path, const QByteArray &bytes);

} // namespace rls
