// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/reportpaper.h"

namespace rls {

QPageSize reportPageSize(ReportPaper paper, const QLocale &locale)
{
    switch (paper) {
    case ReportPaper::A4: return QPageSize(QPageSize::A4);
    case ReportPaper::Letter: return QPageSize(QPageSize::Letter);
    case ReportPaper::FromLocale: break;
    }
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

} // namespace rls
