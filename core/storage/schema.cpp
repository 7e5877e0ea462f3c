// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/sqliteerror.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace rls::schema {
namespace {

// Version 1: nights, the substance catalog, intakes, tags and lab results.
// Dates are ISO 8601 text (YYYY-MM-DD), clock times HH:MM, timestamps UTC ISO 8601.
constexpr const char *v1 = R"sql(
CREATE TABLE substance (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    category  TEXT NOT NULL CHECK (category IN ('supplement', 'medication', 'stimulant', 'alcohol')),
    unit      TEXT NOT NULL CHECK (length(trim(unit)) > 0)
);
CREATE TABLE substance_form (
    substance_id INTEGER NOT NULL REFERENCES substance(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    form         TEXT NOT NULL,
    PRIMARY KEY (substance_id, position)
);
CREATE TABLE night (
    date              TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    severity          INTEGER CHECK (severity BETWEEN 0 AND 10),
    onset             TEXT,
    sensations        INTEGER NOT NULL DEFAULT 0,
    body_areas        INTEGER NOT NULL DEFAULT 0,
    irls_total        INTEGER CHECK (irls_total BETWEEN 0 AND 40),
    in_bed            TEXT,
    tried_to_sleep    TEXT,
    minutes_to_sleep  INTEGER CHECK (minutes_to_sleep BETWEEN 0 AND 1440),
    awakenings        INTEGER CHECK (awakenings BETWEEN 0 AND 100),
    minutes_awake     INTEGER CHECK (minutes_awake BETWEEN 0 AND 1440),
    final_awakening   TEXT,
    out_of_bed        TEXT,
    sleep_quality     INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE TABLE intake (
    id           INTEGER PRIMARY KEY,
    night_date   TEXT NOT NULL REFERENCES night(date) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    substance_id INTEGER NOT NULL REFERENCES substance(id),
    amount       REAL NOT NULL CHECK (amount > 0),
    unit         TEXT NOT NULL,
    form         TEXT NOT NULL DEFAULT '',
    time         TEXT
);
CREATE INDEX intake_by_night ON intake(night_date, position);
CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
CREATE TABLE night_tag (
    night_date TEXT NOT NULL REFERENCES night(date) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag(id),
    PRIMARY KEY (night_date, tag_id)
) WITHOUT ROWID;
CREATE TABLE lab_result (
    id     INTEGER PRIMARY KEY,
    date   TEXT NOT NULL,
    test   TEXT NOT NULL,
    value  REAL NOT NULL,
    unit   TEXT NOT NULL
);
CREATE INDEX lab_result_by_date ON lab_result(date);

INSERT INTO substance (id, name, category, unit) VALUES
    (1, 'Magnesium', 'supplement', 'mg'),
    (2, 'Iron', 'supplement', 'mg'),
    (3, 'Caffeine', 'stimulant', 'mg'),
    (4, 'Alcohol', 'alcohol', 'standard drinks');
INSERT INTO substance_form (substance_id, position, form) VALUES
    (1, 0, 'citrate'), (1, 1, 'glycinate'), (1, 2, 'malate'), (1, 3, 'L-threonate'), (1, 4, 'oxide'), (1, 5, 'other'),
    (2, 0, 'ferrous sulfate'), (2, 1, 'ferrous bisglycinate'), (2, 2, 'other');
INSERT INTO tag (name) VALUES
    ('exercise'), ('warm bath'), ('massage'), ('stretching'), ('stress'), ('travel'),
    ('diarrhoea'), ('nausea'), ('stomach cramps');
)sql";

// Version 2: what a substance is (its kind and flags) replaces the category, so that every total
// and note recognises magnesium, iron and dopaminergic medicines the same way; intakes keep the
// compound weight from the label beside the elemental amount; the catalog gains the usual RLS
// medicines, the iron-absorption inhibitors and every magnesium and iron form that can be
// converted. Names a person added keep their rows; the rules below give them a kind.
constexpr const char *v2 = R"sql(
ALTER TABLE substance ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('magnesium', 'iron', 'caffeine', 'alcohol', 'medication', 'other'));
ALTER TABLE substance ADD COLUMN flags INTEGER NOT NULL DEFAULT 0 CHECK (flags BETWEEN 0 AND 7);
UPDATE substance SET kind = CASE
    WHEN name LIKE 'magnesium%' THEN 'magnesium'
    WHEN name LIKE 'iron%' OR name LIKE 'ferrous%' THEN 'iron'
    WHEN name LIKE 'caffeine%' THEN 'caffeine'
    WHEN category = 'alcohol' THEN 'alcohol'
    WHEN category = 'medication' THEN 'medication'
    ELSE 'other' END;
ALTER TABLE substance DROP COLUMN category;
ALTER TABLE intake ADD COLUMN label_mg REAL CHECK (label_mg > 0);

INSERT OR IGNORE INTO substance (name, kind, unit) VALUES
    ('Pramipexole', 'medication', 'mg'),
    ('Ropinirole', 'medication', 'mg'),
    ('Rotigotine', 'medication', 'mg/24 h'),
    ('Levodopa', 'medication', 'mg'),
    ('Gabapentin', 'medication', 'mg'),
    ('Gabapentin enacarbil', 'medication', 'mg'),
    ('Pregabalin', 'medication', 'mg'),
    ('Opioid', 'medication', 'mg'),
    ('Calcium', 'other', 'mg'),
    ('Zinc', 'other', 'mg'),
    ('Antacid', 'medication', 'mg');

-- 1 dopaminergic, 2 counts towards the magnesium upper limit, 4 lowers iron absorption.
UPDATE substance SET flags = flags | 6 WHERE kind = 'magnesium';
UPDATE substance SET flags = flags | 1 WHERE kind = 'medication' AND (
    name LIKE '%pramipexole%' OR name LIKE '%ropinirole%' OR name LIKE '%rotigotine%' OR name LIKE '%levodopa%');
UPDATE substance SET flags = flags | 4 WHERE
    name LIKE 'calcium%' OR name LIKE 'zinc%' OR name LIKE '%antacid%';

DELETE FROM substance_form WHERE substance_id IN (SELECT id FROM substance WHERE name IN
    ('Magnesium', 'Iron', 'Rotigotine', 'Levodopa', 'Opioid'));
INSERT INTO substance_form (substance_id, position, form)
    SELECT s.id, f.position, f.form FROM substance s JOIN (
        SELECT 'Magnesium' AS name, 0 AS position, 'citrate' AS form
        UNION ALL SELECT 'Magnesium', 1, 'glycinate'
        UNION ALL SELECT 'Magnesium', 2, 'malate'
        UNION ALL SELECT 'Magnesium', 3, 'L-threonate'
        UNION ALL SELECT 'Magnesium', 4, 'oxide'
        UNION ALL SELECT 'Magnesium', 5, 'chloride'
        UNION ALL SELECT 'Magnesium', 6, 'taurate'
        UNION ALL SELECT 'Magnesium', 7, 'sulfate'
        UNION ALL SELECT 'Magnesium', 8, 'other'
        UNION ALL SELECT 'Iron', 0, 'ferrous sulfate'
        UNION ALL SELECT 'Iron', 1, 'dried ferrous sulfate'
        UNION ALL SELECT 'Iron', 2, 'ferrous gluconate'
        UNION ALL SELECT 'Iron', 3, 'ferrous fumarate'
        UNION ALL SELECT 'Iron', 4, 'ferrous bisglycinate'
        UNION ALL SELECT 'Iron', 5, 'other'
        UNION ALL SELECT 'Rotigotine', 0, 'patch'
        UNION ALL SELECT 'Levodopa', 0, 'with carbidopa'
        UNION ALL SELECT 'Levodopa', 1, 'with benserazide'
        UNION ALL SELECT 'Opioid', 0, 'oxycodone-naloxone'
        UNION ALL SELECT 'Opioid', 1, 'methadone'
        UNION ALL SELECT 'Opioid', 2, 'tramadol'
        UNION ALL SELECT 'Opioid', 3, 'other'
    ) f ON f.name = s.name;
)sql";

// Version 3: the person's "show my doctor" mark on a night, listed in the doctor's report.
constexpr const char *v3 = R"sql(
ALTER TABLE night ADD COLUMN flagged_for_doctor INTEGER NOT NULL DEFAULT 0 CHECK (flagged_for_doctor IN (0, 1));
)sql";

// Version 4: personal (N-of-1) trials: the confirmed plan with its seed and block order, where it
// stands, and the pauses that stopped its clock.
constexpr const char *v4 = R"sql(
CREATE TABLE trial (
    id                 INTEGER PRIMARY KEY,
    substance          TEXT NOT NULL CHECK (length(trim(substance)) > 0),
    a_amount           REAL NOT NULL CHECK (a_amount > 0),
    unit               TEXT NOT NULL,
    a_form             TEXT NOT NULL DEFAULT '',
    a_time             TEXT,
    b_amount           REAL CHECK (b_amount > 0),
    b_form             TEXT NOT NULL DEFAULT '',
    b_time             TEXT,
    block_nights       INTEGER NOT NULL CHECK (block_nights BETWEEN 7 AND 60),
    pairs              INTEGER NOT NULL CHECK (pairs BETWEEN 2 AND 10),
    washout_nights     INTEGER NOT NULL CHECK (washout_nights >= 0 AND washout_nights < block_nights),
    primary_outcome    TEXT NOT NULL,
    secondary_outcomes TEXT NOT NULL DEFAULT '',
    start_date         TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    seed               TEXT NOT NULL,
    block_order        TEXT NOT NULL,
    state              TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'stopped', 'abandoned')),
    ended_on           TEXT,
    created_at         TEXT NOT NULL
);
CREATE TABLE trial_pause (
    trial_id   INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,
    from_date  TEXT NOT NULL,
    until_date TEXT,
    PRIMARY KEY (trial_id, from_date)
) WITHOUT ROWID;
)sql";

// Version 5: a dose may be 0, a recorded "none" (no alcohol, no coffee that day), so that a 0 a
// person wrote in a day-total column stays a 0. SQLite cannot change a CHECK: the table is
// rebuilt, ids, positions and the index as they were. Nothing refers to intake rows.
constexpr const char *v5 = R"sql(
CREATE TABLE intake_v5 (
    id           INTEGER PRIMARY KEY,
    night_date   TEXT NOT NULL REFERENCES night(date) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    substance_id INTEGER NOT NULL REFERENCES substance(id),
    amount       REAL NOT NULL CHECK (amount >= 0),
    unit         TEXT NOT NULL,
    form         TEXT NOT NULL DEFAULT '',
    time         TEXT,
    label_mg     REAL CHECK (label_mg > 0)
);
INSERT INTO intake_v5 (id, night_date, position, substance_id, amount, unit, form, time, label_mg)
    SELECT id, night_date, position, substance_id, amount, unit, form, time, label_mg FROM intake;
DROP TABLE intake;
ALTER TABLE intake_v5 RENAME TO intake;
CREATE INDEX intake_by_night ON intake(night_date, position);
)sql";

struct Step {
    int to;
    const char *sql;
};

// Each step upgrades from `to - 1`. Never edit a released step: add a new one.
constexpr Step steps[] = {
    {1, v1},
    {2, v2},
    {3, v3},
    {4, v4},
    {5, v5},
};

} // namespace

int version(SQLite::Database &db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

Result<void> migrate(SQLite::Database &db, int from)
{
    try {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        for (const Step &step : steps) {
            if (step.to > from)
                db.exec(step.sql);
        }
        db.exec("PRAGMA user_version = " + std::to_string(CurrentVersion));
        db.exec("PRAGMA application_id = " + std::to_string(ApplicationId));
        tx.commit();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e,
            QCoreApplication::translate("DiaryStore", "Could not upgrade the diary to version %1").arg(CurrentVersion));
    }
}

} // namespace rls::schema
