// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/headerwords.h"

#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace rls {
namespace {

// A header as lowercase words with a space at each end, so " key " finds whole words and
// phrases: "Sleep-Quality (1-5)" -> " sleep quality 1 5 ", "s'endormir" -> " s endormir ".
QString spacedWords(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{M}\p{N}]+)"));
    QString s = text.normalized(QString::NormalizationForm_C).toLower();
    s.replace(nonWord, QStringLiteral(" "));
    return QStringLiteral(" %1 ").arg(s.simplified());
}

// The same words without accents: "qualité" -> "qualite", "Gläser" -> "glaser".
QString withoutAccents(const QString &words)
{
    static const QRegularExpression marks(QStringLiteral(R"(\p{Mn}+)"));
    return words.normalized(QString::NormalizationForm_D).remove(marks).normalized(QString::NormalizationForm_C);
}

// German umlauts as typed on a keyboard without them: "qualität" -> "qualitaet".
QString umlautsWrittenOut(QString words)
{
    return words.replace(u'ä', QStringLiteral("ae"))
        .replace(u'ö', QStringLiteral("oe"))
        .replace(u'ü', QStringLiteral("ue"))
        .replace(u'ß', QStringLiteral("ss"));
}

struct HeaderText {
    explicit HeaderText(const QString &header)
        : plain(spacedWords(header))
        , folded(withoutAccents(plain))
    { }
    QString plain; // accents kept
    QString folded; // accents dropped
};

// A key in the forms a header may hold it: as written, without accents, and with German umlauts
// written out. Keys are written as people spell them, accents and all.
struct Key {
    explicit Key(const char16_t *word)
        : plain(spacedWords(QString::fromUtf16(word)))
        , folded(withoutAccents(plain))
        , writtenOut(umlautsWrittenOut(plain))
        // Spelt without accents, "thé" is "the" and "té" is "te": those match only as written.
        , onlyAsWritten(plain == u" thé " || plain == u" té ")
    { }
    QString plain;
    QString folded;
    QString writtenOut;
    bool onlyAsWritten;
};

QList<Key> keysOf(std::initializer_list<const char16_t *> words)
{
    QList<Key> keys;
    for (const char16_t *w : words)
        keys.append(Key(w));
    return keys;
}

// Whether `text` holds `key` as whole words.
bool has(const HeaderText &text, const Key &key)
{
    if (key.onlyAsWritten)
        return text.plain.contains(key.plain);
    return text.folded.contains(key.folded) || text.folded.contains(key.writtenOut);
}

bool hasAny(const HeaderText &text, const QList<Key> &keys)
{
    return std::any_of(keys.cbegin(), keys.cend(), [&](const Key &k) { return has(text, k); });
}

// Where in the header a key must stand.
enum class Where { Anywhere, FirstWord };

struct Rule {
    DiaryField field;
    std::initializer_list<const char16_t *> keys; // any one, as whole words or phrases
    Where where = Where::Anywhere;
};

// Order matters: the more specific rules come first ("irls" before "rls", "out of bed" before
// "bed", "wie oft aufgewacht" before "aufgewacht", "réveils" (how many) is not "réveil" (when),
// "iron" before "mg"). Each rule lists English, German, French and Spanish words in that order.
// German compounds are one word ("Schlafqualität"), so they are listed as well as their parts.
const Rule rules[] = {
    {DiaryField::FlaggedForDoctor, {u"for doctor", u"for the doctor", u"my doctor", u"flagged"}},
    {DiaryField::IrlsTotal, {u"irls"}},
    {DiaryField::MinutesToFallAsleep,
        {u"latency", u"fall asleep", u"to sleep min", u"sol", //
            u"einschlafdauer", u"einschlaflatenz", u"einschlafen", //
            u"endormissement", u"latence", u"s'endormir", u"m'endormir", //
            u"latencia", u"conciliar", u"dormirse", u"dormirme"}},
    {DiaryField::MinutesAwake,
        {u"waso", u"minutes awake", u"min awake", u"awake min", u"wake after sleep onset", //
            u"wachzeit", u"wachdauer", u"minuten wach", u"wach min", u"wach minuten", u"wach gelegen",
            u"wachliegen", //
            u"éveil", u"éveillé", u"éveillée", //
            u"minutos despierto", u"minutos despierta", u"tiempo despierto", u"tiempo despierta", u"despierto min"}},
    {DiaryField::Awakenings,
        {u"awakenings", u"wakeups", u"wake ups", u"times awake", u"times woke", //
            u"anzahl aufwachen", u"aufwachen anzahl", u"aufwachen nachts", u"nächtliches aufwachen",
            u"nächtliches erwachen", u"wachphasen", u"wie oft aufgewacht", u"wie oft wach", u"mal aufgewacht",
            u"mal wach", //
            u"réveils", u"éveils", //
            u"despertares", u"veces despierto", u"veces despierta", u"veces que me desperté"}},
    {DiaryField::OutOfBed,
        {u"out of bed", u"got up", u"rise time", u"up time", //
            u"aufgestanden", u"aufstehen", u"aufstehzeit", //
            u"lever", u"sortie du lit", //
            u"levantarse", u"me levanté", u"levanté"}},
    {DiaryField::FinalAwakening,
        {u"final awakening", u"woke up", u"wake time", u"woke", u"wake up", //
            u"aufgewacht", u"aufwachen", u"aufwachzeit", u"erwacht", //
            u"réveil", u"réveillé", u"réveillée", //
            u"despertar", u"desperté"}},
    {DiaryField::TriedToSleep,
        {u"tried to sleep", u"lights out", u"tried", //
            u"licht aus", u"schlafversuch", u"einschlafversuch", u"versucht einzuschlafen", u"versucht zu schlafen", //
            u"extinction", u"lumière éteinte", u"essayé de dormir", u"tenté de dormir", //
            u"intenté dormir", u"intento de dormir", u"luz apagada", u"apagar la luz", u"apagué la luz"}},
    {DiaryField::InBed,
        {u"in bed", u"to bed", u"bedtime", u"bed time", //
            u"ins bett", u"zu bett", u"bettzeit", u"zubettgehen", u"zubettgehzeit", u"schlafenszeit", //
            u"coucher", u"au lit", //
            u"acostarse", u"me acosté", u"acosté", u"a la cama", u"hora de dormir"}},
    {DiaryField::Quality, {u"quality", u"schlafqualität", u"qualität", u"qualité", u"calidad"}},
    {DiaryField::Onset,
        {u"onset", u"started", u"start time", //
            u"beginn", u"symptombeginn", u"beschwerdebeginn", //
            u"début", //
            u"inicio", u"comienzo"}},
    {DiaryField::SensationList, {u"sensations", u"sensation", u"feeling"}},
    {DiaryField::BodyAreaList, {u"body areas", u"body area", u"where", u"areas"}},
    {DiaryField::LabelMg, {u"label mg", u"label weight", u"compound mg"}},
    {DiaryField::IronDoses, {u"iron doses"}},
    // "fer" only as a word of its own: never inside "Ferritin" or "Transferrin".
    {DiaryField::IronMg, {u"iron", u"fe", u"ferrous", u"eisen", u"fer", u"hierro"}},
    {DiaryField::MagnesiumDoses, {u"magnesium doses"}},
    {DiaryField::MagnesiumMg, {u"magnesium", u"magnésium", u"magnesio"}},
    {DiaryField::CaffeineDoses, {u"caffeine doses"}},
    {DiaryField::CaffeineMg,
        {u"caffeine", u"coffee", u"espresso", u"espressos", u"expresso", u"tea", //
            u"koffein", u"coffein", u"kaffee", u"tee", //
            u"caféine", u"café", u"thé", //
            u"cafeína", u"té"}},
    {DiaryField::AlcoholDoses, {u"alcohol doses"}},
    {DiaryField::AlcoholDrinks,
        {u"alcohol", u"drinks", u"standard drinks", u"wine", //
            u"alkohol", u"wein", //
            u"alcool", u"vin", //
            u"vino"}},
    // "Mg (mg)" is magnesium in mg, but "Iron (mg)" is iron and "mg Koffein" caffeine: "mg" as a unit
    // must not decide, so it names magnesium only as the first word, and only when no rule above
    // found another field in the header.
    {DiaryField::MagnesiumMg, {u"mg"}, Where::FirstWord},
    {DiaryField::MedicationDoses,
        {u"medication doses", u"medication", u"medications", u"medicine", u"medicines", //
            u"medikamente", u"medikament", u"arzneimittel", //
            u"médicaments", u"médicament", //
            u"medicación", u"medicamentos", u"medicamento"}},
    {DiaryField::OtherIntakes, {u"other intakes", u"other"}},
    {DiaryField::Tags,
        {u"tags", u"tag", //
            u"stichwörter", u"stichworte", u"schlagwörter", u"schlagworte", //
            u"étiquettes", u"étiquette", u"mots clés", //
            u"etiquetas", u"etiqueta"}},
    {DiaryField::Note,
        {u"notes", u"note", u"comment", u"comments", u"remarks", //
            u"notiz", u"notizen", u"bemerkung", u"bemerkungen", u"kommentar", u"kommentare", u"anmerkung",
            u"anmerkungen", //
            u"remarques", u"remarque", u"commentaire", u"commentaires", //
            u"notas", u"nota", u"comentario", u"comentarios", u"observaciones", u"observación"}},
    {DiaryField::Severity,
        {u"severity", u"rls", u"score", u"symptoms", u"intensity", //
            u"schweregrad", u"stärke", u"intensität", u"beschwerden", u"symptome", //
            u"sévérité", u"intensité", u"gravité", u"symptômes", u"sjsr", //
            u"gravedad", u"severidad", u"intensidad", u"síntomas", u"puntuación", u"spi"}},
    // "Tag" alone is English here (tags, above); guessMapping() reads it as the German day when
    // the file has no other date column.
    {DiaryField::Date,
        {u"date", u"datum", u"day", u"night", u"evening", //
            u"nacht", //
            u"jour", u"nuit", //
            u"fecha", u"día", u"noche"}},
    {DiaryField::DoseTime, {u"time", u"taken at"}},
    {DiaryField::Substance, {u"substance", u"supplement"}},
    {DiaryField::Kind, {u"kind", u"category"}},
    {DiaryField::Form, {u"form"}},
    {DiaryField::Amount, {u"amount", u"dose"}},
    {DiaryField::Unit, {u"unit"}},
};

// The rules with their keys in every form, worked out once.
struct KeyedRule {
    DiaryField field;
    QList<Key> keys;
    Where where;
};

const QList<KeyedRule> &keyedRules()
{
    static const QList<KeyedRule> keyed = [] {
        QList<KeyedRule> out;
        for (const Rule &rule : rules)
            out.append({rule.field, keysOf(rule.keys), rule.where});
        return out;
    }();
    return keyed;
}

bool matches(const HeaderText &text, const KeyedRule &rule)
{
    if (rule.where == Where::Anywhere)
        return hasAny(text, rule.keys);
    return std::any_of(
        rule.keys.cbegin(), rule.keys.cend(), [&](const Key &k) { return text.folded.startsWith(k.folded); });
}

// The words that say how a day-total column counts, in English, German, French and Spanish.
const std::initializer_list<const char16_t *> massWords
    = {u"mg", u"milligram", u"milligrams", u"milligramm", u"milligramme", u"milligrammes", u"miligramo", u"miligramos"};
const std::initializer_list<const char16_t *> espressoWords = {u"espresso", u"espressos", u"expresso", u"expressos"};
// A coffee column without a unit counts cups: nobody writes down the mg of their coffee.
const std::initializer_list<const char16_t *> coffeeWords = {u"coffee", u"kaffee", u"café"};
const std::initializer_list<const char16_t *> teaWords = {u"tea", u"tee", u"thé", u"té"};
const std::initializer_list<const char16_t *> cupWords
    = {u"cups", u"cup", u"tassen", u"tasse", u"tasses", u"tazas", u"taza"};
const std::initializer_list<const char16_t *> glassWords
    = {u"glasses", u"glass", u"gläser", u"glas", u"verres", u"verre", u"copas", u"copa", u"vasos", u"vaso"};
const std::initializer_list<const char16_t *> drinkWords = {u"drinks", u"drink", u"standard drinks"};
// Wine is counted in glasses when the header names no unit, like coffee in cups.
const std::initializer_list<const char16_t *> wineWords = {u"wine", u"wein", u"vin", u"vino"};

struct UnitKeys {
    QList<Key> mass, espresso, coffee, tea, cups, glasses, drinks, wine;
};

const UnitKeys &unitKeys()
{
    static const UnitKeys keys {keysOf(massWords), keysOf(espressoWords), keysOf(coffeeWords), keysOf(teaWords),
        keysOf(cupWords), keysOf(glassWords), keysOf(drinkWords), keysOf(wineWords)};
    return keys;
}

CountUnit caffeineUnit(const HeaderText &text)
{
    const UnitKeys &k = unitKeys();
    if (hasAny(text, k.mass))
        return CountUnit::Own;
    if (hasAny(text, k.espresso))
        return CountUnit::Espressos;
    if (hasAny(text, k.coffee))
        return CountUnit::CupsOfCoffee;
    if (hasAny(text, k.tea))
        return CountUnit::CupsOfTea;
    if (hasAny(text, k.cups))
        return CountUnit::CupsOfCoffee;
    return CountUnit::Own;
}

CountUnit alcoholUnit(const HeaderText &text)
{
    const UnitKeys &k = unitKeys();
    if (hasAny(text, k.glasses))
        return CountUnit::GlassesOfWine;
    if (hasAny(text, k.drinks))
        return CountUnit::Own;
    if (hasAny(text, k.wine))
        return CountUnit::GlassesOfWine;
    return CountUnit::Own;
}

} // namespace

DiaryField fieldFromHeaderWords(const QString &header)
{
    const HeaderText text(header);
    for (const KeyedRule &rule : keyedRules()) {
        if (matches(text, rule))
            return rule.field;
    }
    return DiaryField::Ignore;
}

CountUnit countUnitFromHeader(DiaryField field, const QString &header)
{
    switch (field) {
    case DiaryField::CaffeineMg: return caffeineUnit(HeaderText(header));
    case DiaryField::AlcoholDrinks: return alcoholUnit(HeaderText(header));
    default: return CountUnit::Own;
    }
}

bool isTagOrDay(const QString &header)
{
    return spacedWords(header) == u" tag ";
}

} // namespace rls
