// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report in words: every figure of DoctorReport formatted once, here.
#include "report/doctorreport.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rls {
namespace {

const QString Dash = QStringLiteral("–");

QString dateText(QDate date)
{
    return date.isValid() ? reportLocale().toString(date, QCoreApplication::translate("DateFormat", "d MMM yyyy"))
                          : Dash;
}

QString fixed(double v, int decimals)
{
    // -0.0 would print as "-0".
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(v * scale) / scale;
    return reportLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString fixed(const std::optional<double> &v, int decimals)
{
    return v ? fixed(*v, decimals) : Dash;
}

// An amount as a person wrote it: at most one decimal, none when whole ("42.3", "300").
QString amountText(double v)
{
    QString s = fixed(v, 1);
    if (s.endsWith(reportLocale().decimalPoint() + u'0'))
        s.chop(2);
    return s;
}

// A lab value as on the lab report: up to two decimals, trailing zeros dropped.
QString labValueText(double v)
{
    QString s = fixed(v, 2);
    const QString point = reportLocale().decimalPoint();
    while (s.contains(point) && (s.endsWith(u'0') || s.endsWith(point)))
        s.chop(1);
    return s;
}

QString clockText(const std::optional<QTime> &t)
{
    return t ? t->toString(QStringLiteral("HH:mm")) : Dash;
}

// Minutes as hours and minutes, "7:32".
QString hoursText(const std::optional<double> &minutes)
{
    if (!minutes)
        return Dash;
    const long whole = std::lround(*minutes);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString nightsText(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("ReportText", "1 night")
                  : QCoreApplication::translate("ReportText", "%1 nights").arg(n);
}

ReportSection recordSection(const DoctorReport &r)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Record");
    const ReportOptions &o = r.options;
    if (r.calendarNights == 0) {
        s.paragraphs.append(QCoreApplication::translate("ReportText", "No period chosen."));
        return s;
    }
    s.paragraphs.append(
        QCoreApplication::translate("ReportText", "%1 to %2: %3 of %4 nights logged (%5%); longest gap %6.")
            .arg(dateText(o.from), dateText(o.to))
            .arg(r.nightsLogged)
            .arg(r.calendarNights)
            .arg(fixed(r.completenessPercent, 0), nightsText(r.longestGapNights)));
    s.paragraphs.append(QCoreApplication::translate("ReportText",
        "Severity 0 none to 10 worst imaginable; sleep quality 1 very poor to 5 very good; a night is dated by the "
        "evening it starts."));
    return s;
}

ReportSection severitySection(const SeveritySummary &v, int calendarNights)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Symptom severity");
    if (v.nights == 0) {
        s.paragraphs.append(QCoreApplication::translate("ReportText", "No night rated in this period."));
        return s;
    }
    s.paragraphs.append(
        QCoreApplication::translate("ReportText", "%1 rated: mean %2, median %3; %4 at 7 or more.")
            .arg(nightsText(v.nights), fixed(v.mean, 1), fixed(v.median, 1), nightsText(v.nightsAtLeast7)));
    if (calendarNights >= 56) {
        s.paragraphs.append(
            QCoreApplication::translate("ReportText", "First 4 weeks: mean %1 (%2); last 4 weeks: mean %3 (%4).")
                .arg(fixed(v.firstFourWeeksMean, 1), nightsText(v.firstFourWeeksNights), fixed(v.lastFourWeeksMean, 1),
                    nightsText(v.lastFourWeeksNights)));
    } else {
        s.paragraphs.append(
            QCoreApplication::translate("ReportText", "Shorter than 8 weeks: no first and last 4 weeks to compare."));
    }
    return s;
}

ReportSection irlsSection(const QList<IrlsScore> &scores)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "IRLS");
    QStringList parts;
    for (const IrlsScore &i : scores) {
        const QString band = irlsBandLabel(i.band);
        parts.append(band.isEmpty() ? QStringLiteral("%1: %2").arg(dateText(i.date)).arg(i.total)
                                    : QStringLiteral("%1: %2 (%3)").arg(dateText(i.date)).arg(i.total).arg(band));
    }
    s.paragraphs.append(parts.join(QStringLiteral("; ")) + u'.');
    s.notes.append(QCoreApplication::translate("ReportText",
        "Total scored by a clinician, 0-40: 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe."));
    return s;
}

ReportSection sleepSection(const SleepSummary &v)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Sleep (Consensus Sleep Diary)");
    if (v.timeInBedMinutes.nights == 0 && v.totalSleepMinutes.nights == 0 && v.latencyMinutes.nights == 0
        && v.wasoMinutes.nights == 0 && v.awakenings.nights == 0 && v.quality.nights == 0) {
        s.paragraphs.append(QCoreApplication::translate("ReportText", "No sleep logged in this period."));
        return s;
    }
    s.table.header = {QString(), QCoreApplication::translate("ReportText", "TIB h:mm"),
        QCoreApplication::translate("ReportText", "TST h:mm"), QCoreApplication::translate("ReportText", "SE %"),
        QCoreApplication::translate("ReportText", "SOL min"), QCoreApplication::translate("ReportText", "WASO min"),
        QCoreApplication::translate("ReportText", "Awakenings"),
        QCoreApplication::translate("ReportText", "Quality 1-5")};
    s.table.rows.append({QCoreApplication::translate("ReportText", "Mean"), hoursText(v.timeInBedMinutes.value),
        hoursText(v.totalSleepMinutes.value), fixed(v.efficiencyPercent.value, 1), fixed(v.latencyMinutes.value, 0),
        fixed(v.wasoMinutes.value, 0), fixed(v.awakenings.value, 1), fixed(v.quality.value, 1)});
    QStringList counts {QCoreApplication::translate("ReportText", "Nights")};
    for (const SleepSummary::Mean *m : {&v.timeInBedMinutes, &v.totalSleepMinutes, &v.efficiencyPercent,
             &v.latencyMinutes, &v.wasoMinutes, &v.awakenings, &v.quality})
        counts.append(QString::number(m->nights));
    s.table.rows.append(counts);
    s.table.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    s.notes.append(QCoreApplication::translate("ReportText",
        "Means over the nights with each measure. TIB = out of bed - into bed; TST = final awakening - tried to "
        "sleep - SOL - WASO; SE = TST / TIB x 100 (Carney et al., Sleep 2012)."));
    return s;
}

ReportSection regimenSection(const QString &heading, const QList<RegimenLine> &lines)
{
    ReportSection s;
    s.heading = heading;
    s.table.header
        = {QCoreApplication::translate("ReportText", "Substance"), QCoreApplication::translate("ReportText", "Form"),
            QCoreApplication::translate("ReportText", "Typical dose (range)"),
            QCoreApplication::translate("ReportText", "Usual time"), QCoreApplication::translate("ReportText", "From"),
            QCoreApplication::translate("ReportText", "To"), QCoreApplication::translate("ReportText", "Nights")};
    s.table.numericColumns = {6};
    for (const RegimenLine &l : lines) {
        QString dose = QStringLiteral("%1 %2").arg(amountText(l.typicalAmount), l.unit).trimmed();
        if (amountText(l.lowestAmount) != amountText(l.highestAmount))
            dose += QStringLiteral(" (%1-%2)").arg(amountText(l.lowestAmount), amountText(l.highestAmount));
        s.table.rows.append({l.substance, l.form.isEmpty() ? Dash : l.form, dose, clockText(l.usualTime),
            dateText(l.first), l.ongoing ? QCoreApplication::translate("ReportText", "ongoing") : dateText(l.last),
            QString::number(l.nightsTaken)});
    }
    return s;
}

ReportSection supplementsSection(const QList<RegimenLine> &lines)
{
    ReportSection s = regimenSection(QCoreApplication::translate("ReportText", "Regimen"), lines);
    if (lines.isEmpty()) {
        s.table = {};
        s.paragraphs.append(QCoreApplication::translate("ReportText", "No supplements logged in this period."));
        return s;
    }
    s.notes.append(QCoreApplication::translate("ReportText",
        "Magnesium and iron in mg of the element. Typical = median daily total on the nights taken; usual time = "
        "median time of the timed doses; ongoing = taken in the last 3 nights."));
    return s;
}

QString guidelineText(const LabLine &l)
{
    if (!l.guideline)
        return Dash;
    const bool ferritin = l.result.test.trimmed().compare(labtests::Ferritin, Qt::CaseInsensitive) == 0;
    if (ferritin) {
        return l.belowGuideline
            ? QCoreApplication::translate("ReportText", "at or below 75 ng/mL (guideline: iron advised)")
            : QCoreApplication::translate("ReportText", "above 75 ng/mL");
    }
    return l.belowGuideline ? QCoreApplication::translate("ReportText", "below 20% (guideline: iron advised)")
                            : QCoreApplication::translate("ReportText", "20% or above");
}

ReportSection labSection(const QList<LabLine> &labs)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Lab results");
    if (labs.isEmpty()) {
        s.paragraphs.append(QCoreApplication::translate("ReportText", "No lab results in this period or before it."));
        return s;
    }
    s.table.header = {QCoreApplication::translate("ReportText", "Date"),
        QCoreApplication::translate("ReportText", "Test"), QCoreApplication::translate("ReportText", "Result"),
        QCoreApplication::translate("ReportText", "Guideline mark")};
    s.table.numericColumns = {2};
    for (const LabLine &l : labs) {
        const QString date = l.beforePeriod
            ? dateText(l.result.date) + QCoreApplication::translate("ReportText", " (before the period)")
            : dateText(l.result.date);
        s.table.rows.append({date, l.result.test,
            QStringLiteral("%1 %2").arg(labValueText(l.result.value), l.result.unit).trimmed(), guidelineText(l)});
    }
    s.notes.append(QCoreApplication::translate("ReportText",
        "Guidelines advise iron when ferritin is at or below 75 ng/mL (= µg/L) or transferrin saturation is below "
        "20% (AASM 2024; AAN 2016); ferritin drawn in the morning, without iron in the 24 h before. The decision "
        "is the doctor's."));
    return s;
}

ReportSection augmentationSection(const DoctorReport &r)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Augmentation watch");
    s.paragraphs.append(r.augmentationSentence);
    if (!r.augmentation.source.isEmpty())
        s.notes.append(QCoreApplication::translate("ReportText", "Criteria: %1").arg(r.augmentation.source));
    return s;
}

ReportSection insightsSection(const DoctorReport &r)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "What the diary suggests");
    QStringList notYet;
    for (const Insight &i : r.insights) {
        if (i.comparison.difference)
            s.paragraphs.append(i.sentence);
        else
            notYet.append(i.factorLabel);
    }
    if (s.paragraphs.isEmpty())
        s.paragraphs.append(
            QCoreApplication::translate("ReportText", "Not enough nights with and without any factor to compare yet."));
    if (!notYet.isEmpty())
        s.notes.append(QCoreApplication::translate("ReportText", "Too few nights to compare: %1.")
                           .arg(notYet.join(QStringLiteral(", "))));
    if (!r.insightsCaveat.isEmpty())
        s.notes.append(r.insightsCaveat);
    return s;
}

ReportSection weeksSection(const QList<WeekRow> &weeks)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Week by week");
    s.table.header = {QCoreApplication::translate("ReportText", "Week of"),
        QCoreApplication::translate("ReportText", "Nights"), QCoreApplication::translate("ReportText", "Severity"),
        QCoreApplication::translate("ReportText", "Onset"), QCoreApplication::translate("ReportText", "SE %"),
        QCoreApplication::translate("ReportText", "Mg mg/day"), QCoreApplication::translate("ReportText", "Fe mg/day"),
        QCoreApplication::translate("ReportText", "Caffeine mg/day"),
        QCoreApplication::translate("ReportText", "Alcohol drinks/day")};
    s.table.numericColumns = {1, 2, 3, 4, 5, 6, 7, 8};
    for (const WeekRow &w : weeks) {
        s.table.rows.append({dateText(w.first), QString::number(w.nightsLogged), fixed(w.meanSeverity, 1),
            clockText(w.meanOnset), fixed(w.meanEfficiencyPercent, 0), fixed(w.magnesiumMgPerDay, 0),
            fixed(w.ironMgPerDay, 0), fixed(w.caffeineMgPerDay, 0), fixed(w.alcoholDrinksPerDay, 1)});
    }
    s.notes.append(QCoreApplication::translate("ReportText",
        "Means of the week's logged nights, shown from 3 logged nights (fewer in a week cut by the period), as on "
        "the chart; doses per logged night, a night without one counting as 0. Mg and Fe in mg of the element; "
        "alcohol in standard drinks."));
    return s;
}

ReportSection flaggedSection(const QList<FlaggedNight> &flagged)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("ReportText", "Nights marked for the doctor");
    if (flagged.isEmpty()) {
        s.paragraphs.append(
            QCoreApplication::translate("ReportText", "No nights were marked for the doctor in this period."));
        return s;
    }
    s.table.header = {QCoreApplication::translate("ReportText", "Night of"),
        QCoreApplication::translate("ReportText", "Severity"), QCoreApplication::translate("ReportText", "Onset"),
        QCoreApplication::translate("ReportText", "Tags"), QCoreApplication::translate("ReportText", "Note")};
    s.table.numericColumns = {1, 2};
    for (const FlaggedNight &f : flagged) {
        s.table.rows.append({dateText(f.date), f.severity ? QString::number(*f.severity) : Dash, clockText(f.onset),
            f.tags.isEmpty() ? Dash : f.tags.join(QStringLiteral(", ")),
            f.note.trimmed().isEmpty() ? Dash : f.note.trimmed()});
    }
    return s;
}

} // namespace

QLocale reportLocale()
{
    //: The locale of the report's dates and numbers: C for English, de_DE for German.
    QLocale locale(QCoreApplication::translate("ReportText", "C"));
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

ReportText reportText(const DoctorReport &r)
{
    const ReportOptions &o = r.options;
    ReportText t;
    t.title = QCoreApplication::translate("ReportText", "RLS diary report");
    if (!o.patientName.trimmed().isEmpty())
        t.identity.append(QCoreApplication::translate("ReportText", "Name: %1").arg(o.patientName.trimmed()));
    if (o.dateOfBirth && o.dateOfBirth->isValid())
        t.identity.append(QCoreApplication::translate("ReportText", "Date of birth: %1").arg(dateText(*o.dateOfBirth)));
    if (r.calendarNights > 0) {
        t.period = QCoreApplication::translate("ReportText", "Nights of %1 to %2 (%3)")
                       .arg(dateText(o.from), dateText(o.to), nightsText(r.calendarNights));
    }
    t.sections.append(recordSection(r));
    t.sections.append(severitySection(r.severity, r.calendarNights));
    if (!r.irls.isEmpty())
        t.sections.append(irlsSection(r.irls));
    t.sections.append(sleepSection(r.sleep));
    t.sections.append(supplementsSection(r.regimen));
    if (!r.medicines.isEmpty())
        t.sections.append(regimenSection(QCoreApplication::translate("ReportText", "Medicines"), r.medicines));
    t.sections.append(labSection(r.labs));
    t.sections.append(augmentationSection(r));
    t.sections.append(insightsSection(r));
    ReportSection trends;
    trends.heading = QCoreApplication::translate("ReportText", "Trends");
    trends.chart = ReportChart::Trend;
    // No page break: the summary's findings often run onto page 2, and a year must fit in 3
    // pages. The chart is laid out whole on whichever page has room for it.
    trends.startsPage = false;
    t.sections.append(trends);
    t.sections.append(weeksSection(r.weeks));
    t.sections.append(flaggedSection(r.flagged));
    t.footer
        = QCoreApplication::translate("ReportText", "Recorded by the patient with RLS Diary %1 on %2; not a diagnosis.")
              .arg(o.appVersion.trimmed().isEmpty() ? Dash : o.appVersion.trimmed(), dateText(o.today));
    return t;
}

} // namespace rls
