// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace rls {

/// A caffeinated drink a person can add in one click; stored as its caffeine in mg.
struct CaffeineDrink {
    QString name;
    double caffeineMg;
};

/// Typical caffeine per drink (USDA FoodData): brewed coffee 240 ml, espresso shot, black and
/// green tea 240 ml, cola 355 ml (a 12 fl oz can, the serving USDA gives 34 mg for), energy drink 250 ml.
QList<CaffeineDrink> caffeineDrinks();

/// A standard drink holds this many grams of alcohol: 14 g in the US (NIAAA), 8 g (one unit)
/// in the UK, 10 g in Australia and by WHO convention.
enum class StandardDrink { US = 14, UK = 8, Other = 10 };

/// An alcoholic drink described by volume and strength.
struct AlcoholDrink {
    QString name;
    double volumeMl;
    double abvPercent;
};

/// Common drinks: the US reference servings of beer, wine and spirits, and a pint of beer.
QList<AlcoholDrink> alcoholDrinks();

/// Standard drinks = volume ml x ABV% / 100 x 0.789 g/ml / grams per standard drink,
/// rounded to one decimal place as people count them.
double standardDrinks(double volumeMl, double abvPercent, StandardDrink size);

/// "1 standard drink", "1.5 standard drinks", "0 standard drinks": the count as people say it,
/// with `locale`'s decimal point.
QString standardDrinksText(double count, const QLocale &locale);

} // namespace rls
