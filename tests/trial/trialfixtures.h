// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the personal trial fixtures (tests/data/trial_*.csv), which
// tests/fixtures/trial_stats.py writes with Python, numpy and scipy, independently of core/trial.
#pragma once

#include "findings/insights.h"
#include "model/catalog.h"
#include "model/night.h"
#include "model/trialplan.h"

#include "support/fixtures.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <string>

namespace rls::test {

inline QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

/// A date as text, so that a failed comparison prints it readably.
inline std::string iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(none)");
}

inline std::optional<double> optionalNumber(const QString &cell)
{
    if (cell.isEmpty())
        return std::nullopt;
    return cell.toDouble();
}

inline Intake magnesiumDose(double mg, const QString &form = QStringLiteral("glycinate"))
{
    return Intake {substances::Magnesium, mg, QStringLiteral("mg"), form, QTime(21, 0)};
}

/// One row of trial_plans.csv: the plan and the day it is looked at.
struct FixturePlan {
    QString kind; ///< "schedule" or "analysis"
    QString name;
    TrialPlan plan;
    QDate today;
};

/// kind,name,start,block_nights,pairs,washout_nights,seed,order,state,ended_on,pauses,today,
/// dose_a_mg,dose_b_mg,secondary
inline FixturePlan planFromRow(const QStringList &r)
{
    FixturePlan out;
    out.kind = r[0];
    out.name = r[1];
    TrialPlan &p = out.plan;
    p.start = isoDate(r[2]);
    p.blockNights = r[3].toInt();
    p.pairs = r[4].toInt();
    p.washoutNights = r[5].toInt();
    p.seed = r[6].toULongLong();
    p.order = orderFromText(r[7]).value_or(QList<PairOrder> {});
    p.state = stateFromKey(r[8]).value_or(TrialState::Active);
    p.endedOn = isoDate(r[9]);
    for (const QString &pause : r[10].split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = pause.split(u'/');
        p.pauses.append({isoDate(parts[0]), parts.size() > 1 ? isoDate(parts[1]) : QDate()});
    }
    out.today = isoDate(r[11]);
    p.doseA = magnesiumDose(r[12].toDouble());
    if (!r[13].isEmpty())
        p.doseB = magnesiumDose(r[13].toDouble(), QStringLiteral("citrate"));
    p.primary = Outcome::Severity;
    for (const QString &key : r[14].split(u';', Qt::SkipEmptyParts))
        p.secondary.append(outcomeFromKey(key).value());
    return out;
}

inline QList<FixturePlan> fixturePlans()
{
    QList<FixturePlan> out;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("trial_plans.csv")))
        out.append(planFromRow(r));
    return out;
}

inline std::optional<FixturePlan> fixturePlan(const QString &name)
{
    for (const FixturePlan &p : fixturePlans()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

/// The logged nights of one analysis case in trial_nights.csv
/// (case,date,severity,sleep_quality,magnesium_mg,tags): severity and sleep quality as given,
/// one magnesium glycinate intake per amount, the tags; everything else empty.
inline QList<Night> fixtureNights(const QString &caseName)
{
    QList<Night> out;
    for (const QStringList &r : readFixtureCsv(QStringLiteral("trial_nights.csv"))) {
        if (r[0] != caseName)
            continue;
        Night n;
        n.date = isoDate(r[1]);
        if (!r[2].isEmpty())
            n.symptoms.severity = r[2].toInt();
        if (!r[3].isEmpty())
            n.sleep.quality = r[3].toInt();
        for (const QString &mg : r[4].split(u';', Qt::SkipEmptyParts))
            n.intakes.append(magnesiumDose(mg.toDouble()));
        n.tags = r[5].split(u';', Qt::SkipEmptyParts);
        out.append(n);
    }
    return out;
}

inline QString phaseKey(TrialPhase phase)
{
    switch (phase) {
    case TrialPhase::NotStarted: return QStringLiteral("not_started");
    case TrialPhase::Running: return QStringLiteral("running");
    case TrialPhase::Paused: return QStringLiteral("paused");
    case TrialPhase::Finished: return QStringLiteral("finished");
    case TrialPhase::Stopped: return QStringLiteral("stopped");
    case TrialPhase::Abandoned: return QStringLiteral("abandoned");
    }
    return {};
}

inline QString conditionKey(Condition c)
{
    return c == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
}

} // namespace rls::test
