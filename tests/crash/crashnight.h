// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QDate>

namespace rls::crash {

/// The night the crash child saves for `date`. Every value follows from the date alone, so a
/// night saved twice (a commit the child made but was killed before acknowledging, saved again by
/// the next child) is the same night, and the parent knows what each acknowledged night holds.
/// It writes every table a save touches: the night, two intakes, tags (some new to the diary).
Night crashNight(QDate date);

} // namespace rls::crash
