// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/rangepreset.h"

namespace rls {

QDate presetStart(RangePreset preset, QDate first, QDate last)
{
    switch (preset) {
    case RangePreset::FourWeeks: return last.addDays(-27);
    case RangePreset::ThreeMonths: return last.addMonths(-3).addDays(1);
    case RangePreset::SixMonths: return last.addMonths(-6).addDays(1);
    case RangePreset::OneYear: return last.addYears(-1).addDays(1);
    case RangePreset::All: return first;
    }
    return first;
}

} // namespace rls
