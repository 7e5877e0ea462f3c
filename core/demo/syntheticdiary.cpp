// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticdiary.h"

#include "storage/diarystore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace rls {
namespace {

// std::*_distribution differ between standard libraries; these draws do not, so a seed
// gives the same diary everywhere.
class Dice {
public:
    explicit Dice(std::uint64_t seed)
        : m_engine(seed)
    { }
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    int between(int low, int high) { return low + static_cast<int>(uniform() * (high - low + 1)); }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    std::mt19937_64 m_engine;
};

// A stretch of nights on one magnesium/iron regimen.
struct Regimen {
    int magnesiumMg = 0;
    QString magnesiumForm;
    int ironMg = 0;
};

Regimen nextRegimen(Dice &dice, const Regimen &previous)
{
    static const std::array<QString, 4> forms
        = {QStringLiteral("glycinate"), QStringLiteral("citrate"), QStringLiteral("malate"), QStringLiteral("oxide")};
    Regimen r;
    // Alternate between trying magnesium and pausing it, as a person testing it would.
    if (previous.magnesiumMg == 0) {
        r.magnesiumMg = 100 * dice.between(2, 4);
        r.magnesiumForm = forms.at(static_cast<size_t>(dice.between(0, 3)));
    }
    r.ironMg = dice.chance(0.4) ? 25 * dice.between(1, 2) : 0;
    return r;
}

QTime clock(Dice &dice, int hour, int minute, double sdMinutes)
{
    const int total = static_cast<int>(std::lround(dice.normal(hour * 60 + minute, sdMinutes)));
    const int wrapped = ((total % 1440) + 1440) % 1440;
    return QTime(wrapped / 60, (wrapped % 60) / 5 * 5);
}

QTime addMinutes(QTime t, int minutes)
{
    return t.addSecs(minutes * 60);
}

void addSleep(Dice &dice, Night &n, double severity)
{
    SleepDiary &s = n.sleep;
    s.inBed = clock(dice, 22, 45, 30);
    s.triedToSleep = addMinutes(*s.inBed, 5 * dice.between(0, 6));
    s.minutesToFallAsleep = std::clamp(static_cast<int>(dice.normal(10 + severity * 5, 10)), 0, 180);
    s.awakenings = std::clamp(static_cast<int>(dice.normal(severity / 3.0, 1)), 0, 10);
    s.minutesAwake = *s.awakenings * std::max(0, static_cast<int>(dice.normal(8 + severity, 4)));
    s.finalAwakening = clock(dice, 6, 40, 35);
    s.outOfBed = addMinutes(*s.finalAwakening, 5 * dice.between(0, 8));
    s.quality = std::clamp(static_cast<int>(std::lround(dice.normal(4.6 - severity / 2.6, 0.6))), 1, 5);
    // Keep the diary consistent: the awake minutes fit between trying to sleep and waking.
    const int span = (s.finalAwakening->msecsSinceStartOfDay() - s.triedToSleep->msecsSinceStartOfDay()) / 60000 + 1440;
    const int room = std::max(0, span % 1440 - 60);
    if (*s.minutesToFallAsleep + *s.minutesAwake > room)
        s.minutesAwake = std::max(0, room - *s.minutesToFallAsleep);
    if (dice.chance(0.06)) // a morning too rushed to fill everything in
        s = SleepDiary {.inBed = {},
            .triedToSleep = {},
            .minutesToFallAsleep = {},
            .awakenings = {},
            .minutesAwake = {},
            .finalAwakening = {},
            .outOfBed = {},
            .quality = s.quality};
}

// On a dopamine medicine, symptoms may creep earlier and spread (augmentation): `earlierMinutes`
// moves the onset, `armsChance` adds arms now and then.
void addSymptoms(Dice &dice, Night &n, double severity, int earlierMinutes = 0, double armsChance = 0)
{
    Symptoms &sy = n.symptoms;
    sy.severity = std::clamp(static_cast<int>(std::lround(severity)), 0, 10);
    if (*sy.severity == 0)
        return;
    sy.onset = addMinutes(clock(dice, 21, 30 - static_cast<int>(severity * 8), 40), -earlierMinutes);
    sy.sensations = Sensation::UrgeToMove;
    if (dice.chance(0.5))
        sy.sensations |= Sensation::Crawling;
    if (dice.chance(0.35))
        sy.sensations |= Sensation::Tingling;
    if (dice.chance(0.15 + severity / 40))
        sy.sensations |= Sensation::Twitching;
    if (dice.chance(0.1))
        sy.sensations |= Sensation::Aching;
    if (dice.chance(0.08))
        sy.sensations |= Sensation::Cramps;
    sy.bodyAreas = BodyArea::Legs;
    if (*sy.severity >= 8 && dice.chance(0.3))
        sy.bodyAreas |= BodyArea::Arms;
    if (armsChance > 0 && dice.uniform() < armsChance)
        sy.bodyAreas |= BodyArea::Arms;
}

const std::array<const char *, 8> notes = {
    "Long day at work, legs bad on the sofa.",
    "Walked after dinner, helped a little.",
    "Slept at my sister's, unfamiliar bed.",
    "Watched a film, had to get up twice.",
    "Legs calm tonight.",
    "Woke at 3 with jerks, walked the hall.",
    "Felt the urge already in the car.",
    "Read in bed, fine until midnight.",
};

} // namespace

SyntheticDiary generateSyntheticDiary(const SyntheticOptions &options)
{
    SyntheticDiary diary;
    if (!options.lastNight.isValid() || options.nights <= 0)
        return diary;
    Dice dice(options.seed);
    const QDate first = options.lastNight.addDays(-(options.nights - 1));
    Regimen regimen;
    int regimenLeft = dice.between(30, 80);
    int daysOnMagnesium = 0;
    int daysOnIron = 0;
    int skipRun = 0;
    int travelRun = 0;
    double ferritin = 38 + dice.between(0, 20);
    double drift = 0;
    if (options.withTrial) {
        TrialPlan plan;
        plan.doseA
            = Intake {substances::Magnesium, 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)};
        plan.secondary = {Outcome::SleepQuality, Outcome::SleepEfficiency};
        plan.start = options.lastNight.addDays(-(plan.totalNights() + 6));
        plan.seed = options.seed;
        plan.order = randomisedOrder(plan.seed, plan.pairs);
        diary.trial = plan;
    }

    for (QDate date = first; date <= options.lastNight; date = date.addDays(1)) {
        if (--regimenLeft <= 0) {
            regimen = nextRegimen(dice, regimen);
            regimenLeft = dice.between(45, 150);
        }
        // During the demo's trial its plan decides the magnesium, kept on most nights.
        const auto trialNight = diary.trial ? trialNightOf(*diary.trial, date) : std::nullopt;
        if (trialNight) {
            const bool keptPlan = dice.chance(0.93);
            const bool onA = (trialNight->condition == Condition::A) == keptPlan;
            regimen.magnesiumMg = onA ? 200 : 0;
            regimen.magnesiumForm = QStringLiteral("glycinate");
        }
        daysOnMagnesium = regimen.magnesiumMg > 0 ? daysOnMagnesium + 1 : 0;
        daysOnIron = regimen.ironMg > 0 ? daysOnIron + 1 : 0;
        ferritin = std::clamp(ferritin + (daysOnIron > 0 ? 0.25 : -0.03), 15.0, 160.0);
        drift = std::clamp(drift + dice.normal(0, 0.05), -1.0, 1.0);

        Night n;
        n.date = date;
        if (regimen.magnesiumMg > 0 && (trialNight || dice.chance(0.92)))
            n.intakes.append({substances::Magnesium, double(regimen.magnesiumMg), QStringLiteral("mg"),
                regimen.magnesiumForm, clock(dice, 21, 0, 20)});
        if (regimen.ironMg > 0 && dice.chance(0.9))
            n.intakes.append({substances::Iron, double(regimen.ironMg), QStringLiteral("mg"),
                QStringLiteral("ferrous bisglycinate"), clock(dice, 8, 0, 25)});
        const int coffees = dice.between(0, 3);
        for (int c = 0; c < coffees; ++c)
            n.intakes.append({substances::Caffeine, 95, QStringLiteral("mg"), {}, clock(dice, 8 + 3 * c, 0, 40)});
        const bool lateCaffeine = dice.chance(0.15);
        if (lateCaffeine)
            n.intakes.append({substances::Caffeine, 34, QStringLiteral("mg"), {}, clock(dice, 16, 30, 60)});
        const int drinks = dice.chance(0.22) ? dice.between(1, 3) : 0;
        if (drinks > 0)
            n.intakes.append(
                {substances::Alcohol, double(drinks), QStringLiteral("standard drinks"), {}, clock(dice, 20, 0, 45)});

        // The last 150 nights of a year-long demo are on pramipexole: its first weeks help, then
        // symptoms creep up to 5 hours earlier and reach the arms, so the augmentation watch has
        // something to find (a demo, not a prediction).
        const int pramipexoleNight
            = options.nights >= 365 && !options.withTrial ? 150 - static_cast<int>(date.daysTo(options.lastNight)) : 0;
        if (pramipexoleNight > 0 && dice.chance(0.95))
            n.intakes.append({QStringLiteral("Pramipexole"), 0.125, QStringLiteral("mg"), {}, QTime(20, 0)});
        const int earlier = pramipexoleNight > 30 ? (pramipexoleNight - 30) * 300 / 120 : 0;
        const double armsChance = pramipexoleNight > 75 ? 0.5 : 0.0;

        // Magnesium helps only after a week or so, and only partly; iron after about six weeks.
        // The effect levels off with dose: about 1.4 points at 200 mg, 1.6 at 300, 1.7 at 400.
        const double doseEffect = 1.6 * (1 - std::exp(-regimen.magnesiumMg / 150.0)) / (1 - std::exp(-2.0));
        const double magnesiumEffect = doseEffect * std::min(1.0, daysOnMagnesium / 10.0);
        const double ironEffect = daysOnIron > 42 ? 1.0 : 0.0;
        const double severity = 6.0 + drift - magnesiumEffect - ironEffect + (lateCaffeine ? 1.2 : 0.0) + drinks * 0.7
            + dice.normal(0, 1.3);
        // About one night in 23 is free of symptoms, as on any long diary.
        const bool calm = date.dayOfYear() % 23 == 0;
        addSymptoms(dice, n, calm ? 0.0 : severity, earlier, armsChance);
        addSleep(dice, n, std::clamp(severity, 0.0, 10.0));

        if (travelRun == 0 && dice.chance(0.01))
            travelRun = dice.between(3, 9);
        if (dice.chance(0.3))
            n.tags.append(QStringLiteral("exercise"));
        if (dice.chance(0.12))
            n.tags.append(QStringLiteral("stress"));
        if (dice.chance(0.08))
            n.tags.append(QStringLiteral("warm bath"));
        if (travelRun > 0) {
            n.tags.append(QStringLiteral("travel"));
            --travelRun;
        }
        if (regimen.magnesiumMg > 350 && dice.chance(0.2))
            n.tags.append(QStringLiteral("diarrhoea"));
        if (dice.chance(0.12))
            n.note = QString::fromUtf8(notes.at(static_cast<size_t>(dice.between(0, int(notes.size()) - 1))));
        if (dice.chance(0.03))
            n.symptoms.irlsTotal = std::clamp(static_cast<int>(std::lround(severity * 3.2 + dice.normal(0, 3))), 0, 40);

        // Most nights are logged the same evening, some the next days from memory.
        const int lateDays = dice.chance(0.1) ? dice.between(1, 4) : 0;
        n.createdAt = QDateTime(date.addDays(lateDays), QTime(21, 30).addSecs(dice.between(0, 7200)), Qt::UTC);
        n.updatedAt = n.createdAt;

        // Forgotten nights: single ones, and now and then a run of them.
        if (skipRun == 0 && dice.chance(0.015))
            skipRun = dice.between(3, 10);
        const bool forgotten = skipRun > 0 || dice.chance(0.07);
        if (skipRun > 0)
            --skipRun;
        if (!forgotten)
            diary.nights.append(std::move(n));

        if (date.day() == 1 && date.month() % 6 == 1) {
            const QDate drawn = date.addDays(dice.between(2, 20));
            const double value = std::round(ferritin + dice.normal(0, 4));
            diary.labs.append({0, drawn, labtests::Ferritin, value, QStringLiteral("ng/mL")});
            // Transferrin saturation follows the iron stores loosely, drawn the same morning.
            diary.labs.append({0, drawn, labtests::TransferrinSaturation,
                std::round(std::clamp(10 + value / 6, 8.0, 45.0)), QStringLiteral("%")});
        }
    }
    return diary;
}

Result<void> writeSyntheticDiary(DiaryStore &store, const SyntheticOptions &options)
{
    const SyntheticDiary diary = generateSyntheticDiary(options);
    if (auto saved = store.saveNights(diary.nights, Stamps::Keep); !saved)
        return saved;
    if (diary.trial) {
        if (auto added = store.addTrial(*diary.trial, options.lastNight.addDays(1)); !added)
            return added.error();
    }
    for (const LabResult &lab : diary.labs) {
        if (auto added = store.addLabResult(lab); !added)
            return added.error();
    }
    return {};
}

} // namespace rls
