// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvrowreader.h"

#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "model/validation.h"

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

bool isGroupColumn(DiaryField f)
{
    return f >= DiaryField::MagnesiumMg && f <= DiaryField::OtherIntakes;
}

template <typename T> bool assign(std::optional<T> &to, const std::optional<T> &value)
{
    to = value;
    return value.has_value();
}

} // namespace

CsvRowReader::CsvRowReader(const CsvTable &table, const ColumnMapping &mapping, DateFormat dateFormat)
    : m_table(table)
    , m_mapping(mapping)
    , m_dateFormat(dateFormat)
    , m_decimalComma(table.separator != u',')
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

bool CsvRowReader::checkWidth(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype width = m_table.header.size();
    bool extraFilled = false;
    for (qsizetype i = width; i < row.cells.size(); ++i)
        extraFilled = extraFilled || !row.cells.at(i).trimmed().isEmpty();
    // Spreadsheets add empty cells at the end of rows; those are harmless.
    if (row.cells.size() < width || extraFilled) {
        problems.append({row.line, {},
            QStringLiteral("This row has %1 cells but the header has %2; a separator or a quote may be missing.")
                .arg(row.cells.size())
                .arg(width)});
        return false;
    }
    return true;
}

std::optional<QDate> CsvRowReader::readDate(const CsvRecord &row, QList<RowProblem> &problems) const
{
    const qsizetype column = m_mapping.columnOf(DiaryField::Date);
    const QString text = cell(row, column).trimmed();
    QString why = QStringLiteral("The date is missing.");
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
    default: return true;
    }
}

void CsvRowReader::readDoseColumns(const CsvRecord &row, Night &n, QList<RowProblem> &problems) const
{
    for (const GroupColumns &g : groupColumns) {
        const qsizetype totalColumn = m_mapping.columnOf(g.total);
        const qsizetype dosesColumn = m_mapping.columnOf(g.doses);
        const QString totalText = totalColumn >= 0 ? cell(row, totalColumn).trimmed() : QString();
        const QString dosesText = dosesColumn >= 0 ? cell(row, dosesColumn).trimmed() : QString();
        QString why;
        std::optional<double> total;
        if (!totalText.isEmpty() && !(total = csv::parseNumber(totalText, m_decimalComma, &why))) {
            problems.append({row.line, m_table.header.value(totalColumn), why});
            continue;
        }
        if (!dosesText.isEmpty()) {
            const auto doses = csv::parseDoses(dosesText, doseGroupSubstance(g.group), false, m_decimalComma, &why);
            if (!doses) {
                problems.append({row.line, m_table.header.value(dosesColumn), why});
                continue;
            }
            const auto sum = csv::totalIn(*doses, doseGroupUnit(g.group));
            if (total && sum && std::abs(*total - *sum) > 1e-6 * std::max(1.0, *total)) {
                problems.append({row.line, m_table.header.value(totalColumn),
                    QStringLiteral("The total %1 is not the sum of the doses (%2); which one is right?")
                        .arg(totalText, csv::formatNumber(*sum))});
                continue;
            }
            n.intakes.append(*doses);
        } else if (total && *total != 0) {
            // A person's own sheet with just "Mg (mg)": one dose of the day's total.
            n.intakes.append({doseGroupSubstance(g.group), *total, doseGroupUnit(g.group), {}, std::nullopt});
        }
    }
    if (const qsizetype other = m_mapping.columnOf(DiaryField::OtherIntakes); other >= 0) {
        QString why;
        const auto doses = csv::parseDoses(cell(row, other), {}, true, m_decimalComma, &why);
        if (doses)
            n.intakes.append(*doses);
        else
            problems.append({row.line, m_table.header.value(other), why});
    }
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
    readDoseColumns(row, patch.night, problems);
    if (problems.size() > before)
        return std::nullopt;
    addValidationProblems(patch.night, row.line, {}, problems);
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
    auto text = [&](DiaryField f) {
        const qsizetype c = m_mapping.columnOf(f);
        return c >= 0 ? cell(row, c).trimmed() : QString();
    };
    out.dose.substance = text(DiaryField::Substance);
    if (out.dose.substance.isEmpty())
        problems.append({row.line, columnName(DiaryField::Substance), QStringLiteral("The substance is missing.")});
    QString why = QStringLiteral("The amount is missing.");
    const QString amount = text(DiaryField::Amount);
    if (const auto v = amount.isEmpty() ? std::nullopt : csv::parseNumber(amount, m_decimalComma, &why))
        out.dose.amount = *v;
    else
        problems.append({row.line, columnName(DiaryField::Amount), why});
    if (const QString time = text(DiaryField::DoseTime); !time.isEmpty()) {
        out.dose.time = csv::parseTime(time, &why);
        if (!out.dose.time)
            problems.append({row.line, columnName(DiaryField::DoseTime), why});
    }
    out.dose.unit = text(DiaryField::Unit);
    out.dose.form = text(DiaryField::Form);
    out.category = text(DiaryField::Category);
    // Files written before kinds replaced categories say "supplement" or "stimulant": the
    // substance's name decides then.
    static const QStringList oldCategories = {QStringLiteral("supplement"), QStringLiteral("stimulant")};
    if (oldCategories.contains(out.category.toLower()))
        out.category.clear();
    if (!out.category.isEmpty() && !kindFromKey(out.category))
        problems.append({row.line, columnName(DiaryField::Category),
            QStringLiteral("\"%1\" is not a kind; use magnesium, iron, caffeine, alcohol, medication or other.")
                .arg(out.category)});
    if (problems.size() > before)
        return std::nullopt;
    return out;
}

DiaryField CsvRowReader::fieldForKey(const Night &n, const QString &key) const
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
    if (!key.startsWith(u"intakes["))
        return F::Ignore;
    if (m_mapping.perDose())
        return F::Amount;
    const int index = key.mid(8).section(u']', 0, 0).toInt();
    const DoseGroup group = doseGroupOf(n.intakes.value(index).substance);
    for (const GroupColumns &g : groupColumns) {
        if (g.group == group)
            return m_mapping.has(g.doses) ? g.doses : g.total;
    }
    return F::OtherIntakes;
}

void CsvRowReader::addValidationProblems(
    const Night &night, int line, const QString &prefix, QList<RowProblem> &problems) const
{
    for (const FieldError &e : validateNight(night))
        problems.append({line, columnName(fieldForKey(night, e.field)), prefix + e.message});
}

} // namespace rls
