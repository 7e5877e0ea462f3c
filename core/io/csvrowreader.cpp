// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvrowreader.h"

#include "io/columnchoice.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace rls {
namespace {

struct GroupColumns {
    DoseGroup group;
    DiaryField total;
    DiaryField doses;
};

constexpr std::array groupColumns = {
    GroupColumns {DoseGroup::Magnesium, DiaryField::MagnesiumMg, DiaryField::MagnesiumDoses},
    GroupColumns {DoseGroup::Iron, DiaryField::IronMg, DiaryField::IronDoses},
    GroupColumns {DoseGroup::Caffeine, DiaryField::CaffeineMg, DiaryField::CaffeineDoses},
    GroupColumns {DoseGroup::Alcohol, DiaryField::AlcoholDrinks, DiaryField::AlcoholDoses},
};

const GroupColumns &columnsOf(DoseGroup group)
{
    for (const GroupColumns &g : groupColumns) {
        if (g.group == group)
            return g;
    }
    return groupColumns.front();
}

bool isGroupColumn(DiaryField f)
{
    return f >= DiaryField::MagnesiumMg && f <= DiaryField::OtherIntakes;
}

template <typename T> bool assign(std::optional<T> &to, const std::optional<T> &value)
{
    to = value;
    return value.has_value();
}

// The kind a substance the catalog lacks gets from the column it is in: the group's kind. In
// other_intakes of a file without medication_doses (older files, where it held medication and
// other alike) what its name suggests, but never a kind with columns of its own.
SubstanceKind kindFromColumn(const QString &name, DoseGroup group, bool olderOther)
{
    if (!olderOther)
        return doseGroupKind(group);
    const SubstanceKind guessed = newSubstanceNamed(name, {}).kind;
    return guessed == SubstanceKind::Medication ? guessed : SubstanceKind::Other;
}

// True when a substance of `kind` belongs in the column of `group`.
bool fitsColumn(SubstanceKind kind, DoseGroup group, bool olderOther)
{
    const DoseGroup own = doseGroupOf(kind);
    return own == group || (olderOther && own == DoseGroup::Medication);
}

// "magnesium", or "medication or other" for an older file's other intakes.
QString groupKindWords(DoseGroup group, bool olderOther)
{
    return olderOther ? QCoreApplication::translate("CsvImport", "medication or other") : kindKey(doseGroupKind(group));
}

// The nightly file's header of `field` ("medication_doses").
QString ownHeader(DiaryField field)
{
    for (const CsvColumn &c : csvColumns(CsvKind::Nightly)) {
        if (c.field == field)
            return c.header;
    }
    return {};
}

bool hasHeader(const QStringList &header, const QString &name)
{
    return std::any_of(header.cbegin(), header.cend(),
        [&](const QString &h) { return h.trimmed().compare(name, Qt::CaseInsensitive) == 0; });
}

// A sentence when a day's `total` is not the sum of `doses` as dayTotals() counts them.
QString sumProblem(
    std::optional<double> total, const QList<Intake> &doses, DoseGroup group, const QList<Substance> &catalog)
{
    const auto sum = groupTotal(doses, group, catalog);
    if (!total || !sum || std::abs(*total - *sum) <= 1e-6 * std::max(1.0, *total))
        return {};
    return QCoreApplication::translate(
        "CsvImport", "The total %1 is not the sum of the doses (%2); which one is right?")
        .arg(csv::formatTotal(*total), csv::formatTotal(*sum));
}

// `catalog` with the substances of `kinds` added, so that new substances count by their kind.
QList<Substance> withKinds(QList<Substance> catalog, const QHash<QString, SubstanceKind> &kinds)
{
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        Substance s;
        s.name = it.key();
        s.kind = it.value();
        catalog.append(s);
    }
    return catalog;
}

// The column of a file of doses that an intake's field ("unit", "labelMg") was read from.
DiaryField doseFileField(const QString &field, const ColumnMapping &mapping)
{
    using F = DiaryField;
    static const QHash<QString, DiaryField> fields = {{QStringLiteral("substance"), F::Substance},
        {QStringLiteral("unit"), F::Unit}, {QStringLiteral("form"), F::Form}, {QStringLiteral("time"), F::DoseTime},
        {QStringLiteral("labelMg"), F::LabelMg}};
    const DiaryField f = fields.value(field, F::Amount);
    return mapping.has(f) ? f : F::Amount;
}

} // namespace

QStringList importNotices(const ColumnMapping &mapping)
{
    if (mapping.perDose())
        return {};
    QSet<unsigned> kinds; // the dose columns' parts, one per kind (a total and its doses are one)
    for (DiaryField f : mapping.fields) {
        if (isGroupColumn(f))
            kinds.insert(partOf(f));
    }
    if (kinds.size() < 2)
        return {};
    return {QCoreApplication::translate("CsvImport",
        "A nightly file lists each night's doses by kind (magnesium, iron, caffeine, alcohol, "
        "medication, other), each kind in the order taken; so they arrive in that order. The "
        "intakes file keeps every dose in its place.")};
}

CsvRowReader::CsvRowReader(
    const CsvTable &table, const ColumnMapping &mapping, DateFormat dateFormat, const QList<Substance> &catalog)
    : m_table(table)
    , m_mapping(mapping)
    , m_dateFormat(dateFormat)
    , m_decimalComma(table.separator != u',')
    , m_catalog(catalog)
    , m_olderOther(
          !mapping.has(DiaryField::MedicationDoses) && !hasHeader(table.header, ownHeader(DiaryField::MedicationDoses)))
{ }

QString CsvRowReader::columnName(DiaryField field) const
{
    const qsizetype c = m_mapping.columnOf(field);
    return c >= 0 ? m_table.header.value(c) : QString();
}

QString CsvRowReader::cell(const CsvRecord &row, qsizetype column) const
{
    return unguardFormula(row.cells.value(column));
}

QString CsvRowReader::text(const CsvRecord &row, DiaryField field) const
{
    const qsizetype c = m_mapping.columnOf(field);
    return c >= 0 ? cell(row, c).trimmed() : QString();
}

bool CsvRowReader::checkWidth(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype width = m_table.header.size();
    bool extraFilled = false;
    for (qsizetype i = width; i < row.cells.size(); ++i)
        extraFilled = extraFilled || !row.cells.at(i).trimmed().isEmpty();
    // Spreadsheets add empty cells at the end of rows; those are harmless.
    if (row.cells.size() < width || extraFilled) {
        problems.append({row.line, {},
            QCoreApplication::translate(
                "CsvImport", "This row has %1 but the header has %2; a separator or a quote may be missing.")
                .arg(row.cells.size() == 1 ? QCoreApplication::translate("CsvImport", "1 cell")
                                           : QCoreApplication::translate("CsvImport", "%1 cells").arg(row.cells.size()))
                .arg(width)});
        return false;
    }
    return true;
}

std::optional<QDate> CsvRowReader::readDate(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype column = m_mapping.columnOf(DiaryField::Date);
    const QString text = cell(row, column).trimmed();
    QString why = QCoreApplication::translate("CsvImport", "The date is missing.");
    const auto date = text.isEmpty() ? std::nullopt : parseDate(text, m_dateFormat, &why);
    if (!date)
        problems.append({row.line, m_table.header.value(column), why});
    return date;
}

bool CsvRowReader::readCell(Night &n, DiaryField field, const QString &raw, QString *why) const
{
    const QString text = raw.trimmed();
    Symptoms &sy = n.symptoms;
    SleepDiary &s = n.sleep;
    if (text.isEmpty() && field != DiaryField::Note)
        return true; // an empty cell is a missing value, never 0
    switch (field) {
    case DiaryField::Severity: return assign(sy.severity, csv::parseWholeNumber(text, m_decimalComma, why));
    case DiaryField::IrlsTotal: return assign(sy.irlsTotal, csv::parseWholeNumber(text, m_decimalComma, why));
    case DiaryField::Onset: return assign(sy.onset, csv::parseTime(text, why));
    case DiaryField::InBed: return assign(s.inBed, csv::parseTime(text, why));
    case DiaryField::TriedToSleep: return assign(s.triedToSleep, csv::parseTime(text, why));
    case DiaryField::FinalAwakening: return assign(s.finalAwakening, csv::parseTime(text, why));
    case DiaryField::OutOfBed: return assign(s.outOfBed, csv::parseTime(text, why));
    case DiaryField::MinutesToFallAsleep:
        return assign(s.minutesToFallAsleep, csv::parseWholeNumber(text, m_decimalComma, why));
    case DiaryField::Awakenings: return assign(s.awakenings, csv::parseWholeNumber(text, m_decimalComma, why));
    case DiaryField::MinutesAwake: return assign(s.minutesAwake, csv::parseWholeNumber(text, m_decimalComma, why));
    case DiaryField::Quality: return assign(s.quality, csv::parseQuality(text, m_decimalComma, why));
    case DiaryField::SensationList: {
        const auto v = csv::parseSensations(text, why);
        sy.sensations = v.value_or(Sensations());
        return v.has_value();
    }
    case DiaryField::BodyAreaList: {
        const auto v = csv::parseBodyAreas(text, why);
        sy.bodyAreas = v.value_or(BodyAreas());
        return v.has_value();
    }
    case DiaryField::Tags: n.tags = csv::splitList(text); return true;
    case DiaryField::Note: n.note = raw; return true; // kept exactly, spaces and line breaks too
    case DiaryField::FlaggedForDoctor: {
        const auto v = csv::parseYesNo(text, why);
        n.flaggedForDoctor = v.value_or(false);
        return v.has_value();
    }
    default: return true;
    }
}

bool CsvRowReader::checkKinds(QList<Intake> &doses, DoseGroup group, NightPatch &patch, QString *why) const
{
    const bool older = m_olderOther && group == DoseGroup::Other;
    for (Intake &d : doses) {
        if (const Substance *s = findSubstance(m_catalog, d.substance)) {
            d.substance = s->name; // the catalog's spelling
            if (fitsColumn(s->kind, group, older))
                continue;
            *why = QCoreApplication::translate(
                "CsvImport", "\"%1\" is of the kind %2 in your diary, not %3; change its kind or move the dose.")
                       .arg(s->name, kindKey(s->kind), groupKindWords(group, older));
            return false;
        }
        const QString key = d.substance.trimmed().toLower();
        const SubstanceKind kind = kindFromColumn(d.substance, group, older);
        if (patch.newKinds.contains(key) && patch.newKinds.value(key) != kind) {
            *why = QCoreApplication::translate("CsvImport", "\"%1\" cannot be both %2 and %3.")
                       .arg(d.substance, kindKey(patch.newKinds.value(key)), kindKey(kind));
            return false;
        }
        patch.newKinds.insert(key, kind);
    }
    return true;
}

std::optional<QList<Intake>> CsvRowReader::readGroup(
    const CsvRecord &row, DoseGroup group, NightPatch &patch, QList<RowProblem> &problems) const
{
    const GroupColumns &g = columnsOf(group);
    const QString totalText = text(row, g.total);
    const QString dosesText = text(row, g.doses);
    QString why;
    std::optional<double> total;
    if (!totalText.isEmpty() && !(total = csv::parseNumber(totalText, m_decimalComma, &why))) {
        problems.append({row.line, columnName(g.total), why});
        return std::nullopt;
    }
    if (total) // a person's "Coffee (cups)": each cup as the drink preset's mg (ImportPlan::conversions)
        *total *= countUnitFactor(m_mapping.unitOf(m_mapping.columnOf(g.total)));
    QList<Intake> doses;
    DiaryField source = g.doses;
    if (!dosesText.isEmpty()) {
        const auto parsed = csv::parseDoses(dosesText, doseGroupSubstance(group), m_decimalComma, &why);
        if (!parsed) {
            problems.append({row.line, columnName(g.doses), why});
            return std::nullopt;
        }
        doses = *parsed;
    } else if (total) {
        // A person's own sheet with just "Mg (mg)": one dose of the day's total. A 0 there is a
        // recorded zero (no alcohol that day), kept as a dose of 0; an empty cell is nothing noted.
        doses = {{doseGroupSubstance(group), *total, doseGroupUnit(group), {}, std::nullopt}};
        source = g.total;
    }
    if (!checkKinds(doses, group, patch, &why)) {
        problems.append({row.line, columnName(source), why});
        return std::nullopt;
    }
    if (const QString wrong = sumProblem(total, doses, group, withKinds(m_catalog, patch.newKinds)); !wrong.isEmpty()) {
        problems.append({row.line, columnName(g.total), wrong});
        return std::nullopt;
    }
    return doses;
}

void CsvRowReader::readDoseColumns(const CsvRecord &row, NightPatch &patch, QList<RowProblem> &problems) const
{
    for (DoseGroup group : namedDoseGroups()) {
        if (const auto doses = readGroup(row, group, patch, problems))
            patch.night.intakes.append(*doses);
    }
    readNamedDoses(row, DiaryField::MedicationDoses, DoseGroup::Medication, patch, problems);
    readNamedDoses(row, DiaryField::OtherIntakes, DoseGroup::Other, patch, problems);
}

void CsvRowReader::readNamedDoses(
    const CsvRecord &row, DiaryField field, DoseGroup group, NightPatch &patch, QList<RowProblem> &problems) const
{
    const qsizetype column = m_mapping.columnOf(field);
    if (column < 0)
        return;
    QString why;
    auto doses = csv::parseDoses(cell(row, column), {}, m_decimalComma, &why);
    if (doses && checkKinds(*doses, group, patch, &why))
        patch.night.intakes.append(*doses);
    else
        problems.append({row.line, m_table.header.value(column), why});
}

std::optional<NightPatch> CsvRowReader::readNight(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype before = problems.size();
    if (!checkWidth(row, problems))
        return std::nullopt;
    NightPatch patch;
    patch.line = row.line;
    if (const auto date = readDate(row, problems))
        patch.night.date = *date;
    for (qsizetype c = 0; c < m_mapping.fields.size(); ++c) {
        const DiaryField f = m_mapping.fields.at(c);
        patch.parts |= partOf(f);
        if (isGroupColumn(f))
            continue;
        QString why;
        if (!readCell(patch.night, f, cell(row, c), &why))
            problems.append({row.line, m_table.header.value(c), why});
    }
    // An older file's other_intakes holds medication too: it sets that part as well.
    if (m_olderOther && m_mapping.has(DiaryField::OtherIntakes))
        patch.parts |= unsigned(NightPart::Medication);
    readDoseColumns(row, patch, problems);
    if (problems.size() > before)
        return std::nullopt;
    addValidationProblems(patch.night, row.line, {}, problems, withKinds(m_catalog, patch.newKinds));
    if (problems.size() > before)
        return std::nullopt;
    return patch;
}

std::optional<DoseRow> CsvRowReader::readDose(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype before = problems.size();
    if (!checkWidth(row, problems))
        return std::nullopt;
    DoseRow out;
    out.line = row.line;
    if (const auto date = readDate(row, problems))
        out.date = *date;
    out.dose.substance = text(row, DiaryField::Substance);
    if (out.dose.substance.isEmpty())
        problems.append({row.line, columnName(DiaryField::Substance),
            QCoreApplication::translate("CsvImport", "The substance is missing.")});
    readDoseValues(row, out.dose, problems);
    out.dose.unit = text(row, DiaryField::Unit);
    out.dose.form = text(row, DiaryField::Form);
    out.kind = readKind(text(row, DiaryField::Kind), row.line, problems);
    if (problems.size() > before)
        return std::nullopt;
    return out;
}

void CsvRowReader::readDoseValues(const CsvRecord &row, Intake &dose, QList<RowProblem> &problems) const
{
    QString why = QCoreApplication::translate("CsvImport", "The amount is missing.");
    const QString amount = text(row, DiaryField::Amount);
    if (const auto v = amount.isEmpty() ? std::nullopt : csv::parseNumber(amount, m_decimalComma, &why))
        dose.amount = *v;
    else
        problems.append({row.line, columnName(DiaryField::Amount), why});
    if (const QString label = text(row, DiaryField::LabelMg); !label.isEmpty()) {
        dose.labelMg = csv::parseNumber(label, m_decimalComma, &why);
        if (!dose.labelMg)
            problems.append({row.line, columnName(DiaryField::LabelMg), why});
    }
    if (const QString time = text(row, DiaryField::DoseTime); !time.isEmpty()) {
        dose.time = csv::parseTime(time, &why);
        if (!dose.time)
            problems.append({row.line, columnName(DiaryField::DoseTime), why});
    }
}

std::optional<SubstanceKind> CsvRowReader::readKind(const QString &text, int line, QList<RowProblem> &problems) const
{
    // Files written before kinds replaced categories say "supplement" or "stimulant": the
    // substance's name decides then. Their "medication" and "alcohol" are kinds still.
    static const QStringList oldCategories = {QStringLiteral("supplement"), QStringLiteral("stimulant")};
    if (text.isEmpty() || oldCategories.contains(text.toLower()))
        return std::nullopt;
    const auto kind = kindFromKey(text);
    if (!kind)
        problems.append({line, columnName(DiaryField::Kind),
            QCoreApplication::translate(
                "CsvImport", "\"%1\" is not a kind; use magnesium, iron, caffeine, alcohol, medication or other.")
                .arg(text)});
    return kind;
}

DiaryField CsvRowReader::fieldForKey(const Night &n, const QString &key, const QList<Substance> &catalog) const
{
    using F = DiaryField;
    static const QHash<QString, DiaryField> plain = {{QStringLiteral("date"), F::Date},
        {QStringLiteral("severity"), F::Severity}, {QStringLiteral("onset"), F::Onset},
        {QStringLiteral("irlsTotal"), F::IrlsTotal}, {QStringLiteral("sensations"), F::SensationList},
        {QStringLiteral("bodyAreas"), F::BodyAreaList}, {QStringLiteral("sleep.inBed"), F::InBed},
        {QStringLiteral("sleep.triedToSleep"), F::TriedToSleep},
        {QStringLiteral("sleep.minutesToFallAsleep"), F::MinutesToFallAsleep},
        {QStringLiteral("sleep.awakenings"), F::Awakenings}, {QStringLiteral("sleep.minutesAwake"), F::MinutesAwake},
        {QStringLiteral("sleep.finalAwakening"), F::FinalAwakening}, {QStringLiteral("sleep.outOfBed"), F::OutOfBed},
        {QStringLiteral("sleep.quality"), F::Quality}, {QStringLiteral("tags"), F::Tags}};
    if (auto it = plain.constFind(key); it != plain.cend())
        return *it;
    const auto intake = parseIntakeFieldKey(key);
    if (!intake)
        return F::Ignore;
    if (m_mapping.perDose())
        return doseFileField(intake->field, m_mapping);
    const DoseGroup group = doseGroupOf(n.intakes.value(intake->index), catalog);
    if (group == DoseGroup::Medication && m_mapping.has(F::MedicationDoses))
        return F::MedicationDoses;
    if (group == DoseGroup::Medication || group == DoseGroup::Other)
        return F::OtherIntakes;
    const GroupColumns &g = columnsOf(group);
    return m_mapping.has(g.doses) ? g.doses : g.total;
}

void CsvRowReader::addValidationProblems(
    const Night &night, int line, const QString &prefix, QList<RowProblem> &problems) const
{
    addValidationProblems(night, line, prefix, problems, m_catalog);
}

void CsvRowReader::addValidationProblems(const Night &night, int line, const QString &prefix,
    QList<RowProblem> &problems, const QList<Substance> &catalog) const
{
    for (const FieldError &e : validateNight(night))
        problems.append({line, columnName(fieldForKey(night, e.field, catalog)), prefix + e.message});
}

} // namespace rls
