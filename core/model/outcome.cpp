// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/outcome.h"

#include "model/sleepmetrics.h"

#include <QCoreApplication>

namespace rls {

QList<Outcome> allOutcomes()
{
    return {Outcome::Severity, Outcome::SleepQuality, Outcome::SleepEfficiency, Outcome::SleepLatency, Outcome::Onset};
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Severity: return QStringLiteral("severity");
    case Outcome::SleepQuality: return QStringLiteral("sleep_quality");
    case Outcome::SleepEfficiency: return QStringLiteral("sleep_efficiency");
    case Outcome::SleepLatency: return QStringLiteral("sleep_latency");
    case Outcome::Onset: return QStringLiteral("onset");
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (Outcome o : allOutcomes()) {
        if (outcomeKey(o) == key.trimmed())
            return o;
    }
    return std::nullopt;
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Severity: return QCoreApplication::translate("Outcome", "Symptom severity (0-10)");
    case Outcome::SleepQuality: return QCoreApplication::translate("Outcome", "Sleep quality (1-5)");
    case Outcome::SleepEfficiency: return QCoreApplication::translate("Outcome", "Sleep efficiency (%)");
    case Outcome::SleepLatency: return QCoreApplication::translate("Outcome", "Minutes to fall asleep");
    case Outcome::Onset: return QCoreApplication::translate("Outcome", "Symptom onset (hours after 06:00)");
    }
    return {};
}

std::optional<double> outcomeValue(const Night &night, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Severity:
        return night.symptoms.severity ? std::optional<double>(*night.symptoms.severity) : std::nullopt;
    case Outcome::SleepQuality: return night.sleep.quality ? std::optional<double>(*night.sleep.quality) : std::nullopt;
    case Outcome::SleepEfficiency: return computeSleepMetrics(night.sleep).efficiencyPercent;
    case Outcome::SleepLatency:
        return night.sleep.minutesToFallAsleep ? std::optional<double>(*night.sleep.minutesToFallAsleep) : std::nullopt;
    case Outcome::Onset: {
        if (!night.symptoms.onset)
            return std::nullopt;
        const QTime t = *night.symptoms.onset;
        const int sinceSix = (t.hour() * 60 + t.minute() - 6 * 60 + 24 * 60) % (24 * 60);
        return sinceSix / 60.0;
    }
    }
    return std::nullopt;
}

} // namespace rls
