// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/guidance.h"

#include "model/dose.h"
#include "model/sleepmetrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace rls {
namespace {

QString nihSource()
{
    return QCoreApplication::translate("Guidance",
        "Tolerable upper intake level for supplemental magnesium (supplements and medicines, not food): "
        "350 mg/day from age 9 (NIH Office of Dietary Supplements, Magnesium fact sheet); "
        "250 mg/day (EFSA). Above it, diarrhoea, nausea and abdominal cramps are common.");
}

QString ironSource()
{
    return QCoreApplication::translate("Guidance",
        "Magnesium- or calcium-containing supplements, zinc and antacids reduce iron absorption: iron "
        "product labels ask for at least 2 hours between them; common advice is 3-4 hours. Oral iron "
        "reduces the absorption of levodopa.");
}

QString caffeineSource()
{
    return QCoreApplication::translate("Guidance",
        "400 mg of caffeine even 6 hours before bedtime cut total sleep by about an hour (Drake et al., J Clin Sleep "
        "Med 2013;9:1195). Caffeine is listed among possible RLS triggers, though a 55,000-person cohort found no "
        "link with RLS risk (PMC4751426): your own diary is the best way to test it.");
}

QString alcoholSource()
{
    return QCoreApplication::translate("Guidance",
        "Alcohol is listed among possible RLS triggers; your own diary is the best way to test whether it is one "
        "for you.");
}

constexpr int MinutesPerDay = 24 * 60;

QString hhmm(QTime t)
{
    return t.toString(u"HH:mm");
}

struct TimedDose {
    const Intake *dose;
    const Substance *substance;
};

// The timed doses of the day whose catalog entry passes `keep`.
template <typename Keep>
QList<TimedDose> timedDoses(const QList<Intake> &intakes, const QList<Substance> &catalog, Keep keep)
{
    QList<TimedDose> out;
    for (const Intake &in : intakes) {
        const Substance *s = findSubstance(catalog, in.substance);
        // A dose of 0 is a recorded "none": nothing was taken at that hour.
        if (in.time && in.amount > 0 && s && keep(*s))
            out.append({&in, s});
    }
    return out;
}

// "Pramipexole at 21:00", or "magnesium at 21:00" for the seeded names people say in lowercase.
QString named(const TimedDose &d)
{
    QString name = d.substance->name;
    if (name == substances::Magnesium)
        name = QCoreApplication::translate("Guidance", "magnesium");
    else if (name == substances::Iron)
        name = QCoreApplication::translate("Guidance", "iron");
    return QCoreApplication::translate("Guidance", "%1 at %2").arg(name, hhmm(*d.dose->time));
}

QString listed(const QStringList &items);

// Each iron dose closer than the iron gap to doses that `isOther` picks, named once with all of
// them: "iron at 21:00 and magnesium at 21:30", "iron at 21:00 with magnesium at 21:00 and
// calcium at 21:00". One entry per iron dose (identical ones once).
template <typename IsOther>
QStringList closeToIron(const QList<Intake> &intakes, const QList<Substance> &catalog, IsOther isOther)
{
    const auto irons = timedDoses(intakes, catalog, [](const Substance &s) { return s.kind == SubstanceKind::Iron; });
    const auto others = timedDoses(intakes, catalog, isOther);
    QStringList out;
    for (const TimedDose &i : irons) {
        QStringList near;
        for (const TimedDose &o : others) {
            if (minutesApart(*i.dose->time, *o.dose->time) < IronSeparationMinutes)
                near.append(named(o));
        }
        near.removeDuplicates();
        if (!near.isEmpty())
            out.append((near.size() == 1 ? QCoreApplication::translate("Guidance", "iron at %1 and %2")
                                         : QCoreApplication::translate("Guidance", "iron at %1 with %2"))
                           .arg(hhmm(*i.dose->time), listed(near)));
    }
    out.removeDuplicates();
    return out;
}

// "Brewed coffee (240 ml) at 15:30": the drink's name when it was kept, else the substance.
QString drinkAt(const TimedDose &d)
{
    const QString what = d.dose->form.trimmed().isEmpty() ? d.substance->name : d.dose->form.trimmed();
    return QCoreApplication::translate("Guidance", "%1 at %2").arg(what, hhmm(*d.dose->time));
}

QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", "))
        + QCoreApplication::translate("Guidance", " and ") + items.last();
}

} // namespace

int minutesApart(QTime a, QTime b)
{
    const int d = std::abs(minutesOnNightLine(a) - minutesOnNightLine(b));
    return std::min(d, MinutesPerDay - d);
}

bool isLateInTheDay(QTime time, QTime from)
{
    const int t = minutesOnNightLine(time);
    const int morning = minutesOnNightLine(MorningFrom);
    // A setting earlier than noon would sit at the end of the night line: start the window at noon.
    const int start = from < QTime(12, 0) && from >= MorningFrom ? 0 : minutesOnNightLine(from);
    return t >= start && t < morning;
}

QTime caffeineCutoff(const QList<Night> &nights, QTime fallback)
{
    QList<Night> logged = nights;
    std::sort(logged.begin(), logged.end(), [](const Night &a, const Night &b) { return a.date > b.date; });
    QList<int> bedtimes;
    for (qsizetype i = 0; i < logged.size() && i < 14; ++i) {
        if (const auto t = logged.at(i).sleep.triedToSleep)
            bedtimes.append(minutesOnNightLine(*t));
    }
    if (bedtimes.size() < 3)
        return fallback;
    std::sort(bedtimes.begin(), bedtimes.end());
    const qsizetype n = bedtimes.size();
    const int exact = n % 2 ? bedtimes.at(n / 2) : (bedtimes.at(n / 2 - 1) + bedtimes.at(n / 2)) / 2;
    // To the nearest quarter hour: "after 17:00" reads as advice, "after 17:02" as noise.
    const int median = (exact + 7) / 15 * 15;
    const int cutoff
        = ((median - CaffeineHoursBeforeBed * 60 + 12 * 60) % MinutesPerDay + MinutesPerDay) % MinutesPerDay;
    return QTime(cutoff / 60, cutoff % 60);
}

QList<Guidance> guidanceFor(
    const QList<Intake> &intakes, const QList<Substance> &catalog, const GuidanceSettings &settings)
{
    QList<Guidance> out;
    const QLocale locale;
    const int limit = static_cast<int>(settings.magnesiumLimit);
    if (const double mg = dayTotals(intakes, catalog).magnesiumTowardsLimitMg; mg > limit) {
        out.append({GuidanceKind::MagnesiumOverLimit,
            QCoreApplication::translate("Guidance",
                "Supplemental magnesium today: %1 mg, above the upper limit of %2 mg a day (%3). "
                "Loose stools, nausea or cramps are common above it; worth raising with your doctor.")
                .arg(locale.toString(mg, 'g', 6))
                .arg(limit)
                .arg(settings.magnesiumLimit == MagnesiumLimit::Nih ? QStringLiteral("NIH") : QStringLiteral("EFSA")),
            nihSource()});
    }
    const QStringList inhibitors = closeToIron(
        intakes, catalog, [](const Substance &s) { return s.flags.testFlag(SubstanceFlag::IronAbsorptionInhibitor); });
    if (!inhibitors.isEmpty()) {
        out.append({GuidanceKind::IronNearInhibitor,
            QCoreApplication::translate("Guidance",
                "Less than 2 hours apart: %1. Magnesium, calcium, zinc and antacids lower iron "
                "absorption; iron labels ask for at least 2 hours between them.")
                .arg(inhibitors.join(QStringLiteral("; "))),
            ironSource()});
    }
    const QStringList medicines = closeToIron(
        intakes, catalog, [](const Substance &s) { return s.flags.testFlag(SubstanceFlag::Dopaminergic); });
    if (!medicines.isEmpty()) {
        out.append({GuidanceKind::IronNearDopaminergic,
            QCoreApplication::translate("Guidance",
                "Less than 2 hours apart: %1. Iron can lower the absorption of levodopa; ask your "
                "doctor or pharmacist how far apart to take them.")
                .arg(medicines.join(QStringLiteral("; "))),
            ironSource()});
    }
    QStringList lateCaffeine;
    for (const TimedDose &d :
        timedDoses(intakes, catalog, [](const Substance &s) { return s.kind == SubstanceKind::Caffeine; })) {
        if (isLateInTheDay(*d.dose->time, settings.caffeineAfter))
            lateCaffeine.append(drinkAt(d));
    }
    if (!lateCaffeine.isEmpty()) {
        out.append({GuidanceKind::LateCaffeine,
            QCoreApplication::translate("Guidance",
                "Caffeine after %1%2: %3. Caffeine within about 6 hours of bedtime can shorten sleep "
                "and may worsen RLS for some people; your diary will show whether it does for you.")
                .arg(hhmm(settings.caffeineAfter),
                    settings.caffeineFromBedtime
                        ? QCoreApplication::translate("Guidance", " (6 hours before your usual bedtime)")
                        : QString(),
                    listed(lateCaffeine)),
            caffeineSource()});
    }
    QStringList eveningAlcohol;
    for (const TimedDose &d :
        timedDoses(intakes, catalog, [](const Substance &s) { return s.kind == SubstanceKind::Alcohol; })) {
        if (isLateInTheDay(*d.dose->time, settings.eveningFrom))
            eveningAlcohol.append(drinkAt(d));
    }
    if (!eveningAlcohol.isEmpty()) {
        out.append({GuidanceKind::EveningAlcohol,
            QCoreApplication::translate(
                "Guidance", "Alcohol in the evening (%1) can worsen RLS symptoms for some people.")
                .arg(listed(eveningAlcohol)),
            alcoholSource()});
    }
    return out;
}

Guidance kidneyReminder()
{
    return {GuidanceKind::KidneyReminder,
        QCoreApplication::translate(
            "Guidance", "If you have kidney disease, take magnesium supplements only with your doctor's approval."),
        QCoreApplication::translate("Guidance",
            "Kidney disease: magnesium supplements need a doctor's approval "
            "(NIH Office of Dietary Supplements, Magnesium fact sheet).")};
}

bool isFerritinInNgPerMl(const LabResult &result)
{
    // Guidelines give ferritin in ng/mL, the same number as µg/L; other units are not compared.
    static const QStringList ngPerMl {
        QStringLiteral("ng/mL"), QStringLiteral("µg/L"), QStringLiteral("ug/L"), QStringLiteral("mcg/L")};
    return result.test.trimmed().compare(labtests::Ferritin, Qt::CaseInsensitive) == 0
        && ngPerMl.contains(result.unit.trimmed(), Qt::CaseInsensitive);
}

bool isTransferrinSaturationInPercent(const LabResult &result)
{
    return result.test.trimmed().compare(labtests::TransferrinSaturation, Qt::CaseInsensitive) == 0
        && result.unit.trimmed() == u"%";
}

QString labGuideline(const LabResult &result)
{
    if (isFerritinInNgPerMl(result) && result.value <= labtests::FerritinIronThreshold)
        return QCoreApplication::translate(
            "Guidance", "At or below 75 ng/mL: guidelines advise iron; ask your doctor.");
    if (isTransferrinSaturationInPercent(result) && result.value < labtests::TransferrinSaturationIronThreshold)
        return QCoreApplication::translate("Guidance", "Below 20%: guidelines advise iron; ask your doctor.");
    return {};
}

} // namespace rls
