// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/nightwriter.h"

#include "model/validation.h"
#include "storage/columns.h"

namespace rls {

using namespace columns;

namespace {

constexpr const char *nightColumns
    = "INSERT INTO night (date, severity, onset, sensations, body_areas, irls_total, in_bed, "
      "tried_to_sleep, minutes_to_sleep, awakenings, minutes_awake, final_awakening, out_of_bed, "
      "sleep_quality, note, created_at, updated_at, flagged_for_doctor) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ";

} // namespace

NightWriter::NightWriter(SQLite::Database &db)
    : m_db(db)
    , m_createdAt(db, "SELECT created_at FROM night WHERE date = ?")
    , m_upsert(db,
          std::string(nightColumns)
              + "ON CONFLICT (date) DO UPDATE SET severity = ?2, onset = ?3, sensations = ?4, body_areas = ?5, "
                "irls_total = ?6, in_bed = ?7, tried_to_sleep = ?8, minutes_to_sleep = ?9, awakenings = ?10, "
                "minutes_awake = ?11, final_awakening = ?12, out_of_bed = ?13, sleep_quality = ?14, note = ?15, "
                "created_at = ?16, updated_at = ?17, flagged_for_doctor = ?18")
    , m_insertNew(db, std::string(nightColumns) + "ON CONFLICT (date) DO NOTHING")
    , m_clearIntakes(db, "DELETE FROM intake WHERE night_date = ?")
    , m_clearTags(db, "DELETE FROM night_tag WHERE night_date = ?")
    , m_findSubstance(db, "SELECT id FROM substance WHERE name = ?")
    , m_addTag(db, "INSERT OR IGNORE INTO tag (name) VALUES (?)")
    , m_findTag(db, "SELECT id FROM tag WHERE name = ?")
    , m_linkTag(db, "INSERT OR IGNORE INTO night_tag (night_date, tag_id) VALUES (?, ?)")
{ }

std::optional<qint64> NightWriter::substanceId(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (auto it = m_substanceIds.constFind(key); it != m_substanceIds.cend())
        return *it;
    m_findSubstance.reset();
    m_findSubstance.bind(1, text(name.trimmed()));
    if (!m_findSubstance.executeStep())
        return std::nullopt;
    const qint64 id = m_findSubstance.getColumn(0).getInt64();
    m_substanceIds.insert(key, id);
    return id;
}

// The tag's id, added to the list of tags when it is not there yet. A tag is never removed while
// a writer is open, so each name is looked up once per transaction.
std::optional<qint64> NightWriter::tagId(const std::string &name)
{
    const QByteArray key = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
    if (auto it = m_tagIds.constFind(key); it != m_tagIds.cend())
        return *it;
    m_addTag.reset();
    m_addTag.bindNoCopy(1, name);
    m_addTag.exec();
    m_findTag.reset();
    m_findTag.bindNoCopy(1, name);
    if (!m_findTag.executeStep())
        return std::nullopt;
    const qint64 id = m_findTag.getColumn(0).getInt64();
    m_tagIds.insert(QByteArray(name.data(), qsizetype(name.size())), id);
    return id;
}

Result<QList<qint64>> NightWriter::substanceIds(const Night &night)
{
    QList<qint64> ids;
    QList<FieldError> unknown;
    for (qsizetype i = 0; i < night.intakes.size(); ++i) {
        const QString &name = night.intakes.at(i).substance;
        if (auto id = substanceId(name))
            ids.append(*id);
        else
            unknown.append({intakeFieldKey(i, QStringLiteral("substance")),
                QStringLiteral("\"%1\" is not in the list of substances; add it there first.").arg(name)});
    }
    if (!unknown.isEmpty())
        return invalid(unknown);
    return ids;
}

// `now` as the file holds it, formatted once per batch rather than for every night.
const std::string &NightWriter::nowStamp(const QDateTime &now)
{
    if (now != m_now) {
        m_now = now;
        m_nowStamp = stamp(now);
    }
    return m_nowStamp;
}

// Texts are bound without a copy (bindNoCopy): each lives in the caller (the clock times in
// m_times) until its statement has run, and every statement is bound afresh before it runs again.
void NightWriter::bindNight(SQLite::Statement &st, const Night &night, const std::string &date, const std::string &note,
    const std::string &created, const std::string &updated)
{
    const Symptoms &sy = night.symptoms;
    const SleepDiary &sl = night.sleep;
    st.reset();
    st.clearBindings();
    st.bindNoCopy(1, date);
    bindInt(st, 2, sy.severity);
    bindTimeNoCopy(st, 3, sy.onset, m_times[0]);
    st.bind(4, static_cast<int64_t>(sy.sensations.toInt()));
    st.bind(5, static_cast<int64_t>(sy.bodyAreas.toInt()));
    bindInt(st, 6, sy.irlsTotal);
    bindTimeNoCopy(st, 7, sl.inBed, m_times[1]);
    bindTimeNoCopy(st, 8, sl.triedToSleep, m_times[2]);
    bindInt(st, 9, sl.minutesToFallAsleep);
    bindInt(st, 10, sl.awakenings);
    bindInt(st, 11, sl.minutesAwake);
    bindTimeNoCopy(st, 12, sl.finalAwakening, m_times[3]);
    bindTimeNoCopy(st, 13, sl.outOfBed, m_times[4]);
    bindInt(st, 14, sl.quality);
    st.bindNoCopy(15, note);
    st.bindNoCopy(16, created);
    st.bindNoCopy(17, updated);
    st.bind(18, night.flaggedForDoctor ? 1 : 0);
}

// A night's doses go in with one statement for up to DosesPerInsert of them: what SQLite does
// once per statement (open its cursors, check the constraints' counters, end) is then done once
// for the night's doses rather than for each. The rows are inserted in their order, ids included.
SQLite::Statement &NightWriter::insertOf(qsizetype doses)
{
    std::unique_ptr<SQLite::Statement> &st = m_insertDoses.at(doses - 1);
    if (!st) {
        std::string sql = "INSERT INTO intake (night_date, position, substance_id, amount, unit, form, time, label_mg) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        for (qsizetype i = 1; i < doses; ++i)
            sql += ", (?, ?, ?, ?, ?, ?, ?, ?)";
        st = std::make_unique<SQLite::Statement>(m_db, sql);
    }
    return *st;
}

void NightWriter::insertDoses(const Night &night, const std::string &date, const QList<qint64> &ids)
{
    constexpr int columns = 8;
    std::array<std::string, 2 * DosesPerInsert> texts; // each dose's unit and form, alive until its insert ran
    for (qsizetype from = 0; from < night.intakes.size(); from += DosesPerInsert) {
        const qsizetype count = std::min(DosesPerInsert, night.intakes.size() - from);
        SQLite::Statement &st = insertOf(count);
        st.reset();
        for (qsizetype k = 0; k < count; ++k) {
            const qsizetype i = from + k;
            const Intake &in = night.intakes.at(i);
            const int at = int(k) * columns;
            texts.at(2 * k) = text(in.unit.trimmed());
            texts.at(2 * k + 1) = text(in.form.trimmed());
            st.bindNoCopy(at + 1, date);
            st.bind(at + 2, static_cast<int>(i));
            st.bind(at + 3, static_cast<int64_t>(ids.at(i)));
            st.bind(at + 4, in.amount);
            st.bindNoCopy(at + 5, texts.at(2 * k));
            st.bindNoCopy(at + 6, texts.at(2 * k + 1));
            bindTimeNoCopy(st, at + 7, in.time, m_times.at(5 + k));
            bindDouble(st, at + 8, in.labelMg);
        }
        st.exec();
    }
}

void NightWriter::insertTags(const Night &night, const std::string &date)
{
    for (const QString &tag : night.tags) {
        const std::string name = text(tag.trimmed());
        const auto id = tagId(name);
        if (!id)
            continue; // an empty name, which validation keeps out; the tag table refuses it too
        m_linkTag.reset();
        m_linkTag.bindNoCopy(1, date);
        m_linkTag.bind(2, static_cast<int64_t>(*id));
        m_linkTag.exec();
    }
}

Result<void> NightWriter::write(const Night &night, Stamps stamps, const QDateTime &now)
{
    const std::string date = columns::date(night.date);
    const auto ids = substanceIds(night);
    if (!ids)
        return ids.error();

    // A night saved before keeps its created stamp as stored.
    std::string created;
    bool stored = true; // whether the night may be in the file already, with doses and tags
    if (stamps == Stamps::Touch || !night.createdAt.isValid()) {
        m_createdAt.reset();
        m_createdAt.bindNoCopy(1, date);
        stored = m_createdAt.executeStep();
        created = stored ? stamp(toStamp(m_createdAt.getColumn(0))) : nowStamp(now);
    } else {
        created = stamp(night.createdAt);
    }
    const std::string updated
        = stamps == Stamps::Touch || !night.updatedAt.isValid() ? nowStamp(now) : stamp(night.updatedAt);
    const std::string note = text(night.note);
    bindNight(m_upsert, night, date, note, created, updated);
    m_upsert.exec();

    // A night new to the file has no doses or tags there to clear (they go with their night).
    if (stored) {
        m_clearIntakes.reset();
        m_clearIntakes.bindNoCopy(1, date);
        m_clearIntakes.exec();
    }
    insertDoses(night, date, ids.value());
    if (stored) {
        m_clearTags.reset();
        m_clearTags.bindNoCopy(1, date);
        m_clearTags.exec();
    }
    insertTags(night, date);
    return {};
}

Result<void> NightWriter::add(const Night &night, const QDateTime &now)
{
    const std::string date = columns::date(night.date);
    const auto ids = substanceIds(night);
    if (!ids)
        return ids.error();
    const std::string note = text(night.note);
    const std::string &stamped = nowStamp(now);
    bindNight(m_insertNew, night, date, note, stamped, stamped);
    if (m_insertNew.exec() == 0)
        return Error {ErrorKind::Conflict, // not shown: the import that adds nights plans this one instead
            QStringLiteral("The night of %1 is in the diary already.").arg(night.date.toString(Qt::ISODate)), {}};
    insertDoses(night, date, ids.value());
    insertTags(night, date);
    return {};
}

} // namespace rls
