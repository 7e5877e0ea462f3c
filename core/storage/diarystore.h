// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"
#include "storage/backups.h"
#include "storage/exportrows.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace SQLite {
class Database;
}

namespace rls {

struct TrialPlan;

/// Whether the store may write.
enum class Access {
    ReadWrite,
    /// SQLITE_OPEN_READONLY: no lock file, no WAL switch, no schema write; works on a file or
    /// folder the person may only read (a backup on a CD).
    ReadOnly,
};

/// How a diary file is opened.
/// When open() reads the whole file for damage (PRAGMA quick_check, which grows with the diary).
enum class DiaryCheck {
    AtOpen, ///< open() checks: a damaged diary opens read-only
    /// check() does, or else the first write or backup: the window checks after its first frame,
    /// so that its start does not grow with the years. A diary that open() must upgrade or mark
    /// is still checked at open, before anything is written into it.
    Later,
};

struct OpenOptions {
    /// How long to wait for another program's lock before reporting ErrorKind::Locked; write
    /// transactions begin IMMEDIATE so that the wait applies to them too.
    int busyTimeoutMs = 2000;
    Access access = Access::ReadWrite;
    /// Whether a missing file becomes a new, empty diary (never with Access::ReadOnly).
    bool createIfMissing = true;
    /// Holds `<diary>.lock` (QLockFile) while open for writing, so that a second window or a
    /// writing command is refused with ErrorKind::InUse. A lock left by a process that died is
    /// taken over.
    bool writerLock = true;
    /// A cap on the file's size in pages (PRAGMA max_page_count), 0 for none: how tests make
    /// the disk run full.
    int maxPageCount = 0;
    DiaryCheck check = DiaryCheck::AtOpen;
    /// The file is a new diary being built aside (`import --create`), renamed to its place only
    /// once complete, so that a crash while it is written loses nothing. It is written without a
    /// WAL (the rollback journal kept in memory) and without a foreign-key lookup per row;
    /// finishBuilding() checks every reference once and turns the WAL on before it is kept.
    bool building = false;
    /// The clock used for created/updated stamps (UTC); tests inject a fixed one.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

/// Whether saveNight stamps the night with the clock or keeps the stamps it carries
/// (undo and import restore a night exactly as it was).
enum class Stamps { Touch, Keep };

/// Whether a save checks that each night is still as it was loaded (its updatedAt, or no night
/// when it was new), and refuses with ErrorKind::Conflict when another writer changed it.
enum class Guard { None, IfUnchanged };

/// Everything one import or undo step writes, applied in one transaction: catalog entries the
/// nights need, nights to delete, nights to save.
struct NightBatch {
    QList<Substance> newSubstances;
    QList<QDate> remove;
    QList<Night> save;
};

/// A night an import adds as it reads it, with the catalog entries its doses need first.
struct NightToAdd {
    Night night;
    QList<Substance> newSubstances; ///< added to the catalog before the night
    /// Forms of substances an earlier NightToAdd of the same call added, each (name, form), appended
    /// to that substance's forms.
    QList<std::pair<QString, QString>> newForms;
};

/// A few facts about the whole diary.
struct DiarySummary {
    int nights = 0;
    /// Nights with anything besides sleep (symptoms, doses, tags, note, the doctor's mark): the
    /// evenings the person logged. The sleep entered each evening belongs to the night before,
    /// so the first evening leaves one night holding only its sleep.
    int evenings = 0;
    QDate first; ///< invalid when the diary is empty
    QDate last;
};

/// The diary file: one SQLite database holding nights, the substance catalog, tags and lab
/// results. Every write is one transaction; nothing invalid is written.
/// Not thread-safe: use it from one thread.
class DiaryStore final {
public:
    ~DiaryStore();
    DiaryStore(const DiaryStore &) = delete;
    DiaryStore &operator=(const DiaryStore &) = delete;

    /// Opens the diary at `path`, creating it when the file does not exist (and
    /// options.createIfMissing) and upgrading an older schema (after a backup). Refused with a
    /// typed Error, the file left as it was: a file that is not an RLS Diary (another program's
    /// database, an empty file), a diary from a newer version, a missing folder, a file or
    /// folder that cannot be written (unless read-only was asked for), a diary another window
    /// holds. A diary SQLite finds damaged (PRAGMA quick_check) opens, but read-only: see damage().
    static Result<std::unique_ptr<DiaryStore>> open(const QString &path, OpenOptions options = {});

    /// For a diary opened with OpenOptions::building, once everything is written: checks every
    /// reference between its tables (PRAGMA foreign_key_check) and puts it in WAL mode, as every
    /// diary is, with foreign keys enforced from then on. Refused with ErrorKind::Storage when a
    /// reference is broken: such a build must not be kept.
    Result<void> finishBuilding();

    /// Where the person's own diary lives: QStandardPaths::AppDataLocation/diary.sqlite.
    static QString defaultPath();

    QString path() const { return m_path; }
    /// True when nothing may be written: opened read-only, or found damaged.
    bool isReadOnly() const { return m_options.access == Access::ReadOnly || m_damage.has_value(); }
    /// The error every write returns while isReadOnly(), nullopt while writes are allowed. Runs
    /// the damage check first if it has not run (DiaryCheck::Later).
    std::optional<Error> refuseWrites();
    /// Runs the damage check if it has not run yet (DiaryCheck::Later) and returns what it found:
    /// nullopt for a whole file. A damaged diary is read-only from then on.
    std::optional<QString> check();
    bool isChecked() const { return m_checked; }
    /// What SQLite found wrong with the file when it was opened, if anything.
    std::optional<QString> damage() const { return m_damage; }
    /// SQLite's full integrity_check, slower than the quick check done on open.
    std::optional<QString> checkIntegrity();
    /// The value of a setting of this connection (`PRAGMA name`), for checks such as
    /// synchronous = 2 (FULL) and journal_mode = wal.
    QString pragma(const char *name);

    /// Takes a checked backup now (see backups::take).
    Result<BackupFile> backUp(BackupReason reason);
    /// The daily backup: taken when the newest backup is from an earlier day. Nothing is taken
    /// for a read-only or damaged diary.
    Result<std::optional<BackupFile>> backUpIfDue();
    /// How the diary differs from the backup at `backupPath`.
    Result<BackupDifference> compareWithBackup(const QString &backupPath);
    /// Replaces the diary's contents with the backup at `backupPath` (checked first, upgraded
    /// if older), after taking a backup of the diary as it is. Returns that backup. Works on a
    /// damaged diary too, which is what backups are for.
    Result<BackupFile> restoreBackup(const QString &backupPath);

    /// Inserts or replaces the night of `night.date`, with its intakes and tags, in one
    /// transaction. Unknown tags are added to the list of tags; unknown substances are refused.
    Result<void> saveNight(const Night &night, Stamps stamps = Stamps::Touch);
    /// Saves many nights in one transaction: all of them land or none does. `progress` is told
    /// how many are done and may return false to cancel, which rolls everything back.
    Result<void> saveNights(const QList<Night> &nights, Stamps stamps = Stamps::Touch,
        const std::function<bool(qsizetype done)> &progress = {});
    /// Deletes the nights of `remove` and saves `save`, in one transaction: what undo and redo of
    /// a change to several nights need.
    Result<void> replaceNights(
        const QList<Night> &save, const QList<QDate> &remove, Stamps stamps, Guard guard = Guard::None);
    /// Applies a whole batch in one transaction: all of it lands or none of it does, including
    /// the new catalog entries. `progress` is told how many nights are saved and may cancel.
    Result<void> apply(const NightBatch &batch, Stamps stamps, const std::function<bool(qsizetype done)> &progress = {},
        Guard guard = Guard::None);
    /// Adds nights the diary does not have yet, one at a time as `next` reads them (an import of
    /// the app's own file), with the catalog entries they need, in one transaction: all of them
    /// land or none does. `next` gives the next night, nullopt after the last, or an Error, which
    /// rolls everything back and is returned. An invalid night is refused as saveNights() refuses
    /// it, and a night whose date the diary holds with ErrorKind::Conflict. Returns how many
    /// nights were added.
    Result<qsizetype> addNewNights(const std::function<Result<std::optional<NightToAdd>>()> &next);
    /// The night of `date`, or nullopt when none was logged.
    Result<std::optional<Night>> loadNight(QDate date);
    /// Every logged night from `from` to `to` inclusive, in date order, read with one query
    /// per table rather than one per night.
    Result<QList<Night>> loadRange(QDate from, QDate to);
    /// Runs the export query of `rows` (exportQuery()) for the nights from `from` to `to` and hands
    /// `onRow` each row as SQLite steps to it: one query, nothing gathered, for the CSV exports.
    Result<void> readExportRows(
        ExportRows rows, QDate from, QDate to, const std::function<void(const StoredRow &)> &onRow);
    /// Deletes the night of `date` with its intakes and tags. True when there was one.
    Result<bool> deleteNight(QDate date);
    Result<DiarySummary> summary();
    /// The logged nights' date, severity and whether their sleep was filled in, newest first: what
    /// the list of nights beside the form shows. Only nights before `before` when it is valid,
    /// and at most `limit` of them (-1: all), so that the list reads one page at a time.
    Result<QList<NightBrief>> briefs(QDate before = {}, int limit = -1);

    Result<QList<Substance>> substances();
    /// Adds a catalog entry; its name must not be taken (compared case-insensitively).
    Result<Substance> addSubstance(const Substance &substance);
    Result<QStringList> tags();
    Result<void> addTag(const QString &name);

    /// Lab results by date, oldest first.
    Result<QList<LabResult>> labResults();
    Result<LabResult> addLabResult(const LabResult &lab);
    Result<void> updateLabResult(const LabResult &lab);
    Result<bool> deleteLabResult(qint64 id);

    /// Personal trials, oldest first, each with its pauses.
    Result<QList<TrialPlan>> trials();
    /// Stores a confirmed plan (checked with validatePlan) and returns it with its id and
    /// created stamp. Refused while another trial is ongoing on `today`.
    Result<TrialPlan> addTrial(const TrialPlan &plan, QDate today);
    /// Writes where a stored trial stands: its state, end date and pauses. The plan itself
    /// (doses, blocks, order, outcomes) never changes once confirmed.
    Result<void> updateTrialState(const TrialPlan &plan);

private:
    DiaryStore(std::unique_ptr<SQLite::Database> db, QString path, OpenOptions options);
    /// Prepares a file that was found to be a whole, current-or-older diary for writing.
    Result<void> prepareForWriting(int version, bool markAsDiary);
    /// Refuses with ErrorKind::Conflict when a night is no longer as it was loaded.
    std::optional<Error> findConflict(const QList<Night> &nights);
    /// Adds a catalog entry inside the caller's transaction.
    Result<Substance> insertSubstance(const Substance &substance);
    Result<QList<Night>> readNights(const QString &from, const QString &to);

    std::unique_ptr<QLockFile> m_lock; // declared first: released after the database closes
    std::unique_ptr<SQLite::Database> m_db;
    QString m_path;
    OpenOptions m_options;
    std::optional<QString> m_damage;
    bool m_checked = false; // whether check() has run
};

} // namespace rls
