// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"

#include "model/validation.h"
#include "storage/columns.h"
#include "storage/diaryfile.h"
#include "storage/nightwriter.h"
#include "storage/schema.h"
#include "storage/sqliteerror.h"
#include "util/logging.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace rls {
namespace {

constexpr qint64 UnsignedLockGraceMs = 1000; // how long a live writer may take to sign its lock

Error openError(ErrorKind kind, const QString &message)
{
    return Error {kind, message, {}};
}

// A lock file without its owner's pid: QLockFile writes the pid just after creating the file, so
// either a writer is between the two steps right now (microseconds) or one was killed there. QLockFile
// never calls such a lock stale; after giving a live writer a second to finish, this does.
bool takeOverUnsignedLock(QLockFile &lock)
{
    const qint64 age = QFileInfo(lock.fileName()).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < UnsignedLockGraceMs)
        std::this_thread::sleep_for(std::chrono::milliseconds(UnsignedLockGraceMs - age));
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false; // its writer was alive and has signed it
    qCWarning(lcStorage) << "taking over the lock" << lock.fileName() << "left without an owner";
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

// One writer per diary: a second window or a writing command gets InUse instead of silently
// overwriting what the first one saves.
Result<std::unique_ptr<QLockFile>> takeWriterLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale, however long it was held
    if (lock->tryLock(0)) {
        makePrivateFile(lock->fileName());
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (!lock->getLockInfo(&pid, &host, &app) && takeOverUnsignedLock(*lock)) {
            makePrivateFile(lock->fileName());
            return lock;
        }
        return openError(ErrorKind::InUse,
            QCoreApplication::translate("DiaryStore",
                "The diary %1 is open in another RLS Diary window or command (process %2), "
                "and only one may write to it at a time. Use that window, or close it first.")
                .arg(diaryfile::shown(path))
                .arg(pid));
    }
    return openError(ErrorKind::Storage,
        QCoreApplication::translate(
            "DiaryStore", "Could not lock the diary %1 for writing (its folder may not be writable).")
            .arg(diaryfile::shown(path)));
}

// Reads the diary as a file that nobody changes: SQLite creates no -wal or -shm and takes no lock.
std::unique_ptr<SQLite::Database> connectImmutable(const QString &path, const OpenOptions &options)
{
    const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
    auto db = std::make_unique<SQLite::Database>(
        uri.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX, options.busyTimeoutMs);
    db->execAndGet("PRAGMA schema_version");
    return db;
}

// Every connection is opened without SQLite's own mutex (SQLITE_OPEN_NOMUTEX): a DiaryStore is
// used from one thread only, so the lock and unlock around every call bought nothing.
std::unique_ptr<SQLite::Database> connect(const QString &path, const OpenOptions &options)
{
    if (options.access == Access::ReadWrite)
        return std::make_unique<SQLite::Database>(
            path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, options.busyTimeoutMs);
    // A diary this process may not write (mode 0444, another's file) with no -wal beside it was
    // closed by its last writer, complete. Opened the usual way, SQLite would create a -wal and an
    // -shm beside it with the diary's read-only mode, on which the next writer fails once the
    // diary is writable again; reading leaves nothing behind instead.
    if (!QFileInfo(path).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        qCInfo(lcStorage) << "reading" << path << "as immutable: it cannot be written and has no -wal";
        return connectImmutable(path, options);
    }
    try {
        auto db = std::make_unique<SQLite::Database>(
            path.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, options.busyTimeoutMs);
        db->execAndGet("PRAGMA schema_version"); // reads the file now, so a failure shows here
        return db;
    } catch (const SQLite::Exception &e) {
        // A WAL diary in a folder that cannot be written (a CD, a read-only share) has no -shm
        // for SQLite to read it with: read it as a file that nobody changes.
        qCInfo(lcStorage) << "reading" << path << "as immutable:" << e.what();
        return connectImmutable(path, options);
    }
}

} // namespace

DiaryStore::DiaryStore(std::unique_ptr<SQLite::Database> db, QString path, OpenOptions options)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_options(std::move(options))
{ }

DiaryStore::~DiaryStore() = default;

QString DiaryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("diary.sqlite"));
}

Result<std::unique_ptr<DiaryStore>> DiaryStore::open(const QString &path, OpenOptions options)
{
    if (path.trimmed().isEmpty())
        return openError(
            ErrorKind::FolderMissing, QCoreApplication::translate("DiaryStore", "No diary file was given."));
    const QFileInfo info(path);
    const bool writing = options.access == Access::ReadWrite;
    if (auto refused = diaryfile::checkLocation(info, writing))
        return *refused;
    const QString absolute = info.absoluteFilePath();
    if (!info.exists() && (!writing || !options.createIfMissing))
        return openError(ErrorKind::NotFound,
            QCoreApplication::translate("DiaryStore", "There is no diary at %1.").arg(diaryfile::shown(absolute)));

    std::unique_ptr<QLockFile> lock;
    if (writing && options.writerLock) {
        auto taken = takeWriterLock(absolute);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
    }
    if (!info.exists()) {
        if (auto made = diaryfile::create(absolute, lock != nullptr); !made)
            return made.error();
    }

    const QString context
        = QCoreApplication::translate("DiaryStore", "Could not open the diary %1").arg(diaryfile::shown(absolute));
    try {
        auto db = connect(absolute, options);
        if (writing && sqlite3_db_readonly(db->getHandle(), "main") == 1)
            return openError(
                ErrorKind::ReadOnly, context + QCoreApplication::translate("DiaryStore", ": the file is read-only."));
        // Nothing writes before the file is known to be a diary of a version this build reads.
        const auto kind = diaryfile::identify(*db, absolute);
        if (!kind)
            return kind.error();
        const int version = schema::version(*db);
        if (version > schema::CurrentVersion)
            return openError(ErrorKind::TooNew,
                context
                    + QCoreApplication::translate("DiaryStore",
                        ": it was written by a newer version of RLS Diary "
                        "(diary format %1; this version reads up to %2). "
                        "Please update RLS Diary; the file was not changed.")
                          .arg(version)
                          .arg(schema::CurrentVersion));

        std::unique_ptr<DiaryStore> store(new DiaryStore(std::move(db), absolute, std::move(options)));
        store->m_lock = std::move(lock);
        const bool markAsDiary = kind.value() == diaryfile::Kind::DiaryWithoutId;
        const bool writesAtOpen = writing && (version < schema::CurrentVersion || markAsDiary);
        store->m_checked = false;
        const bool checkLater = store->m_options.check == DiaryCheck::Later && !writesAtOpen;
        if (!checkLater && store->check())
            return store; // readable as far as it goes, never written: see refuseWrites()
        if (!writing) {
            if (version < schema::CurrentVersion)
                return openError(ErrorKind::TooNew,
                    context
                        + QCoreApplication::translate("DiaryStore",
                            ": it was written by an older version of RLS Diary (diary format %1) "
                            "and can only be read after it is upgraded, which writes to it. "
                            "Open it for writing once; a backup is taken first.")
                              .arg(version));
            return store;
        }
        if (auto ready = store->prepareForWriting(version, markAsDiary); !ready)
            return ready.error();
        return store;
    } catch (const SQLite::Exception &e) {
        return storageError(e, context);
    }
}

Result<void> DiaryStore::prepareForWriting(int version, bool markAsDiary)
{
    // A diary being built is checked once, by finishBuilding(): every write into it is ours.
    if (!m_options.building)
        m_db->exec("PRAGMA foreign_keys = ON");
    // Durability must not depend on how the system's SQLite was built: FULL syncs the WAL on
    // every commit, so an acknowledged save survives a power cut.
    m_db->exec("PRAGMA synchronous = FULL");
    if (m_options.maxPageCount > 0)
        m_db->exec("PRAGMA max_page_count = " + std::to_string(m_options.maxPageCount));
    if (version < schema::CurrentVersion) {
        if (auto copied = backUp(BackupReason::BeforeUpgrade); !copied)
            return copied.error();
        if (auto migrated = schema::migrate(*m_db, version); !migrated)
            return migrated.error();
        qCInfo(lcStorage) << "diary" << m_path << "upgraded from version" << version;
    } else if (markAsDiary) {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        m_db->exec("PRAGMA application_id = " + std::to_string(schema::ApplicationId));
        tx.commit();
    }
    // WAL keeps the last good state readable if the app dies mid-write. A diary being built is
    // not in its place yet, so a WAL (every page written twice, once more at the checkpoint)
    // would protect nothing: it gets one in finishBuilding().
    const char *journal = m_options.building ? "PRAGMA journal_mode = MEMORY" : "PRAGMA journal_mode = WAL";
    const std::string mode = m_db->execAndGet(journal).getString();
    if (mode != (m_options.building ? "memory" : "wal"))
        qCWarning(lcStorage) << "journal mode is" << mode.c_str() << "instead of" << journal;
    // Diaries made before the app kept them private become private now, with their -wal and -shm.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && isSharedWithOthers(m_path + suffix))
            makePrivateFile(m_path + suffix);
    }
    return {};
}

std::optional<QString> DiaryStore::check()
{
    if (!m_checked) {
        m_checked = true;
        m_damage = diaryfile::check(*m_db);
        if (m_damage)
            qCWarning(lcStorage) << "the diary" << m_path << "is damaged:" << *m_damage;
    }
    return m_damage;
}

std::optional<Error> DiaryStore::refuseWrites()
{
    check();
    if (m_options.access == Access::ReadOnly)
        return Error {ErrorKind::ReadOnly,
            QCoreApplication::translate("DiaryStore", "The diary is open read-only, so nothing was saved."), {}};
    if (m_damage)
        return Error {ErrorKind::Corrupt,
            QCoreApplication::translate("DiaryStore",
                "The diary is damaged (%1), so nothing is written into it. Restore a backup "
                "(File > Backups..., or rls-diary restore).")
                .arg(*m_damage),
            {}};
    return std::nullopt;
}

std::optional<Error> DiaryStore::findConflict(const QList<Night> &nights)
{
    SQLite::Statement q(*m_db, "SELECT updated_at FROM night WHERE date = ?");
    for (const Night &night : nights) {
        q.reset();
        q.bind(1, columns::date(night.date));
        const bool stored = q.executeStep();
        const QDateTime storedAt = stored ? columns::toStamp(q.getColumn(0)) : QDateTime();
        if (stored == night.updatedAt.isValid() && (!stored || storedAt == night.updatedAt))
            continue;
        const QString date = night.date.toString(Qt::ISODate);
        const QString at = storedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString what;
        if (!stored)
            what = QCoreApplication::translate(
                "DiaryStore", "The night of %1 was deleted elsewhere after it was loaded here")
                       .arg(date);
        else if (!night.updatedAt.isValid())
            what = QCoreApplication::translate(
                "DiaryStore", "The night of %1 was logged elsewhere (at %2) while it was open here")
                       .arg(date, at);
        else
            what = QCoreApplication::translate(
                "DiaryStore", "The night of %1 was changed elsewhere (at %2) after it was loaded here")
                       .arg(date, at);
        return Error {ErrorKind::Conflict,
            what + QCoreApplication::translate("DiaryStore", ": reload it, or keep yours. Nothing was saved."), {}};
    }
    return std::nullopt;
}

Result<void> DiaryStore::saveNight(const Night &night, Stamps stamps)
{
    return saveNights({night}, stamps);
}

Result<void> DiaryStore::saveNights(
    const QList<Night> &nights, Stamps stamps, const std::function<bool(qsizetype)> &progress)
{
    return apply({{}, {}, nights}, stamps, progress);
}

Result<void> DiaryStore::replaceNights(const QList<Night> &save, const QList<QDate> &remove, Stamps stamps, Guard guard)
{
    return apply({{}, remove, save}, stamps, {}, guard);
}

Result<void> DiaryStore::apply(
    const NightBatch &batch, Stamps stamps, const std::function<bool(qsizetype)> &progress, Guard guard)
{
    if (auto refused = refuseWrites())
        return *refused;
    const QList<Night> &save = batch.save;
    for (const Night &night : save) {
        if (const QList<FieldError> problems = validateNight(night); !problems.isEmpty()) {
            Error e = invalid(problems);
            if (save.size() > 1)
                e.message = QCoreApplication::translate("DiaryStore", "The night of %1: %2")
                                .arg(night.date.toString(Qt::ISODate), e.message);
            return e;
        }
    }
    try {
        // IMMEDIATE takes the write lock at once, so the busy timeout applies (a deferred
        // transaction that upgrades from reading to writing fails at once instead of waiting).
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        if (guard == Guard::IfUnchanged) {
            if (auto conflict = findConflict(save))
                return *conflict;
        }
        for (const Substance &substance : batch.newSubstances) {
            if (auto added = insertSubstance(substance); !added)
                return added.error(); // the transaction rolls back as it goes out of scope
        }
        SQLite::Statement del(*m_db, "DELETE FROM night WHERE date = ?");
        for (const QDate &date : batch.remove) {
            del.reset();
            del.bind(1, columns::date(date));
            del.exec();
        }
        NightWriter writer(*m_db);
        const QDateTime now = m_options.now();
        for (qsizetype i = 0; i < save.size(); ++i) {
            if (auto written = writer.write(save.at(i), stamps, now); !written)
                return written.error(); // the transaction rolls back as it goes out of scope
            if (progress && !progress(i + 1))
                return Error {ErrorKind::Cancelled,
                    QCoreApplication::translate("DiaryStore", "Cancelled; nothing was saved."), {}};
        }
        tx.commit();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not save the night"));
    }
}

Result<qsizetype> DiaryStore::addNewNights(const std::function<Result<std::optional<NightToAdd>>()> &next)
{
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        NightWriter writer(*m_db);
        SQLite::Statement addForm(*m_db,
            "INSERT INTO substance_form (substance_id, position, form) SELECT s.id, "
            "(SELECT coalesce(max(f.position) + 1, 0) FROM substance_form f WHERE f.substance_id = s.id), ? "
            "FROM substance s WHERE s.name = ?");
        const QDateTime now = m_options.now();
        qsizetype added = 0;
        for (;;) {
            auto item = next();
            if (!item)
                return item.error(); // the transaction rolls back as it goes out of scope
            if (!item.value())
                break;
            const NightToAdd &add = *item.value();
            for (const Substance &substance : add.newSubstances) {
                if (auto inserted = insertSubstance(substance); !inserted)
                    return inserted.error();
            }
            for (const auto &[name, form] : add.newForms) {
                addForm.reset();
                addForm.bind(1, columns::text(form.trimmed()));
                addForm.bind(2, columns::text(name.trimmed()));
                addForm.exec();
            }
            if (const QList<FieldError> problems = validateNight(add.night); !problems.isEmpty()) {
                Error e = invalid(problems);
                e.message = QCoreApplication::translate("DiaryStore", "The night of %1: %2")
                                .arg(add.night.date.toString(Qt::ISODate), e.message);
                return e;
            }
            if (auto written = writer.add(add.night, now); !written)
                return written.error();
            ++added;
        }
        tx.commit();
        return added;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not save the night"));
    }
}

Result<std::optional<Night>> DiaryStore::loadNight(QDate date)
{
    const QString key = date.toString(Qt::ISODate);
    auto nights = readNights(key, key);
    if (!nights)
        return nights.error();
    if (nights->isEmpty())
        return std::optional<Night> {};
    return std::optional<Night> {nights->first()};
}

Result<QList<Night>> DiaryStore::loadRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("DiaryStore", "The date range needs a valid start and end."), {}};
    return readNights(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

Result<QList<Night>> DiaryStore::readNights(const QString &from, const QString &to)
{
    using namespace columns;
    try {
        QList<Night> nights;
        QHash<QString, qsizetype> byDate;
        SQLite::Statement q(*m_db,
            "SELECT date, severity, onset, sensations, body_areas, irls_total, in_bed, "
            "tried_to_sleep, minutes_to_sleep, awakenings, minutes_awake, final_awakening, "
            "out_of_bed, sleep_quality, note, created_at, updated_at, flagged_for_doctor "
            "FROM night WHERE date BETWEEN ? AND ? ORDER BY date");
        q.bind(1, text(from));
        q.bind(2, text(to));
        while (q.executeStep()) {
            Night n;
            n.date = toDate(q.getColumn(0));
            n.symptoms.severity = toInt(q.getColumn(1));
            n.symptoms.onset = toTime(q.getColumn(2));
            n.symptoms.sensations = Sensations::fromInt(q.getColumn(3).getUInt());
            n.symptoms.bodyAreas = BodyAreas::fromInt(q.getColumn(4).getUInt());
            n.symptoms.irlsTotal = toInt(q.getColumn(5));
            n.sleep.inBed = toTime(q.getColumn(6));
            n.sleep.triedToSleep = toTime(q.getColumn(7));
            n.sleep.minutesToFallAsleep = toInt(q.getColumn(8));
            n.sleep.awakenings = toInt(q.getColumn(9));
            n.sleep.minutesAwake = toInt(q.getColumn(10));
            n.sleep.finalAwakening = toTime(q.getColumn(11));
            n.sleep.outOfBed = toTime(q.getColumn(12));
            n.sleep.quality = toInt(q.getColumn(13));
            n.note = toQString(q.getColumn(14));
            n.createdAt = toStamp(q.getColumn(15));
            n.updatedAt = toStamp(q.getColumn(16));
            n.flaggedForDoctor = q.getColumn(17).getInt() != 0;
            byDate.insert(toQString(q.getColumn(0)), nights.size());
            nights.append(std::move(n));
        }
        if (nights.isEmpty())
            return nights;

        // Names, units, forms and tags repeat night after night: each distinct text is held once and
        // shared (QString is implicitly shared), which at 30 years saves megabytes for each page
        // that holds the diary.
        QSet<QString> texts;
        const auto shared = [&texts](const SQLite::Column &column) {
            const QString read = toQString(column);
            return read.isEmpty() ? read : *texts.insert(read);
        };
        SQLite::Statement intakes(*m_db,
            "SELECT i.night_date, s.name, i.amount, i.unit, i.form, i.time, i.label_mg "
            "FROM intake i JOIN substance s ON s.id = i.substance_id "
            "WHERE i.night_date BETWEEN ? AND ? ORDER BY i.night_date, i.position");
        intakes.bind(1, text(from));
        intakes.bind(2, text(to));
        while (intakes.executeStep()) {
            Intake in {shared(intakes.getColumn(1)), intakes.getColumn(2).getDouble(), shared(intakes.getColumn(3)),
                shared(intakes.getColumn(4)), toTime(intakes.getColumn(5)), toDouble(intakes.getColumn(6))};
            nights[byDate.value(toQString(intakes.getColumn(0)))].intakes.append(std::move(in));
        }

        SQLite::Statement tags(*m_db,
            "SELECT nt.night_date, t.name FROM night_tag nt JOIN tag t ON t.id = nt.tag_id "
            "WHERE nt.night_date BETWEEN ? AND ? ORDER BY nt.night_date, t.name");
        tags.bind(1, text(from));
        tags.bind(2, text(to));
        while (tags.executeStep())
            nights[byDate.value(toQString(tags.getColumn(0)))].tags.append(shared(tags.getColumn(1)));
        // The lists grew by doubling; what is kept (a page holds every night) keeps no spare room.
        nights.squeeze();
        for (Night &night : nights)
            night.intakes.squeeze();
        return nights;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the diary"));
    }
}

Result<bool> DiaryStore::deleteNight(QDate date)
{
    if (auto refused = refuseWrites())
        return *refused;
    try {
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement del(*m_db, "DELETE FROM night WHERE date = ?");
        del.bind(1, columns::date(date));
        const bool deleted = del.exec() > 0; // intakes and tags follow by ON DELETE CASCADE
        tx.commit();
        return deleted;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not delete the night"));
    }
}

Result<DiarySummary> DiaryStore::summary()
{
    try {
        // An evening: a night with anything besides its sleep (see DiarySummary::evenings).
        SQLite::Statement q(*m_db,
            "SELECT count(*), min(date), max(date), "
            "coalesce(sum(severity IS NOT NULL OR onset IS NOT NULL OR sensations <> 0 OR body_areas <> 0 "
            "    OR irls_total IS NOT NULL OR note <> '' OR flagged_for_doctor <> 0 "
            "    OR EXISTS (SELECT 1 FROM intake WHERE intake.night_date = night.date) "
            "    OR EXISTS (SELECT 1 FROM night_tag WHERE night_tag.night_date = night.date)), 0) "
            "FROM night");
        q.executeStep();
        DiarySummary summary;
        summary.nights = q.getColumn(0).getInt();
        summary.first = columns::toDate(q.getColumn(1));
        summary.last = columns::toDate(q.getColumn(2));
        summary.evenings = q.getColumn(3).getInt();
        return summary;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the diary"));
    }
}

Result<QList<NightBrief>> DiaryStore::briefs(QDate before, int limit)
{
    try {
        QList<NightBrief> out;
        // Walks the primary key's index from `before` down and stops after `limit` rows, so that a
        // page of the list costs the same at 90 nights and at 30 years.
        std::string sql = "SELECT date, severity, coalesce(in_bed, tried_to_sleep, final_awakening, out_of_bed, "
                          "minutes_to_sleep, awakenings, minutes_awake, sleep_quality) IS NOT NULL, "
                          "flagged_for_doctor FROM night";
        if (before.isValid())
            sql += " WHERE date < ?";
        sql += " ORDER BY date DESC LIMIT ?";
        SQLite::Statement q(*m_db, sql);
        int index = 1;
        if (before.isValid())
            q.bind(index++, columns::date(before));
        q.bind(index, limit);
        if (limit > 0)
            out.reserve(limit);
        while (q.executeStep())
            out.append({columns::toDate(q.getColumn(0)), columns::toInt(q.getColumn(1)), q.getColumn(2).getInt() != 0,
                q.getColumn(3).getInt() != 0});
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QCoreApplication::translate("DiaryStore", "Could not read the diary"));
    }
}

} // namespace rls
