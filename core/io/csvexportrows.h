// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/result.h"

#include <QByteArray>
#include <QDate>

namespace rls {

class DiaryStore;

/// The nightly file of the nights from `from` to `to`, written as the store's one query
/// (ExportRows::Nights) steps through them, with no Night built: the same bytes as nightlyCsv() of
/// the same nights. `catalog` is the diary's: each dose's group and total come from its entry.
Result<QByteArray> streamNightlyCsv(DiaryStore &store, const QList<Substance> &catalog, QDate from, QDate to);

/// The intakes file the same way (ExportRows::Doses): the same bytes as intakesCsv().
Result<QByteArray> streamIntakesCsv(DiaryStore &store, const QList<Substance> &catalog, QDate from, QDate to);

} // namespace rls
