// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/comparison.h"
#include "model/catalog.h"
#include "model/night.h"
#include "model/outcome.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace rls {

/// A factor: which nights have it, and which are left out of its comparison altogether
/// (run-in and wash-out nights, the weeks iron needs to act).
struct Factor {
    QString key; ///< "magnesium", "iron", "caffeine_late", "alcohol", "tag:exercise", "magnesium_at_least:300"
    QString label; ///< short, for a table row: "Magnesium", "Caffeine after 17:00", "Tag: exercise"
    QString withPhrase; ///< "on magnesium", "with caffeine after 17:00", "tagged exercise"
    QString withoutPhrase; ///< "off it", "without", "not tagged"
    QSet<QDate> with;
    QSet<QDate> leftOut;
    QString leftOutWhy; ///< "the first 7 nights of each period", ...; empty when none
};

/// What the comparisons are made of.
struct InsightOptions {
    QDate from; ///< first night in range
    QDate to; ///< last night in range, inclusive
    QTime caffeineAfter = QTime(14, 0); ///< caffeine from this hour until the morning is "late"
    QStringList tags; ///< the tags to compare (the diary's list)
    /// Other substances taken as a regimen ("My regimen"): each is compared like magnesium,
    /// on against off with run-in and wash-out. Magnesium and iron have factors of their own.
    QStringList regimenSubstances;
    double magnesiumDoseMg = 300; ///< "magnesium at or above this dose" is a factor of its own
    int runInNights = 7; ///< left out at the start of each magnesium period
    int washOutNights = 7; ///< left out after each magnesium period ends
    int ironLagDays = 42; ///< iron acts over weeks: the first 6 weeks after it starts are left out
    int minimumNights = 7; ///< fewer in either group: no estimate
    /// How the sentences write numbers: the person's own locale on the Insights page, the C
    /// locale ("4.3") in the doctor's report, where every other figure is written that way.
    QLocale numbers = QLocale();
};

/// The factors of a diary: magnesium periods (from the regimen bands the chart finds) with
/// run-in and wash-out, iron before against after, late caffeine, any alcohol, each tag, and
/// magnesium at or above the chosen dose.
QList<Factor> findFactors(const QList<Night> &nights, const QList<Substance> &catalog, const InsightOptions &options);

/// One factor against one outcome, with the sentence a person reads.
struct Insight {
    QString factor; ///< Factor::key
    QString factorLabel;
    Outcome outcome;
    Comparison comparison;
    QString sentence;
    QList<QDate> nightsWith; ///< the nights of the "with" group, in date order
};

/// Every factor compared on `outcome` over the options' range, Holm-adjusted across factors.
QList<Insight> computeInsights(
    const QList<Night> &nights, const QList<Substance> &catalog, Outcome outcome, const InsightOptions &options);

/// The caveat shown with every set of findings.
QString insightsCaveat();
/// "How to read this": association, carry-over, many comparisons, what the figures mean.
QString insightsHowToRead();

} // namespace rls
