// SPDX-License-Identifier: GPL-3.0-or-later
// The Nights sheet: the nightly CSV's columns in its order, each with a typed cell.
#include "io/csvexport.h"
#include "io/csvfields.h"
#include "io/csvreader.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "io/xlsxsheets.h"
#include "model/sleepmetrics.h"

#include <QHash>

#include <cmath>
#include <functional>

namespace rls::xlsx {
namespace {

struct NightCells {
    const Night &night;
    SleepMetrics metrics;
    const QList<Substance> &catalog;
};

using CellOf = std::function<Cell(const NightCells &)>;

struct NightColumn {
    Column column;
    CellOf cell;
};

Cell number(std::optional<int> v)
{
    return v ? Cell(double(*v)) : Cell();
}

Cell number(std::optional<double> v)
{
    return v ? Cell(*v) : Cell();
}

Cell time(std::optional<QTime> v)
{
    return v ? Cell(*v) : Cell();
}

Cell text(const QString &v)
{
    return v.isEmpty() ? Cell() : Cell(v);
}

// The day total exactly as the CSV counts it (groupTotal, i.e. dayTotals): one total everywhere.
Cell total(const NightCells &c, DoseGroup group)
{
    const QList<Intake> doses = dosesInGroup(c.night.intakes, group, c.catalog);
    return doses.isEmpty() ? Cell() : number(groupTotal(doses, group, c.catalog));
}

Cell doses(const NightCells &c, DoseGroup group)
{
    return text(csv::formatDoses(dosesInGroup(c.night.intakes, group, c.catalog), doseGroupSubstance(group)));
}

NightColumn col(const char *title, const char *meaning, double width, CellOf cell)
{
    return {{QString::fromUtf8(title), QString::fromUtf8(meaning), width}, std::move(cell)};
}

// Every column of the nightly CSV, by its CSV header.
QHash<QString, NightColumn> knownColumns()
{
    using C = const NightCells &;
    QHash<QString, NightColumn> k;
    k.insert(QStringLiteral("date"),
        col("Night of (evening date)",
            "The evening the night starts: the night of 2026-11-23 runs into the morning of 2026-11-24.", 14,
            [](C c) { return Cell(c.night.date); }));
    k.insert(QStringLiteral("symptom_severity_0_10"),
        col("Severity (0 none-10 worst)",
            "RLS symptoms that evening and night as the person rated them: 0 none .. 10 worst imaginable. "
            "Higher is worse.",
            12, [](C c) { return number(c.night.symptoms.severity); }));
    k.insert(QStringLiteral("symptom_onset_time"),
        col("Symptoms began (time)", "Clock time the symptoms started, hh:mm.", 12,
            [](C c) { return time(c.night.symptoms.onset); }));
    k.insert(QStringLiteral("sensations"),
        col("Sensations", "What the legs felt: urge to move; tingling; crawling; cramps; aching; twitching.", 28,
            [](C c) { return text(csv::formatSensations(c.night.symptoms.sensations)); }));
    k.insert(QStringLiteral("body_areas"),
        col("Body areas", "Where the symptoms were felt: legs; arms; trunk.", 14,
            [](C c) { return text(csv::formatBodyAreas(c.night.symptoms.bodyAreas)); }));
    k.insert(QStringLiteral("irls_total_0_40"),
        col("IRLS total (0-40)",
            "International RLS rating scale total a clinician scored: 0 none, 1-10 mild, 11-20 moderate, "
            "21-30 severe, 31-40 very severe. Higher is worse.",
            10, [](C c) { return number(c.night.symptoms.irlsTotal); }));
    k.insert(QStringLiteral("in_bed_time"),
        col("Into bed (time)", "Consensus Sleep Diary item 1: time into bed, hh:mm.", 10,
            [](C c) { return time(c.night.sleep.inBed); }));
    k.insert(QStringLiteral("tried_to_sleep_time"),
        col("Tried to sleep (time)", "Item 2: time the person tried to go to sleep, hh:mm.", 12,
            [](C c) { return time(c.night.sleep.triedToSleep); }));
    k.insert(QStringLiteral("sleep_onset_latency_min"),
        col("Time to fall asleep (min)", "Item 3: minutes to fall asleep (sleep onset latency). Lower is better.", 12,
            [](C c) { return number(c.night.sleep.minutesToFallAsleep); }));
    k.insert(QStringLiteral("awakenings_count"),
        col("Awakenings (count)", "Item 4: times woken in the night, not counting the final awakening.", 11,
            [](C c) { return number(c.night.sleep.awakenings); }));
    k.insert(QStringLiteral("wake_after_sleep_onset_min"),
        col("Awake in the night (min)", "Item 5: minutes awake in those awakenings (WASO). Lower is better.", 12,
            [](C c) { return number(c.night.sleep.minutesAwake); }));
    k.insert(QStringLiteral("final_awakening_time"),
        col("Final awakening (time)", "Item 6: time of the final awakening, hh:mm.", 12,
            [](C c) { return time(c.night.sleep.finalAwakening); }));
    k.insert(QStringLiteral("out_of_bed_time"),
        col("Out of bed (time)", "Item 7: time out of bed, hh:mm.", 10,
            [](C c) { return time(c.night.sleep.outOfBed); }));
    k.insert(QStringLiteral("sleep_quality_1_5"),
        col("Sleep quality (1 very poor-5 very good)",
            "Item 8: 1 very poor, 2 poor, 3 fair, 4 good, 5 very good. Higher is better.", 14,
            [](C c) { return number(c.night.sleep.quality); }));
    k.insert(QStringLiteral("time_in_bed_min"),
        col("Time in bed (min)", "Computed: out of bed minus into bed (TIB), minutes.", 10,
            [](C c) { return number(c.metrics.timeInBedMinutes); }));
    k.insert(QStringLiteral("total_sleep_time_min"),
        col("Total sleep (min)",
            "Computed: (final awakening minus tried to sleep) minus time to fall asleep minus awake in the "
            "night (TST), minutes. Empty when an item it needs is missing.",
            10, [](C c) { return number(c.metrics.totalSleepMinutes); }));
    k.insert(QStringLiteral("sleep_efficiency_pct"),
        col("Sleep efficiency (%)", "Computed: total sleep / time in bed x 100 (SE), one decimal. Higher is better.",
            10, [](C c) {
                // One decimal, as the CSV writes it: the same number in both files.
                const auto se = c.metrics.efficiencyPercent;
                return number(se ? std::optional<double>(std::round(*se * 10) / 10) : std::nullopt);
            }));
    k.insert(QStringLiteral("magnesium_elemental_mg"),
        col("Magnesium (elemental mg)",
            "Day total of elemental magnesium, mg: the element's weight, not the compound's, of every "
            "magnesium product. Empty when a dose's unit cannot be converted.",
            12, [](C c) { return total(c, DoseGroup::Magnesium); }));
    k.insert(QStringLiteral("magnesium_doses"),
        col("Magnesium doses", "Each dose: amount (elemental mg), form, weight from the label, time taken.", 34,
            [](C c) { return doses(c, DoseGroup::Magnesium); }));
    k.insert(QStringLiteral("iron_elemental_mg"),
        col("Iron (elemental mg)", "Day total of elemental iron, mg.", 10,
            [](C c) { return total(c, DoseGroup::Iron); }));
    k.insert(QStringLiteral("iron_doses"),
        col("Iron doses", "Each dose of iron, as for magnesium.", 28, [](C c) { return doses(c, DoseGroup::Iron); }));
    k.insert(QStringLiteral("caffeine_mg"),
        col("Caffeine (mg)", "Day total of caffeine, mg.", 10, [](C c) { return total(c, DoseGroup::Caffeine); }));
    k.insert(QStringLiteral("caffeine_doses"),
        col("Caffeine doses", "Each dose of caffeine, with the drink and the time.", 28,
            [](C c) { return doses(c, DoseGroup::Caffeine); }));
    k.insert(QStringLiteral("alcohol_standard_drinks"),
        col("Alcohol (standard drinks)", "Day total of alcohol, standard drinks.", 10,
            [](C c) { return total(c, DoseGroup::Alcohol); }));
    k.insert(QStringLiteral("alcohol_doses"),
        col("Alcohol doses", "Each drink, with the time.", 24, [](C c) { return doses(c, DoseGroup::Alcohol); }));
    k.insert(QStringLiteral("medication_doses"),
        col("Medication", "Every medicine, named: amount, unit, form, time.", 34,
            [](C c) { return doses(c, DoseGroup::Medication); }));
    k.insert(QStringLiteral("other_intakes"),
        col("Other intakes", "Every other substance (not a medicine), named: amount, unit, form, time.", 34,
            [](C c) { return doses(c, DoseGroup::Other); }));
    k.insert(QStringLiteral("tags"),
        col("Tags", "The person's own tags for the day, e.g. exercise; stress.", 20,
            [](C c) { return text(c.night.tags.join(QStringLiteral("; "))); }));
    k.insert(QStringLiteral("notes"),
        col("Note", "The night's note, as typed (always text).", 48, [](C c) { return text(c.night.note); }));
    k.insert(QStringLiteral("flagged_for_doctor"),
        col("Show my doctor", "Yes when the person marked the night to discuss with their doctor; empty otherwise.", 10,
            [](C c) { return c.night.flaggedForDoctor ? Cell(QStringLiteral("Yes")) : Cell(); }));
    return k;
}

// A CSV column the sheet does not know yet still shows, with the CSV's own text.
QList<QStringList> csvCells(const QList<Night> &nights, const QList<Substance> &catalog)
{
    QList<QStringList> out;
    auto table = readCsv(nightlyCsv(nights, catalog));
    if (table) {
        for (const CsvRecord &r : table->rows)
            out.append(r.cells);
    }
    return out;
}

} // namespace

Sheet nightsSheet(const QList<Night> &nights, const QList<Substance> &catalog)
{
    const QHash<QString, NightColumn> known = knownColumns();
    const QStringList headers = csvHeader(CsvKind::Nightly);
    Sheet sheet {QStringLiteral("Nights"), {}, {}};
    bool unknown = false;
    for (const QString &h : headers) {
        const auto it = known.constFind(h);
        unknown = unknown || it == known.cend();
        sheet.columns.append(it != known.cend()
                ? it->column
                : Column {h, QStringLiteral("As the nightly CSV file's column %1.").arg(h), 16});
    }
    const QList<QStringList> csv = unknown ? csvCells(nights, catalog) : QList<QStringList>();
    for (qsizetype i = 0; i < nights.size(); ++i) {
        const NightCells cells {nights.at(i), computeSleepMetrics(nights.at(i).sleep), catalog};
        QList<Cell> row;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const auto it = known.constFind(headers.at(c));
            if (it != known.cend())
                row.append(it->cell(cells));
            else
                row.append(text(unguardFormula(csv.value(i).value(c))));
        }
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace rls::xlsx
