// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace rls {

/// Sensations a person may feel with RLS. Stored as a bit set; the values never change.
enum class Sensation : unsigned {
    UrgeToMove = 1u << 0,
    Tingling = 1u << 1,
    Crawling = 1u << 2,
    Cramps = 1u << 3,
    Aching = 1u << 4,
    Twitching = 1u << 5, ///< twitching or jerks
};
Q_DECLARE_FLAGS(Sensations, Sensation)
Q_DECLARE_OPERATORS_FOR_FLAGS(Sensations)

/// Where symptoms were felt. Spreading to arms or trunk is one sign of augmentation.
enum class BodyArea : unsigned {
    Legs = 1u << 0,
    Arms = 1u << 1,
    Trunk = 1u << 2,
};
Q_DECLARE_FLAGS(BodyAreas, BodyArea)
Q_DECLARE_OPERATORS_FOR_FLAGS(BodyAreas)

/// RLS symptoms on the evening and night.
struct Symptoms {
    std::optional<int> severity; ///< 0 none .. 10 worst imaginable
    std::optional<QTime> onset; ///< clock time symptoms started
    Sensations sensations;
    BodyAreas bodyAreas;
    std::optional<int> irlsTotal; ///< 0..40, only the total a clinician scored
    friend bool operator==(const Symptoms &, const Symptoms &) = default;
};

/// The Consensus Sleep Diary core items (Carney et al., Sleep 2012). Every item may be missing.
struct SleepDiary {
    std::optional<QTime> inBed; ///< 1 time into bed
    std::optional<QTime> triedToSleep; ///< 2 time tried to go to sleep
    std::optional<int> minutesToFallAsleep; ///< 3 sleep onset latency, minutes
    std::optional<int> awakenings; ///< 4 number of awakenings, not counting the final one
    std::optional<int> minutesAwake; ///< 5 total minutes of those awakenings (WASO)
    std::optional<QTime> finalAwakening; ///< 6 time of final awakening
    std::optional<QTime> outOfBed; ///< 7 time out of bed
    std::optional<int> quality; ///< 8 sleep quality 1 very poor .. 5 very good
    bool isEmpty() const;
    friend bool operator==(const SleepDiary &, const SleepDiary &) = default;
};

/// One dose of a substance from the catalog, taken on the day of the night.
/// For magnesium and iron, `amount` is the element itself (elemental mg), the number every total,
/// note and chart uses; `labelMg` keeps the compound weight the bottle states when the person
/// worked the amount out from it ("300 mg magnesium glycinate" = 42 mg elemental).
struct Intake {
    QString substance; ///< catalog name, e.g. "Magnesium"
    double amount = 0; ///< in `unit`; elemental for magnesium and iron
    QString unit; ///< e.g. "mg", "standard drinks"
    QString form; ///< optional, e.g. "glycinate", or the drink, e.g. "Espresso (1 shot)"
    std::optional<QTime> time; ///< optional clock time taken
    std::optional<double> labelMg = std::nullopt; ///< the compound's weight in mg from the label, when known
    friend bool operator==(const Intake &, const Intake &) = default;
};

/// One night of the diary, keyed by the date of the evening it starts.
/// The night of 2026-11-23 runs into the morning of 2026-11-24.
struct Night {
    QDate date;
    Symptoms symptoms;
    SleepDiary sleep;
    QList<Intake> intakes;
    QStringList tags;
    QString note;
    /// "Show my doctor": the person marked this night for the report's list of nights to discuss.
    bool flaggedForDoctor = false;
    QDateTime createdAt; ///< first logged (UTC), set by the store
    QDateTime updatedAt; ///< last changed (UTC), set by the store
};

/// True when two nights hold the same entry: every field but the created/updated stamps,
/// tags compared as a set. The form uses it to know whether there is anything unsaved.
bool sameEntry(const Night &a, const Night &b);

/// A night reduced to what a list of nights shows.
struct NightBrief {
    QDate date;
    std::optional<int> severity;
    bool hasSleep = false;
    bool flaggedForDoctor = false;
};

} // namespace rls
