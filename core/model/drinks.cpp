// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/drinks.h"

#include <QCoreApplication>

#include <cmath>

namespace rls {

QList<CaffeineDrink> caffeineDrinks()
{
    return {
        {QStringLiteral("Brewed coffee (240 ml)"), 95},
        {QStringLiteral("Espresso (1 shot)"), 63},
        {QStringLiteral("Black tea (240 ml)"), 47},
        {QStringLiteral("Green tea (240 ml)"), 28},
        {QStringLiteral("Cola (355 ml can)"), 34},
        {QStringLiteral("Energy drink (250 ml)"), 80},
    };
}

QList<AlcoholDrink> alcoholDrinks()
{
    return {
        {QStringLiteral("Beer 5% (355 ml)"), 355, 5},
        {QStringLiteral("Beer 5% (pint, 568 ml)"), 568, 5},
        {QStringLiteral("Wine 12% (148 ml)"), 148, 12},
        {QStringLiteral("Spirits 40% (44 ml)"), 44, 40},
    };
}

double standardDrinks(double volumeMl, double abvPercent, StandardDrink size)
{
    constexpr double ethanolGramsPerMl = 0.789;
    const double grams = volumeMl * abvPercent / 100.0 * ethanolGramsPerMl;
    return std::round(grams / static_cast<int>(size) * 10.0) / 10.0;
}

QString standardDrinksText(double count, const QLocale &locale)
{
    const QString number = locale.toString(count, 'g', 3);
    return count == 1 ? QCoreApplication::translate("Drinks", "%1 standard drink").arg(number)
                      : QCoreApplication::translate("Drinks", "%1 standard drinks").arg(number);
}

} // namespace rls
