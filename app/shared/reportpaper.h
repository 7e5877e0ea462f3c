// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/preferences.h"

#include <QLocale>
#include <QPageSize>

namespace rls {

/// The page size of the doctor's report: A4, or Letter where the locale measures in US units,
/// unless the person chose one in Preferences.
QPageSize reportPageSize(ReportPaper paper, const QLocale &locale = QLocale());

} // namespace rls
