// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's report against the diary it came from. The 10-week diary and its figures come
// from tests/fixtures/doctor_report.py (numpy and Python's datetime, not the app's code); the
// small diaries below are worked out by hand in the comments.
#include "analysis/trendseries.h"
#include "findings/insightsjson.h"
#include "guidance/guidance.h"
#include "report/doctorreport.h"
#include "support/fixtures.h"
#include "support/tempdiary.h"

#include <QHash>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

using namespace rls;
using rls::test::TempDiary;

namespace {

const QDate From(2026, 1, 5);
const QDate To(2026, 3, 15);

std::optional<int> intOrNone(const QString &cell)
{
    return cell.isEmpty() ? std::nullopt : std::optional<int>(cell.toInt());
}

std::optional<QTime> timeOrNone(const QString &cell)
{
    return cell.isEmpty() ? std::nullopt : std::optional<QTime>(QTime::fromString(cell, u"HH:mm"));
}

// tests/data/doctor_report_nights.csv as nights.
QList<Night> fixtureNights()
{
    QList<Night> nights;
    for (const QStringList &c : readFixtureCsv(QStringLiteral("doctor_report_nights.csv"))) {
        Night n;
        n.date = QDate::fromString(c.at(0), Qt::ISODate);
        n.symptoms.severity = intOrNone(c.at(1));
        n.symptoms.onset = timeOrNone(c.at(2));
        n.symptoms.irlsTotal = intOrNone(c.at(3));
        n.sleep.inBed = timeOrNone(c.at(4));
        n.sleep.triedToSleep = timeOrNone(c.at(5));
        n.sleep.minutesToFallAsleep = intOrNone(c.at(6));
        n.sleep.awakenings = intOrNone(c.at(7));
        n.sleep.minutesAwake = intOrNone(c.at(8));
        n.sleep.finalAwakening = timeOrNone(c.at(9));
        n.sleep.outOfBed = timeOrNone(c.at(10));
        n.sleep.quality = intOrNone(c.at(11));
        if (!c.at(12).isEmpty())
            n.tags = c.at(12).split(u';');
        n.note = c.at(13);
        n.flaggedForDoctor = c.at(14) == u"1";
        for (const QString &dose : c.at(15).split(u';', Qt::SkipEmptyParts)) {
            const QStringList f = dose.split(u'|');
            n.intakes.append({f.at(0), f.at(1).toDouble(), f.at(2), f.at(3), timeOrNone(f.at(4))});
        }
        nights.append(n);
    }
    return nights;
}

// tests/data/doctor_report_expected.csv: key -> value, empty for "no figure".
const QHash<QString, QString> &expected()
{
    static const QHash<QString, QString> values = [] {
        QHash<QString, QString> out;
        for (const QStringList &row : readFixtureCsv(QStringLiteral("doctor_report_expected.csv")))
            out.insert(row.at(0), row.value(1));
        return out;
    }();
    return values;
}

QString text(const QString &key)
{
    EXPECT_TRUE(expected().contains(key)) << key.toStdString();
    return expected().value(key);
}

double number(const QString &key)
{
    return text(key).toDouble();
}

// The fixture writes 12 significant digits.
constexpr double Close = 1e-9;

void expectOptional(const std::optional<double> &value, const QString &key)
{
    const QString want = text(key);
    if (want.isEmpty()) {
        EXPECT_FALSE(value.has_value()) << key.toStdString();
        return;
    }
    ASSERT_TRUE(value.has_value()) << key.toStdString();
    EXPECT_NEAR(*value, want.toDouble(), Close * std::max(1.0, std::abs(want.toDouble()))) << key.toStdString();
}

// Ferritin 60 ng/mL and transferrin saturation 25 % in the period, a ferritin before it.
QList<LabResult> fixtureLabs()
{
    return {
        {0, QDate(2026, 1, 8), labtests::Ferritin, 60, QStringLiteral("ng/mL")},
        {0, QDate(2026, 1, 8), labtests::TransferrinSaturation, 25, QStringLiteral("%")},
        {0, QDate(2025, 12, 1), labtests::Ferritin, 48, QStringLiteral("ng/mL")},
    };
}

ReportOptions periodOptions()
{
    ReportOptions o;
    o.from = From;
    o.to = To;
    o.today = QDate(2026, 3, 16);
    o.appVersion = QStringLiteral("0.4.0");
    return o;
}

// Every figure of the 10-week diary against the script's.
void expectFixtureFigures(const DoctorReport &r)
{
    EXPECT_EQ(r.calendarNights, text(QStringLiteral("calendar_nights")).toInt());
    EXPECT_EQ(r.nightsLogged, text(QStringLiteral("nights_logged")).toInt());
    EXPECT_NEAR(r.completenessPercent, number(QStringLiteral("completeness_percent")), Close * 100);
    EXPECT_EQ(r.longestGapNights, text(QStringLiteral("longest_gap")).toInt());

    const SeveritySummary &s = r.severity;
    EXPECT_EQ(s.nights, text(QStringLiteral("severity_nights")).toInt());
    expectOptional(s.mean, QStringLiteral("severity_mean"));
    expectOptional(s.median, QStringLiteral("severity_median"));
    EXPECT_EQ(s.nightsAtLeast7, text(QStringLiteral("severity_at_least_7")).toInt());
    expectOptional(s.firstFourWeeksMean, QStringLiteral("first4_mean"));
    expectOptional(s.lastFourWeeksMean, QStringLiteral("last4_mean"));
    EXPECT_EQ(s.firstFourWeeksNights, text(QStringLiteral("first4_nights")).toInt());
    EXPECT_EQ(s.lastFourWeeksNights, text(QStringLiteral("last4_nights")).toInt());

    const std::pair<const SleepSummary::Mean *, const char *> sleep[] = {
        {&r.sleep.timeInBedMinutes, "tib"},
        {&r.sleep.totalSleepMinutes, "tst"},
        {&r.sleep.efficiencyPercent, "se"},
        {&r.sleep.latencyMinutes, "sol"},
        {&r.sleep.wasoMinutes, "waso"},
        {&r.sleep.awakenings, "awakenings"},
        {&r.sleep.quality, "quality"},
    };
    for (const auto &[mean, key] : sleep) {
        const QString k = QStringLiteral("sleep_%1_").arg(QLatin1StringView(key));
        expectOptional(mean->value, k + QStringLiteral("mean"));
        EXPECT_EQ(mean->nights, text(k + QStringLiteral("nights")).toInt()) << key;
    }

    ASSERT_EQ(r.weeks.size(), 10);
    for (int w = 0; w < 10; ++w) {
        const WeekRow &row = r.weeks.at(w);
        const QString k = QStringLiteral("week_%1_").arg(w);
        EXPECT_EQ(row.first, QDate::fromString(text(k + QStringLiteral("first")), Qt::ISODate)) << w;
        EXPECT_EQ(row.last, row.first.addDays(6)) << w;
        EXPECT_EQ(row.nightsLogged, text(k + QStringLiteral("nights")).toInt()) << w;
        expectOptional(row.meanSeverity, k + QStringLiteral("severity"));
        EXPECT_EQ(row.meanOnset ? row.meanOnset->toString(u"HH:mm") : QString(), text(k + QStringLiteral("onset")))
            << w;
        expectOptional(row.meanEfficiencyPercent, k + QStringLiteral("se"));
        expectOptional(row.magnesiumMgPerDay, k + QStringLiteral("magnesium"));
        expectOptional(row.ironMgPerDay, k + QStringLiteral("iron"));
        expectOptional(row.caffeineMgPerDay, k + QStringLiteral("caffeine"));
        expectOptional(row.alcoholDrinksPerDay, k + QStringLiteral("alcohol"));
    }

    for (const auto &[lines, key] : {std::pair {&r.regimen, "regimen"}, std::pair {&r.medicines, "medicine"}}) {
        const QString k = QLatin1StringView(key);
        ASSERT_EQ(lines->size(), text(k + QStringLiteral("_count")).toInt()) << key;
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const RegimenLine &l = lines->at(i);
            const QString p = QStringLiteral("%1_%2_").arg(k).arg(i);
            EXPECT_EQ(l.substance, text(p + QStringLiteral("substance")));
            EXPECT_EQ(l.form, text(p + QStringLiteral("form")));
            EXPECT_NEAR(l.typicalAmount, number(p + QStringLiteral("typical")), Close * 100);
            EXPECT_NEAR(l.lowestAmount, number(p + QStringLiteral("lowest")), Close * 100);
            EXPECT_NEAR(l.highestAmount, number(p + QStringLiteral("highest")), Close * 100);
            EXPECT_EQ(l.unit, text(p + QStringLiteral("unit")));
            ASSERT_TRUE(l.usualTime.has_value());
            EXPECT_EQ(l.usualTime->toString(u"HH:mm"), text(p + QStringLiteral("time")));
            EXPECT_EQ(l.first, QDate::fromString(text(p + QStringLiteral("first")), Qt::ISODate));
            EXPECT_EQ(l.last, QDate::fromString(text(p + QStringLiteral("last")), Qt::ISODate));
            EXPECT_EQ(l.ongoing, text(p + QStringLiteral("ongoing")) == u"1");
            EXPECT_EQ(l.nightsTaken, text(p + QStringLiteral("nights")).toInt());
        }
    }
    EXPECT_EQ(r.medicines.value(0).kind, SubstanceKind::Medication);
    EXPECT_EQ(r.regimen.value(1).kind, SubstanceKind::Iron);
}

const ReportSection *sectionOf(const ReportText &t, const QString &heading)
{
    for (const ReportSection &s : t.sections) {
        if (s.heading == heading)
            return &s;
    }
    return nullptr;
}

// Every string of the report, for "never shows this" checks.
QStringList allStrings(const ReportText &t)
{
    QStringList out {t.title, t.period, t.footer};
    out += t.identity;
    for (const ReportSection &s : t.sections) {
        out += s.heading;
        out += s.paragraphs;
        out += s.notes;
        out += s.table.header;
        for (const QStringList &row : s.table.rows)
            out += row;
    }
    return out;
}

} // namespace

TEST(DoctorReport, FiguresMatchTheIndependentScript)
{
    const DoctorReport r = buildDoctorReport(fixtureNights(), test::seededCatalog(), fixtureLabs(), periodOptions());
    expectFixtureFigures(r);
}

TEST(DoctorReport, NightsOutsideThePeriodDoNotCount)
{
    // The fixture has 4 nights before the period and one after it; the period alone has 61.
    QList<Night> inPeriod;
    for (const Night &n : fixtureNights()) {
        if (n.date >= From && n.date <= To)
            inPeriod.append(n);
    }
    ASSERT_EQ(inPeriod.size(), 61);
    const DoctorReport r = buildDoctorReport(inPeriod, test::seededCatalog(), {}, periodOptions());
    const DoctorReport all = buildDoctorReport(fixtureNights(), test::seededCatalog(), {}, periodOptions());
    EXPECT_EQ(r.nightsLogged, all.nightsLogged);
    EXPECT_EQ(r.severity.mean, all.severity.mean);
    EXPECT_EQ(r.weeks.size(), all.weeks.size());
}

TEST(DoctorReport, WeeklyRowsAreTheChartsWeeks)
{
    // The chart's weekly view and the table must not disagree.
    const QList<Night> nights = fixtureNights();
    const DoctorReport r = buildDoctorReport(nights, test::seededCatalog(), {}, periodOptions());
    TrendOptions t;
    t.from = From;
    t.to = To;
    const TrendRows weeks = buildTrendSeries(nights, test::seededCatalog(), t).weeks;
    ASSERT_EQ(r.weeks.size(), weeks.size());
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        EXPECT_EQ(r.weeks.at(i).first, weeks.first.at(i));
        EXPECT_EQ(r.weeks.at(i).last, weeks.last.at(i));
        const double severity = weeks[Measure::Severity].at(i);
        EXPECT_EQ(r.weeks.at(i).meanSeverity.has_value(), !std::isnan(severity));
        if (!std::isnan(severity)) {
            EXPECT_DOUBLE_EQ(*r.weeks.at(i).meanSeverity, severity);
        }
    }
}

TEST(DoctorReport, IrlsLabsFlaggedNightsAndTheWatch)
{
    const QList<Night> nights = fixtureNights();
    const DoctorReport r = buildDoctorReport(nights, test::seededCatalog(), fixtureLabs(), periodOptions());
    // IRLS: 22 on 6 Jan (21-30 severe), 14 on 10 Mar (11-20 moderate).
    ASSERT_EQ(r.irls.size(), 2);
    EXPECT_EQ(r.irls.at(0).date, QDate(2026, 1, 6));
    EXPECT_EQ(r.irls.at(0).total, 22);
    EXPECT_EQ(r.irls.at(0).band, IrlsBand::Severe);
    EXPECT_EQ(r.irls.at(1).total, 14);
    EXPECT_EQ(r.irls.at(1).band, IrlsBand::Moderate);

    // Labs: the one before the period is left out; ferritin 60 <= 75 is at the guideline's
    // line, TSAT 25 is not below 20.
    ASSERT_EQ(r.labs.size(), 2);
    EXPECT_EQ(r.labs.at(0).result.test, labtests::Ferritin);
    EXPECT_EQ(r.labs.at(0).guideline, 75.0);
    EXPECT_TRUE(r.labs.at(0).belowGuideline);
    EXPECT_EQ(r.labs.at(1).guideline, 20.0);
    EXPECT_FALSE(r.labs.at(1).belowGuideline);

    // Flagged: 15 Jan (i = 14: severity (14*7+3) % 11 = 2, onset 21:00), 20 Feb (i = 50:
    // (50*7+3) % 11 = 1, minus 2 from 16 Feb, not below 0: 0; no onset), 5 Mar (i = 63:
    // 444 % 11 = 4, minus 2: 2; onset 20:45, no note).
    ASSERT_EQ(r.flagged.size(), 3);
    EXPECT_EQ(r.flagged.at(0).date, QDate(2026, 1, 15));
    EXPECT_EQ(r.flagged.at(0).severity, 2);
    EXPECT_EQ(r.flagged.at(0).onset, QTime(21, 0));
    EXPECT_EQ(r.flagged.at(0).note, QStringLiteral("Legs jumping until 3 am"));
    EXPECT_EQ(r.flagged.at(1).severity, 0);
    EXPECT_FALSE(r.flagged.at(1).onset.has_value());
    EXPECT_EQ(r.flagged.at(2).date, QDate(2026, 3, 5));
    EXPECT_EQ(r.flagged.at(2).onset, QTime(20, 45));
    EXPECT_TRUE(r.flagged.at(2).note.isEmpty());

    // Pregabalin is not dopaminergic: nothing to watch.
    EXPECT_EQ(r.augmentation.state, AugmentationState::NotOnMedicine);
    EXPECT_EQ(r.augmentationSentence, augmentationSentence(r.augmentation));
}

TEST(DoctorReport, InsightsAreTheInsightsPagesOnSeverity)
{
    const QList<Night> nights = fixtureNights();
    ReportOptions o = periodOptions();
    o.regimenSubstances = {QStringLiteral("Pregabalin")};
    const DoctorReport r = buildDoctorReport(nights, test::seededCatalog(), {}, o);
    // As the Insights page builds them. The caffeine hour: the 14 logged nights up to 13 Mar
    // (28 Feb .. 13 Mar) have 13 bedtimes (9 Mar has no sleep), 10 at 22:45 and 3 at 23:30, so
    // the median is 22:45 and the hour 6 h before it 16:45.
    InsightOptions i;
    i.from = From;
    i.to = To;
    i.caffeineAfter = QTime(16, 45);
    i.tags = {QStringLiteral("stress"), QStringLiteral("warm bath")};
    i.regimenSubstances = o.regimenSubstances;
    i.numbers = QLocale::c();
    QList<Night> upToPeriodEnd;
    for (const Night &n : nights) {
        if (n.date <= To)
            upToPeriodEnd.append(n);
    }
    const QList<Insight> want = computeInsights(upToPeriodEnd, test::seededCatalog(), Outcome::Severity, i);
    ASSERT_EQ(r.insights.size(), want.size());
    for (qsizetype k = 0; k < want.size(); ++k) {
        EXPECT_EQ(r.insights.at(k).factor, want.at(k).factor);
        EXPECT_EQ(r.insights.at(k).sentence, want.at(k).sentence);
    }
    QStringList labels;
    for (const Insight &insight : r.insights)
        labels.append(insight.factorLabel);
    EXPECT_TRUE(labels.contains(QStringLiteral("Caffeine after 16:45"))) << labels.join(u", ").toStdString();
    EXPECT_EQ(r.insightsCaveat, insightsCaveat());
}

TEST(DoctorReport, StoreOverloadReportsWhatTheDiaryHolds)
{
    TempDiary diary;
    DiaryStore &store = diary.store();
    ASSERT_TRUE(store.saveNights(fixtureNights()));
    for (const LabResult &lab : fixtureLabs())
        ASSERT_TRUE(store.addLabResult(lab));
    const auto r = buildDoctorReport(store, periodOptions());
    ASSERT_TRUE(r) << r.error().message.toStdString();
    expectFixtureFigures(r.value());
    EXPECT_EQ(r->irls.size(), 2);
    ASSERT_EQ(r->labs.size(), 2);
    EXPECT_EQ(r->labs.at(0).result.value, 60);
    // The "show my doctor" mark and the note come back from the file.
    ASSERT_EQ(r->flagged.size(), 3);
    EXPECT_EQ(r->flagged.at(0).date, QDate(2026, 1, 15));
    EXPECT_EQ(r->flagged.at(0).note, QStringLiteral("Legs jumping until 3 am"));
    EXPECT_EQ(r->flagged.at(1).note, QStringLiteral("Arms too?"));
    // The insights compare the diary's tag list, as the Insights page does, not only the tags used.
    QStringList factors;
    for (const Insight &i : r->insights)
        factors.append(i.factor);
    EXPECT_TRUE(factors.contains(QStringLiteral("tag:exercise")));
    EXPECT_TRUE(factors.contains(QStringLiteral("tag:warm bath")));
}

TEST(DoctorReport, EmptyDiaryInTheStore)
{
    TempDiary diary;
    const auto r = buildDoctorReport(diary.store(), periodOptions());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->calendarNights, 70);
    EXPECT_EQ(r->nightsLogged, 0);
    EXPECT_EQ(r->longestGapNights, 70);
    EXPECT_FALSE(r->severity.mean.has_value());
}

TEST(DoctorReport, PeriodWithoutNights)
{
    // The fixture's nights all lie before 1 Apr 2026; the two weeks after it have none.
    ReportOptions o = periodOptions();
    o.from = QDate(2026, 4, 6);
    o.to = QDate(2026, 4, 19);
    const DoctorReport r = buildDoctorReport(fixtureNights(), test::seededCatalog(), fixtureLabs(), o);
    EXPECT_EQ(r.calendarNights, 14);
    EXPECT_EQ(r.nightsLogged, 0);
    EXPECT_EQ(r.completenessPercent, 0);
    EXPECT_EQ(r.longestGapNights, 14);
    EXPECT_EQ(r.severity.nights, 0);
    EXPECT_FALSE(r.severity.mean.has_value());
    EXPECT_FALSE(r.severity.median.has_value());
    EXPECT_FALSE(r.sleep.efficiencyPercent.value.has_value());
    EXPECT_TRUE(r.regimen.isEmpty());
    // The newest ferritin and TSAT before the period (8 Jan, not the older 1 Dec ferritin) are
    // shown as earlier results.
    ASSERT_EQ(r.labs.size(), 2);
    EXPECT_EQ(r.labs.at(0).result.date, QDate(2026, 1, 8));
    for (const LabLine &l : r.labs)
        EXPECT_TRUE(l.beforePeriod);
    ASSERT_EQ(r.weeks.size(), 2);
    EXPECT_EQ(r.weeks.at(0).nightsLogged, 0);
    EXPECT_FALSE(r.weeks.at(0).magnesiumMgPerDay.has_value());

    const ReportText t = reportText(r);
    EXPECT_EQ(sectionOf(t, QStringLiteral("Symptom severity"))->paragraphs,
        QStringList {QStringLiteral("No night rated in this period.")});
    EXPECT_EQ(sectionOf(t, QStringLiteral("Sleep (Consensus Sleep Diary)"))->paragraphs,
        QStringList {QStringLiteral("No sleep logged in this period.")});
    const ReportSection *weeks = sectionOf(t, QStringLiteral("Week by week"));
    ASSERT_EQ(weeks->table.rows.size(), 2);
    EXPECT_EQ(weeks->table.rows.at(0),
        (QStringList {QStringLiteral("6 Apr 2026"), QStringLiteral("0"), QStringLiteral("–"), QStringLiteral("–"),
            QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–")}));
    for (const QString &s : allStrings(t)) {
        EXPECT_FALSE(s.contains(u"nan", Qt::CaseInsensitive)) << s.toStdString();
        EXPECT_FALSE(s.contains(u"mean 0")) << s.toStdString();
    }
}

TEST(DoctorReport, NoPeriodGivesAnEmptyReport)
{
    ReportOptions o = periodOptions();
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 2, 1);
    const DoctorReport r = buildDoctorReport(fixtureNights(), test::seededCatalog(), {}, o);
    EXPECT_EQ(r.calendarNights, 0);
    EXPECT_EQ(r.nightsLogged, 0);
    EXPECT_TRUE(r.weeks.isEmpty());
    const ReportText t = reportText(r);
    EXPECT_TRUE(t.period.isEmpty());
    EXPECT_EQ(t.sections.first().paragraphs, QStringList {QStringLiteral("No period chosen.")});
}

// A 3-week diary with gaps, Wednesday 7 Jan to Tuesday 27 Jan 2026 (21 nights), worked by hand.
TEST(DoctorReport, ThreeWeeksWithGaps)
{
    auto night = [](int day, std::optional<int> severity, std::optional<QTime> onset = std::nullopt) {
        Night n;
        n.date = QDate(2026, 1, day);
        n.symptoms.severity = severity;
        n.symptoms.onset = onset;
        return n;
    };
    QList<Night> nights {night(7, 3), night(8, 5), night(9, std::nullopt), night(14, 6, QTime(21, 0)),
        night(15, 8, QTime(23, 30)), night(16, 7, QTime(1, 0)), night(21, 2), night(22, 4), night(24, 9)};
    for (int k = 3; k <= 5; ++k) // 14, 15, 16 Jan: magnesium glycinate 42.3 mg at 21:00
        nights[k].intakes.append(
            {substances::Magnesium, 42.3, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)});
    ReportOptions o = periodOptions();
    o.from = QDate(2026, 1, 7);
    o.to = QDate(2026, 1, 27);
    const DoctorReport r = buildDoctorReport(nights, test::seededCatalog(), {}, o);

    // 9 of 21 nights: 42.857 %. Gaps: 10-13 Jan (4), 17-20 (4), 23 (1), 25-27 (3): longest 4.
    EXPECT_EQ(r.calendarNights, 21);
    EXPECT_EQ(r.nightsLogged, 9);
    EXPECT_NEAR(r.completenessPercent, 900.0 / 21, 1e-12);
    EXPECT_EQ(r.longestGapNights, 4);
    // Severities 3 5 6 8 7 2 4 9: sum 44 / 8 = 5.5; sorted 2 3 4 5 6 7 8 9, median (5+6)/2 = 5.5;
    // 7 or more: 8, 7, 9. Shorter than 8 weeks: no first and last 4 weeks.
    EXPECT_EQ(r.severity.nights, 8);
    EXPECT_DOUBLE_EQ(*r.severity.mean, 5.5);
    EXPECT_DOUBLE_EQ(*r.severity.median, 5.5);
    EXPECT_EQ(r.severity.nightsAtLeast7, 3);
    EXPECT_FALSE(r.severity.firstFourWeeksMean.has_value());
    EXPECT_FALSE(r.severity.lastFourWeeksMean.has_value());
    EXPECT_EQ(r.severity.firstFourWeeksNights, 0);

    // Weeks from Monday, cut by the period: 7-11 Jan, 12-18, 19-25, 26-27.
    ASSERT_EQ(r.weeks.size(), 4);
    EXPECT_EQ(r.weeks.at(0).first, QDate(2026, 1, 7));
    EXPECT_EQ(r.weeks.at(0).last, QDate(2026, 1, 11));
    EXPECT_EQ(r.weeks.at(3).first, QDate(2026, 1, 26));
    EXPECT_EQ(r.weeks.at(3).last, QDate(2026, 1, 27));
    // Week 1: 3 logged nights, only 2 rated (3 and 5): fewer than 3, no mean.
    EXPECT_EQ(r.weeks.at(0).nightsLogged, 3);
    EXPECT_FALSE(r.weeks.at(0).meanSeverity.has_value());
    EXPECT_DOUBLE_EQ(*r.weeks.at(0).magnesiumMgPerDay, 0);
    // Week 2: (6 + 8 + 7) / 3 = 7; onsets 21:00, 23:30, 01:00 are 900, 1050, 1140 minutes after
    // 06:00, mean 1030 = 23:10 (a plain clock mean would say 15:10); magnesium 42.3 each night.
    EXPECT_DOUBLE_EQ(*r.weeks.at(1).meanSeverity, 7);
    EXPECT_EQ(r.weeks.at(1).meanOnset, QTime(23, 10));
    EXPECT_NEAR(*r.weeks.at(1).magnesiumMgPerDay, 42.3, 1e-12);
    // Week 3: (2 + 4 + 9) / 3 = 5. Week 4: nothing logged.
    EXPECT_DOUBLE_EQ(*r.weeks.at(2).meanSeverity, 5);
    EXPECT_EQ(r.weeks.at(3).nightsLogged, 0);
    EXPECT_FALSE(r.weeks.at(3).meanSeverity.has_value());
    // Magnesium on 14-16 Jan only: one line, not ongoing at 27 Jan.
    ASSERT_EQ(r.regimen.size(), 1);
    EXPECT_EQ(r.regimen.at(0).first, QDate(2026, 1, 14));
    EXPECT_EQ(r.regimen.at(0).last, QDate(2026, 1, 16));
    EXPECT_FALSE(r.regimen.at(0).ongoing);

    const ReportText t = reportText(r);
    EXPECT_EQ(sectionOf(t, QStringLiteral("Record"))->paragraphs.first(),
        QStringLiteral("7 Jan 2026 to 27 Jan 2026: 9 of 21 nights logged (43%); longest gap 4 nights."));
    EXPECT_EQ(sectionOf(t, QStringLiteral("Symptom severity"))->paragraphs,
        (QStringList {QStringLiteral("8 nights rated: mean 5.5, median 5.5; 3 nights at 7 or more."),
            QStringLiteral("Shorter than 8 weeks: no first and last 4 weeks to compare.")}));
    EXPECT_EQ(sectionOf(t, QStringLiteral("IRLS")), nullptr);
    EXPECT_EQ(sectionOf(t, QStringLiteral("Medicines")), nullptr);
    EXPECT_EQ(sectionOf(t, QStringLiteral("Nights marked for the doctor"))->paragraphs,
        QStringList {QStringLiteral("No nights were marked for the doctor in this period.")});
}

TEST(DoctorReport, FourWeekComparisonFromEightWeeks)
{
    ReportOptions o = periodOptions();
    o.to = From.addDays(55); // 56 nights: the two windows just do not overlap
    const DoctorReport eight = buildDoctorReport(fixtureNights(), test::seededCatalog(), {}, o);
    EXPECT_EQ(eight.calendarNights, 56);
    EXPECT_TRUE(eight.severity.firstFourWeeksMean.has_value());
    EXPECT_TRUE(eight.severity.lastFourWeeksMean.has_value());
    expectOptional(eight.severity.firstFourWeeksMean, QStringLiteral("first4_mean"));
    o.to = From.addDays(54);
    const DoctorReport shorter = buildDoctorReport(fixtureNights(), test::seededCatalog(), {}, o);
    EXPECT_FALSE(shorter.severity.firstFourWeeksMean.has_value());
    EXPECT_FALSE(shorter.severity.lastFourWeeksMean.has_value());
}

TEST(DoctorReport, LabGuidelineMarks)
{
    ReportOptions o = periodOptions();
    const QList<LabResult> labs {
        {1, QDate(2026, 2, 1), labtests::Ferritin, 75, QStringLiteral("µg/L")}, // at the line: at or below
        {2, QDate(2026, 2, 1), labtests::Ferritin, 75.5, QStringLiteral("ng/mL")},
        {3, QDate(2026, 2, 1), labtests::TransferrinSaturation, 19.5, QStringLiteral("%")},
        {4, QDate(2026, 2, 1), labtests::TransferrinSaturation, 20, QStringLiteral("%")}, // not below 20
        {5, QDate(2026, 2, 1), labtests::SerumMagnesium, 0.85, QStringLiteral("mmol/L")},
        {6, QDate(2026, 2, 1), labtests::Ferritin, 60, QStringLiteral("pmol/L")}, // not the guideline's unit
    };
    const DoctorReport r = buildDoctorReport({}, test::seededCatalog(), labs, o);
    ASSERT_EQ(r.labs.size(), 6);
    EXPECT_TRUE(r.labs.at(0).belowGuideline);
    EXPECT_FALSE(r.labs.at(1).belowGuideline);
    EXPECT_TRUE(r.labs.at(2).belowGuideline);
    EXPECT_FALSE(r.labs.at(3).belowGuideline);
    EXPECT_FALSE(r.labs.at(4).guideline.has_value());
    EXPECT_FALSE(r.labs.at(5).guideline.has_value());

    const ReportText t = reportText(r);
    const ReportSection *s = sectionOf(t, QStringLiteral("Lab results"));
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->table.rows.size(), 6);
    EXPECT_EQ(s->table.rows.at(0),
        (QStringList {QStringLiteral("1 Feb 2026"), QStringLiteral("Ferritin"), QStringLiteral("75 µg/L"),
            QStringLiteral("at or below 75 ng/mL (guideline: iron advised)")}));
    EXPECT_EQ(s->table.rows.at(1).at(3), QStringLiteral("above 75 ng/mL"));
    EXPECT_EQ(s->table.rows.at(2).at(3), QStringLiteral("below 20% (guideline: iron advised)"));
    EXPECT_EQ(s->table.rows.at(3).at(3), QStringLiteral("20% or above"));
    EXPECT_EQ(s->table.rows.at(4).at(2), QStringLiteral("0.85 mmol/L"));
    EXPECT_EQ(s->table.rows.at(4).at(3), QStringLiteral("–"));
    EXPECT_TRUE(s->notes.join(u" ").contains(u"AASM 2024"));
}

TEST(DoctorReport, TextShowsTheFiguresAPersonReads)
{
    const DoctorReport r = buildDoctorReport(fixtureNights(), test::seededCatalog(), fixtureLabs(), periodOptions());
    const ReportText t = reportText(r);
    EXPECT_EQ(t.title, QStringLiteral("RLS diary report"));
    EXPECT_TRUE(t.identity.isEmpty());
    EXPECT_EQ(t.period, QStringLiteral("Nights of 5 Jan 2026 to 15 Mar 2026 (70 nights)"));
    EXPECT_EQ(
        t.footer, QStringLiteral("Recorded by the patient with RLS Diary 0.4.0 on 16 Mar 2026; not a diagnosis."));

    QStringList headings;
    for (const ReportSection &s : t.sections)
        headings.append(s.heading);
    EXPECT_EQ(headings,
        (QStringList {QStringLiteral("Record"), QStringLiteral("Symptom severity"), QStringLiteral("IRLS"),
            QStringLiteral("Sleep (Consensus Sleep Diary)"), QStringLiteral("Regimen"), QStringLiteral("Medicines"),
            QStringLiteral("Lab results"), QStringLiteral("Augmentation watch"),
            QStringLiteral("What the diary suggests"), QStringLiteral("Trends"), QStringLiteral("Week by week"),
            QStringLiteral("Nights marked for the doctor")}));
    for (const ReportSection &s : t.sections) {
        EXPECT_EQ(s.chart, s.heading == u"Trends" ? ReportChart::Trend : ReportChart::None);
        EXPECT_FALSE(s.startsPage); // a year fits in 3 pages only when nothing forces a break
    }

    const ReportSection *record = sectionOf(t, QStringLiteral("Record"));
    EXPECT_EQ(record->paragraphs.at(0), text(QStringLiteral("text_record")));
    EXPECT_TRUE(record->paragraphs.at(1).contains(u"0 none to 10 worst imaginable"));
    EXPECT_TRUE(record->paragraphs.at(1).contains(u"dated by the evening it starts"));
    EXPECT_EQ(sectionOf(t, QStringLiteral("Symptom severity"))->paragraphs,
        (QStringList {text(QStringLiteral("text_severity")), text(QStringLiteral("text_four_weeks"))}));
    EXPECT_EQ(sectionOf(t, QStringLiteral("IRLS"))->paragraphs,
        QStringList {QStringLiteral("6 Jan 2026: 22 (severe); 10 Mar 2026: 14 (moderate).")});

    // Sleep means from the script: TIB 493.68 min = 8:14, TST 419.02 = 6:59, SE 84.68 %, SOL
    // 24.51 min, WASO 11.79 min, awakenings 0.98, quality 3.07; nights 57, 51, 51, 51, 57, 57, 57.
    const ReportTable &sleep = sectionOf(t, QStringLiteral("Sleep (Consensus Sleep Diary)"))->table;
    ASSERT_EQ(sleep.rows.size(), 2);
    EXPECT_EQ(sleep.rows.at(0),
        (QStringList {QStringLiteral("Mean"), QStringLiteral("8:14"), QStringLiteral("6:59"), QStringLiteral("84.7"),
            QStringLiteral("25"), QStringLiteral("12"), QStringLiteral("1.0"), QStringLiteral("3.1")}));
    EXPECT_EQ(sleep.rows.at(1),
        (QStringList {QStringLiteral("Nights"), QStringLiteral("57"), QStringLiteral("51"), QStringLiteral("51"),
            QStringLiteral("51"), QStringLiteral("57"), QStringLiteral("57"), QStringLiteral("57")}));

    const ReportTable &regimen = sectionOf(t, QStringLiteral("Regimen"))->table;
    ASSERT_EQ(regimen.rows.size(), 3);
    EXPECT_EQ(regimen.rows.at(0),
        (QStringList {QStringLiteral("Magnesium"), QStringLiteral("glycinate"), QStringLiteral("42.3 mg (42.3-84.6)"),
            QStringLiteral("21:00"), QStringLiteral("5 Jan 2026"), QStringLiteral("28 Feb 2026"),
            QStringLiteral("46")}));
    EXPECT_EQ(regimen.rows.at(1),
        (QStringList {QStringLiteral("Iron"), QStringLiteral("ferrous bisglycinate"), QStringLiteral("65 mg (65-130)"),
            QStringLiteral("08:00"), QStringLiteral("2 Feb 2026"), QStringLiteral("ongoing"), QStringLiteral("38")}));
    EXPECT_EQ(regimen.rows.at(2).at(2), QStringLiteral("80.8 mg"));
    EXPECT_EQ(sectionOf(t, QStringLiteral("Medicines"))->table.rows,
        (QList<QStringList> {{QStringLiteral("Pregabalin"), QStringLiteral("–"), QStringLiteral("75 mg (75-150)"),
            QStringLiteral("20:00"), QStringLiteral("16 Feb 2026"), QStringLiteral("1 Mar 2026"),
            QStringLiteral("14")}}));

    const ReportTable &labs = sectionOf(t, QStringLiteral("Lab results"))->table;
    ASSERT_EQ(labs.rows.size(), 2);
    EXPECT_EQ(labs.rows.at(0).at(2), QStringLiteral("60 ng/mL"));
    EXPECT_EQ(labs.rows.at(0).at(3), QStringLiteral("at or below 75 ng/mL (guideline: iron advised)"));
    EXPECT_EQ(labs.rows.at(1).at(2), QStringLiteral("25 %"));
    EXPECT_EQ(labs.rows.at(1).at(3), QStringLiteral("20% or above"));

    EXPECT_EQ(sectionOf(t, QStringLiteral("Augmentation watch"))->paragraphs,
        QStringList {augmentationSentence(r.augmentation)});
    const ReportSection *insights = sectionOf(t, QStringLiteral("What the diary suggests"));
    EXPECT_TRUE(insights->notes.contains(insightsCaveat()));
    for (const Insight &i : r.insights) {
        // Each comparison with figures is one sentence; the others are named in a note.
        if (i.comparison.difference) {
            EXPECT_TRUE(insights->paragraphs.contains(i.sentence)) << i.sentence.toStdString();
        } else {
            EXPECT_TRUE(insights->notes.join(u" ").contains(i.factorLabel)) << i.factorLabel.toStdString();
        }
    }

    // Weeks: 5 Jan has the script's means (severity 4.17, onset 20:18, SE 85.32 %, magnesium
    // 48.34 mg, no iron, caffeine 113 mg, alcohol 0.357 drinks); 19 Jan has 2 logged nights, so
    // no means: dashes, not zeros.
    const ReportTable &weeks = sectionOf(t, QStringLiteral("Week by week"))->table;
    EXPECT_EQ(weeks.header,
        (QStringList {QStringLiteral("Week of"), QStringLiteral("Nights"), QStringLiteral("Severity"),
            QStringLiteral("Onset"), QStringLiteral("SE %"), QStringLiteral("Mg mg/day"), QStringLiteral("Fe mg/day"),
            QStringLiteral("Caffeine mg/day"), QStringLiteral("Alcohol drinks/day")}));
    EXPECT_EQ(weeks.numericColumns, (QList<int> {1, 2, 3, 4, 5, 6, 7, 8}));
    ASSERT_EQ(weeks.rows.size(), 10);
    EXPECT_EQ(weeks.rows.at(0),
        (QStringList {QStringLiteral("5 Jan 2026"), QStringLiteral("7"), QStringLiteral("4.2"), QStringLiteral("20:18"),
            QStringLiteral("85"), QStringLiteral("48"), QStringLiteral("0"), QStringLiteral("113"),
            QStringLiteral("0.4")}));
    EXPECT_EQ(weeks.rows.at(2),
        (QStringList {QStringLiteral("19 Jan 2026"), QStringLiteral("2"), QStringLiteral("–"), QStringLiteral("–"),
            QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–")}));

    const ReportTable &flagged = sectionOf(t, QStringLiteral("Nights marked for the doctor"))->table;
    ASSERT_EQ(flagged.rows.size(), 3);
    EXPECT_EQ(flagged.rows.at(0),
        (QStringList {QStringLiteral("15 Jan 2026"), QStringLiteral("2"), QStringLiteral("21:00"), QStringLiteral("–"),
            QStringLiteral("Legs jumping until 3 am")}));
    // Severity 0 is a rating, shown; the missing onset and the empty note are dashes.
    EXPECT_EQ(flagged.rows.at(1).mid(1, 2), (QStringList {QStringLiteral("0"), QStringLiteral("–")}));
    EXPECT_EQ(flagged.rows.at(2).at(4), QStringLiteral("–"));
}

TEST(DoctorReport, NameAndBirthDateOnlyWhenGiven)
{
    ReportOptions o = periodOptions();
    o.patientName = QStringLiteral("  Ada Example ");
    o.dateOfBirth = QDate(1970, 2, 3);
    const ReportText both = reportText(buildDoctorReport({}, test::seededCatalog(), {}, o));
    EXPECT_EQ(both.identity,
        (QStringList {QStringLiteral("Name: Ada Example"), QStringLiteral("Date of birth: 3 Feb 1970")}));
    o.patientName.clear();
    const ReportText dobOnly = reportText(buildDoctorReport({}, test::seededCatalog(), {}, o));
    EXPECT_EQ(dobOnly.identity, QStringList {QStringLiteral("Date of birth: 3 Feb 1970")});
    o.dateOfBirth.reset();
    EXPECT_TRUE(reportText(buildDoctorReport({}, test::seededCatalog(), {}, o)).identity.isEmpty());
}

// On a computer set to German the Insights page says "4,3"; the report writes "4.3" in its
// sentences as in its tables, so that one page does not mix the two.
TEST(DoctorReport, insightSentences_writeNumbersAsTheRestOfTheReport_whateverTheComputersLanguage)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ReportOptions o = periodOptions();
    o.regimenSubstances = {QStringLiteral("Pregabalin")};
    const DoctorReport r = buildDoctorReport(fixtureNights(), test::seededCatalog(), {}, o);
    QLocale::setDefault(before);
    const QRegularExpression decimalComma(QStringLiteral(R"(\d,\d)"));
    const QRegularExpression decimalPoint(QStringLiteral(R"(\d\.\d)"));
    int withFigures = 0;
    for (const Insight &i : r.insights) {
        if (!i.comparison.difference)
            continue;
        ++withFigures;
        EXPECT_FALSE(i.sentence.contains(decimalComma)) << i.sentence.toStdString();
        EXPECT_TRUE(i.sentence.contains(decimalPoint)) << i.sentence.toStdString();
    }
    EXPECT_GT(withFigures, 0);
}

// A ferritin drawn a month before the period is what the doctor needs to see beside the iron
// course: the newest earlier result of each test the period lacks is shown, said to be earlier.
TEST(DoctorReport, labs_theNewestEarlierResultOfATestThePeriodLacks_isShownAsEarlier)
{
    ReportOptions o = periodOptions();
    const QList<LabResult> labs {
        {1, o.from.addDays(-200), labtests::Ferritin, 30, QStringLiteral("ng/mL")}, // older: not shown
        {2, o.from.addDays(-30), labtests::Ferritin, 48, QStringLiteral("ng/mL")}, // the newest before
        {3, o.from.addDays(-30), labtests::TransferrinSaturation, 17, QStringLiteral("%")},
        {4, o.from.addDays(10), labtests::TransferrinSaturation, 24, QStringLiteral("%")}, // in the period
        {5, o.to.addDays(3), labtests::Ferritin, 90, QStringLiteral("ng/mL")}, // after it: not shown
    };
    const DoctorReport r = buildDoctorReport({}, test::seededCatalog(), labs, o);
    ASSERT_EQ(r.labs.size(), 2);
    EXPECT_EQ(r.labs.at(0).result.id, 2);
    EXPECT_TRUE(r.labs.at(0).beforePeriod);
    EXPECT_TRUE(r.labs.at(0).belowGuideline);
    EXPECT_EQ(r.labs.at(1).result.id, 4);
    EXPECT_FALSE(r.labs.at(1).beforePeriod);

    const ReportText t = reportText(r); // kept: the section pointer points into it
    const ReportSection *s = sectionOf(t, QStringLiteral("Lab results"));
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->table.rows.size(), 2);
    const QString earlier = QLocale(QLocale::English).toString(o.from.addDays(-30), QStringLiteral("d MMM yyyy"));
    EXPECT_EQ(s->table.rows.at(0).at(0), earlier + QStringLiteral(" (before the period)"));
}
