// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/catalog.h"
#include "model/night.h"
#include "model/result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace SQLite {
class Database;
}

namespace rls {

/// How a diary file is opened.
struct OpenOptions {
    /// How long to wait for another program's lock before reporting ErrorKind::Locked.
    int busyTimeoutMs = 2000;
    /// The clock used for created/updated stamps (UTC); tests inject a fixed one.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

/// Whether saveNight stamps the night with the clock or keeps the stamps it carries
/// (undo and import restore a night exactly as it was).
enum class Stamps { Touch, Keep };

/// Everything one import or undo step writes, applied in one transaction: catalog entries the
/// nights need, nights to delete, nights to save.
struct NightBatch {
    QList<Substance> newSubstances;
    QList<QDate> remove;
    QList<Night> save;
};

/// A few facts about the whole diary.
struct DiarySummary {
    int nights = 0;
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

    /// Opens the diary at `path`, creating it when the file does not exist and upgrading an
    /// older schema (after copying the file aside). A diary from a newer version, a file that
    /// is not a database, a missing folder, a read-only or locked file are refused with a
    /// typed Error, and the file is left as it was.
    static Result<std::unique_ptr<DiaryStore>> open(const QString &path, OpenOptions options = {});

    /// Where the person's own diary lives: QStandardPaths::AppDataLocation/diary.sqlite.
    static QString defaultPath();

    QString path() const { return m_path; }

    /// Inserts or replaces the night of `night.date`, with its intakes and tags, in one
    /// transaction. Unknown tags are added to the list of tags; unknown substances are refused.
    Result<void> saveNight(const Night &night, Stamps stamps = Stamps::Touch);
    /// Saves many nights in one transaction: all of them land or none does. `progress` is told
    /// how many are done and may return false to cancel, which rolls everything back.
    Result<void> saveNights(const QList<Night> &nights, Stamps stamps = Stamps::Touch,
        const std::function<bool(qsizetype done)> &progress = {});
    /// Deletes the nights of `remove` and saves `save`, in one transaction: what undo and redo of
    /// a change to several nights need.
    Result<void> replaceNights(const QList<Night> &save, const QList<QDate> &remove, Stamps stamps);
    /// Applies a whole batch in one transaction: all of it lands or none of it does, including
    /// the new catalog entries. `progress` is told how many nights are saved and may cancel.
    Result<void> apply(
        const NightBatch &batch, Stamps stamps, const std::function<bool(qsizetype done)> &progress = {});
    /// The night of `date`, or nullopt when none was logged.
    Result<std::optional<Night>> loadNight(QDate date);
    /// Every logged night from `from` to `to` inclusive, in date order, read with one query
    /// per table rather than one per night.
    Result<QList<Night>> loadRange(QDate from, QDate to);
    /// Deletes the night of `date` with its intakes and tags. True when there was one.
    Result<bool> deleteNight(QDate date);
    Result<DiarySummary> summary();
    /// Every logged night's date, severity and whether its sleep was filled in, newest first,
    /// in one query: what the list of nights beside the form shows.
    Result<QList<NightBrief>> briefs();

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

private:
    DiaryStore(std::unique_ptr<SQLite::Database> db, QString path, OpenOptions options);
    /// Adds a catalog entry inside the caller's transaction.
    Result<Substance> insertSubstance(const Substance &substance);
    Result<QList<Night>> readNights(const QString &from, const QString &to);

    std::unique_ptr<SQLite::Database> m_db;
    QString m_path;
    OpenOptions m_options;
};

} // namespace rls
