// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"

#include "model/validation.h"
#include "storage/columns.h"
#include "storage/nightwriter.h"
#include "storage/schema.h"
#include "storage/sqliteerror.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <sqlite3.h>

namespace rls {
namespace {

Error openError(ErrorKind kind, const QString &message)
{
    return Error {kind, message, {}};
}

// Checks what can be seen before SQLite touches the file, so a refusal leaves it untouched.
std::optional<Error> checkLocation(const QFileInfo &info)
{
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.absoluteDir().exists())
        return openError(
            ErrorKind::FolderMissing, QStringLiteral("The folder for the diary %1 does not exist.").arg(shown));
    if (info.isDir())
        return openError(ErrorKind::NotADatabase, QStringLiteral("%1 is a folder, not a diary file.").arg(shown));
    if (info.exists() && !info.isWritable())
        return openError(ErrorKind::ReadOnly,
            QStringLiteral("The diary %1 is read-only, so nothing could be saved. "
                           "Check the file's permissions.")
                .arg(shown));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
        return openError(ErrorKind::ReadOnly,
            QStringLiteral("The folder of %1 cannot be written, so the diary cannot be created.").arg(shown));
    return std::nullopt;
}

// Keeps a copy of the file as it was before an upgrade, next to it.
void backupBeforeMigration(SQLite::Database &db, const QString &path, int fromVersion)
{
    QString target = QStringLiteral("%1.v%2.backup").arg(path).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2.backup-%3").arg(path).arg(fromVersion).arg(n);
    SQLite::Statement vacuum(db, "VACUUM INTO ?");
    vacuum.bind(1, target.toStdString());
    vacuum.exec();
    qCInfo(lcStorage) << "copied the diary to" << target << "before upgrading from version" << fromVersion;
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
        return openError(ErrorKind::FolderMissing, QStringLiteral("No diary file was given."));
    const QFileInfo info(path);
    if (auto refused = checkLocation(info))
        return *refused;

    const QString context
        = QStringLiteral("Could not open the diary %1").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    try {
        auto db = std::make_unique<SQLite::Database>(
            path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, options.busyTimeoutMs);
        if (sqlite3_db_readonly(db->getHandle(), "main") == 1)
            return openError(ErrorKind::ReadOnly, context + QStringLiteral(": the file is read-only."));

        // Read the version before anything writes: a newer diary must stay byte for byte as it is.
        const int version = schema::version(*db);
        if (version > schema::CurrentVersion)
            return openError(ErrorKind::TooNew,
                context
                    + QStringLiteral(": it was written by a newer version of RLS Diary "
                                     "(diary format %1; this version reads up to %2). "
                                     "Please update RLS Diary; the file was not changed.")
                          .arg(version)
                          .arg(schema::CurrentVersion));

        db->exec("PRAGMA foreign_keys = ON");
        if (version < schema::CurrentVersion) {
            if (version > 0)
                backupBeforeMigration(*db, info.absoluteFilePath(), version);
            if (auto migrated = schema::migrate(*db, version); !migrated)
                return migrated.error();
            qCInfo(lcStorage) << "diary" << path << "upgraded from version" << version;
        }
        // WAL keeps the last good state readable if the app dies mid-write.
        const std::string mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal")
            qCWarning(lcStorage) << "journal mode is" << mode.c_str() << "instead of WAL";
        return std::unique_ptr<DiaryStore>(new DiaryStore(std::move(db), info.absoluteFilePath(), std::move(options)));
    } catch (const SQLite::Exception &e) {
        return storageError(e, context);
    }
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

Result<void> DiaryStore::replaceNights(const QList<Night> &save, const QList<QDate> &remove, Stamps stamps)
{
    return apply({{}, remove, save}, stamps, {});
}

Result<void> DiaryStore::apply(const NightBatch &batch, Stamps stamps, const std::function<bool(qsizetype)> &progress)
{
    const QList<Night> &save = batch.save;
    for (const Night &night : save) {
        if (const QList<FieldError> problems = validateNight(night); !problems.isEmpty()) {
            Error e = invalid(problems);
            if (save.size() > 1)
                e.message = QStringLiteral("The night of %1: %2").arg(night.date.toString(Qt::ISODate), e.message);
            return e;
        }
    }
    try {
        SQLite::Transaction tx(*m_db);
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
                return Error {ErrorKind::Cancelled, QStringLiteral("Cancelled; nothing was saved."), {}};
        }
        tx.commit();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not save the night"));
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
        return Error {ErrorKind::Invalid, QStringLiteral("The date range needs a valid start and end."), {}};
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
            "out_of_bed, sleep_quality, note, created_at, updated_at "
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
            byDate.insert(toQString(q.getColumn(0)), nights.size());
            nights.append(std::move(n));
        }
        if (nights.isEmpty())
            return nights;

        SQLite::Statement intakes(*m_db,
            "SELECT i.night_date, s.name, i.amount, i.unit, i.form, i.time, i.label_mg "
            "FROM intake i JOIN substance s ON s.id = i.substance_id "
            "WHERE i.night_date BETWEEN ? AND ? ORDER BY i.night_date, i.position");
        intakes.bind(1, text(from));
        intakes.bind(2, text(to));
        while (intakes.executeStep()) {
            Intake in {toQString(intakes.getColumn(1)), intakes.getColumn(2).getDouble(),
                toQString(intakes.getColumn(3)), toQString(intakes.getColumn(4)), toTime(intakes.getColumn(5)),
                toDouble(intakes.getColumn(6))};
            nights[byDate.value(toQString(intakes.getColumn(0)))].intakes.append(std::move(in));
        }

        SQLite::Statement tags(*m_db,
            "SELECT nt.night_date, t.name FROM night_tag nt JOIN tag t ON t.id = nt.tag_id "
            "WHERE nt.night_date BETWEEN ? AND ? ORDER BY nt.night_date, t.name");
        tags.bind(1, text(from));
        tags.bind(2, text(to));
        while (tags.executeStep())
            nights[byDate.value(toQString(tags.getColumn(0)))].tags.append(toQString(tags.getColumn(1)));
        return nights;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not read the diary"));
    }
}

Result<bool> DiaryStore::deleteNight(QDate date)
{
    try {
        SQLite::Statement del(*m_db, "DELETE FROM night WHERE date = ?");
        del.bind(1, columns::date(date));
        return del.exec() > 0; // intakes and tags follow by ON DELETE CASCADE
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not delete the night"));
    }
}

Result<DiarySummary> DiaryStore::summary()
{
    try {
        SQLite::Statement q(*m_db, "SELECT count(*), min(date), max(date) FROM night");
        q.executeStep();
        return DiarySummary {q.getColumn(0).getInt(), columns::toDate(q.getColumn(1)), columns::toDate(q.getColumn(2))};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not read the diary"));
    }
}

Result<QList<NightBrief>> DiaryStore::briefs()
{
    try {
        QList<NightBrief> out;
        SQLite::Statement q(*m_db,
            "SELECT date, severity, coalesce(in_bed, tried_to_sleep, final_awakening, out_of_bed, "
            "minutes_to_sleep, awakenings, minutes_awake, sleep_quality) IS NOT NULL "
            "FROM night ORDER BY date DESC");
        while (q.executeStep())
            out.append({columns::toDate(q.getColumn(0)), columns::toInt(q.getColumn(1)), q.getColumn(2).getInt() != 0});
        return out;
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not read the diary"));
    }
}

} // namespace rls
