// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvmapping.h"

#include "io/headerwords.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace rls {
namespace {

// Headers RLS Diary wrote before magnesium and iron said "elemental" and kinds replaced categories.
struct OlderHeader {
    const char16_t *header;
    DiaryField field;
};
constexpr OlderHeader olderHeaders[] = {
    {u"magnesium_mg", DiaryField::MagnesiumMg},
    {u"iron_mg", DiaryField::IronMg},
    {u"category", DiaryField::Kind},
};

// The field of one of our own headers, older ones included; nullopt for any other header.
std::optional<DiaryField> ownHeaderField(const QString &header)
{
    for (CsvKind kind : {CsvKind::Nightly, CsvKind::Intakes}) {
        for (const CsvColumn &c : csvColumns(kind)) {
            if (c.header.compare(header.trimmed(), Qt::CaseInsensitive) == 0)
                return c.field;
        }
    }
    for (const OlderHeader &old : olderHeaders) {
        if (header.trimmed().compare(QString::fromUtf16(old.header), Qt::CaseInsensitive) == 0)
            return old.field;
    }
    return std::nullopt;
}

} // namespace

bool ColumnMapping::perDose() const
{
    return has(DiaryField::Substance);
}

qsizetype ColumnMapping::columnOf(DiaryField field) const
{
    return fields.indexOf(field);
}

DiaryField guessField(const QString &header)
{
    if (const auto own = ownHeaderField(header))
        return *own;
    return fieldFromHeaderWords(header);
}

ColumnMapping guessMapping(const QStringList &header)
{
    QList<DiaryField> guesses;
    for (const QString &h : header)
        guesses.append(guessField(h));
    // "Tag" is English for tags but German for the day: it is the date when nothing else is.
    if (!guesses.contains(DiaryField::Date)) {
        const auto day = std::find_if(header.cbegin(), header.cend(), isTagOrDay);
        if (day != header.cend())
            guesses[day - header.cbegin()] = DiaryField::Date;
    }
    ColumnMapping mapping;
    for (DiaryField f : guesses)
        mapping.fields.append(mapping.has(f) ? DiaryField::Ignore : f);
    // A file of doses has a "time" of the dose; in a nightly file a lone "time" means nothing.
    if (!mapping.perDose() && mapping.has(DiaryField::DoseTime))
        mapping.fields[mapping.columnOf(DiaryField::DoseTime)] = DiaryField::Ignore;
    if (mapping.perDose()) {
        for (DiaryField &f : mapping.fields) {
            if (f != DiaryField::Date && !isDoseField(f))
                f = DiaryField::Ignore;
        }
    }
    // Our own files count in the fields' own units; a person's "Coffee (cups)" does not.
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        const QString &h = header.at(i);
        mapping.units.append(ownHeaderField(h) ? CountUnit::Own : countUnitFromHeader(mapping.fields.at(i), h));
    }
    return mapping;
}

QStringList mappingProblems(const ColumnMapping &mapping, const QStringList &header)
{
    QStringList out;
    if (!mapping.has(DiaryField::Date))
        out.append(QCoreApplication::translate("CsvImport", "Choose the column that holds the date of each night."));
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        const DiaryField f = mapping.fields.at(i);
        const qsizetype first = mapping.columnOf(f);
        if (f != DiaryField::Ignore && first != i)
            out.append(
                QCoreApplication::translate("CsvImport", "\"%1\" is chosen for both \"%2\" and \"%3\"; choose it once.")
                    .arg(diaryFieldLabel(f), header.value(first), header.value(i)));
    }
    bool doseFields = false, nightFields = false;
    for (DiaryField f : mapping.fields) {
        doseFields = doseFields || isDoseField(f);
        nightFields = nightFields || (f != DiaryField::Ignore && f != DiaryField::Date && !isDoseField(f));
    }
    if (doseFields && nightFields)
        out.append(QCoreApplication::translate("CsvImport",
            "A file with one dose per row cannot also hold nightly columns; "
            "set those to \"%1\".")
                       .arg(diaryFieldLabel(DiaryField::Ignore)));
    if (doseFields && (!mapping.has(DiaryField::Substance) || !mapping.has(DiaryField::Amount)))
        out.append(QCoreApplication::translate(
            "CsvImport", "A file with one dose per row needs a substance and an amount column."));
    if (mapping.has(DiaryField::Date) && !doseFields && !nightFields)
        out.append(QCoreApplication::translate(
            "CsvImport", "Only the dates would be imported; choose what at least one other column holds."));
    return out;
}

} // namespace rls
