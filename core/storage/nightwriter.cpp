// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/nightwriter.h"

#include "model/validation.h"
#include "storage/columns.h"

namespace rls {

using namespace columns;

NightWriter::NightWriter(SQLite::Database &db)
    : m_createdAt(db, "SELECT created_at FROM night WHERE date = ?")
    , m_upsert(db,
          "INSERT INTO night (date, severity, onset, sensations, body_areas, irls_total, in_bed, "
          "tried_to_sleep, minutes_to_sleep, awakenings, minutes_awake, final_awakening, out_of_bed, "
          "sleep_quality, note, created_at, updated_at, flagged_for_doctor) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) "
          "ON CONFLICT (date) DO UPDATE SET severity = ?2, onset = ?3, sensations = ?4, body_areas = ?5, "
          "irls_total = ?6, in_bed = ?7, tried_to_sleep = ?8, minutes_to_sleep = ?9, awakenings = ?10, "
          "minutes_awake = ?11, final_awakening = ?12, out_of_bed = ?13, sleep_quality = ?14, note = ?15, "
          "created_at = ?16, updated_at = ?17, flagged_for_doctor = ?18")
    , m_clearIntakes(db, "DELETE FROM intake WHERE night_date = ?")
    , m_clearTags(db, "DELETE FROM night_tag WHERE night_date = ?")
    , m_findSubstance(db, "SELECT id FROM substance WHERE name = ?")
    , m_insertIntake(db,
          "INSERT INTO intake (night_date, position, substance_id, amount, unit, form, time, label_mg) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    , m_addTag(db, "INSERT OR IGNORE INTO tag (name) VALUES (?)")
    , m_linkTag(db, "INSERT OR IGNORE INTO night_tag (night_date, tag_id) SELECT ?, id FROM tag WHERE name = ?")
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

Result<void> NightWriter::write(const Night &night, Stamps stamps, const QDateTime &now)
{
    const std::string date = columns::date(night.date);

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

    // The stamps as the file holds them. A night saved before keeps its created stamp as stored;
    // `now` is written once per batch, not formatted again for every night.
    if (now != m_now) {
        m_now = now;
        m_nowStamp = stamp(now);
    }
    std::string created;
    bool stored = true; // whether the night may be in the file already, with doses and tags
    if (stamps == Stamps::Touch || !night.createdAt.isValid()) {
        m_createdAt.reset();
        m_createdAt.bindNoCopy(1, date);
        stored = m_createdAt.executeStep();
        created = stored ? stamp(toStamp(m_createdAt.getColumn(0))) : m_nowStamp;
    } else {
        created = stamp(night.createdAt);
    }
    const std::string updated
        = stamps == Stamps::Touch || !night.updatedAt.isValid() ? m_nowStamp : stamp(night.updatedAt);

    // Texts are bound without a copy (bindNoCopy): each lives here until its statement has run,
    // and every statement is bound afresh before it runs again.
    const std::string note = text(night.note);
    const Symptoms &sy = night.symptoms;
    const SleepDiary &sl = night.sleep;
    m_upsert.reset();
    m_upsert.clearBindings();
    m_upsert.bindNoCopy(1, date);
    bindInt(m_upsert, 2, sy.severity);
    bindTime(m_upsert, 3, sy.onset);
    m_upsert.bind(4, static_cast<int64_t>(sy.sensations.toInt()));
    m_upsert.bind(5, static_cast<int64_t>(sy.bodyAreas.toInt()));
    bindInt(m_upsert, 6, sy.irlsTotal);
    bindTime(m_upsert, 7, sl.inBed);
    bindTime(m_upsert, 8, sl.triedToSleep);
    bindInt(m_upsert, 9, sl.minutesToFallAsleep);
    bindInt(m_upsert, 10, sl.awakenings);
    bindInt(m_upsert, 11, sl.minutesAwake);
    bindTime(m_upsert, 12, sl.finalAwakening);
    bindTime(m_upsert, 13, sl.outOfBed);
    bindInt(m_upsert, 14, sl.quality);
    m_upsert.bindNoCopy(15, note);
    m_upsert.bindNoCopy(16, created);
    m_upsert.bindNoCopy(17, updated);
    m_upsert.bind(18, night.flaggedForDoctor ? 1 : 0);
    m_upsert.exec();

    // A night new to the file has no doses or tags there to clear (they go with their night).
    if (stored) {
        m_clearIntakes.reset();
        m_clearIntakes.bindNoCopy(1, date);
        m_clearIntakes.exec();
    }
    for (qsizetype i = 0; i < night.intakes.size(); ++i) {
        const Intake &in = night.intakes.at(i);
        const std::string unit = text(in.unit.trimmed());
        const std::string form = text(in.form.trimmed());
        m_insertIntake.reset();
        m_insertIntake.bindNoCopy(1, date);
        m_insertIntake.bind(2, static_cast<int>(i));
        m_insertIntake.bind(3, static_cast<int64_t>(ids.at(i)));
        m_insertIntake.bind(4, in.amount);
        m_insertIntake.bindNoCopy(5, unit);
        m_insertIntake.bindNoCopy(6, form);
        bindTime(m_insertIntake, 7, in.time);
        bindDouble(m_insertIntake, 8, in.labelMg);
        m_insertIntake.exec();
    }

    if (stored) {
        m_clearTags.reset();
        m_clearTags.bindNoCopy(1, date);
        m_clearTags.exec();
    }
    for (const QString &tag : night.tags) {
        const std::string name = text(tag.trimmed());
        m_addTag.reset();
        m_addTag.bindNoCopy(1, name);
        m_addTag.exec();
        m_linkTag.reset();
        m_linkTag.bindNoCopy(1, date);
        m_linkTag.bindNoCopy(2, name);
        m_linkTag.exec();
    }
    return {};
}

} // namespace rls
