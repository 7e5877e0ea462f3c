// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"

#include "storage/diarystore.h"
#include "util/logging.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace rls {
namespace {

// The rows of a file, read into one patch per night; nights keyed by date, in date order.
struct ReadRows {
    std::map<QDate, NightPatch> patches;
    QHash<QString, QString> categories; // lower-case substance -> category written in the file
};

void readNightly(const CsvTable &table, const CsvRowReader &reader, ReadRows &out, QList<RowProblem> &problems)
{
    for (const CsvRecord &row : table.rows) {
        auto patch = reader.readNight(row, problems);
        if (!patch)
            continue;
        const auto [it, inserted] = out.patches.try_emplace(patch->night.date, *patch);
        if (!inserted)
            problems.append({row.line, reader.columnName(DiaryField::Date),
                QStringLiteral("The night of %1 is already on line %2; each night can appear once.")
                    .arg(patch->night.date.toString(Qt::ISODate))
                    .arg(it->second.line)});
    }
}

void readDoses(const CsvTable &table, const CsvRowReader &reader, const QList<Substance> &catalog, ReadRows &out,
    QList<RowProblem> &problems)
{
    QSet<QDate> broken;
    for (const CsvRecord &row : table.rows) {
        auto dose = reader.readDose(row, problems);
        if (!dose)
            continue;
        const QString key = dose->dose.substance.toLower();
        for (const Substance &s : catalog) {
            if (s.name.toLower() == key) {
                dose->dose.substance = s.name; // the catalog's spelling
                if (dose->dose.unit.isEmpty())
                    dose->dose.unit = s.unit;
            }
        }
        if (!dose->category.isEmpty())
            out.categories.insert(key, dose->category.toLower());
        Night single;
        single.date = dose->date;
        single.intakes = {dose->dose};
        const qsizetype before = problems.size();
        reader.addValidationProblems(single, row.line, {}, problems);
        if (problems.size() > before) {
            broken.insert(dose->date);
            continue;
        }
        NightPatch &patch = out.patches[dose->date];
        if (patch.line == 0) {
            patch.line = row.line;
            patch.night.date = dose->date;
            patch.parts = unsigned(NightPart::AllIntakes);
        }
        patch.night.intakes.append(dose->dose);
    }
    // Half of a night's doses would misstate that night: leave the whole night out.
    for (const QDate &date : broken)
        out.patches.erase(date);
}

std::optional<ConflictPolicy> policyOrNull(const QString &name)
{
    for (ConflictPolicy p : {ConflictPolicy::KeepMine, ConflictPolicy::TakeTheirs, ConflictPolicy::Merge}) {
        if (conflictPolicyName(p) == name.trimmed().toLower())
            return p;
    }
    return std::nullopt;
}

// Decides one night of the file against the diary's night, if any.
std::optional<PlannedNight> decide(const NightPatch &patch, const std::optional<Night> &mine, ConflictPolicy policy)
{
    PlannedNight planned;
    planned.line = patch.line;
    if (!mine) {
        planned.added = true;
        planned.night.date = patch.night.date;
        for (NightPart part : allNightParts()) {
            if (patch.parts & unsigned(part))
                copyPart(patch.night, planned.night, part);
        }
        return planned;
    }
    if (policy == ConflictPolicy::KeepMine)
        return std::nullopt;
    planned.night = *mine;
    for (NightPart part : allNightParts()) {
        if (!(patch.parts & unsigned(part)))
            continue;
        if (policy == ConflictPolicy::Merge && !partIsEmpty(*mine, part))
            continue;
        Night probe = *mine;
        copyPart(patch.night, probe, part);
        if (!sameContent(probe, *mine)) {
            copyPart(patch.night, planned.night, part);
            planned.changedParts.append(nightPartLabel(part));
        }
    }
    if (planned.changedParts.isEmpty())
        return std::nullopt;
    return planned;
}

// Substances the planned nights name that the catalog does not know yet.
QList<Substance> missingSubstances(
    const QList<PlannedNight> &nights, const QList<Substance> &catalog, const QHash<QString, QString> &categories)
{
    QSet<QString> known;
    for (const Substance &s : catalog)
        known.insert(s.name.toLower());
    QList<Substance> out;
    QHash<QString, qsizetype> index;
    for (const PlannedNight &p : nights) {
        for (const Intake &in : p.night.intakes) {
            const QString key = in.substance.trimmed().toLower();
            if (known.contains(key))
                continue;
            if (!index.contains(key)) {
                index.insert(key, out.size());
                Substance s = newSubstanceNamed(in.substance, in.unit);
                if (const auto kind = kindFromKey(categories.value(key))) {
                    s.kind = *kind;
                    s.flags = defaultFlags(*kind) | newSubstanceNamed(in.substance, in.unit).flags;
                }
                out.append(s);
            }
            Substance &s = out[index.value(key)];
            if (!in.form.isEmpty() && !s.forms.contains(in.form))
                s.forms.append(in.form);
        }
    }
    return out;
}

} // namespace

QString conflictPolicyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::KeepMine: return QStringLiteral("keep");
    case ConflictPolicy::TakeTheirs: return QStringLiteral("theirs");
    case ConflictPolicy::Merge: return QStringLiteral("merge");
    }
    return {};
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    return policyOrNull(name);
}

qsizetype ImportPlan::addedCount() const
{
    return std::count_if(nights.cbegin(), nights.cend(), [](const PlannedNight &p) { return p.added; });
}

qsizetype ImportPlan::changedCount() const
{
    return nights.size() - addedCount();
}

bool ImportPlan::canApply(const ImportOptions &options) const
{
    return !nights.isEmpty() && (problems.isEmpty() || options.skipUnreadableRows);
}

QString ImportPlan::summary() const
{
    QStringList parts;
    parts.append(QStringLiteral("%1 %2 to add").arg(addedCount()).arg(addedCount() == 1 ? u"night" : u"nights"));
    parts.append(QStringLiteral("%1 to change").arg(changedCount()));
    if (unchanged > 0)
        parts.append(QStringLiteral("%1 left as %2").arg(unchanged).arg(unchanged == 1 ? u"it is" : u"they are"));
    if (!problems.isEmpty()) {
        QSet<int> lines;
        for (const RowProblem &p : problems)
            lines.insert(p.line);
        parts.append(
            QStringLiteral("%1 %2 cannot be read").arg(lines.size()).arg(lines.size() == 1 ? u"row" : u"rows"));
    }
    return parts.join(QStringLiteral(", ")) + u'.';
}

DateFormatGuess guessDateFormat(const CsvTable &table, const ColumnMapping &mapping)
{
    const qsizetype column = mapping.columnOf(DiaryField::Date);
    QStringList samples;
    for (const CsvRecord &row : table.rows)
        samples.append(row.cells.value(column));
    return guessDateFormat(samples);
}

Result<ImportPlan> planImport(
    DiaryStore &store, const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options)
{
    if (const QStringList wrong = mappingProblems(mapping, table.header); !wrong.isEmpty())
        return Error {ErrorKind::Invalid, wrong.join(u'\n'), {}};
    const DateFormatGuess guess = guessDateFormat(table, mapping);
    if (!options.dateFormat && guess.ambiguous()) {
        QStringList names;
        for (DateFormat f : guess.candidates)
            names.append(dateFormatName(f));
        return Error {ErrorKind::Invalid,
            QStringLiteral("The dates could be read as %1; say which one the file uses.")
                .arg(names.join(QStringLiteral(" or "))),
            {}};
    }
    ImportPlan plan;
    plan.dateFormat = options.dateFormat.value_or(guess.format.value_or(DateFormat::Iso));
    plan.perDose = mapping.perDose();

    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    const CsvRowReader reader(table, mapping, plan.dateFormat);
    ReadRows rows;
    if (plan.perDose)
        readDoses(table, reader, catalog.value(), rows, plan.problems);
    else
        readNightly(table, reader, rows, plan.problems);

    if (!rows.patches.empty()) {
        auto existing = store.loadRange(rows.patches.begin()->first, rows.patches.rbegin()->first);
        if (!existing)
            return existing.error();
        QHash<QDate, Night> mine;
        for (const Night &n : existing.value())
            mine.insert(n.date, n);
        for (const auto &[date, patch] : rows.patches) {
            const std::optional<Night> ours = mine.contains(date) ? std::optional(mine.value(date)) : std::nullopt;
            auto planned = decide(patch, ours, options.policy);
            if (!planned) {
                ++plan.unchanged;
                continue;
            }
            const qsizetype before = plan.problems.size();
            reader.addValidationProblems(planned->night, patch.line,
                QStringLiteral("Together with the night already in your diary: "), plan.problems);
            if (plan.problems.size() == before)
                plan.nights.append(*planned);
        }
    }
    std::sort(plan.problems.begin(), plan.problems.end(),
        [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    plan.newSubstances = missingSubstances(plan.nights, catalog.value(), rows.categories);
    qCDebug(lcCsv) << "import plan:" << plan.summary();
    return plan;
}

Result<ImportOutcome> applyImport(DiaryStore &store, const ImportPlan &plan, const ImportOptions &options,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    if (!plan.problems.isEmpty() && !options.skipUnreadableRows)
        return Error {ErrorKind::Invalid,
            QStringLiteral("%1 Nothing was imported; fix those rows or choose to leave them out.").arg(plan.summary()),
            {}};
    // New substances, deletions and nights land together, or nothing does (a cancel included).
    NightBatch batch;
    batch.newSubstances = plan.newSubstances;
    batch.save.reserve(plan.nights.size());
    for (const PlannedNight &p : plan.nights)
        batch.save.append(p.night);
    const qsizetype total = batch.save.size();
    auto saved = store.apply(batch, Stamps::Touch, [&](qsizetype done) { return !progress || progress(done, total); });
    if (!saved)
        return saved.error();
    qCInfo(lcCsv) << "imported" << plan.addedCount() << "new and" << plan.changedCount() << "changed nights";
    return ImportOutcome {plan.addedCount(), plan.changedCount()};
}

} // namespace rls
