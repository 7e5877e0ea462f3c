// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/guidance.h"
#include "support/tempdiary.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {
Intake mg(double amount, std::optional<QTime> time, const QString &name = substances::Magnesium)
{
    return {name, amount, QStringLiteral("mg"), QStringLiteral("glycinate"), time};
}
Intake iron(std::optional<QTime> time)
{
    return {substances::Iron, 25, QStringLiteral("mg"), {}, time};
}
QList<GuidanceKind> kinds(const QList<Guidance> &g)
{
    QList<GuidanceKind> out;
    for (const Guidance &x : g)
        out.append(x.kind);
    return out;
}
// The catalog of a real new diary, plus a person's own magnesium product.
const QList<Substance> catalog = [] {
    QList<Substance> c = test::seededCatalog();
    c.append({99, QStringLiteral("Magnesium citrate powder"), SubstanceKind::Magnesium,
        defaultFlags(SubstanceKind::Magnesium), QStringLiteral("mg"), {}});
    return c;
}();
Intake dose(
    const QString &substance, double amount, const QString &unit, std::optional<QTime> time, const QString &form = {})
{
    return {substance, amount, unit, form, time};
}
} // namespace

TEST(Guidance, magnesiumOverTheNihLimit_isNotedWithTheTotal)
{
    const QList<Intake> day {mg(200, QTime(9, 0)), mg(200, QTime(21, 0))};
    const auto notes = guidanceFor(day, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::MagnesiumOverLimit});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("400 mg")));
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("350 mg")));
    EXPECT_TRUE(notes.first().source.contains(QStringLiteral("NIH")));
}

TEST(Guidance, magnesiumAtTheLimit_isNotNoted_butEfsaIsStricter)
{
    const QList<Intake> day {mg(300, QTime(21, 0))};
    EXPECT_TRUE(guidanceFor(day, catalog, GuidanceSettings {}).isEmpty());
    GuidanceSettings efsa;
    efsa.magnesiumLimit = MagnesiumLimit::Efsa;
    const auto notes = guidanceFor(day, catalog, efsa);
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::MagnesiumOverLimit});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("250 mg")));
    EXPECT_TRUE(guidanceFor({mg(350, QTime(21, 0))}, catalog, GuidanceSettings {}).isEmpty());
}

TEST(Guidance, magnesiumFromOwnProductsAndInGramsCounts_tabletsDoNot)
{
    const QList<Intake> day {mg(200, QTime(9, 0), QStringLiteral("Magnesium citrate powder")),
        dose(substances::Magnesium, 0.2, QStringLiteral("g"), QTime(21, 0)),
        dose(substances::Magnesium, 2, QStringLiteral("tablets"), QTime(12, 0))};
    const auto notes = guidanceFor(day, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::MagnesiumOverLimit});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("400 mg"))) << notes.first().text.toStdString();
    // 0.5 g is 500 mg: over the limit, as the chart and the CSV count it.
    EXPECT_EQ(kinds(guidanceFor({dose(substances::Magnesium, 0.5, QStringLiteral("g"), QTime(21, 0))}, catalog, {})),
        QList<GuidanceKind> {GuidanceKind::MagnesiumOverLimit});
}

TEST(Guidance, ironWithinTwoHoursOfMagnesium_isNoted_threeHoursIsFine)
{
    auto notes = guidanceFor({iron(QTime(20, 0)), mg(200, QTime(21, 30))}, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("iron at 20:00 and magnesium at 21:30")))
        << notes.first().text.toStdString();
    EXPECT_TRUE(guidanceFor({iron(QTime(8, 0)), mg(200, QTime(21, 0))}, catalog, GuidanceSettings {}).isEmpty());
    EXPECT_TRUE(guidanceFor({iron(QTime(19, 0)), mg(200, QTime(21, 0))}, catalog, GuidanceSettings {}).isEmpty());
    // Without times nothing can be said.
    EXPECT_TRUE(guidanceFor({iron(std::nullopt), mg(200, std::nullopt)}, catalog, GuidanceSettings {}).isEmpty());
}

TEST(Guidance, ironAndMagnesiumAcrossMidnight_areAnHourApart)
{
    const auto notes = guidanceFor({iron(QTime(0, 30)), mg(200, QTime(23, 30))}, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("iron at 00:30 and magnesium at 23:30")));
    // Two morning doses either side of noon are an hour apart too.
    EXPECT_EQ(kinds(guidanceFor({iron(QTime(11, 30)), mg(200, QTime(12, 30))}, catalog, {})),
        QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_EQ(minutesApart(QTime(23, 30), QTime(0, 30)), 60);
    EXPECT_EQ(minutesApart(QTime(8, 0), QTime(21, 0)), 660);
}

TEST(Guidance, ironNearCalciumOrAnOwnMagnesiumProduct_usesTheFlags)
{
    const auto notes
        = guidanceFor({iron(QTime(8, 0)), dose(QStringLiteral("Calcium"), 500, QStringLiteral("mg"), QTime(8, 30)),
                          mg(100, QTime(9, 0), QStringLiteral("Magnesium citrate powder"))},
            catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("Calcium at 08:30")));
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("Magnesium citrate powder at 09:00")));
}

// Seen on the evening form: one iron dose near magnesium and calcium read "iron at 21:00 and
// magnesium at 21:00 and iron at 21:00 and Calcium at 21:00". Each iron dose is named once,
// with everything close to it.
TEST(Guidance, oneIronDoseNearTwoOthers_namesTheIronOnce)
{
    const auto notes = guidanceFor({iron(QTime(21, 0)), mg(300, QTime(21, 0)),
                                       dose(QStringLiteral("Calcium"), 500, QStringLiteral("mg"), QTime(21, 0))},
        catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_TRUE(notes.first().text.startsWith(
        QStringLiteral("Less than 2 hours apart: iron at 21:00 with magnesium at 21:00 and Calcium at 21:00.")))
        << notes.first().text.toStdString();
    // Two iron doses, each with its own neighbour.
    const auto two = guidanceFor({iron(QTime(8, 0)), iron(QTime(21, 0)), mg(300, QTime(21, 30)),
                                     dose(QStringLiteral("Calcium"), 500, QStringLiteral("mg"), QTime(9, 0))},
        catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(two), QList<GuidanceKind> {GuidanceKind::IronNearInhibitor});
    EXPECT_TRUE(two.first().text.startsWith(QStringLiteral(
        "Less than 2 hours apart: iron at 08:00 and Calcium at 09:00; iron at 21:00 and magnesium at 21:30.")))
        << two.first().text.toStdString();
}

TEST(Guidance, ironNearAnyDopaminergicMedicine_isNoted_otherMedicinesAreNot)
{
    for (const char16_t *name : {u"Levodopa", u"Pramipexole", u"Ropinirole", u"Rotigotine"}) {
        const auto notes = guidanceFor(
            {iron(QTime(8, 0)), dose(QString::fromUtf16(name), 100, QStringLiteral("mg"), QTime(8, 30))}, catalog, {});
        EXPECT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearDopaminergic})
            << QString::fromUtf16(name).toStdString();
    }
    // The name alone decides nothing: gabapentin is not dopaminergic, and a medicine the
    // catalog does not know is not guessed at.
    EXPECT_TRUE(guidanceFor(
        {iron(QTime(8, 0)), dose(QStringLiteral("Gabapentin"), 300, QStringLiteral("mg"), QTime(8, 30))}, catalog, {})
                    .isEmpty());
}

TEST(Guidance, lateCaffeineAndEveningAlcohol_followTheSettings)
{
    const Intake coffee = dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(15, 0));
    const Intake wine = dose(substances::Alcohol, 1, QStringLiteral("standard drinks"), QTime(20, 0));
    EXPECT_EQ(kinds(guidanceFor({coffee, wine}, catalog, GuidanceSettings {})),
        (QList<GuidanceKind> {GuidanceKind::LateCaffeine, GuidanceKind::EveningAlcohol}));
    GuidanceSettings later;
    later.caffeineAfter = QTime(16, 0);
    later.eveningFrom = QTime(21, 0);
    EXPECT_EQ(kinds(guidanceFor({coffee, wine}, catalog, later)), QList<GuidanceKind> {});
    EXPECT_TRUE(
        guidanceFor({dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(8, 0))}, catalog, {}).isEmpty());
}

// Issue 13: a dose of 0 is a recorded "none" (no coffee, no alcohol that day): nothing was taken,
// so no note is about it.
TEST(Guidance, aRecordedNone_atAnyHour_isNotNoted)
{
    const Intake noCoffee = dose(substances::Caffeine, 0, QStringLiteral("mg"), QTime(17, 0));
    const Intake noWine = dose(substances::Alcohol, 0, QStringLiteral("standard drinks"), QTime(21, 0));
    const Intake noMagnesium = mg(0, QTime(8, 30));
    EXPECT_EQ(
        kinds(guidanceFor({noCoffee, noWine, noMagnesium, iron(QTime(8, 0))}, catalog, {})), QList<GuidanceKind> {});
}

TEST(Guidance, coffeeAfterMidnight_isLate_andEveryLateDrinkIsNamed)
{
    const QList<Intake> day {
        dose(substances::Caffeine, 63, QStringLiteral("mg"), QTime(1, 0), QStringLiteral("Espresso (1 shot)")),
        dose(substances::Caffeine, 95, QStringLiteral("mg"), QTime(16, 30), QStringLiteral("Brewed coffee (240 ml)")),
        dose(substances::Caffeine, 47, QStringLiteral("mg"), QTime(9, 0), QStringLiteral("Black tea (240 ml)"))};
    const auto notes = guidanceFor(day, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::LateCaffeine});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("Espresso (1 shot) at 01:00")));
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("Brewed coffee (240 ml) at 16:30")));
    EXPECT_FALSE(notes.first().text.contains(QStringLiteral("tea"))); // 09:00 is the morning
    EXPECT_FALSE(notes.first().text.contains(QStringLiteral("bedtime)")));
    GuidanceSettings fromBedtime;
    fromBedtime.caffeineAfter = QTime(17, 0);
    fromBedtime.caffeineFromBedtime = true;
    EXPECT_TRUE(guidanceFor(day, catalog, fromBedtime)
                    .first()
                    .text.startsWith(QStringLiteral("Caffeine after 17:00 (6 hours before your usual bedtime)")));
    EXPECT_TRUE(isLateInTheDay(QTime(4, 59), QTime(14, 0)));
    EXPECT_FALSE(isLateInTheDay(QTime(5, 0), QTime(14, 0)));
}

namespace {
QList<Night> bedtimes(const QList<QTime> &times)
{
    QList<Night> out;
    QDate d(2026, 11, 1);
    for (const QTime &t : times) {
        Night n;
        n.date = d;
        d = d.addDays(1);
        if (t.isValid())
            n.sleep.triedToSleep = t;
        out.append(n);
    }
    return out;
}
} // namespace

TEST(Guidance, caffeineHour_isSixHoursBeforeTheMedianBedtimeOfTheLast14Nights)
{
    // Median of 22:30, 23:00, 23:30 is 23:00: caffeine is noted from 17:00 (Drake et al. 2013).
    EXPECT_EQ(caffeineCutoff(bedtimes({QTime(22, 30), QTime(23, 30), QTime(23, 0)}), QTime(14, 0)), QTime(17, 0));
    // Across midnight: 23:30 and 00:30 have their median at midnight, so 18:00.
    EXPECT_EQ(caffeineCutoff(bedtimes({QTime(23, 30), QTime(0, 30), QTime(23, 30), QTime(0, 30)}), QTime(14, 0)),
        QTime(18, 0));
    // To the nearest quarter hour: a median of 23:08 gives 17:15, not 17:08.
    EXPECT_EQ(caffeineCutoff(bedtimes({QTime(23, 8), QTime(23, 8), QTime(23, 8)}), QTime(14, 0)), QTime(17, 15));
    // Fewer than 3 bedtimes: the setting.
    EXPECT_EQ(caffeineCutoff(bedtimes({QTime(23, 0), QTime(), QTime(23, 0)}), QTime(14, 0)), QTime(14, 0));
    // Only the last 14 logged nights count: 20 early nights, then 14 late ones.
    QList<QTime> times(20, QTime(21, 0));
    times.append(QList<QTime>(14, QTime(1, 0)));
    EXPECT_EQ(caffeineCutoff(bedtimes(times), QTime(14, 0)), QTime(19, 0));
}

TEST(Guidance, labGuideline_ferritinAndSaturation_onlyInTheirUnits)
{
    EXPECT_FALSE(labGuideline({0, QDate(2026, 1, 1), labtests::Ferritin, 75, QStringLiteral("ng/mL")}).isEmpty());
    EXPECT_FALSE(labGuideline({0, QDate(2026, 1, 1), labtests::Ferritin, 60, QStringLiteral("µg/L")}).isEmpty());
    EXPECT_TRUE(labGuideline({0, QDate(2026, 1, 1), labtests::Ferritin, 76, QStringLiteral("ng/mL")}).isEmpty());
    EXPECT_TRUE(labGuideline({0, QDate(2026, 1, 1), labtests::Ferritin, 30, QStringLiteral("pmol/L")}).isEmpty());
    EXPECT_FALSE(
        labGuideline({0, QDate(2026, 1, 1), labtests::TransferrinSaturation, 19.9, QStringLiteral("%")}).isEmpty());
    EXPECT_TRUE(
        labGuideline({0, QDate(2026, 1, 1), labtests::TransferrinSaturation, 20, QStringLiteral("%")}).isEmpty());
}

TEST(Guidance, kidneyReminder_pointsToTheDoctor)
{
    EXPECT_TRUE(kidneyReminder().text.contains(QStringLiteral("doctor")));
    EXPECT_EQ(kidneyReminder().kind, GuidanceKind::KidneyReminder);
}
