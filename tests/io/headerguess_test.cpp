// SPDX-License-Identifier: GPL-3.0-or-later
// The header guesser on people's own sheets in English, German, French and Spanish: every column
// to its field and the unit its figures count in, and the words that look alike but are not.
#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "support/fixtures.h"

#include <gtest/gtest.h>

using namespace rls;

namespace {

using F = DiaryField;
using U = CountUnit;

struct Column {
    const char16_t *header;
    DiaryField field;
    CountUnit unit = CountUnit::Own;
};

QStringList headersOf(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out.append(QString::fromUtf16(c.header));
    return out;
}

// Every column of the row is mapped to its field and unit, and the mapping can be imported.
void expectMapped(const QList<Column> &columns)
{
    const QStringList header = headersOf(columns);
    const ColumnMapping m = guessMapping(header);
    ASSERT_EQ(m.fields.size(), columns.size());
    ASSERT_EQ(m.units.size(), columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        EXPECT_EQ(m.fields.at(i), columns.at(i).field) << header.at(i).toStdString();
        EXPECT_EQ(m.units.at(i), columns.at(i).unit) << header.at(i).toStdString();
    }
    EXPECT_TRUE(mappingProblems(m, header).isEmpty()) << mappingProblems(m, header).join(u' ').toStdString();
}

DiaryField field(const char16_t *header)
{
    return guessField(QString::fromUtf16(header));
}

// The unit guessMapping() gives a header on its own.
CountUnit unit(const char16_t *header)
{
    return guessMapping({QString::fromUtf16(header)}).unitOf(0);
}

} // namespace

TEST(HeaderGuess, englishSheet_mapsEveryColumn)
{
    expectMapped({{u"Date", F::Date}, {u"Symptom onset", F::Onset}, {u"RLS severity (0-10)", F::Severity},
        {u"Bedtime", F::InBed}, {u"Lights out", F::TriedToSleep}, {u"Minutes to fall asleep", F::MinutesToFallAsleep},
        {u"Awakenings", F::Awakenings}, {u"Minutes awake", F::MinutesAwake}, {u"Final awakening", F::FinalAwakening},
        {u"Out of bed", F::OutOfBed}, {u"Sleep quality (1-5)", F::Quality}, {u"Magnesium (mg)", F::MagnesiumMg},
        {u"Iron (mg)", F::IronMg}, {u"Coffee (cups)", F::CaffeineMg, U::CupsOfCoffee},
        {u"Wine (glasses)", F::AlcoholDrinks, U::GlassesOfWine}, {u"Notes", F::Note}, {u"Tags", F::Tags}});
}

TEST(HeaderGuess, germanSheet_mapsEveryColumn)
{
    expectMapped({{u"Datum", F::Date}, {u"Beginn", F::Onset}, {u"Stärke (0-10)", F::Severity}, {u"Ins Bett", F::InBed},
        {u"Licht aus", F::TriedToSleep}, {u"Einschlafdauer (min)", F::MinutesToFallAsleep},
        {u"Wie oft aufgewacht", F::Awakenings}, {u"Wachzeit (min)", F::MinutesAwake},
        {u"Aufgewacht", F::FinalAwakening}, {u"Aufgestanden", F::OutOfBed}, {u"Schlafqualität", F::Quality},
        {u"Magnesium (mg)", F::MagnesiumMg}, {u"Eisen (mg)", F::IronMg},
        {u"Kaffee (Tassen)", F::CaffeineMg, U::CupsOfCoffee}, {u"Alkohol (Gläser)", F::AlcoholDrinks, U::GlassesOfWine},
        {u"Notizen", F::Note}, {u"Stichwörter", F::Tags}});
    // The other words a German sheet uses for the same columns.
    expectMapped(
        {{u"Tag", F::Date}, {u"Beschwerden", F::Severity}, {u"Zu Bett", F::InBed}, {u"Anzahl Aufwachen", F::Awakenings},
            {u"Aufwachen", F::FinalAwakening}, {u"Aufstehen", F::OutOfBed}, {u"Koffein (mg)", F::CaffeineMg},
            {u"Alkohol", F::AlcoholDrinks}, {u"Bemerkung", F::Note}, {u"Schlagwörter", F::Tags}});
    EXPECT_EQ(field(u"Schweregrad"), F::Severity);
    EXPECT_EQ(field(u"Intensität"), F::Severity);
    EXPECT_EQ(field(u"Kommentar"), F::Note);
    EXPECT_EQ(field(u"Notiz"), F::Note);
}

TEST(HeaderGuess, frenchSheet_mapsEveryColumn)
{
    expectMapped({{u"Date", F::Date}, {u"Début des symptômes", F::Onset}, {u"Intensité (0-10)", F::Severity},
        {u"Heure du coucher", F::InBed}, {u"Extinction des lumières", F::TriedToSleep},
        {u"Délai d'endormissement (min)", F::MinutesToFallAsleep}, {u"Nombre de réveils", F::Awakenings},
        {u"Temps d'éveil (min)", F::MinutesAwake}, {u"Heure du réveil", F::FinalAwakening},
        {u"Heure du lever", F::OutOfBed}, {u"Qualité du sommeil", F::Quality}, {u"Magnésium (mg)", F::MagnesiumMg},
        {u"Fer (mg)", F::IronMg}, {u"Café (tasses)", F::CaffeineMg, U::CupsOfCoffee},
        {u"Alcool (verres)", F::AlcoholDrinks, U::GlassesOfWine}, {u"Remarques", F::Note}, {u"Étiquettes", F::Tags}});
    expectMapped(
        {{u"Jour", F::Date}, {u"Sévérité", F::Severity}, {u"Caféine (mg)", F::CaffeineMg}, {u"Commentaire", F::Note}});
    EXPECT_EQ(field(u"Gravité"), F::Severity);
    EXPECT_EQ(field(u"Notes"), F::Note);
}

TEST(HeaderGuess, spanishSheet_mapsEveryColumn)
{
    expectMapped({{u"Fecha", F::Date}, {u"Inicio de síntomas", F::Onset}, {u"Gravedad (0-10)", F::Severity},
        {u"Hora de acostarse", F::InBed}, {u"Apagué la luz", F::TriedToSleep},
        {u"Minutos para conciliar el sueño", F::MinutesToFallAsleep}, {u"Despertares", F::Awakenings},
        {u"Minutos despierto", F::MinutesAwake}, {u"Hora de despertar", F::FinalAwakening},
        {u"Hora de levantarse", F::OutOfBed}, {u"Calidad del sueño", F::Quality}, {u"Magnesio (mg)", F::MagnesiumMg},
        {u"Hierro (mg)", F::IronMg}, {u"Café (tazas)", F::CaffeineMg, U::CupsOfCoffee},
        {u"Alcohol (copas)", F::AlcoholDrinks, U::GlassesOfWine}, {u"Observaciones", F::Note},
        {u"Etiquetas", F::Tags}});
    expectMapped(
        {{u"Día", F::Date}, {u"Severidad", F::Severity}, {u"Cafeína (mg)", F::CaffeineMg}, {u"Comentarios", F::Note}});
    EXPECT_EQ(field(u"Intensidad"), F::Severity);
    EXPECT_EQ(field(u"Notas"), F::Note);
    EXPECT_EQ(field(u"Nota"), F::Note);
}

TEST(HeaderGuess, anyCase_andWithoutAccents_orWithUmlautsWrittenOut)
{
    EXPECT_EQ(field(u"qualite du sommeil"), F::Quality);
    EXPECT_EQ(field(u"QUALITÉ DU SOMMEIL"), F::Quality);
    EXPECT_EQ(field(u"Schlafqualitat"), F::Quality);
    EXPECT_EQ(field(u"Schlafqualitaet"), F::Quality);
    EXPECT_EQ(field(u"SCHLAFQUALITÄT"), F::Quality);
    EXPECT_EQ(field(u"Schlaf-Qualität"), F::Quality);
    EXPECT_EQ(field(u"calidad del sueno"), F::Quality);
    EXPECT_EQ(field(u"Magnesium (mg)"), F::MagnesiumMg);
    EXPECT_EQ(field(u"magnesium"), F::MagnesiumMg);
    EXPECT_EQ(field(u"Staerke"), F::Severity);
    EXPECT_EQ(field(u"severite"), F::Severity);
    EXPECT_EQ(field(u"dia"), F::Date);
    EXPECT_EQ(field(u"Cafeina"), F::CaffeineMg);
    // An accent written as a letter and a combining mark (as some Macs save file names) is the same.
    EXPECT_EQ(field(u"Qualite\u0301 du sommeil"), F::Quality);
    EXPECT_EQ(unit(u"Alkohol (Glaeser)"), U::GlassesOfWine);
    EXPECT_EQ(unit(u"Alkohol (Glaser)"), U::GlassesOfWine);
}

TEST(HeaderGuess, caffeineUnits_cupsEspressosTea_orMg)
{
    EXPECT_EQ(unit(u"Coffee (cups)"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Coffee"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Kaffee"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"café"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Caffeine (cups)"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Tassen Kaffee"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Café (tasse)"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Café (taza)"), U::CupsOfCoffee);
    EXPECT_EQ(unit(u"Espressos"), U::Espressos);
    EXPECT_EQ(unit(u"Coffee (espresso shots)"), U::Espressos);
    EXPECT_EQ(unit(u"Tea"), U::CupsOfTea);
    EXPECT_EQ(unit(u"Tea (cups)"), U::CupsOfTea);
    EXPECT_EQ(unit(u"Tee (Tassen)"), U::CupsOfTea);
    EXPECT_EQ(unit(u"Thé"), U::CupsOfTea);
    EXPECT_EQ(unit(u"Té (tazas)"), U::CupsOfTea);
    EXPECT_EQ(unit(u"Caffeine (mg)"), U::Own);
    EXPECT_EQ(unit(u"Caffeine"), U::Own);
    EXPECT_EQ(unit(u"Koffein"), U::Own);
    EXPECT_EQ(unit(u"Coffee (mg)"), U::Own);
    EXPECT_EQ(unit(u"Kaffee (Milligramm)"), U::Own);
    for (const char16_t *h : {u"Tea", u"Thé", u"Té", u"Tee", u"Espresso", u"Koffein", u"Caféine"})
        EXPECT_EQ(field(h), F::CaffeineMg) << QString::fromUtf16(h).toStdString();
}

TEST(HeaderGuess, alcoholUnits_glasses_orDrinks)
{
    for (const char16_t *h : {u"Alcohol (glasses)", u"Alcohol (glass)", u"Alkohol (Gläser)", u"Alkohol (Glas)",
             u"Alcool (verres)", u"Alcool (verre)", u"Alcohol (copas)", u"Alcohol (copa)", u"Alcohol (vasos)", u"Wine",
             u"Wein", u"Vin", u"Vino"}) {
        EXPECT_EQ(field(h), F::AlcoholDrinks) << QString::fromUtf16(h).toStdString();
        EXPECT_EQ(unit(h), U::GlassesOfWine) << QString::fromUtf16(h).toStdString();
    }
    for (const char16_t *h :
        {u"Drinks", u"Standard drinks", u"Alcohol", u"Alcohol (drinks)", u"Wine (standard drinks)"}) {
        EXPECT_EQ(field(h), F::AlcoholDrinks) << QString::fromUtf16(h).toStdString();
        EXPECT_EQ(unit(h), U::Own) << QString::fromUtf16(h).toStdString();
    }
}

TEST(HeaderGuess, unitsAreOnlyForCaffeineAndAlcoholTotals)
{
    // "Tassen" and "Gläser" say nothing about other fields; a column not guessed has no unit either.
    const ColumnMapping m = guessMapping({QStringLiteral("Datum"), QStringLiteral("Magnesium (Tassen)"),
        QStringLiteral("Gläser"), QStringLiteral("Tasse")});
    EXPECT_EQ(m.fields, QList<DiaryField>({F::Date, F::MagnesiumMg, F::Ignore, F::Ignore}));
    EXPECT_EQ(m.units, QList<CountUnit>(4, U::Own));
}

// Words that mean one thing in one language and another in the next, or a unit that is not a field.
TEST(HeaderGuess, collisions_areGuarded)
{
    // "Tag" is the German day and the English tag: the date when no other column is.
    EXPECT_EQ(field(u"Tag"), F::Tags);
    EXPECT_EQ(
        guessMapping({QStringLiteral("Tag"), QStringLiteral("RLS")}).fields, QList<DiaryField>({F::Date, F::Severity}));
    EXPECT_EQ(
        guessMapping({QStringLiteral("Date"), QStringLiteral("Tag")}).fields, QList<DiaryField>({F::Date, F::Tags}));
    // "Tag" inside a header is a word of it, not the date.
    EXPECT_EQ(field(u"Kaffee (Tassen pro Tag)"), F::CaffeineMg);
    // "date" is a French word and an English one: either way the date.
    EXPECT_EQ(field(u"date"), F::Date);
    // "mg" is a unit: it names magnesium only as the first word of a header nothing else claims.
    EXPECT_EQ(field(u"Mg (mg)"), F::MagnesiumMg);
    EXPECT_EQ(field(u"mg"), F::MagnesiumMg);
    EXPECT_EQ(field(u"Eisen (mg)"), F::IronMg);
    EXPECT_EQ(field(u"Koffein (mg)"), F::CaffeineMg);
    EXPECT_EQ(field(u"mg Koffein"), F::CaffeineMg);
    EXPECT_EQ(field(u"Alkohol (mg)"), F::AlcoholDrinks);
    // "fer" is iron only as a word of its own.
    EXPECT_EQ(field(u"Fer"), F::IronMg);
    EXPECT_EQ(field(u"Ferritine (µg/l)"), F::Ignore);
    EXPECT_EQ(field(u"Ferritin"), F::Ignore);
    EXPECT_EQ(field(u"Transferrin"), F::Ignore);
    EXPECT_EQ(field(u"Refer"), F::Ignore);
    // "thé" and "té" are tea only with their accents: "the" and "te" are other words.
    EXPECT_EQ(field(u"Notes for the night"), F::Note);
    EXPECT_EQ(field(u"How was the evening"), F::Date);
    EXPECT_EQ(field(u"Cómo te sentiste"), F::Ignore);
    // "réveils" counts the awakenings, "réveil" is the final one; the same for Spanish.
    EXPECT_EQ(field(u"Réveils"), F::Awakenings);
    EXPECT_EQ(field(u"Réveil"), F::FinalAwakening);
    EXPECT_EQ(field(u"Despertares"), F::Awakenings);
    EXPECT_EQ(field(u"Despertar"), F::FinalAwakening);
    // "éveil" (time awake) is not "réveil".
    EXPECT_EQ(field(u"Éveil (min)"), F::MinutesAwake);
    // The onset of the complaints is the onset, not their severity.
    EXPECT_EQ(field(u"Beginn der Beschwerden"), F::Onset);
    EXPECT_EQ(field(u"Inicio de síntomas"), F::Onset);
    // German compounds are one word: a part of one is not found in it.
    EXPECT_EQ(field(u"Schlafqualität"), F::Quality);
    EXPECT_EQ(field(u"Eisenwert"), F::Ignore);
    EXPECT_EQ(field(u"Einschlafversuch"), F::TriedToSleep);
    // "Time in bed" and "out of bed" stay apart in every language.
    EXPECT_EQ(field(u"Sortie du lit"), F::OutOfBed);
    EXPECT_EQ(field(u"Au lit"), F::InBed);
    EXPECT_EQ(field(u"Hora de levantarse"), F::OutOfBed);
    EXPECT_EQ(field(u"Hora de acostarse"), F::InBed);
    // IRLS before RLS, in every language's sheet.
    EXPECT_EQ(field(u"IRLS (0-40)"), F::IrlsTotal);
    EXPECT_EQ(field(u"RLS (0-10)"), F::Severity);
}

TEST(HeaderGuess, ownExportedHeaders_mapExactlyAsTheyAre_inTheirOwnUnits)
{
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        const ColumnMapping m = guessMapping(csvHeader(kind));
        const QList<CsvColumn> columns = csvColumns(kind);
        ASSERT_EQ(m.fields.size(), columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            EXPECT_EQ(guessField(columns.at(i).header), columns.at(i).field) << columns.at(i).header.toStdString();
            EXPECT_EQ(m.units.at(i), U::Own) << columns.at(i).header.toStdString();
        }
    }
}

// ---- the fixture sheets in tests/data/sheets ----

namespace {

CsvTable readSheet(const char *name)
{
    auto table = readCsvFile(test::fixturePath(QStringLiteral("sheets/") + QString::fromLatin1(name)));
    EXPECT_TRUE(table.ok()) << (table ? std::string() : table.error().message.toStdString());
    return table ? table.value() : CsvTable {};
}

// Every column of the sheet is mapped (none to Ignore) to the field and unit given.
void expectSheetMapped(const CsvTable &table, const QList<DiaryField> &fields, const QList<CountUnit> &units)
{
    const ColumnMapping m = guessMapping(table.header);
    EXPECT_FALSE(m.fields.contains(F::Ignore)) << table.header.join(u'|').toStdString();
    EXPECT_EQ(m.fields, fields) << table.header.join(u'|').toStdString();
    EXPECT_EQ(m.units, units) << table.header.join(u'|').toStdString();
    EXPECT_TRUE(mappingProblems(m, table.header).isEmpty());
}

} // namespace

TEST(HeaderGuessSheets, germanSheet_windows1252_semicolons_everyColumnMapped)
{
    const CsvTable t = readSheet("german.csv");
    EXPECT_EQ(t.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(t.separator, u';');
    EXPECT_EQ(t.header.at(2), QStringLiteral("Schlafqualität"));
    EXPECT_EQ(t.rows.size(), 8);
    expectSheetMapped(t, {F::Date, F::Severity, F::Quality, F::MagnesiumMg, F::IronMg, F::AlcoholDrinks, F::Note},
        {U::Own, U::Own, U::Own, U::Own, U::Own, U::GlassesOfWine, U::Own});
}

TEST(HeaderGuessSheets, usSheet_everyColumnMapped_coffeeInCups)
{
    const CsvTable t = readSheet("us.csv");
    EXPECT_EQ(t.separator, u',');
    EXPECT_EQ(t.header,
        QStringList({QStringLiteral("Date"), QStringLiteral("RLS score"), QStringLiteral("Sleep quality"),
            QStringLiteral("Magnesium (mg)"), QStringLiteral("Coffee (cups)"), QStringLiteral("Drinks"),
            QStringLiteral("Notes")}));
    expectSheetMapped(t, {F::Date, F::Severity, F::Quality, F::MagnesiumMg, F::CaffeineMg, F::AlcoholDrinks, F::Note},
        {U::Own, U::Own, U::Own, U::Own, U::CupsOfCoffee, U::Own, U::Own});
}

TEST(HeaderGuessSheets, frenchSheet_everyColumnMapped)
{
    const CsvTable t = readSheet("french.csv");
    EXPECT_EQ(t.encoding, TextEncoding::Utf8);
    expectSheetMapped(t,
        {F::Date, F::Severity, F::Onset, F::InBed, F::MinutesToFallAsleep, F::Awakenings, F::FinalAwakening, F::Quality,
            F::MagnesiumMg, F::IronMg, F::CaffeineMg, F::AlcoholDrinks, F::Note, F::Tags},
        {U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::CupsOfCoffee,
            U::GlassesOfWine, U::Own, U::Own});
}

TEST(HeaderGuessSheets, spanishSheet_everyColumnMapped)
{
    const CsvTable t = readSheet("spanish.csv");
    EXPECT_EQ(t.encoding, TextEncoding::Utf8);
    expectSheetMapped(t,
        {F::Date, F::Severity, F::InBed, F::MinutesToFallAsleep, F::Awakenings, F::OutOfBed, F::Quality, F::MagnesiumMg,
            F::IronMg, F::CaffeineMg, F::AlcoholDrinks, F::Note, F::Tags},
        {U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::Own, U::CupsOfTea, U::GlassesOfWine, U::Own,
            U::Own});
}

// A sheet's "Medication" column went to other_intakes, so its medicines arrived as kind "other"
// (and the augmentation watch, which looks at dopamine medicines, could not see them).
TEST(HeaderGuess, medicationColumns_holdMedicines_inEveryLanguage)
{
    for (const char16_t *header : {u"Medication", u"Medications", u"Medicines", u"Medikamente", u"Médicaments",
             u"Medicación", u"Medicamentos", u"medication_doses"})
        EXPECT_EQ(field(header), F::MedicationDoses) << QString::fromUtf16(header).toStdString();
    EXPECT_EQ(field(u"Other intakes"), F::OtherIntakes);
}
