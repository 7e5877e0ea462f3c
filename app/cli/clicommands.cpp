// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommands.h"

#include "cli/cli.h"
#include "cli/cliio.h"
#include "cli/newdiary.h"
#include "demo/syntheticdiary.h"
#include "io/columnchoice.h"
#include "io/csvexport.h"
#include "io/labrows.h"
#include "io/ownimport.h"
#include "io/xlsxexport.h"
#include "storage/diarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rls::cli {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printPlan(const ImportPlan &plan, bool toStdout)
{
    auto print = toStdout ? &out : &err;
    for (const PlannedNight &p : plan.nights) {
        const QString date = p.night.date.toString(Qt::ISODate);
        print(p.added
                ? QStringLiteral("add     %1 (line %2)").arg(date).arg(p.line)
                : QStringLiteral("change  %1 (line %2): %3").arg(date).arg(p.line).arg(describeChanges(p.changes)));
    }
    for (const PlannedNight &p : plan.kept) {
        print(QStringLiteral("keep    %1 (line %2): %3")
                  .arg(p.night.date.toString(Qt::ISODate))
                  .arg(p.line)
                  .arg(describeChanges(p.changes)));
    }
    if (!plan.kept.isEmpty())
        print(QStringLiteral("The diary's values stay where the file differs (\"keep\" lines); --on-conflict theirs "
                             "takes the file's, --on-conflict merge fills only what the diary lacks."));
    for (const Substance &s : plan.newSubstances)
        print(QStringLiteral("new substance  %1 (%2, %3)").arg(s.name, kindKey(s.kind), s.unit));
    for (const RowProblem &p : plan.problems)
        err(QStringLiteral("line %1%2: %3")
                .arg(p.line)
                .arg(p.column.isEmpty() ? QString() : QStringLiteral(", column \"%1\"").arg(p.column))
                .arg(p.reason));
    print(plan.summary());
}

// "Read x.csv as UTF-8 (found out from the file), comma separated, 12 rows."
void printRead(const ImportArgs &args, const CsvTable &table, qsizetype rows)
{
    out(QStringLiteral("Read %1 as %2 (%3), %4 separated, %5 %6.")
            .arg(shown(args.file), encodingName(table.encoding),
                args.encoding ? QStringLiteral("chosen with --encoding") : QStringLiteral("found out from the file"),
                separatorName(table.separator))
            .arg(rows)
            .arg(rows == 1 ? u"row" : u"rows"));
}

// Puts the diary `import --create` started in place, if the import wrote anything into it.
int keepNewDiary(NewDiary &created, std::unique_ptr<DiaryStore> store, const ImportOutcome &applied)
{
    if (applied.added + applied.changed == 0) {
        out(QStringLiteral("The file held no nights to import, so no diary was started at %1.")
                .arg(shown(created.path())));
        return Ok;
    }
    if (auto kept = created.keep(std::move(store)); !kept) {
        err(kept.error().message);
        return DiaryFailed;
    }
    out(QStringLiteral("Imported %1 new and %2 changed nights into %3.")
            .arg(applied.added)
            .arg(applied.changed)
            .arg(shown(created.path())));
    out(QStringLiteral("Started a new diary at %1.").arg(shown(created.path())));
    return Ok;
}

// The guessed mapping with the person's --map choices over it, after checking that every
// --ignore-column names a column of the file.
Result<ColumnMapping> chosenMapping(const ImportArgs &args, const CsvTable &table)
{
    ColumnMapping mapping = guessMapping(table.header);
    for (const QString &choice : args.maps) {
        if (auto chosen = applyColumnChoice(mapping, table.header, choice); !chosen)
            return Error {ErrorKind::Invalid, QStringLiteral("--map: %1").arg(chosen.error().message), {}};
    }
    QStringList columns;
    for (qsizetype i = 0; i < table.header.size(); ++i)
        columns.append(columnName(table.header, i));
    for (const QString &name : args.options.ignoredColumns) {
        if (!namesColumn(columns, name))
            return Error {ErrorKind::Invalid,
                QStringLiteral("--ignore-column: the file has no column \"%1\"; its columns are: \"%2\".")
                    .arg(name, columns.join(QStringLiteral("\", \""))),
                {}};
    }
    return mapping;
}

// How columns counted in cups were read, what the file restores, and the columns left out.
void printColumns(const ImportPlan &plan, const ImportOptions &options)
{
    for (const QString &line : plan.conversions + plan.notices)
        out(line);
    for (const QString &column : plan.notImported) {
        if (namesColumn(options.ignoredColumns, column))
            out(QStringLiteral("not imported  \"%1\" (left out with --ignore-column)").arg(column));
        else
            out(QStringLiteral("not imported  \"%1\"").arg(column));
    }
}

// What the person must agree to, each with the option that says so.
void printConsent(const QStringList &consent, const ImportPlan &plan, const ImportOptions &options)
{
    for (const QString &sentence : consent)
        err(sentence);
    bool columnsLeft = false;
    for (const QString &column : plan.notImported)
        columnsLeft = columnsLeft || !namesColumn(options.ignoredColumns, column);
    if (columnsLeft)
        err(QStringLiteral("Say what each holds with --map \"COLUMN=FIELD\" (fields: %1; caffeine:cups, "
                           "caffeine:espressos, caffeine:tea and alcohol:glasses convert), or leave it out with "
                           "--ignore-column \"COLUMN\".")
                .arg(fieldKeys().join(QStringLiteral(", "))));
    if (!plan.oddDates().isEmpty() && !options.allowOddDates)
        err(QStringLiteral("If those dates are right, add --allow-odd-dates."));
}

// The app's own file into a diary `import --create` starts: read row by row into the new diary
// (importOwnFile()), with no plan in between. nullopt when that does not fit (another file, a
// choice about columns or dates, a dry run, a row the plan must speak about); then the file is
// planned as any other, and nothing of this attempt is left.
std::optional<int> importOwnFileIntoNewDiary(const ImportArgs &args, const QString &path)
{
    const bool choices = !args.maps.isEmpty() || !args.options.ignoredColumns.isEmpty()
        || (args.options.dateFormat && *args.options.dateFormat != DateFormat::Iso);
    if (args.dryRun || !args.create || choices || QFileInfo::exists(path))
        return std::nullopt;
    CsvLimits reading;
    reading.encoding = args.encoding;
    auto bytes = readCsvBytes(args.file, reading);
    auto stream = bytes ? CsvRowStream::open(bytes.value(), reading) : Result<CsvRowStream>(bytes.error());
    if (!stream || !ownFileKind(stream->table().header))
        return std::nullopt;
    NewDiary created(path);
    auto store = created.open();
    if (!store)
        return std::nullopt; // the plan's way says why
    auto imported = importOwnFile(*store.value(), stream.value(), args.options);
    if (!imported) {
        err(imported.error().message);
        return DiaryFailed;
    }
    if (!imported.value())
        return std::nullopt;
    printRead(args, stream->table(), imported.value()->rows);
    for (const QString &line : imported.value()->notices)
        out(line);
    return keepNewDiary(created, std::move(store).value(), ImportOutcome {imported.value()->added, 0, {}});
}

int exportSpreadsheet(const ExportArgs &args, DiaryStore &store)
{
    auto nights = store.loadRange(args.from, args.to);
    auto catalog = nights ? store.substances() : Result<QList<Substance>>(nights.error());
    auto labs = catalog ? store.labResults() : Result<QList<LabResult>>(catalog.error());
    if (!labs) {
        err(labs.error().message);
        return DiaryFailed;
    }
    const auto saved = saveXlsx(args.output, nights.value(), catalog.value(),
        labsInRange(labs.value(), args.from, args.to), args.from, args.to);
    if (!saved) {
        err(saved.error().message);
        return FileFailed;
    }
    return readingDone(store);
}

} // namespace

int runExport(const ExportArgs &args)
{
    auto store = openDiary(diaryPath(args.database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    if (args.spreadsheet)
        return exportSpreadsheet(args, *store.value());
    auto bytes = exportCsv(*store.value(), args.kind, args.from, args.to);
    if (!bytes) {
        err(bytes.error().message);
        return DiaryFailed;
    }
    if (args.output.isEmpty() || args.output == u"-") {
        if (!writeStdout(bytes.value())) {
            err(QStringLiteral("Could not write to standard output."));
            return FileFailed;
        }
        return readingDone(*store.value());
    }
    if (auto saved = saveCsvFile(args.output, bytes.value()); !saved) {
        err(saved.error().message);
        return FileFailed;
    }
    return readingDone(*store.value());
}

int runImport(const ImportArgs &args)
{
    if (const auto imported = importOwnFileIntoNewDiary(args, diaryPath(args.database)))
        return *imported;
    CsvLimits reading;
    reading.encoding = args.encoding;
    auto table = readCsvFile(args.file, reading);
    if (!table) {
        err(QStringLiteral("%1: %2").arg(shown(args.file), table.error().message));
        if (needsEncodingChoice(table.error()))
            err(args.encoding ? QStringLiteral("It was read as %1, as chosen with --encoding; try another.")
                                    .arg(encodingName(*args.encoding))
                              : QStringLiteral("Choose it with --encoding windows-1252, --encoding utf-8 or "
                                               "--encoding utf-16."));
        return table.error().kind == ErrorKind::Invalid ? NotImportable : FileFailed;
    }
    printRead(args, table.value(), table->rows.size());
    auto mapping = chosenMapping(args, table.value());
    if (!mapping) {
        err(mapping.error().message);
        return UsageError;
    }
    // Only an existing diary is opened: a mistyped path must not become a new diary. A dry run
    // only reads it: no lock, no backup. A new one (--create) is built aside and put in place only
    // once the import wrote to it; dropped, whatever stopped the import, it leaves no file.
    const QString path = diaryPath(args.database);
    std::optional<NewDiary> created;
    if (!QFileInfo::exists(path)) {
        if (!args.create) {
            err(QStringLiteral("There is no diary at %1. Check the path, or add --create to start a new diary there.")
                    .arg(shown(QFileInfo(path).absoluteFilePath())));
            return DiaryFailed;
        }
        created.emplace(path);
    }
    auto store = created ? created->open() : openDiary(path, args.dryRun ? Use::Read : Use::Write);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    ImportOptions options = args.options;
    options.backUp = !created; // a new diary holds nothing to go back to
    auto plan = planImport(*store.value(), table.value(), mapping.value(), options);
    if (!plan) {
        err(QStringLiteral("%1: %2").arg(shown(args.file), plan.error().message));
        if (!unmappedColumns(mapping.value(), table.value()).isEmpty())
            err(QStringLiteral("Say what a column holds with --map \"COLUMN=FIELD\"; fields: %1.")
                    .arg(fieldKeys().join(QStringLiteral(", "))));
        if (guessDateFormat(table.value(), mapping.value()).ambiguous())
            err(QStringLiteral("Use --date-format DD/MM/YYYY or --date-format MM/DD/YYYY."));
        return plan.error().kind == ErrorKind::Invalid ? NotImportable : DiaryFailed;
    }
    printColumns(plan.value(), args.options);
    const QStringList consent = plan->needsConsent(args.options);
    if (args.dryRun) {
        printPlan(plan.value(), true);
        printConsent(consent, plan.value(), args.options);
        out(QStringLiteral("Dry run: nothing was written."));
        return (plan->problems.isEmpty() || args.options.skipUnreadableRows) && consent.isEmpty() ? Ok : NotImportable;
    }
    if (!consent.isEmpty()) {
        printPlan(plan.value(), false);
        printConsent(consent, plan.value(), args.options);
        err(QStringLiteral("Nothing was imported."));
        return NotImportable;
    }
    if (!plan->problems.isEmpty() && !args.options.skipUnreadableRows) {
        printPlan(plan.value(), false);
        err(QStringLiteral("Nothing was imported. Fix those rows, or add --skip-bad-rows to leave them out."));
        return NotImportable;
    }
    auto applied = applyImport(*store.value(), plan.value(), options);
    if (!applied) {
        err(applied.error().message);
        return DiaryFailed;
    }
    if (created)
        return keepNewDiary(*created, std::move(store).value(), applied.value());
    out(QStringLiteral("Imported %1 new and %2 changed nights into %3.")
            .arg(applied->added)
            .arg(applied->changed)
            .arg(shown(store.value()->path())));
    if (!applied->backup.isEmpty())
        out(QStringLiteral("The diary as it was before is kept in %1.").arg(shown(applied->backup)));
    return Ok;
}

int runSummary(const QString &database)
{
    auto store = openDiary(diaryPath(database), Use::Read);
    if (!store) {
        err(store.error().message);
        return DiaryFailed;
    }
    auto summary = store.value()->summary();
    if (!summary) {
        err(summary.error().message);
        return DiaryFailed;
    }
    const QString where = shown(store.value()->path());
    if (summary->nights == 0)
        out(QStringLiteral("No nights logged yet in %1.").arg(where));
    else
        out(QStringLiteral("%1 %2 logged from %3 to %4 in %5.")
                .arg(summary->nights)
                .arg(summary->nights == 1 ? u"night" : u"nights")
                .arg(summary->first.toString(Qt::ISODate), summary->last.toString(Qt::ISODate), where));
    return readingDone(*store.value());
}

int runDemo(const DemoArgs &args)
{
    if (QFileInfo::exists(args.output)) {
        err(QStringLiteral("%1 already exists; choose a new file name.").arg(shown(args.output)));
        return FileFailed;
    }
    // Written under another name and renamed when complete: a killed run leaves no half diary
    // under the name asked for, and the next run clears what it left.
    const QString partial = args.output + QStringLiteral(".incomplete");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(partial + suffix);
    QString failure;
    {
        auto store = DiaryStore::open(partial);
        if (!store) {
            err(store.error().message);
            return FileFailed;
        }
        const SyntheticOptions options {.seed = args.seed,
            .nights = args.nights,
            .lastNight = QDate::currentDate().addDays(-1),
            .withTrial = args.withTrial};
        if (auto written = writeSyntheticDiary(*store.value(), options); !written)
            failure = written.error().message;
    } // closed: SQLite folds the WAL into the file and removes it
    if (!failure.isEmpty()) {
        err(failure);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return DiaryFailed;
    }
    if (!QFile::rename(partial, args.output)) {
        err(QStringLiteral("Could not name the demo diary %1.").arg(shown(args.output)));
        QFile::remove(partial);
        return FileFailed;
    }
    return runSummary(args.output);
}

} // namespace rls::cli
