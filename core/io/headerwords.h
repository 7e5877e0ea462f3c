// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvmapping.h"

#include <QString>

namespace rls {

/// The field a person's own header names, from the words people write in English, German,
/// French and Spanish sheets ("RLS score", "Schlafqualität", "Qualité du sommeil", "Notas").
/// Whole words, any case, with or without accents ("qualite", "Schlafqualitat",
/// "Schlafqualitaet"); Ignore when no word fits. Our own headers are csvColumns()' business.
DiaryField fieldFromHeaderWords(const QString &header);

/// What a day-total column of `field` counts in, from its header: cups of coffee ("Coffee
/// (cups)", "Kaffee", "café"), espressos, cups of tea ("Tea", "Tee", "thé", "té"), glasses of wine
/// ("Alkohol (Gläser)", "Wine"); Own for mg ("Caffeine (mg)", "Koffein"), drinks ("Standard
/// drinks") and every other field.
CountUnit countUnitFromHeader(DiaryField field, const QString &header);

/// True when `header` is the one word "Tag": German for the day (the date column), English for
/// the tags. fieldFromHeaderWords() takes it as tags; a file without another date column means
/// the day (guessMapping()).
bool isTagOrDay(const QString &header);

} // namespace rls
