// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace rls {

class DiaryContext;

/// The night a trial calls "today": tonight by the window's clock and the day-split hour, the
/// same night the evening form opens on. Every date the trial page and dialog pass to core.
QDate trialTonight(const DiaryContext &context);

/// Why no trial can be planned now, in words for a tooltip or a message ("A trial is under
/// way…", "This diary is read-only…"); empty when one can.
QString planningClosedReason(const DiaryContext &context);

} // namespace rls
