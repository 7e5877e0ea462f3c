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
const QList<Substance> catalog = {
    {1, substances::Magnesium, Category::Supplement, QStringLiteral("mg"), {}},
    {2, substances::Iron, Category::Supplement, QStringLiteral("mg"), {}},
    {3, substances::Caffeine, Category::Stimulant, QStringLiteral("mg"), {}},
    {4, substances::Alcohol, Category::Alcohol, QStringLiteral("standard drinks"), {}},
    {5, QStringLiteral("Carbidopa/levodopa"), Category::Medication, QStringLiteral("mg"), {}},
};
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

TEST(Guidance, magnesiumFromAddedProductsCounts_foodUnitsDoNot)
{
    const QList<Intake> day {mg(200, QTime(9, 0), QStringLiteral("Magnesium citrate powder")), mg(200, QTime(21, 0)),
        {substances::Magnesium, 2, QStringLiteral("tablets"), {}, QTime(12, 0)}};
    EXPECT_DOUBLE_EQ(supplementalMagnesiumMg(day, catalog), 400);
}

TEST(Guidance, ironWithinTwoHoursOfMagnesium_isNoted_threeHoursIsFine)
{
    auto notes = guidanceFor({iron(QTime(20, 0)), mg(200, QTime(21, 30))}, catalog, GuidanceSettings {});
    ASSERT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearMagnesium});
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("20:00")));
    EXPECT_TRUE(notes.first().text.contains(QStringLiteral("21:30")));
    EXPECT_TRUE(guidanceFor({iron(QTime(8, 0)), mg(200, QTime(21, 0))}, catalog, GuidanceSettings {}).isEmpty());
    EXPECT_TRUE(guidanceFor({iron(QTime(19, 0)), mg(200, QTime(21, 0))}, catalog, GuidanceSettings {}).isEmpty());
    // Without times nothing can be said.
    EXPECT_TRUE(guidanceFor({iron(std::nullopt), mg(200, std::nullopt)}, catalog, GuidanceSettings {}).isEmpty());
}

TEST(Guidance, ironNearLevodopa_isNoted)
{
    const Intake levodopa {QStringLiteral("Carbidopa/levodopa"), 100, QStringLiteral("mg"), {}, QTime(8, 30)};
    const auto notes = guidanceFor({iron(QTime(8, 0)), levodopa}, catalog, GuidanceSettings {});
    EXPECT_EQ(kinds(notes), QList<GuidanceKind> {GuidanceKind::IronNearLevodopa});
}

TEST(Guidance, lateCaffeineAndEveningAlcohol_followTheSettings)
{
    const Intake coffee {substances::Caffeine, 95, QStringLiteral("mg"), {}, QTime(15, 0)};
    const Intake wine {substances::Alcohol, 1, QStringLiteral("standard drinks"), {}, QTime(20, 0)};
    EXPECT_EQ(kinds(guidanceFor({coffee, wine}, catalog, GuidanceSettings {})),
        (QList<GuidanceKind> {GuidanceKind::LateCaffeine, GuidanceKind::EveningAlcohol}));
    GuidanceSettings later;
    later.caffeineAfter = QTime(16, 0);
    EXPECT_EQ(kinds(guidanceFor({coffee}, catalog, later)), QList<GuidanceKind> {});
    const Intake morningCoffee {substances::Caffeine, 95, QStringLiteral("mg"), {}, QTime(8, 0)};
    EXPECT_TRUE(guidanceFor({morningCoffee}, catalog, GuidanceSettings {}).isEmpty());
}

TEST(Guidance, kidneyReminder_pointsToTheDoctor)
{
    EXPECT_TRUE(kidneyReminder().text.contains(QStringLiteral("doctor")));
    EXPECT_EQ(kidneyReminder().kind, GuidanceKind::KidneyReminder);
}
