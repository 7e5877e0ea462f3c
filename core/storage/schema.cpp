// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/sqliteerror.h"

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

struct Step {
    int to;
    const char *sql;
};

// Each step upgrades from `to - 1`. Never edit a released step: add a new one.
constexpr Step steps[] = {
    {1, v1},
};

} // namespace

int version(SQLite::Database &db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

Result<void> migrate(SQLite::Database &db, int from)
{
    try {
        SQLite::Transaction tx(db);
        for (const Step &step : steps) {
            if (step.to > from)
                db.exec(step.sql);
        }
        db.exec("PRAGMA user_version = " + std::to_string(CurrentVersion));
        tx.commit();
        return {};
    } catch (const SQLite::Exception &e) {
        return storageError(e, QStringLiteral("Could not upgrade the diary to version %1").arg(CurrentVersion));
    }
}

} // namespace rls::schema
