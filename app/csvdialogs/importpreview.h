// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"

class QTableWidget;

namespace rls {

/// Fills the preview table: one row per night to add or change and per row that cannot be
/// read, in file order, with the line, the date, what happens and the details.
void fillImportPreview(QTableWidget *table, const ImportPlan &plan);

/// A short description of a night for the preview: "severity 6, quality 3, magnesium 300 mg".
QString describeNight(const Night &night);

} // namespace rls
