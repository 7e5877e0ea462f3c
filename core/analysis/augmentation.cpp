// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/augmentation.h"

#include "model/dose.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int OnsetLineStartMinutes = 6 * 60;

// "On" the medicine: a dose on at least this many of the last this-many calendar nights.
constexpr int RecentNights = 7;
constexpr int RecentNightsTaken = 5;
// A stretch on the medicine ends (looking back) at this many logged nights in a row without a
// dose, or at a gap of more than this many calendar days between doses: a forgotten dose or a
// week away without the diary does not start a new stretch, a real pause does.
constexpr int MaxLoggedNightsWithoutDose = 7;
constexpr int MaxDaysBetweenDoses = 28;

// The MPI criteria's onset steps (criterion C): at least 4 h earlier, or 2-4 h earlier together
// with a sign such as spread to other body parts or greater intensity. "Greater intensity" is read
// as the mean 0-10 severity up by a point; up by 2 fires on its own (the app's own rule).
constexpr double ClearlyEarlierHours = 4.0;
constexpr double EarlierHours = 2.0;
constexpr double IntensityRise = 1.0;
constexpr double SeverityRise = 2.0;

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

bool takesDopaminergic(const Night &night, const QList<Substance> &catalog)
{
    return std::any_of(night.intakes.cbegin(), night.intakes.cend(),
        [&](const Intake &dose) { return flagsOf(dose, catalog).testFlag(SubstanceFlag::Dopaminergic); });
}

// The nights of one calendar window [first, last] and what the watch reads from them.
struct Window {
    std::optional<double> medianOnset;
    std::optional<double> meanSeverity;
    bool arms = false;
    bool trunk = false;
};

Window readWindow(const QList<Night> &nights, QDate first, QDate last)
{
    Window w;
    QList<double> onsets;
    double severitySum = 0;
    int severities = 0;
    for (const Night &n : nights) {
        if (n.date < first || n.date > last)
            continue;
        if (n.symptoms.onset && n.symptoms.onset->isValid())
            onsets.append(minutesOnOnsetLine(*n.symptoms.onset));
        if (n.symptoms.severity) {
            severitySum += *n.symptoms.severity;
            ++severities;
        }
        w.arms = w.arms || n.symptoms.bodyAreas.testFlag(BodyArea::Arms);
        w.trunk = w.trunk || n.symptoms.bodyAreas.testFlag(BodyArea::Trunk);
    }
    // Too few evenings make a median or a mean that one bad week can swing.
    if (onsets.size() >= MinOnsetsInWindow)
        w.medianOnset = median(onsets);
    if (severities >= MinOnsetsInWindow)
        w.meanSeverity = severitySum / severities;
    return w;
}

// First night of the stretch on the medicine that reaches `last`, walking back through `nights`
// (sorted, none after `last`).
QDate stretchStart(const QList<Night> &nights, const QList<Substance> &catalog)
{
    QDate start;
    int missedInARow = 0;
    for (auto it = nights.crbegin(); it != nights.crend(); ++it) {
        if (takesDopaminergic(*it, catalog)) {
            if (start.isValid() && it->date.daysTo(start) > MaxDaysBetweenDoses)
                break;
            start = it->date;
            missedInARow = 0;
        } else if (++missedInARow >= MaxLoggedNightsWithoutDose) {
            break;
        }
    }
    return start;
}

QStringList medicinesIn(const QList<Night> &nights, QDate from, const QList<Substance> &catalog)
{
    QStringList names;
    for (const Night &n : nights) {
        if (n.date < from)
            continue;
        for (const Intake &dose : n.intakes) {
            if (!flagsOf(dose, catalog).testFlag(SubstanceFlag::Dopaminergic))
                continue;
            const Substance *s = findSubstance(catalog, dose.substance);
            const QString name = s ? s->name : dose.substance.trimmed();
            if (!names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
    }
    return names;
}

// "4.8" whatever the computer's settings; "4,8" in German (the reports' locale, reportLocale in
// core/report, which this layer may not include).
QString oneDecimal(double value)
{
    return QLocale(QCoreApplication::translate("ReportText", "C")).toString(value, 'f', 1);
}

QString noteFor(const AugmentationStatus &s)
{
    QStringList changes;
    if (s.hoursEarlier && *s.hoursEarlier >= EarlierHours)
        changes.append(QCoreApplication::translate(
            "Augmentation", "your symptoms now start about %1 hours earlier (median %2, was %3)")
                           .arg(oneDecimal(*s.hoursEarlier),
                               clockOnOnsetLine(*s.recentMedianOnset).toString(QStringLiteral("HH:mm")),
                               clockOnOnsetLine(*s.firstMedianOnset).toString(QStringLiteral("HH:mm"))));
    if (s.armsAppeared || s.trunkAppeared) {
        const QString where = s.armsAppeared && s.trunkAppeared
            ? QCoreApplication::translate("Augmentation", "arms and trunk")
            : s.armsAppeared ? QCoreApplication::translate("Augmentation", "arms")
                             : QCoreApplication::translate("Augmentation", "trunk");
        changes.append(QCoreApplication::translate(
            "Augmentation", "you have noted symptoms in your %1, which your first weeks did not have")
                           .arg(where));
    }
    const bool earlier = s.hoursEarlier && *s.hoursEarlier >= EarlierHours;
    if (s.firstMeanSeverity && s.recentMeanSeverity
        && *s.recentMeanSeverity - *s.firstMeanSeverity >= (earlier ? IntensityRise : SeverityRise))
        changes.append(QCoreApplication::translate("Augmentation", "your average severity went from %1 to %2")
                           .arg(oneDecimal(*s.firstMeanSeverity), oneDecimal(*s.recentMeanSeverity)));
    return QCoreApplication::translate("Augmentation",
        "Compared with your first four weeks on %1, %2. On a dopaminergic medicine, symptoms that "
        "start earlier, spread or grow stronger can be a sign of augmentation, and that is worth "
        "discussing with your doctor. Please keep to your prescribed dose until you have talked with them; this "
        "diary cannot tell the cause.")
        .arg(
            s.medicines.join(QCoreApplication::translate("Augmentation", " and ")), changes.join(QStringLiteral("; ")));
}

} // namespace

int minutesOnOnsetLine(QTime onset)
{
    const int minutes = onset.hour() * 60 + onset.minute();
    return (minutes - OnsetLineStartMinutes + MinutesPerDay) % MinutesPerDay;
}

QTime clockOnOnsetLine(double minutes)
{
    const int whole = static_cast<int>(std::lround(minutes)) % MinutesPerDay;
    return QTime(OnsetLineStartMinutes / 60, 0).addSecs(whole * 60);
}

QList<std::optional<double>> rollingMedianOnset(const QList<Night> &nights, int windowNights, int minOnsets)
{
    QList<std::optional<double>> out;
    out.reserve(nights.size());
    for (qsizetype i = 0; i < nights.size(); ++i) {
        const QDate first = nights.at(i).date.addDays(-(windowNights - 1));
        QList<double> onsets;
        for (qsizetype j = i; j >= 0 && nights.at(j).date >= first; --j) {
            const auto &onset = nights.at(j).symptoms.onset;
            if (onset && onset->isValid())
                onsets.append(minutesOnOnsetLine(*onset));
        }
        out.append(onsets.size() >= minOnsets ? median(onsets) : std::nullopt);
    }
    return out;
}

AugmentationStatus augmentationWatch(const QList<Night> &nights, const QList<Substance> &catalog, QDate today)
{
    AugmentationStatus status;
    QList<Night> kept;
    for (const Night &n : nights)
        if (n.date.isValid() && n.date <= today)
            kept.append(n);
    std::sort(kept.begin(), kept.end(), [](const Night &a, const Night &b) { return a.date < b.date; });
    if (kept.isEmpty())
        return status;

    // The diary as last kept: a pause in logging does not make the watch guess about the gap.
    const QDate end = kept.constLast().date;
    status.lastNight = end;
    const QDate recentFrom = end.addDays(-(RecentNights - 1));
    const auto taken = std::count_if(kept.cbegin(), kept.cend(),
        [&](const Night &n) { return n.date >= recentFrom && takesDopaminergic(n, catalog); });
    if (taken < RecentNightsTaken)
        return status;
    status.medicines = medicinesIn(kept, recentFrom, catalog);

    status.stretchStart = stretchStart(kept, catalog);
    status.nightsOnMedicine = static_cast<int>(status.stretchStart.daysTo(end)) + 1;
    status.state = AugmentationState::NotEnoughNights;
    if (status.nightsOnMedicine < OnsetWindowNights)
        return status;

    // Until night 56 the two windows overlap; that can only hide a change, never invent one.
    const Window first = readWindow(kept, status.stretchStart, status.stretchStart.addDays(OnsetWindowNights - 1));
    const Window recent = readWindow(kept, end.addDays(-(OnsetWindowNights - 1)), end);
    status.firstMedianOnset = first.medianOnset;
    status.recentMedianOnset = recent.medianOnset;
    status.firstMeanSeverity = first.meanSeverity;
    status.recentMeanSeverity = recent.meanSeverity;
    status.armsAppeared = recent.arms && !first.arms;
    status.trunkAppeared = recent.trunk && !first.trunk;
    const bool onsetsCompared = first.medianOnset && recent.medianOnset;
    const bool severityCompared = first.meanSeverity && recent.meanSeverity;
    if (!onsetsCompared && !severityCompared)
        return status;

    status.source = QCoreApplication::translate("Augmentation",
        "After the Max Planck Institute (MPI) criteria for augmentation (García-Borreguero et al., Sleep Med "
        "2007;8:520-530) and the IRLSSG/EURLSSG/RLS Foundation task force (García-Borreguero et al., Sleep Med "
        "2016;21:1-11). A pattern in a diary, not a diagnosis.");
    bool signal = false;
    if (onsetsCompared) {
        status.hoursEarlier = (*first.medianOnset - *recent.medianOnset) / 60.0;
        const bool spread = status.armsAppeared || status.trunkAppeared;
        const bool stronger = severityCompared && *recent.meanSeverity - *first.meanSeverity >= IntensityRise;
        signal = *status.hoursEarlier >= ClearlyEarlierHours
            || (*status.hoursEarlier >= EarlierHours && (spread || stronger));
    }
    if (severityCompared && *recent.meanSeverity - *first.meanSeverity >= SeverityRise)
        signal = true;
    status.state = signal ? AugmentationState::Signal : AugmentationState::NoSignal;
    if (signal)
        status.note = noteFor(status);
    return status;
}

} // namespace rls
