// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing the commands that read or write files beside the diary: export, import, report.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "cli/cliparse.h"
#include "storage/exportrows.h"

namespace rls::cli {

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        QStringLiteral("csv (one file of --kind) or xlsx (a spreadsheet with the sheets Nights, Doses, Lab "
                       "results and Read me; needs -o FILE). Default: csv."),
        QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        QStringLiteral("For CSV: nightly (one row per night, for the doctor), intakes (one row per dose) or "
                       "labs (one row per lab result). Default: nightly."),
        QStringLiteral("kind"), QStringLiteral("nightly"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First night, YYYY-MM-DD (default: 3 months before --to)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last night, YYYY-MM-DD (default: today)."), QStringLiteral("date"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The file to write, replaced atomically; for CSV - or none is standard output."),
        QStringLiteral("file"));
    // For scripts/bench-io: the query the export runs, for the sqlite3 command-line tool. Not shown
    // in --help; it prints the SQL text and touches no diary.
    QCommandLineOption printQuery(QStringLiteral("print-query"),
        QStringLiteral("Print the SQL the CSV export of --kind runs (parameters :from and :to) and stop."));
    printQuery.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({format, kind, from, to, output, databaseOption(), printQuery});
    if (auto done = parse(parser, arguments,
            {QStringLiteral("export"),
                QStringLiteral("Writes the diary for a range of nights as CSV (UTF-8 with BOM, RFC 4180) or as a "
                               "spreadsheet (.xlsx)."),
                {}, {},
                {QStringLiteral("export -o nights.csv|the last 3 months, one row per night, as your doctor reads it"),
                    QStringLiteral("export --kind intakes --from 2026-01-01 --to 2026-06-30 -o doses.csv|every dose of "
                                   "the first half of 2026"),
                    QStringLiteral(
                        "export --format xlsx -o for-doctor.xlsx|a spreadsheet of nights, doses and lab results")}}))
        return *done;
    ExportArgs args;
    const QString f = parser.value(format).toLower();
    if (f != u"csv" && f != u"xlsx") {
        err(QStringLiteral("--format must be csv or xlsx, not \"%1\".").arg(parser.value(format)));
        return UsageError;
    }
    args.spreadsheet = f == u"xlsx";
    if (args.spreadsheet && parser.isSet(kind)) {
        err(QStringLiteral("--kind is for CSV files; the spreadsheet holds nights, doses and lab results."));
        return UsageError;
    }
    const QString target = parser.value(output);
    if (args.spreadsheet && (target.isEmpty() || target == u"-")) {
        err(QStringLiteral("A spreadsheet cannot go to standard output; name the file with -o FILE.xlsx."));
        return UsageError;
    }
    const QString k = parser.value(kind).toLower();
    if (k != u"nightly" && k != u"intakes" && k != u"labs") {
        err(QStringLiteral("--kind must be nightly, intakes or labs, not \"%1\".").arg(parser.value(kind)));
        return UsageError;
    }
    args.kind = k == u"labs" ? CsvKind::Labs : k == u"intakes" ? CsvKind::Intakes : CsvKind::Nightly;
    if (parser.isSet(printQuery)) {
        if (args.spreadsheet || args.kind == CsvKind::Labs) {
            err(QStringLiteral("--print-query is for the CSV files of --kind nightly or intakes."));
            return UsageError;
        }
        out(QString::fromUtf8(exportQuery(args.kind == CsvKind::Nightly ? ExportRows::Nights : ExportRows::Doses)));
        return Ok;
    }
    const auto last = dateValue(parser, QStringLiteral("to"), QDate::currentDate());
    if (!last)
        return UsageError;
    const auto first = dateValue(parser, QStringLiteral("from"), last->addMonths(-3));
    if (!first)
        return UsageError;
    if (*first > *last) {
        err(QStringLiteral("--from (%1) is after --to (%2).")
                .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)));
        return UsageError;
    }
    args.from = *first;
    args.to = *last;
    args.output = parser.value(output);
    args.database = parser.value(QStringLiteral("database"));
    return runExport(args);
}

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption conflict(QStringLiteral("on-conflict"),
        QStringLiteral("For nights the diary already has: keep (yours stay as they are), theirs (the file's "
                       "values replace yours), merge (the file fills only empty fields). Default: keep."),
        QStringLiteral("policy"), QStringLiteral("keep"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Print what would be added, changed or refused; write nothing."));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"),
        QStringLiteral("How the file writes dates: YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY. "
                       "Needed when the dates fit two forms."),
        QStringLiteral("format"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
        QStringLiteral("Import the readable rows and leave out the others (default: one unreadable row stops "
                       "the import)."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        QStringLiteral("The file's text encoding: utf-8, utf-16 or windows-1252. Default: found out from the "
                       "file (UTF-16 by its byte-order mark; UTF-8; Windows-1252 when nothing in it is "
                       "UTF-8). A file that is UTF-8 only in part is refused, naming its first line that is "
                       "not, rather than guessed. The encoding used is printed."),
        QStringLiteral("encoding"));
    const QCommandLineOption create(QStringLiteral("create"),
        QStringLiteral("Start a new diary when there is none at --database (or at the default place). Without "
                       "it a missing diary is refused, so a mistyped path creates nothing; a new diary is kept "
                       "only when the import wrote to it."));
    const QCommandLineOption map(QStringLiteral("map"),
        QStringLiteral("Say what a column holds when the guess is wrong or missing, e.g. --map "
                       "\"Schlafqualität=sleep_quality\" or --map \"Coffee (cups)=caffeine:cups\" (cups, "
                       "espressos and tea become mg of caffeine, glasses of wine standard drinks, by the app's "
                       "drink presets; the figure used is printed). Repeat it for more columns. Fields: date, "
                       "severity, onset, sleep_quality, in_bed, tried_to_sleep, sleep_latency, awakenings, "
                       "minutes_awake, final_awakening, out_of_bed, magnesium, iron, caffeine, alcohol, notes, "
                       "tags, ... (the full list is printed when a word is unknown), or ignore."),
        QStringLiteral("column=field"));
    const QCommandLineOption ignoreColumn(QStringLiteral("ignore-column"),
        QStringLiteral("Leave this column's values out. A column the import cannot place stops it until it is "
                       "mapped with --map or named here. Repeat it for more columns."),
        QStringLiteral("column"));
    const QCommandLineOption oddDates(QStringLiteral("allow-odd-dates"),
        QStringLiteral("Import nights dated before 1900 or after tomorrow; without it they stop the import."));
    parser.addOptions(
        {conflict, dryRun, dateFormat, skip, encoding, map, ignoreColumn, oddDates, create, databaseOption()});
    if (auto done = parse(parser, arguments,
            {QStringLiteral("import"),
                QStringLiteral("Reads a CSV (ours, or a spreadsheet's with a header row) into the diary, in one "
                               "transaction: all of it or nothing."),
                QStringLiteral("file|The CSV file to import."), QStringLiteral("file"),
                {QStringLiteral(
                     "import my-sheet.csv --dry-run|show what would be added, changed or refused; write nothing"),
                    QStringLiteral(
                        "import my-sheet.csv --map \"Schlafqualität=sleep_quality\" --map \"Coffee "
                        "(cups)=caffeine:cups\"|say what two columns hold; cups of coffee become mg of caffeine"),
                    QStringLiteral(
                        "import nights.csv --create --database new.sqlite|start a new diary from an exported file")}}))
        return *done;
    ImportArgs args;
    args.file = parser.positionalArguments().at(1);
    const auto policy = conflictPolicyFromName(parser.value(conflict));
    if (!policy) {
        err(QStringLiteral("--on-conflict must be keep, theirs or merge, not \"%1\".").arg(parser.value(conflict)));
        return UsageError;
    }
    args.options.policy = *policy;
    if (parser.isSet(dateFormat)) {
        args.options.dateFormat = dateFormatFromName(parser.value(dateFormat));
        if (!args.options.dateFormat) {
            err(QStringLiteral("--date-format must be YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY, not \"%1\".")
                    .arg(parser.value(dateFormat)));
            return UsageError;
        }
    }
    if (parser.isSet(encoding)) {
        args.encoding = textEncodingFromName(parser.value(encoding));
        if (!args.encoding) {
            err(QStringLiteral("--encoding must be utf-8, utf-16 or windows-1252, not \"%1\".")
                    .arg(parser.value(encoding)));
            return UsageError;
        }
    }
    args.options.skipUnreadableRows = parser.isSet(skip);
    args.dryRun = parser.isSet(dryRun);
    args.create = parser.isSet(create);
    args.maps = parser.values(map);
    args.options.ignoredColumns = parser.values(ignoreColumn);
    args.options.allowOddDates = parser.isSet(oddDates);
    args.database = parser.value(QStringLiteral("database"));
    return runImport(args);
}

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First night, YYYY-MM-DD (default: 12 months before --to, or the first logged)."),
        QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Last night, YYYY-MM-DD (default: the last logged)."), QStringLiteral("date"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("A name to print at the top (stored nowhere)."), QStringLiteral("name"));
    const QCommandLineOption birth(QStringLiteral("date-of-birth"),
        QStringLiteral("A date of birth to print at the top, YYYY-MM-DD (stored nowhere)."), QStringLiteral("date"));
    const QCommandLineOption paper(QStringLiteral("paper"),
        QStringLiteral("locale (Letter in the US and Canada, A4 elsewhere), a4 or letter. Default: as set in "
                       "Preferences."),
        QStringLiteral("paper"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The PDF file to write, replaced atomically."), QStringLiteral("file"));
    parser.addOptions({from, to, name, birth, paper, output, databaseOption()});
    if (auto done = parse(parser, arguments,
            {QStringLiteral("report"),
                QStringLiteral("Writes the doctor's report as a PDF: a summary page, the trend chart, a weekly table "
                               "and the nights marked for the doctor; 1 to 3 pages for a year."),
                {}, {},
                {QStringLiteral("report -o report.pdf|the last 12 months of your diary"),
                    QStringLiteral("report --from 2026-01-01 --to 2026-06-30 --name \"Anna Example\" --paper letter -o "
                                   "report.pdf|half a year, with a name at the top, on Letter paper")}}))
        return *done;
    ReportArgs args;
    args.output = parser.value(output);
    if (args.output.isEmpty() || args.output == u"-") {
        err(QStringLiteral("Name the PDF to write with -o FILE.pdf."));
        return UsageError;
    }
    const auto last = dateValue(parser, QStringLiteral("to"), QDate());
    const auto first = dateValue(parser, QStringLiteral("from"), QDate());
    const auto born = dateValue(parser, QStringLiteral("date-of-birth"), QDate());
    if (!last || !first || !born)
        return UsageError;
    args.to = *last;
    args.from = *first;
    if (born->isValid())
        args.dateOfBirth = *born;
    if (parser.isSet(paper)) {
        args.paper = reportPaperFromKey(parser.value(paper));
        if (!args.paper) {
            err(QStringLiteral("--paper must be locale, a4 or letter, not \"%1\".").arg(parser.value(paper)));
            return UsageError;
        }
    }
    args.name = parser.value(name);
    args.database = parser.value(QStringLiteral("database"));
    return runReport(args);
}

} // namespace rls::cli
