// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvdates.h"
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "io/csvrowreader.h"
#include "model/catalog.h"
#include "model/result.h"

#include <functional>

namespace rls {

class DiaryStore;

/// What to do with a night the diary already has.
enum class ConflictPolicy {
    KeepMine, ///< leave the diary's night as it is
    TakeTheirs, ///< the file's values replace the diary's, for every column the file has
    Merge, ///< the file fills only what the diary's night leaves empty
};

/// "keep", "theirs" or "merge" (the command line's words), and back.
QString conflictPolicyName(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);

/// How to import.
struct ImportOptions {
    ConflictPolicy policy = ConflictPolicy::KeepMine;
    /// The form of the dates; needed when the file's dates fit two forms (03/04/2026).
    std::optional<DateFormat> dateFormat;
    /// Import the readable rows and leave out the others. Off, one unreadable row stops it all.
    bool skipUnreadableRows = false;
    /// Columns (by columnName()) the person agreed to leave out; any other column the mapping
    /// leaves out stops the import (ImportPlan::needsConsent()).
    QStringList ignoredColumns;
    /// Import nights dated before 1900 or after tomorrow; off, such a night stops the import.
    bool allowOddDates = false;
    /// The day "tomorrow" is counted from.
    QDate today = QDate::currentDate();
    /// Take a backup before writing (applyImport()). Off only for a diary the import itself has
    /// just started, which holds nothing to go back to.
    bool backUp = true;
};

/// True for a date no diary night is likely to have: before 1900, or after the day after `today`.
bool isOddDate(QDate date, QDate today);

/// A night the import will write: added, or changed in the named parts.
/// One part of a night where the diary and the file differ, as a person reads both values.
struct PartChange {
    QString part; ///< nightPartLabel(): "severity"
    QString mine; ///< what the diary holds: "5", "none"
    QString theirs; ///< what the file says: "3"
    bool applied = false; ///< false when the diary's value stays (keep, or merge into a part the diary has)
    bool operator==(const PartChange &) const = default;
};

/// "severity 5 → 3, alcohol none (file: 1 standard drink)": each change that is applied as old →
/// new, each that is not as the diary's value with the file's beside it.
QString describeChanges(const QList<PartChange> &changes);

struct PlannedNight {
    Night night; ///< the night as it will be saved
    int line = 0;
    bool added = false;
    QStringList changedParts; ///< e.g. "severity", "magnesium"; empty for an added night
    /// For a night the diary has: every part where the file differs, applied or not.
    QList<PartChange> changes;
    bool oddDate = false; ///< dated before 1900 or after tomorrow (isOddDate())
};

/// What an import would do, shown before anything is written.
struct ImportPlan {
    QList<PlannedNight> nights; ///< added and changed nights, by date
    int unchanged = 0; ///< nights of the file the diary already holds as they are, or keeps
    /// The nights among `unchanged` that the file differs from but that stay as they are (keep,
    /// or merge where the diary has every part the file gives), by date, with their changes.
    QList<PlannedNight> kept;
    QList<RowProblem> problems; ///< rows that cannot be read, by line
    /// Substances the file names that the catalog lacks, of the kind the file gives them (their
    /// column of the nightly file, the kind cell of a file of doses) or else their name suggests.
    QList<Substance> newSubstances;
    DateFormat dateFormat = DateFormat::Iso;
    bool perDose = false;
    /// What the file cannot restore, as sentences to show beside the summary: a nightly file
    /// lists each night's doses by kind (importNotices()).
    QStringList notices;
    /// Columns holding values the mapping leaves out (unmappedColumns()), by columnName().
    QStringList notImported;
    /// How columns counted in cups or glasses were converted, one sentence per column:
    /// "\"Coffee (cups)\": each cup counted as 95 mg of caffeine (brewed coffee, 240 ml)."
    QStringList conversions;

    qsizetype addedCount() const;
    qsizetype changedCount() const;
    /// The nights dated before 1900 or after tomorrow, by date.
    QList<QDate> oddDates() const;
    /// What the person must agree to before anything is written, as sentences: each column left
    /// out that is not in options.ignoredColumns, and the odd dates unless options.allowOddDates.
    QStringList needsConsent(const ImportOptions &options) const;
    /// True when applying would write something, no unreadable row stands in the way and
    /// nothing needs consent.
    bool canApply(const ImportOptions &options) const;
    /// One line for a person: "12 nights to add, 3 to change, 1 row cannot be read."
    QString summary() const;
};

/// What the dates of the mapped date column say about their form.
DateFormatGuess guessDateFormat(const CsvTable &table, const ColumnMapping &mapping);

/// Reads every row through `mapping`, compares with the diary and decides, night by night,
/// what to add or change under `options.policy`. Writes nothing. Fails when the mapping
/// cannot be used or the date form is ambiguous and options.dateFormat is not set.
Result<ImportPlan> planImport(
    DiaryStore &store, const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options);

/// How many nights an import wrote.
struct ImportOutcome {
    qsizetype added = 0;
    qsizetype changed = 0;
    QString backup; ///< the backup taken just before, empty when there was nothing to write
};

/// Takes a backup of the diary (BackupReason::BeforeImport; not with options.backUp off), then
/// writes the plan in one transaction (DiaryStore::apply): all nights land or none.
/// `progress` gets the nights done and their total, and may return false to cancel, which
/// rolls everything back. Substances new to the catalog are added first.
Result<ImportOutcome> applyImport(DiaryStore &store, const ImportPlan &plan, const ImportOptions &options,
    const std::function<bool(qsizetype done, qsizetype total)> &progress = {});

} // namespace rls
