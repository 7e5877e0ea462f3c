// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/trialplan.h"
#include "nof1/trialanalysis.h"
#include "report/doctorreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rls {

class DiaryStore;

/// A trial as it stands on `today` (the night in progress), read from the diary: the nights of
/// the trial's dates and the catalog, through analyseTrial.
Result<TrialResult> readTrialResult(DiaryStore &store, const TrialPlan &plan, QDate today);

/// The one-page report of a personal (N-of-1) trial for the doctor, in English with unambiguous
/// dates like the doctor's report: the items of CENT 2015 (the CONSORT extension for N-of-1
/// trials, Vohra et al., BMJ 2015;350:h1738) that apply to a trial a person runs on themselves.
/// Design, randomisation (the stored seed and order, drawn by the app), blinding (none), wash-out,
/// the outcomes declared in advance, adherence per condition, the primary outcome's block means,
/// pair differences, effect with its interval and randomisation test, a section where the app
/// draws the block means (ReportChart::TrialBlocks), the secondary outcomes, the side effects per
/// condition, where the trial stands (stopped early, abandoned) and its limits. Every figure comes
/// from `result` (analyseTrial on `today`); nothing is computed here but the words. The footer is
/// the doctor's report's, with `appVersion` and `today`.
ReportText trialReportText(const TrialPlan &plan, const TrialResult &result, QDate today,
    const QString &appVersion = QCoreApplication::applicationVersion());

} // namespace rls
