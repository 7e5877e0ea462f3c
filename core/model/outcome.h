// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"

#include <QList>
#include <QString>

#include <optional>

namespace rls {

/// What a comparison looks at, night by night. Severity is the primary outcome, fixed in
/// advance; the others are secondary.
enum class Outcome { Severity, SleepQuality, SleepEfficiency, SleepLatency, Onset };

/// Every outcome, primary first.
QList<Outcome> allOutcomes();
/// The stable key used on the command line and in JSON: "severity", "sleep_quality",
/// "sleep_efficiency", "sleep_latency", "onset".
QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);
/// Words for a person: "symptom severity (0-10)", ...
QString outcomeLabel(Outcome outcome);
/// The night's value of `outcome`, nullopt when it was not recorded. Onset is hours after
/// 06:00 (so 15:00 is 9 and 01:00 is 19): earlier onset is a smaller number.
std::optional<double> outcomeValue(const Night &night, Outcome outcome);

} // namespace rls
