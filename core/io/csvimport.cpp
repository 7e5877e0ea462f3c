// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"

#include "io/columnchoice.h"
#include "io/newsubstances.h"

#include "storage/diarystore.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace rls {
namespace {

// The rows of a file, read into one patch per night; nights keyed by date, in date order.
struct ReadRows {
    std::map<QDate, NightPatch> patches;
    QHash<QString, SubstanceKind> kinds; // lower-case name of a substance new to the diary -> its kind
};

// False, with a problem, when the row gives a new substance another kind than an earlier row.
bool kindsAgree(const NightPatch &patch, const ReadRows &out, QList<RowProblem> &problems)
{
    for (auto it = patch.newKinds.cbegin(); it != patch.newKinds.cend(); ++it) {
        if (out.kinds.contains(it.key()) && out.kinds.value(it.key()) != it.value()) {
            problems.append({patch.line, {},
                QCoreApplication::translate("CsvImport", "\"%1\" is %2 here but %3 on an earlier line.")
                    .arg(it.key(), kindKey(it.value()), kindKey(out.kinds.value(it.key())))});
            return false;
        }
    }
    return true;
}

void readNightly(const CsvTable &table, const CsvRowReader &reader, ReadRows &out, QList<RowProblem> &problems)
{
    for (const CsvRecord &row : table.rows) {
        auto patch = reader.readNight(row, problems);
        if (!patch || !kindsAgree(*patch, out, problems))
            continue;
        const QDate date = patch->night.date;
        // try_emplace moves the patch only when it is inserted
        const auto [it, inserted] = out.patches.try_emplace(date, std::move(*patch));
        if (inserted)
            out.kinds.insert(it->second.newKinds);
        else
            problems.append({row.line, reader.columnName(DiaryField::Date),
                QCoreApplication::translate(
                    "CsvImport", "The night of %1 is already on line %2; each night can appear once.")
                    .arg(date.toString(Qt::ISODate))
                    .arg(it->second.line)});
    }
}

// One row of a file of doses: the catalog's spelling and unit, and the kind of a new substance.
void resolveDose(DoseRow &dose, const QList<Substance> &catalog, ReadRows &out)
{
    if (const Substance *s = findSubstance(catalog, dose.dose.substance)) {
        dose.dose.substance = s->name;
        if (dose.dose.unit.isEmpty())
            dose.dose.unit = s->unit;
    } else if (const QString key = dose.dose.substance.trimmed().toLower(); dose.kind && !out.kinds.contains(key)) {
        out.kinds.insert(key, *dose.kind); // the first row that says decides
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
        resolveDose(*dose, catalog, out);
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

// Decides one night of the file against the diary's night, if any. `catalog` holds the new
// substances too, so that each dose falls in the part of its kind. A night the diary has comes
// back with every part where the file differs (PlannedNight::changes), also when none of them
// is applied.
PlannedNight decide(
    const NightPatch &patch, const std::optional<Night> &mine, ConflictPolicy policy, const QList<Substance> &catalog)
{
    PlannedNight planned;
    planned.line = patch.line;
    if (!mine) {
        planned.added = true;
        planned.night.date = patch.night.date;
        for (NightPart part : allNightParts()) {
            if (patch.parts & unsigned(part))
                copyPart(patch.night, planned.night, part, catalog);
        }
        return planned;
    }
    planned.night = *mine;
    for (NightPart part : allNightParts()) {
        if (!(patch.parts & unsigned(part)))
            continue;
        Night probe = *mine;
        copyPart(patch.night, probe, part, catalog);
        if (sameEntry(probe, *mine))
            continue;
        const bool apply = policy == ConflictPolicy::TakeTheirs
            || (policy == ConflictPolicy::Merge && partIsEmpty(*mine, part, catalog));
        planned.changes.append(
            {nightPartLabel(part), partText(*mine, part, catalog), partText(probe, part, catalog), apply});
        if (apply) {
            copyPart(patch.night, planned.night, part, catalog);
            planned.changedParts.append(nightPartLabel(part));
        }
    }
    return planned;
}

// Substances the nights name that the catalog does not know yet: of the kind the file gives
// them, or else the kind their name suggests.
QList<Substance> missingSubstances(
    const QList<const Night *> &nights, const QList<Substance> &catalog, const QHash<QString, SubstanceKind> &kinds)
{
    NewSubstances found(catalog, kinds);
    for (const Night *n : nights)
        found.add(*n);
    return found.all();
}

// The nights of the file or the plan, looked at where they are rather than copied.
QList<const Night *> nightsOf(const ReadRows &rows)
{
    QList<const Night *> out;
    out.reserve(qsizetype(rows.patches.size()));
    for (const auto &[date, patch] : rows.patches)
        out.append(&patch.night);
    return out;
}

QList<const Night *> nightsOf(const QList<PlannedNight> &planned)
{
    QList<const Night *> out;
    out.reserve(planned.size());
    for (const PlannedNight &p : planned)
        out.append(&p.night);
    return out;
}

} // namespace

QString describeChanges(const QList<PartChange> &changes)
{
    QStringList out;
    for (const PartChange &c : changes) {
        out.append(c.applied
                ? QStringLiteral("%1 %2 → %3").arg(c.part, c.mine, c.theirs)
                : QCoreApplication::translate("CsvImport", "%1 %2 (file: %3)").arg(c.part, c.mine, c.theirs));
    }
    return out.join(QStringLiteral(", "));
}

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
    return !nights.isEmpty() && (problems.isEmpty() || options.skipUnreadableRows) && needsConsent(options).isEmpty();
}

QString ImportPlan::summary() const
{
    const auto said = [](const char *text) { return QCoreApplication::translate("CsvImport", text); };
    QStringList parts;
    parts.append((addedCount() == 1 ? said(QT_TRANSLATE_NOOP("CsvImport", "%1 night to add"))
                                    : said(QT_TRANSLATE_NOOP("CsvImport", "%1 nights to add")))
                     .arg(addedCount()));
    parts.append(said(QT_TRANSLATE_NOOP("CsvImport", "%1 to change")).arg(changedCount()));
    if (unchanged > 0) {
        QString left = (unchanged == 1 ? said(QT_TRANSLATE_NOOP("CsvImport", "%1 left as it is"))
                                       : said(QT_TRANSLATE_NOOP("CsvImport", "%1 left as they are")))
                           .arg(unchanged);
        if (unchanged == 1 && kept.size() == 1)
            left += said(QT_TRANSLATE_NOOP("CsvImport", " (it differs from the file)"));
        else if (!kept.isEmpty())
            left += (kept.size() == 1 ? said(QT_TRANSLATE_NOOP("CsvImport", " (%1 differs from the file)"))
                                      : said(QT_TRANSLATE_NOOP("CsvImport", " (%1 differ from the file)")))
                        .arg(kept.size());
        parts.append(left);
    }
    if (!problems.isEmpty()) {
        QSet<int> lines;
        for (const RowProblem &p : problems)
            lines.insert(p.line);
        parts.append((lines.size() == 1 ? said(QT_TRANSLATE_NOOP("CsvImport", "%1 row cannot be read"))
                                        : said(QT_TRANSLATE_NOOP("CsvImport", "%1 rows cannot be read")))
                         .arg(lines.size()));
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

namespace {

// Decides every night of the file against the diary: what to add, what to change.
Result<void> planNights(DiaryStore &store, const ReadRows &rows, const CsvRowReader &checker,
    const QList<Substance> &catalog, ConflictPolicy policy, ImportPlan &plan)
{
    if (rows.patches.empty())
        return {};
    auto existing = store.loadRange(rows.patches.begin()->first, rows.patches.rbegin()->first);
    if (!existing)
        return existing.error();
    QHash<QDate, Night> mine;
    for (const Night &n : existing.value())
        mine.insert(n.date, n);
    plan.nights.reserve(qsizetype(rows.patches.size())); // grown once, not copied as it doubles
    for (const auto &[date, patch] : rows.patches) {
        const std::optional<Night> ours = mine.contains(date) ? std::optional(mine.value(date)) : std::nullopt;
        PlannedNight planned = decide(patch, ours, policy, catalog);
        if (!planned.added && planned.changedParts.isEmpty()) {
            ++plan.unchanged;
            if (!planned.changes.isEmpty())
                plan.kept.append(planned);
            continue;
        }
        const qsizetype before = plan.problems.size();
        checker.addValidationProblems(planned.night, patch.line,
            QCoreApplication::translate("CsvImport", "Together with the night already in your diary: "), plan.problems);
        if (plan.problems.size() == before)
            plan.nights.append(std::move(planned));
    }
    return {};
}

Result<DateFormat> chooseDateFormat(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options)
{
    const DateFormatGuess guess = guessDateFormat(table, mapping);
    if (options.dateFormat)
        return *options.dateFormat;
    if (!guess.ambiguous())
        return guess.format.value_or(DateFormat::Iso);
    QStringList names;
    for (DateFormat f : guess.candidates)
        names.append(dateFormatName(f));
    return Error {ErrorKind::Invalid,
        QCoreApplication::translate("CsvImport", "The dates could be read as %1; say which one the file uses.")
            .arg(names.join(QCoreApplication::translate("CsvImport", " or "))),
        {}};
}

} // namespace

Result<ImportPlan> planImport(
    DiaryStore &store, const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options)
{
    if (const QStringList wrong = mappingProblems(mapping, table.header); !wrong.isEmpty())
        return Error {ErrorKind::Invalid, wrong.join(u'\n'), {}};
    const auto dateFormat = chooseDateFormat(table, mapping, options);
    if (!dateFormat)
        return dateFormat.error();
    auto catalog = store.substances();
    if (!catalog)
        return catalog.error();
    ImportPlan plan;
    plan.dateFormat = dateFormat.value();
    plan.perDose = mapping.perDose();
    const CsvRowReader reader(table, mapping, plan.dateFormat, catalog.value());
    ReadRows rows;
    if (plan.perDose)
        readDoses(table, reader, catalog.value(), rows, plan.problems);
    else
        readNightly(table, reader, rows, plan.problems);
    // The diary's catalog with the file's new substances: every dose counts by its kind.
    const QList<Substance> known = catalog.value() + missingSubstances(nightsOf(rows), catalog.value(), rows.kinds);
    const CsvRowReader checker(table, mapping, plan.dateFormat, known);
    if (auto planned = planNights(store, rows, checker, known, options.policy, plan); !planned)
        return planned.error();
    std::sort(plan.problems.begin(), plan.problems.end(),
        [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    plan.newSubstances = missingSubstances(nightsOf(plan.nights), catalog.value(), rows.kinds);
    plan.notices = importNotices(mapping);
    for (PlannedNight &p : plan.nights)
        p.oddDate = isOddDate(p.night.date, options.today);
    plan.notImported = unmappedColumns(mapping, table);
    plan.conversions = conversionSentences(mapping, table.header);
    qCDebug(lcCsv) << "import plan:" << plan.summary();
    return plan;
}

Result<ImportOutcome> applyImport(DiaryStore &store, const ImportPlan &plan, const ImportOptions &options,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    if (!plan.problems.isEmpty() && !options.skipUnreadableRows)
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate(
                "CsvImport", "%1 Nothing was imported; fix those rows or choose to leave them out.")
                .arg(plan.summary()),
            {}};
    if (const QStringList consent = plan.needsConsent(options); !consent.isEmpty())
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("CsvImport", "%1 Nothing was imported.").arg(consent.join(u' ')), {}};
    // New substances, deletions and nights land together, or nothing does (a cancel included).
    NightBatch batch;
    batch.newSubstances = plan.newSubstances;
    batch.save.reserve(plan.nights.size());
    for (const PlannedNight &p : plan.nights)
        batch.save.append(p.night);
    const qsizetype total = batch.save.size();
    if (auto refused = store.refuseWrites())
        return *refused;
    QString backup;
    if (options.backUp && (total > 0 || !batch.newSubstances.isEmpty())) {
        auto copied = store.backUp(BackupReason::BeforeImport);
        if (!copied)
            return Error {copied.error().kind,
                QCoreApplication::translate("CsvImport", "%1 Nothing was imported.").arg(copied.error().message), {}};
        backup = copied->path;
    }
    auto saved = store.apply(batch, Stamps::Touch, [&](qsizetype done) { return !progress || progress(done, total); });
    if (!saved)
        return saved.error();
    qCInfo(lcCsv) << "imported" << plan.addedCount() << "new and" << plan.changedCount() << "changed nights";
    return ImportOutcome {plan.addedCount(), plan.changedCount(), backup};
}

} // namespace rls
