// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QList>

namespace rls {

/// A person's usual doses ("My regimen"), e.g. magnesium glycinate 200 mg at 21:00 and
/// iron bisglycinate 25 mg at 08:00, added to a night in one click.
using Regimen = QList<Intake>;

/// Encodes a regimen as text for a settings file: one dose per line,
/// "substance|amount|unit|form|HH:MM|label mg" (fields never contain '|' or a newline).
QString regimenToText(const Regimen &regimen);
/// Reads what regimenToText wrote; lines that cannot be read are skipped.
Regimen regimenFromText(const QString &text);

} // namespace rls
