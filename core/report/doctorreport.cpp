// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report: every figure, computed from the diary. reporttext.cpp writes them out.
#include "report/doctorreport.h"

#include "analysis/regimen.h"
#include "analysis/trendseries.h"
#include "findings/insightsjson.h"
#include "guidance/guidance.h"
#include "model/dose.h"
#include "model/sleepmetrics.h"
#include "storage/diarystore.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace rls {
namespace {

// The nights of the first and the last four weeks of the period.
constexpr int FourWeeks = 28;
// A line is "ongoing" when its substance was taken within the last 3 nights of the period.
constexpr int OngoingNights = 3;

bool byDate(const Night &a, const Night &b)
{
    return a.date < b.date;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<double> meanOf(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

std::optional<double> valueOf(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

SeveritySummary severityOf(const QList<Night> &period, const ReportOptions &o, qint64 calendarNights)
{
    SeveritySummary s;
    QList<double> all, first, last;
    const QDate firstEnd = o.from.addDays(FourWeeks - 1);
    const QDate lastStart = o.to.addDays(-(FourWeeks - 1));
    for (const Night &n : period) {
        if (!n.symptoms.severity)
            continue;
        const double v = *n.symptoms.severity;
        all.append(v);
        s.nightsAtLeast7 += v >= 7 ? 1 : 0;
        if (n.date <= firstEnd)
            first.append(v);
        if (n.date >= lastStart)
            last.append(v);
    }
    s.nights = static_cast<int>(all.size());
    s.mean = meanOf(all);
    if (!all.isEmpty())
        s.median = medianOf(all);
    // Shorter than 8 weeks, the two windows would share nights: no comparison.
    if (calendarNights >= 2 * FourWeeks) {
        s.firstFourWeeksMean = meanOf(first);
        s.lastFourWeeksMean = meanOf(last);
        s.firstFourWeeksNights = static_cast<int>(first.size());
        s.lastFourWeeksNights = static_cast<int>(last.size());
    }
    return s;
}

SleepSummary sleepOf(const QList<Night> &period)
{
    std::array<QList<double>, 7> v;
    auto add = [&v](size_t i, auto value) {
        if (value)
            v[i].append(static_cast<double>(*value));
    };
    for (const Night &n : period) {
        const SleepMetrics m = computeSleepMetrics(n.sleep);
        add(0, m.timeInBedMinutes);
        add(1, m.totalSleepMinutes);
        add(2, m.efficiencyPercent);
        add(3, n.sleep.minutesToFallAsleep);
        add(4, wakeAfterSleepOnset(n.sleep));
        add(5, n.sleep.awakenings);
        add(6, n.sleep.quality);
    }
    auto mean = [&v](size_t i) { return SleepSummary::Mean {meanOf(v[i]), static_cast<int>(v[i].size())}; };
    SleepSummary s;
    s.timeInBedMinutes = mean(0);
    s.totalSleepMinutes = mean(1);
    s.efficiencyPercent = mean(2);
    s.latencyMinutes = mean(3);
    s.wasoMinutes = mean(4);
    s.awakenings = mean(5);
    s.quality = mean(6);
    return s;
}

// The median clock time of the timed doses `counts` picks on the nights first..last, on the
// 06:00-06:00 line so that a day's doses keep their order.
template <typename Counts>
std::optional<QTime> usualTime(const QList<Night> &period, QDate first, QDate last, Counts counts)
{
    QList<double> minutes;
    for (const Night &n : period) {
        if (n.date < first || n.date > last)
            continue;
        for (const Intake &in : n.intakes) {
            if (in.time && counts(in))
                minutes.append(minutesOnOnsetLine(*in.time));
        }
    }
    if (minutes.isEmpty())
        return std::nullopt;
    return clockOnOnsetLine(medianOf(minutes));
}

RegimenLine lineOf(const RegimenPeriod &p, const QString &substance, SubstanceKind kind, const QString &unit, QDate to)
{
    RegimenLine line;
    line.substance = substance;
    line.kind = kind;
    line.form = p.form;
    line.typicalAmount = p.typicalMg;
    line.lowestAmount = p.lowestMg;
    line.highestAmount = p.highestMg;
    line.unit = unit;
    line.first = p.first;
    line.last = p.last;
    line.ongoing = p.last >= to.addDays(-(OngoingNights - 1));
    line.nightsTaken = p.nightsTaken;
    return line;
}

QString sameUnit(const QString &unit)
{
    return unit.trimmed().toLower();
}

// The nights with only the doses of `name`, in one unit: the one it was logged in, else mg when
// every dose is a mass, else the unit used most (doses in other units are left out).
QList<Night> dosesOf(const QList<Night> &period, const QString &name, QString &unit)
{
    std::map<QString, int> units;
    QString firstSpelling;
    bool allMass = true;
    for (const Night &n : period) {
        for (const Intake &in : n.intakes) {
            if (in.substance.trimmed().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (units.empty())
                firstSpelling = in.unit.trimmed();
            ++units[sameUnit(in.unit)];
            allMass = allMass && milligramsPerUnit(in.unit).has_value();
        }
    }
    const bool toMg = units.size() > 1 && allMass;
    QString kept = sameUnit(firstSpelling);
    if (units.size() > 1 && !allMass) {
        const auto most = std::max_element(
            units.begin(), units.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        kept = most->first;
    }
    unit = toMg ? QStringLiteral("mg") : units.size() == 1 ? firstSpelling : kept;
    QList<Night> out;
    for (const Night &n : period) {
        Night only;
        only.date = n.date;
        for (const Intake &in : n.intakes) {
            if (in.substance.trimmed().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            Intake dose = in;
            dose.substance = name;
            if (toMg) {
                dose.amount = *toMilligrams(in.amount, in.unit);
                dose.unit = unit;
            } else if (sameUnit(in.unit) != kept) {
                continue;
            }
            only.intakes.append(dose);
        }
        out.append(only);
    }
    return out;
}

bool lineBefore(const RegimenLine &a, const RegimenLine &b)
{
    if (a.first != b.first)
        return a.first < b.first;
    return a.substance.compare(b.substance, Qt::CaseInsensitive) < 0;
}

// Magnesium (every magnesium-kind substance together, as the chart's bands), then every other
// substance on its own; caffeine and alcohol are in the weekly table instead.
void regimenOf(DoctorReport &r, const QList<Night> &period, const QList<Substance> &catalog)
{
    const QDate to = r.options.to;
    for (const RegimenPeriod &p : findRegimenPeriods(period, catalog)) {
        RegimenLine line = lineOf(p, substances::Magnesium, SubstanceKind::Magnesium, QStringLiteral("mg"), to);
        line.usualTime = usualTime(period, p.first, p.last,
            [&catalog](const Intake &in) { return kindOf(in, catalog) == SubstanceKind::Magnesium; });
        r.regimen.append(line);
    }
    QStringList names;
    for (const Night &n : period) {
        for (const Intake &in : n.intakes) {
            const SubstanceKind kind = kindOf(in, catalog);
            if (kind == SubstanceKind::Magnesium || kind == SubstanceKind::Caffeine || kind == SubstanceKind::Alcohol)
                continue;
            const Substance *known = findSubstance(catalog, in.substance);
            const QString name = known ? known->name : in.substance.trimmed();
            if (!names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        const Substance *known = findSubstance(catalog, name);
        const SubstanceKind kind = known ? known->kind : SubstanceKind::Other;
        QString unit;
        const QList<Night> doses = dosesOf(period, name, unit);
        for (const RegimenPeriod &p : findSubstancePeriods(doses, name)) {
            RegimenLine line = lineOf(p, name, kind, unit, to);
            line.usualTime = usualTime(doses, p.first, p.last, [](const Intake &) { return true; });
            (kind == SubstanceKind::Medication ? r.medicines : r.regimen).append(line);
        }
    }
    std::sort(r.regimen.begin(), r.regimen.end(), lineBefore);
    std::sort(r.medicines.begin(), r.medicines.end(), lineBefore);
}

LabLine labLineOf(const LabResult &result)
{
    LabLine line;
    line.result = result;
    if (isFerritinInNgPerMl(result)) {
        line.guideline = labtests::FerritinIronThreshold;
        line.belowGuideline = result.value <= labtests::FerritinIronThreshold;
    } else if (isTransferrinSaturationInPercent(result)) {
        line.guideline = labtests::TransferrinSaturationIronThreshold;
        line.belowGuideline = result.value < labtests::TransferrinSaturationIronThreshold;
    }
    return line;
}

// The weekly rows of the trend chart's weekly view (same weeks, same means, same minimum of
// logged nights), with the mean onset added on the same rule.
void weeksOf(DoctorReport &r, const QList<Night> &nights, const QList<Night> &period, const QList<Substance> &catalog)
{
    TrendOptions t;
    t.from = r.options.from;
    t.to = r.options.to;
    const TrendRows weeks = buildTrendSeries(nights, catalog, t).weeks;
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        WeekRow row;
        row.first = weeks.first.at(i);
        row.last = weeks.last.at(i);
        row.nightsLogged = weeks.nightsLogged.at(i);
        row.meanSeverity = valueOf(weeks[Measure::Severity].at(i));
        row.meanEfficiencyPercent = valueOf(weeks[Measure::SleepEfficiency].at(i));
        row.magnesiumMgPerDay = valueOf(weeks[Measure::MagnesiumMg].at(i));
        row.ironMgPerDay = valueOf(weeks[Measure::IronMg].at(i));
        row.caffeineMgPerDay = valueOf(weeks[Measure::CaffeineMg].at(i));
        row.alcoholDrinksPerDay = valueOf(weeks[Measure::AlcoholDrinks].at(i));
        QList<double> onsets;
        for (const Night &n : period) {
            if (n.date >= row.first && n.date <= row.last && n.symptoms.onset)
                onsets.append(minutesOnOnsetLine(*n.symptoms.onset));
        }
        const auto days = static_cast<qsizetype>(row.first.daysTo(row.last) + 1);
        const qsizetype needed = std::max<qsizetype>(1, std::min<qsizetype>(t.weeklyMinimum, days));
        if (onsets.size() >= needed)
            row.meanOnset = clockOnOnsetLine(*meanOf(onsets));
        r.weeks.append(row);
    }
}

QStringList tagsUsed(const QList<Night> &nights)
{
    QStringList tags;
    for (const Night &n : nights) {
        for (const QString &tag : n.tags) {
            if (!tags.contains(tag.trimmed(), Qt::CaseInsensitive))
                tags.append(tag.trimmed());
        }
    }
    std::sort(tags.begin(), tags.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

void insightsOf(DoctorReport &r, const QList<Night> &nights, const QList<Substance> &catalog)
{
    const ReportOptions &o = r.options;
    InsightOptions options;
    options.from = o.from;
    options.to = o.to;
    options.caffeineAfter = caffeineCutoff(nights, o.caffeineAfter);
    options.tags = o.tags.isEmpty() ? tagsUsed(nights) : o.tags;
    options.regimenSubstances = o.regimenSubstances;
    options.regimenSubstances.removeDuplicates();
    options.magnesiumDoseMg = o.magnesiumDoseMg;
    options.numbers = reportLocale(); // "4.3" (German "4,3") like every other figure of the report
    r.insights = computeInsights(nights, catalog, Outcome::Severity, options);
    r.insightsCaveat = insightsCaveat();
}

} // namespace

DoctorReport buildDoctorReport(const QList<Night> &allNights, const QList<Substance> &catalog,
    const QList<LabResult> &labs, const ReportOptions &options)
{
    DoctorReport r;
    r.options = options;
    const bool valid = options.from.isValid() && options.to.isValid() && options.from <= options.to;
    if (!valid)
        return r;
    // What came after the period is not the report's; what came before feeds the insights and the watch.
    QList<Night> nights, period;
    for (const Night &n : allNights) {
        if (n.date.isValid() && n.date <= options.to)
            nights.append(n);
    }
    std::sort(nights.begin(), nights.end(), byDate);
    for (const Night &n : std::as_const(nights)) {
        if (n.date >= options.from)
            period.append(n);
    }

    const qint64 calendar = options.from.daysTo(options.to) + 1;
    r.calendarNights = static_cast<int>(calendar);
    r.nightsLogged = static_cast<int>(period.size());
    r.completenessPercent = 100.0 * static_cast<double>(period.size()) / static_cast<double>(calendar);
    QDate previous = options.from.addDays(-1);
    for (const Night &n : std::as_const(period)) {
        r.longestGapNights = std::max(r.longestGapNights, static_cast<int>(previous.daysTo(n.date) - 1));
        previous = n.date;
    }
    r.longestGapNights = std::max(r.longestGapNights, static_cast<int>(previous.daysTo(options.to)));

    r.severity = severityOf(period, options, calendar);
    for (const Night &n : std::as_const(period)) {
        if (const auto total = n.symptoms.irlsTotal)
            r.irls.append({n.date, *total, irlsBand(*total)});
        if (n.flaggedForDoctor)
            r.flagged.append({n.date, n.symptoms.severity, n.symptoms.onset, n.tags, n.note});
    }
    r.sleep = sleepOf(period);
    regimenOf(r, period, catalog);

    QList<LabResult> sorted = labs;
    std::sort(sorted.begin(), sorted.end(),
        [](const LabResult &a, const LabResult &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    // The newest earlier result of each test the period has none of, first (a ferritin drawn
    // before an iron course), then the period's own.
    QSet<QString> testsInPeriod;
    QHash<QString, LabResult> newestBefore;
    for (const LabResult &lab : std::as_const(sorted)) {
        const QString test = lab.test.trimmed().toLower();
        if (lab.date >= options.from && lab.date <= options.to)
            testsInPeriod.insert(test);
        else if (lab.date < options.from)
            newestBefore.insert(test, lab); // sorted oldest first: the last one stays
    }
    QList<LabResult> earlier;
    for (auto it = newestBefore.cbegin(); it != newestBefore.cend(); ++it) {
        if (!testsInPeriod.contains(it.key()))
            earlier.append(it.value());
    }
    std::sort(earlier.begin(), earlier.end(),
        [](const LabResult &a, const LabResult &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    for (const LabResult &lab : std::as_const(earlier)) {
        r.labs.append(labLineOf(lab));
        r.labs.last().beforePeriod = true;
    }
    for (const LabResult &lab : std::as_const(sorted)) {
        if (lab.date >= options.from && lab.date <= options.to)
            r.labs.append(labLineOf(lab));
    }

    r.augmentation = augmentationWatch(nights, catalog, options.to);
    r.augmentationSentence = augmentationSentence(r.augmentation);
    insightsOf(r, nights, catalog);
    weeksOf(r, nights, period, catalog);
    return r;
}

Result<ReportSource> readReportSource(DiaryStore &store)
{
    const auto summary = store.summary();
    if (!summary)
        return summary.error();
    ReportSource source;
    if (summary->nights > 0) {
        auto loaded = store.loadRange(summary->first, summary->last);
        if (!loaded)
            return loaded.error();
        source.nights = std::move(loaded).value();
    }
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    source.catalog = std::move(catalog).value();
    auto labs = store.labResults();
    if (!labs)
        return labs.error();
    source.labs = std::move(labs).value();
    auto tags = store.tags();
    if (!tags)
        return tags.error();
    source.tags = std::move(tags).value();
    return source;
}

Result<DoctorReport> buildDoctorReport(DiaryStore &store, const ReportOptions &options)
{
    const auto source = readReportSource(store);
    if (!source)
        return source.error();
    ReportOptions o = options;
    if (o.tags.isEmpty())
        o.tags = source->tags;
    return buildDoctorReport(source->nights, source->catalog, source->labs, o);
}

} // namespace rls
