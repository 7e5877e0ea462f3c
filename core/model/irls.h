// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rls {

/// The severity bands of the IRLS total (IRLSSG rating scale, 10 items scored 0-4): 1-10 mild,
/// 11-20 moderate, 21-30 severe, 31-40 very severe. Only the total a clinician scored is kept;
/// the scale's items are licensed and never shown.
enum class IrlsBand { None, Mild, Moderate, Severe, VerySevere, OutOfRange };

/// The band of a total; OutOfRange below 0 or above 40.
IrlsBand irlsBand(int total);
/// "mild", "very severe", ...; "no symptoms" for 0; empty when out of range.
QString irlsBandLabel(IrlsBand band);

} // namespace rls
