// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"
#include "storage/diarystore.h"

#include <SQLiteCpp/Statement.h>

#include <QDateTime>
#include <QHash>

#include <array>
#include <memory>
#include <string>

namespace rls {

/// Writes validated nights inside a transaction the caller owns, with its statements
/// prepared once, so saving thousands of nights (an import, the demo diary) stays fast.
class NightWriter final {
public:
    explicit NightWriter(SQLite::Database &db);
    /// Replaces the night of `night.date` with `night`. Throws SQLite::Exception on failure
    /// of the engine; returns an Error for an unknown substance.
    Result<void> write(const Night &night, Stamps stamps, const QDateTime &now);
    /// Adds `night`, stamped `now`, when the diary has no night of its date: an import's night
    /// known to be new needs no look-up of a stamp and nothing cleared. Refused with
    /// ErrorKind::Conflict, nothing written, when the date is taken.
    Result<void> add(const Night &night, const QDateTime &now);

private:
    std::optional<qint64> substanceId(const QString &name);
    std::optional<qint64> tagId(const std::string &name);
    Result<QList<qint64>> substanceIds(const Night &night);
    void bindNight(SQLite::Statement &st, const Night &night, const std::string &date, const std::string &note,
        const std::string &created, const std::string &updated);
    void insertDoses(const Night &night, const std::string &date, const QList<qint64> &ids);
    SQLite::Statement &insertOf(qsizetype doses);
    void insertTags(const Night &night, const std::string &date);
    const std::string &nowStamp(const QDateTime &now);

    SQLite::Database &m_db;
    SQLite::Statement m_createdAt;
    SQLite::Statement m_upsert;
    SQLite::Statement m_insertNew;
    SQLite::Statement m_clearIntakes;
    SQLite::Statement m_clearTags;
    SQLite::Statement m_findSubstance;
    SQLite::Statement m_addTag;
    SQLite::Statement m_findTag;
    SQLite::Statement m_linkTag;
    QHash<QString, qint64> m_substanceIds; // by lower-case name
    QHash<QByteArray, qint64> m_tagIds; // by the name as written; the table folds case itself
    static constexpr qsizetype DosesPerInsert = 4;
    /// The statement inserting n + 1 doses at once, prepared when first needed.
    std::array<std::unique_ptr<SQLite::Statement>, DosesPerInsert> m_insertDoses;
    /// The clock times bound: five of a night, then one for each dose of an insert.
    std::array<std::array<char, 6>, 5 + DosesPerInsert> m_times {};
    QDateTime m_now; ///< the last `now` written, and its stamp as the file holds it
    std::string m_nowStamp;
};

} // namespace rls
