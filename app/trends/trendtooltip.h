// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/trendseries.h"
#include "model/night.h"

#include <QString>

namespace rls {

/// The hover text for the night of `date`: its date, severity and mean, sleep quality and
/// efficiency, and every dose logged, plus the week's (month's) means when the chart shows them.
/// `nights` are sorted by date. Rich text, with everything the person typed escaped.
QString trendTooltip(
    const TrendSeries &series, const QList<Night> &nights, QDate date, bool weekly, bool monthly = false);

} // namespace rls
