// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/augmentation.h"
#include "findings/insights.h"
#include "model/catalog.h"
#include "model/irls.h"
#include "model/night.h"
#include "model/result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace rls {

class DiaryStore;

/// What a report covers and who it is for. Nothing here is stored by core.
struct ReportOptions {
    QDate from; ///< first night of the period
    QDate to; ///< last night of the period, inclusive
    QDate today; ///< the date the report is made, written in its footer
    QString appVersion; ///< e.g. "0.4.0"
    QString patientName; ///< optional, printed when not empty
    std::optional<QDate> dateOfBirth; ///< optional, printed when set
    QStringList regimenSubstances; ///< "My regimen" substances, compared like magnesium in the insights
    /// The Preferences caffeine hour. As on the Insights page, the insights use the person's own
    /// bedtime-based hour (caffeineCutoff over the nights up to `to`) and this one only when the
    /// nights give none.
    QTime caffeineAfter = QTime(14, 0);
    double magnesiumDoseMg = 300; ///< the insights' "magnesium at or above" dose
    /// The tags the insights compare. Empty: the store overload takes the diary's tag list, the
    /// nights overload the tags used in the nights.
    QStringList tags;
};

/// Symptom severity (0 none .. 10 worst) over the period.
struct SeveritySummary {
    int nights = 0; ///< nights with a severity
    std::optional<double> mean;
    std::optional<double> median;
    int nightsAtLeast7 = 0; ///< nights rated 7 or more
    /// Mean of the nights rated in the first 28 calendar nights of the period, and in the last
    /// 28; both empty when the period is shorter than 8 weeks (the two would overlap).
    std::optional<double> firstFourWeeksMean, lastFourWeeksMean;
    int firstFourWeeksNights = 0, lastFourWeeksNights = 0;
};

/// One IRLS total a clinician scored, with its band.
struct IrlsScore {
    QDate date;
    int total = 0;
    IrlsBand band = IrlsBand::None;
};

/// Consensus Sleep Diary means over the nights that have each measure (core/model/sleepmetrics.h).
struct SleepSummary {
    struct Mean {
        std::optional<double> value;
        int nights = 0; ///< nights it is the mean of
    };
    Mean timeInBedMinutes; ///< TIB
    Mean totalSleepMinutes; ///< TST
    Mean efficiencyPercent; ///< SE
    Mean latencyMinutes; ///< SOL, item 3
    Mean wasoMinutes; ///< WASO, item 5 (0 when no awakening)
    Mean awakenings; ///< item 4
    Mean quality; ///< item 8, 1 very poor .. 5 very good
};

/// A stretch of nights on one substance: a line of the regimen timeline or of the medicines.
struct RegimenLine {
    QString substance; ///< catalog name, e.g. "Magnesium"
    SubstanceKind kind = SubstanceKind::Other;
    QString form; ///< e.g. "glycinate"; empty when no dose named one
    double typicalAmount = 0; ///< median daily total on the nights taken (elemental mg for Mg, Fe)
    double lowestAmount = 0;
    double highestAmount = 0;
    QString unit; ///< "mg", or the unit the doses were logged in
    std::optional<QTime> usualTime; ///< the median clock time of the timed doses
    QDate first; ///< first night taken
    QDate last; ///< last night taken
    bool ongoing = false; ///< taken within the last 3 nights of the period
    int nightsTaken = 0;
};

/// A lab result beside the guideline line that applies to it, if any.
struct LabLine {
    LabResult result;
    std::optional<double> guideline; ///< ferritin 75 ng/mL, transferrin saturation 20 %
    bool belowGuideline = false; ///< at or below 75 for ferritin, below 20 for TSAT
    /// The newest result of a test from before the period, shown because the period has none
    /// of that test (a ferritin drawn a month before an iron course).
    bool beforePeriod = false;
};

/// One row of the weekly table: the week's logged nights in the period.
struct WeekRow {
    QDate first; ///< first night of the week in the period (a Monday, unless cut by the period)
    QDate last;
    int nightsLogged = 0;
    std::optional<double> meanSeverity;
    std::optional<QTime> meanOnset; ///< mean on the 06:00-06:00 onset line, as a clock time
    std::optional<double> meanEfficiencyPercent;
    /// Per logged night of the week (a night without a dose counts as 0): elemental mg, mg, drinks.
    std::optional<double> magnesiumMgPerDay, ironMgPerDay, caffeineMgPerDay, alcoholDrinksPerDay;
};

/// A night the person marked "show my doctor".
struct FlaggedNight {
    QDate date;
    std::optional<int> severity;
    std::optional<QTime> onset;
    QStringList tags;
    QString note;
};

/// Everything the doctor's report shows, computed from the diary; the app only draws it.
struct DoctorReport {
    ReportOptions options;
    int calendarNights = 0; ///< nights from `from` to `to`
    int nightsLogged = 0; ///< nights with an entry in the period
    double completenessPercent = 0; ///< nightsLogged / calendarNights x 100
    int longestGapNights = 0; ///< the longest run of calendar nights with no entry
    SeveritySummary severity;
    QList<IrlsScore> irls; ///< in date order
    SleepSummary sleep;
    QList<RegimenLine> regimen; ///< supplements (magnesium, iron, others) in order of first night
    QList<RegimenLine> medicines; ///< substances of kind Medication, in order of first night
    /// Every lab result in the period, oldest first, after the newest earlier result of each
    /// test the period has none of.
    QList<LabLine> labs;
    AugmentationStatus augmentation; ///< looked back from the period's last logged night
    QString augmentationSentence;
    QList<Insight> insights; ///< severity, Holm-adjusted, as the Insights page shows them
    QString insightsCaveat;
    QList<WeekRow> weeks;
    QList<FlaggedNight> flagged; ///< in date order
};

/// Computes the report from the nights of the diary (any order; nights outside the period are
/// used only where the insights and the watch need what came before), the catalog and the
/// lab results.
DoctorReport buildDoctorReport(const QList<Night> &nights, const QList<Substance> &catalog,
    const QList<LabResult> &labs, const ReportOptions &options);

/// What a report is computed from, read from the diary once: every night (the insights and the
/// watch look before the period), the catalog, the lab results and the diary's tag list.
struct ReportSource {
    QList<Night> nights;
    QList<Substance> catalog;
    QList<LabResult> labs;
    QStringList tags;
};
Result<ReportSource> readReportSource(DiaryStore &store);

/// Reads what the report needs from the diary and computes it.
Result<DoctorReport> buildDoctorReport(DiaryStore &store, const ReportOptions &options);

/// The report as text a person reads: every figure formatted once, here, so that the PDF, the
/// print-out and the tests show the same words. The app lays these out; it computes nothing.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    /// Columns whose figures are right-aligned (numbers).
    QList<int> numericColumns;
};

/// The chart the app draws in a section: none, the trend chart of the period (the doctor's
/// report), or the block means of a personal trial's primary outcome (the trial report).
enum class ReportChart { None, Trend, TrialBlocks };

struct ReportSection {
    QString heading;
    QStringList paragraphs; ///< before the table
    ReportTable table; ///< empty header: no table
    QStringList notes; ///< after the table, smaller
    ReportChart chart = ReportChart::None; ///< the chart drawn here, after the paragraphs
    bool startsPage = false; ///< begins on a new page
};

struct ReportText {
    QString title; ///< "RLS diary report"
    QStringList identity; ///< "Name: ...", "Date of birth: ...": only what was given
    QString period; ///< "Nights of 1 Jan 2026 to 31 Dec 2026 (365 nights)"
    QList<ReportSection> sections;
    QString footer; ///< "Recorded by the patient with RLS Diary <version> on <date>; not a diagnosis."
};

/// Formats the report in the window's language, English without a translation; dates are written
/// unambiguously (e.g. "5 Dec 2026", German "5. Dez. 2026"), numbers with reportLocale().
ReportText reportText(const DoctorReport &report);

/// The locale of the reports' dates and numbers: C ("5 Dec 2026", "4.3") unless a translation
/// names another (German: "5. Dez. 2026", "4,3"); never the computer's own setting, so a report
/// reads the same on every machine. No group separators: "1234", not "1,234".
QLocale reportLocale();

} // namespace rls
