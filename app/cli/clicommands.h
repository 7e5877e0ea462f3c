// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/insights.h"
#include "io/csvfields.h"
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "model/trialplan.h"
#include "session/preferences.h"

#include <QDate>
#include <QString>

namespace rls {
class DiaryStore;
}

namespace rls::cli {

/// `export`: writes the CSV of `kind` for a date range to `output` ("-" for stdout), or with
/// `spreadsheet` the .xlsx file of every sheet to `output`.
struct ExportArgs {
    bool spreadsheet = false;
    CsvKind kind = CsvKind::Nightly;
    QDate from;
    QDate to;
    QString database;
    QString output;
};
int runExport(const ExportArgs &args);

/// `import`: reads a CSV into the diary, or with `dryRun` prints what it would do; both say
/// which encoding the file was read in.
struct ImportArgs {
    QString file;
    std::optional<TextEncoding> encoding; ///< none: found out from the file
    ImportOptions options;
    bool dryRun = false;
    bool create = false; ///< start a new diary when there is none at the path
    QStringList maps; ///< --map "COLUMN=FIELD[:UNIT]" choices, applied over the guessed mapping
    QString database;
};
int runImport(const ImportArgs &args);

/// `summary`: one line about the diary.
int runSummary(const QString &database);

/// `insights`: every factor compared on one outcome, as sentences or as JSON.
struct InsightsArgs {
    QDate from; ///< invalid: the first logged night
    QDate to; ///< invalid: the last logged night
    Outcome outcome = Outcome::Severity;
    double magnesiumDoseMg = 300;
    bool json = false;
    QString database;
};
int runInsights(const InsightsArgs &args);

/// `report`: the doctor's report as a PDF, drawn by the writer set with setReportWriter().
struct ReportArgs {
    QDate from; ///< invalid: 12 months before `to`, not before the first logged night
    QDate to; ///< invalid: the last logged night
    QString name;
    std::optional<QDate> dateOfBirth;
    std::optional<ReportPaper> paper; ///< none: from Preferences
    QString output;
    QString database;
};
int runReport(const ReportArgs &args);

/// `demo`: writes a synthetic diary of `nights` nights to `output`, which must not exist.
struct DemoArgs {
    int nights = 365;
    quint64 seed = 1;
    bool withTrial = false; ///< end with a finished personal trial of magnesium
    QString output;
};
int runDemo(const DemoArgs &args);

/// `trial plan`: a personal trial's plan, shown (`dryRun`) or stored in the diary.
struct TrialPlanArgs {
    TrialPlan plan; ///< order and seed filled in by the command
    std::optional<quint64> seed; ///< none: drawn at random
    bool dryRun = false;
    bool json = false;
    QDate today; ///< invalid: tonight by the clock
    QString database;
};
int runTrialPlan(const TrialPlanArgs &args);
/// `trial status` and `trial report`: where the newest trial stands, or its analysis.
struct TrialReadArgs {
    bool report = false;
    bool json = false;
    qint64 id = 0; ///< 0: the ongoing trial, else the newest
    QDate today; ///< invalid: tonight by the clock
    QString database;
};
int runTrialRead(const TrialReadArgs &args);

/// `backup`: takes a checked backup now and prints where it is.
int runBackup(const QString &database);
/// `backup --list`: one line per backup, newest first.
int runListBackups(const QString &database);
/// `restore`: prints what differs, then (unless `dryRun`) restores `backup` into the diary.
int runRestore(const QString &backup, const QString &database, bool dryRun);

/// The exit code of a reading command that got this far: 0, or 1 when the diary is damaged
/// (what could be read was still given).
int readingDone(const DiaryStore &store);

} // namespace rls::cli
