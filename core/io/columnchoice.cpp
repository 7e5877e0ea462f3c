// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/columnchoice.h"

#include "model/drinks.h"

#include <QCoreApplication>

#include <algorithm>

namespace rls {
namespace {

// One word per field: short, lower case, what a person would guess from the CSV format.
struct FieldWord {
    DiaryField field;
    const char16_t *key;
};
constexpr FieldWord fieldWords[] = {
    {DiaryField::Ignore, u"ignore"},
    {DiaryField::Date, u"date"},
    {DiaryField::Severity, u"severity"},
    {DiaryField::Onset, u"onset"},
    {DiaryField::SensationList, u"sensations"},
    {DiaryField::BodyAreaList, u"body_areas"},
    {DiaryField::IrlsTotal, u"irls_total"},
    {DiaryField::InBed, u"in_bed"},
    {DiaryField::TriedToSleep, u"tried_to_sleep"},
    {DiaryField::MinutesToFallAsleep, u"sleep_latency"},
    {DiaryField::Awakenings, u"awakenings"},
    {DiaryField::MinutesAwake, u"minutes_awake"},
    {DiaryField::FinalAwakening, u"final_awakening"},
    {DiaryField::OutOfBed, u"out_of_bed"},
    {DiaryField::Quality, u"sleep_quality"},
    {DiaryField::MagnesiumMg, u"magnesium"},
    {DiaryField::MagnesiumDoses, u"magnesium_doses"},
    {DiaryField::IronMg, u"iron"},
    {DiaryField::IronDoses, u"iron_doses"},
    {DiaryField::CaffeineMg, u"caffeine"},
    {DiaryField::CaffeineDoses, u"caffeine_doses"},
    {DiaryField::AlcoholDrinks, u"alcohol"},
    {DiaryField::AlcoholDoses, u"alcohol_doses"},
    {DiaryField::MedicationDoses, u"medication_doses"},
    {DiaryField::OtherIntakes, u"other_intakes"},
    {DiaryField::Tags, u"tags"},
    {DiaryField::Note, u"notes"},
    {DiaryField::FlaggedForDoctor, u"flagged_for_doctor"},
    {DiaryField::DoseTime, u"time"},
    {DiaryField::Substance, u"substance"},
    {DiaryField::Kind, u"kind"},
    {DiaryField::Form, u"form"},
    {DiaryField::Amount, u"amount"},
    {DiaryField::Unit, u"unit"},
    {DiaryField::LabelMg, u"label_mg"},
};

struct UnitWord {
    CountUnit unit;
    const char16_t *key;
};
constexpr UnitWord unitWords[] = {
    {CountUnit::CupsOfCoffee, u"cups"},
    {CountUnit::Espressos, u"espressos"},
    {CountUnit::CupsOfTea, u"tea"},
    {CountUnit::GlassesOfWine, u"glasses"},
};

// The caffeine preset a unit stands for, by the start of its name in caffeineDrinks().
double caffeineOf(const char16_t *drinkStart)
{
    for (const CaffeineDrink &d : caffeineDrinks()) {
        if (d.name.startsWith(QString::fromUtf16(drinkStart)))
            return d.caffeineMg;
    }
    return 0;
}

QString same(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

} // namespace

QString fieldKey(DiaryField field)
{
    for (const auto &[f, word] : fieldWords) {
        if (f == field)
            return QString::fromUtf16(word);
    }
    return {};
}

std::optional<DiaryField> fieldFromKey(const QString &key)
{
    for (const auto &[f, word] : fieldWords) {
        if (same(key) == QString::fromUtf16(word))
            return f;
    }
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        for (const CsvColumn &c : csvColumns(kind)) {
            if (c.field != DiaryField::Ignore && same(key) == same(c.header))
                return c.field;
        }
    }
    return std::nullopt;
}

QStringList fieldKeys()
{
    QStringList out;
    for (DiaryField f : allDiaryFields()) {
        if (const QString key = fieldKey(f); !key.isEmpty())
            out.append(key);
    }
    return out;
}

QString countUnitKey(CountUnit unit)
{
    for (const UnitWord &w : unitWords) {
        if (w.unit == unit)
            return QString::fromUtf16(w.key);
    }
    return {};
}

std::optional<CountUnit> countUnitFromKey(DiaryField field, const QString &key)
{
    const QString k = same(key);
    if (field == DiaryField::CaffeineMg) {
        if (k == u"mg")
            return CountUnit::Own;
        for (CountUnit u : {CountUnit::CupsOfCoffee, CountUnit::Espressos, CountUnit::CupsOfTea}) {
            if (k == countUnitKey(u))
                return u;
        }
    }
    if (field == DiaryField::AlcoholDrinks) {
        if (k == u"drinks" || k == u"standard_drinks")
            return CountUnit::Own;
        if (k == countUnitKey(CountUnit::GlassesOfWine))
            return CountUnit::GlassesOfWine;
    }
    if ((field == DiaryField::MagnesiumMg || field == DiaryField::IronMg) && k == u"mg")
        return CountUnit::Own;
    return std::nullopt;
}

double countUnitFactor(CountUnit unit)
{
    switch (unit) {
    case CountUnit::Own: return 1;
    case CountUnit::CupsOfCoffee: return caffeineOf(u"Brewed coffee");
    case CountUnit::Espressos: return caffeineOf(u"Espresso");
    case CountUnit::CupsOfTea: return caffeineOf(u"Black tea");
    case CountUnit::GlassesOfWine: return standardDrinks(148, 12, StandardDrink::US);
    }
    return 1;
}

QString countUnitSentence(CountUnit unit)
{
    const QString figure = QString::number(countUnitFactor(unit), 'f', QLocale::FloatingPointShortest);
    switch (unit) {
    case CountUnit::Own: return {};
    case CountUnit::CupsOfCoffee:
        return QCoreApplication::translate("CsvImport", "each cup counted as %1 mg of caffeine (brewed coffee, 240 ml)")
            .arg(figure);
    case CountUnit::Espressos:
        return QCoreApplication::translate("CsvImport", "each espresso counted as %1 mg of caffeine (one shot)")
            .arg(figure);
    case CountUnit::CupsOfTea:
        return QCoreApplication::translate("CsvImport", "each cup counted as %1 mg of caffeine (black tea, 240 ml)")
            .arg(figure);
    case CountUnit::GlassesOfWine:
        return QCoreApplication::translate(
            "CsvImport", "each glass counted as %1 standard drink (wine, 148 ml at 12 %, 14 g of alcohol)")
            .arg(figure);
    }
    return {};
}

Result<void> applyColumnChoice(ColumnMapping &mapping, const QStringList &header, const QString &choice)
{
    const qsizetype eq = choice.lastIndexOf(u'=');
    if (eq <= 0)
        return Error {ErrorKind::Invalid,
            QStringLiteral("--map takes \"COLUMN=FIELD\", e.g. --map \"Schlafqualität=sleep_quality\", not \"%1\".")
                .arg(choice),
            {}};
    const QString column = choice.left(eq);
    const QString target = choice.mid(eq + 1);
    qsizetype index = header.indexOf(column);
    for (qsizetype i = 0; index < 0 && i < header.size(); ++i) {
        if (same(header.at(i)) == same(column) || same(columnName(header, i)) == same(column))
            index = i;
    }
    if (index < 0)
        return Error {ErrorKind::Invalid,
            QStringLiteral("The file has no column \"%1\"; its columns are: %2.")
                .arg(column, QStringLiteral("\"%1\"").arg(header.join(QStringLiteral("\", \"")))),
            {}};
    const QString fieldWord = target.section(u':', 0, 0);
    const auto field = fieldFromKey(fieldWord);
    if (!field)
        return Error {ErrorKind::Invalid,
            QStringLiteral("\"%1\" is not a diary field; choose one of: %2.")
                .arg(fieldWord, fieldKeys().join(QStringLiteral(", "))),
            {}};
    CountUnit unit = CountUnit::Own;
    if (target.contains(u':')) {
        const auto u = countUnitFromKey(*field, target.section(u':', 1));
        if (!u)
            return Error {ErrorKind::Invalid,
                QStringLiteral("\"%1\" cannot be counted in \"%2\": caffeine takes mg, cups, espressos or tea; "
                               "alcohol takes drinks or glasses.")
                    .arg(fieldWord, target.section(u':', 1)),
                {}};
        unit = *u;
    }
    while (mapping.fields.size() < header.size())
        mapping.fields.append(DiaryField::Ignore);
    while (mapping.units.size() < header.size())
        mapping.units.append(CountUnit::Own);
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        if (*field != DiaryField::Ignore && mapping.fields.at(i) == *field) {
            mapping.fields[i] = DiaryField::Ignore;
            mapping.units[i] = CountUnit::Own;
        }
    }
    mapping.fields[index] = *field;
    mapping.units[index] = unit;
    return {};
}

QString columnName(const QStringList &header, qsizetype column)
{
    const QString h = header.value(column).trimmed();
    return h.isEmpty() ? QCoreApplication::translate("CsvImport", "column %1").arg(column + 1) : header.value(column);
}

QStringList unmappedColumns(const ColumnMapping &mapping, const CsvTable &table)
{
    const QStringList &header = table.header;
    QStringList computed;
    for (const CsvColumn &c : csvColumns(CsvKind::Nightly)) {
        if (c.field == DiaryField::Ignore)
            computed.append(same(c.header));
    }
    QStringList out;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (mapping.fields.value(i, DiaryField::Ignore) != DiaryField::Ignore || computed.contains(same(header.at(i))))
            continue;
        const bool holdsSomething = std::any_of(table.rows.cbegin(), table.rows.cend(),
            [i](const CsvRecord &row) { return !row.cells.value(i).trimmed().isEmpty(); });
        if (holdsSomething)
            out.append(columnName(header, i));
    }
    return out;
}

bool namesColumn(const QStringList &names, const QString &column)
{
    for (const QString &n : names) {
        if (same(n) == same(column))
            return true;
    }
    return false;
}

} // namespace rls
