// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/clicommands.h"
#include "cli/cliio.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>

namespace rls::cli {
namespace {

const char *const commands[]
    = {"export", "import", "summary", "insights", "report", "trial", "demo", "backup", "restore"};

const QString exitCodes = QStringLiteral("\nExit codes:\n"
                                         "  0  done\n"
                                         "  1  there is no diary at the path (only import --create starts\n"
                                         "     one), or it could not be opened, read or written, is damaged,\n"
                                         "     or is open in an RLS Diary window (commands that write wait\n"
                                         "     for the window to close)\n"
                                         "  2  wrong use: an unknown command or option, a missing or\n"
                                         "     malformed value\n"
                                         "  3  the CSV or output file could not be read or written, or exists\n"
                                         "  4  the CSV cannot be imported: unreadable rows, ambiguous dates,\n"
                                         "     text not in one encoding, or not a diary file (nothing was\n"
                                         "     written)\n");

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), QStringLiteral("The diary file (default: your own diary)."),
        QStringLiteral("path")};
}

// Parses the command's options; returns an exit code when the command should not run.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
    const QString &description, const QString &positional = {})
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(command, QStringLiteral("The command."));
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional.section(u'|', 0, 0), positional.section(u'|', 1));
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(QStringLiteral("Try: rls-diary %1 --help").arg(command));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText() + exitCodes);
        return Ok;
    }
    const qsizetype wanted = positional.isEmpty() ? 1 : 2;
    if (parser.positionalArguments().size() != wanted) {
        err(positional.isEmpty()
                ? QStringLiteral("%1 takes no file names.").arg(command)
                : QStringLiteral("%1 needs exactly one %2.").arg(command, positional.section(u'|', 0, 0)));
        return UsageError;
    }
    return std::nullopt;
}

std::optional<QDate> dateValue(const QCommandLineParser &parser, const QString &name, QDate fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!d.isValid()) {
        err(QStringLiteral("--%1 must be a date written as YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return d;
}

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
        QStringLiteral("First night, YYYY-MM-DD (default: 3 months ago)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last night, YYYY-MM-DD (default: today)."), QStringLiteral("date"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The file to write, replaced atomically; for CSV - or none is standard output."),
        QStringLiteral("file"));
    parser.addOptions({format, kind, from, to, output, databaseOption()});
    if (auto done = parse(parser, arguments, QStringLiteral("export"),
            QStringLiteral("Writes the diary for a range of nights as CSV (UTF-8 with BOM, RFC 4180) or as a "
                           "spreadsheet (.xlsx).")))
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
    if (auto done = parse(parser, arguments, QStringLiteral("import"),
            QStringLiteral("Reads a CSV (ours, or a spreadsheet's with a header row) into the diary, in one "
                           "transaction: all of it or nothing."),
            QStringLiteral("file|The CSV file to import.")))
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

int summaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    if (auto done = parse(parser, arguments, QStringLiteral("summary"),
            QStringLiteral("Prints one line: how many nights the diary holds, from when to when.")))
        return *done;
    return runSummary(parser.value(QStringLiteral("database")));
}

int insightsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("First night compared, YYYY-MM-DD (default: the first logged)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Last night compared, YYYY-MM-DD (default: the last logged)."), QStringLiteral("date"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
        QStringLiteral("severity (default), sleep_quality, sleep_efficiency, sleep_latency or onset."),
        QStringLiteral("outcome"), QStringLiteral("severity"));
    const QCommandLineOption dose(QStringLiteral("magnesium-dose"),
        QStringLiteral("Compare nights with at least this much elemental magnesium, mg (default 300)."),
        QStringLiteral("mg"), QStringLiteral("300"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print one JSON object instead of sentences."));
    parser.addOptions({from, to, outcome, dose, json, databaseOption()});
    if (auto done = parse(parser, arguments, QStringLiteral("insights"),
            QStringLiteral("Compares nights with and without each factor (magnesium, iron, late caffeine, alcohol, "
                           "each tag, a magnesium dose) on one outcome, with intervals that allow for "
                           "night-to-night carry-over. What the diary shows, not proof of a cause.")))
        return *done;
    InsightsArgs args;
    const auto first = dateValue(parser, QStringLiteral("from"), QDate());
    const auto last = dateValue(parser, QStringLiteral("to"), QDate());
    if (!first || !last)
        return UsageError;
    if (first->isValid() && last->isValid() && *first > *last) {
        err(QStringLiteral("--from (%1) is after --to (%2).")
                .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)));
        return UsageError;
    }
    args.from = *first;
    args.to = *last;
    const auto chosen = outcomeFromKey(parser.value(outcome));
    if (!chosen) {
        err(QStringLiteral("--outcome must be severity, sleep_quality, sleep_efficiency, sleep_latency or onset, "
                           "not \"%1\".")
                .arg(parser.value(outcome)));
        return UsageError;
    }
    args.outcome = *chosen;
    bool ok = false;
    args.magnesiumDoseMg = parser.value(dose).toDouble(&ok);
    if (!ok || args.magnesiumDoseMg <= 0) {
        err(QStringLiteral("--magnesium-dose must be a number of mg above 0."));
        return UsageError;
    }
    args.json = parser.isSet(json);
    args.database = parser.value(QStringLiteral("database"));
    return runInsights(args);
}

int demoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nights(QStringLiteral("nights"),
        QStringLiteral("Calendar nights the demo covers, ending last night (1-40000, default 365)."),
        QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the generator (default 1): the same seed, the same diary."), QStringLiteral("s"),
        QStringLiteral("1"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The new diary file; an existing file is never overwritten."), QStringLiteral("file"));
    const QCommandLineOption withTrial(QStringLiteral("with-trial"),
        QStringLiteral("End with a finished personal trial of magnesium (needs --nights 100 or more)."));
    parser.addOptions({nights, seed, output, withTrial});
    if (auto done = parse(parser, arguments, QStringLiteral("demo"),
            QStringLiteral("Writes a made-up but realistic diary, to try the app or the command line.")))
        return *done;
    DemoArgs args;
    bool ok = false;
    args.nights = parser.value(nights).toInt(&ok);
    if (!ok || args.nights < 1 || args.nights > 40000) {
        err(QStringLiteral("--nights must be a number from 1 to 40000."));
        return UsageError;
    }
    args.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err(QStringLiteral("--seed must be a whole number of 0 or more."));
        return UsageError;
    }
    args.withTrial = parser.isSet(withTrial);
    if (args.withTrial && args.nights < 100) {
        err(QStringLiteral("--with-trial needs --nights 100 or more: the trial alone takes 84 nights."));
        return UsageError;
    }
    args.output = parser.value(output);
    if (args.output.isEmpty()) {
        err(QStringLiteral("demo needs -o FILE, the diary file to write."));
        return UsageError;
    }
    return runDemo(args);
}

int backupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(
        QStringLiteral("list"), QStringLiteral("List the backups (when, why, nights, last night) instead."));
    parser.addOptions({list, databaseOption()});
    if (auto done = parse(parser, arguments, QStringLiteral("backup"),
            QStringLiteral("Takes a checked backup of the diary now, into the backups folder beside it. "
                           "The app also takes one on the first use of each day and before every upgrade, "
                           "import and restore, and keeps the last 7 daily, 4 weekly and 12 monthly.")))
        return *done;
    return parser.isSet(list) ? runListBackups(parser.value(QStringLiteral("database")))
                              : runBackup(parser.value(QStringLiteral("database")));
}

int restoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Print what the restore would change; change nothing."));
    parser.addOptions({dryRun, databaseOption()});
    if (auto done = parse(parser, arguments, QStringLiteral("restore"),
            QStringLiteral("Replaces the diary with a backup, after printing what differs and taking a backup "
                           "of the diary as it is (so a restore can be undone). Refused while a window has "
                           "the diary open."),
            QStringLiteral("backup|The backup file (see rls-diary backup --list).")))
        return *done;
    return runRestore(
        parser.positionalArguments().at(1), parser.value(QStringLiteral("database")), parser.isSet(dryRun));
}

// Reads an optional whole number in [low, high] into `value`; false (with a message) when malformed.
bool intValue(const QCommandLineParser &parser, const QString &name, int low, int high, int &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        err(QStringLiteral("--%1 must be a whole number from %2 to %3.").arg(name).arg(low).arg(high));
        return false;
    }
    value = v;
    return true;
}

int trialCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto option
        = [](const char *name, const QString &help, const QString &value = {}, const QString &fallback = {}) {
              return QCommandLineOption(QString::fromLatin1(name), help, value, fallback);
          };
    const QCommandLineOption substance
        = option("substance", QStringLiteral("plan: the substance tested, as named in the diary (default Magnesium)."),
            u"name"_qs, u"Magnesium"_qs);
    const QCommandLineOption amount = option("amount",
        QStringLiteral("plan: the dose in A, in the substance's unit (elemental mg for magnesium and iron)."), u"n"_qs);
    const QCommandLineOption form
        = option("form", QStringLiteral("plan: the form taken in A, e.g. glycinate (optional)."), u"form"_qs);
    const QCommandLineOption time
        = option("time", QStringLiteral("plan: the time the dose is taken, HH:MM (optional)."), u"HH:MM"_qs);
    const QCommandLineOption lower
        = option("b-amount", QStringLiteral("plan: a lower dose in B (default: none of the substance in B)."), u"n"_qs);
    const QCommandLineOption block
        = option("block-nights", QStringLiteral("plan: nights per block, 7 to 60 (default 14)."), u"n"_qs);
    const QCommandLineOption pairs = option("pairs", QStringLiteral("plan: AB pairs, 2 to 10 (default 3)."), u"n"_qs);
    const QCommandLineOption washout = option("washout",
        QStringLiteral("plan: nights at the start of each block recorded but not analysed (default 3)."), u"n"_qs);
    const QCommandLineOption primary = option("outcome",
        QStringLiteral("plan: the primary outcome, declared now: severity (default), sleep_quality, "
                       "sleep_efficiency, sleep_latency or onset."),
        u"outcome"_qs, u"severity"_qs);
    const QCommandLineOption secondary = option(
        "secondary", QStringLiteral("plan: secondary outcomes, comma-separated (default none)."), u"outcomes"_qs);
    const QCommandLineOption start
        = option("start", QStringLiteral("plan: the first night, YYYY-MM-DD (default tonight)."), u"date"_qs);
    const QCommandLineOption seed = option(
        "seed", QStringLiteral("plan: the seed of the block order (default: drawn at random and stored)."), u"n"_qs);
    const QCommandLineOption dryRun
        = option("dry-run", QStringLiteral("plan: show the plan with its order and dates; store nothing."));
    const QCommandLineOption id = option(
        "id", QStringLiteral("status, report: which trial (default the ongoing one, else the newest)."), u"id"_qs);
    const QCommandLineOption on = option(
        "on", QStringLiteral("The night to treat as tonight, YYYY-MM-DD (default: tonight by the clock)."), u"date"_qs);
    const QCommandLineOption json = option("json", QStringLiteral("Print one JSON object instead of sentences."));
    parser.addOptions({substance, amount, form, time, lower, block, pairs, washout, primary, secondary, start, seed,
        dryRun, id, on, json, databaseOption()});
    if (auto done = parse(parser, arguments, QStringLiteral("trial"),
            QStringLiteral("A personal (N-of-1) trial: blocks with the dose (A) and without it or with less (B), "
                           "the order inside each AB pair drawn at random, analysed by pair.\n"
                           "  plan    show (--dry-run) or store a plan; confirmation fixes it\n"
                           "  status  where the trial stands tonight\n"
                           "  report  the result: block means, the mean of the pair differences with its 95 % "
                           "interval, the randomisation test, adherence"),
            QStringLiteral("action|plan, status or report.")))
        return *done;
    const QString action = parser.positionalArguments().at(1);
    const auto today = dateValue(parser, QStringLiteral("on"), QDate());
    if (!today)
        return UsageError;
    if (action == u"status" || action == u"report") {
        TrialReadArgs args;
        args.report = action == u"report";
        args.json = parser.isSet(json);
        args.today = *today;
        args.database = parser.value(QStringLiteral("database"));
        if (parser.isSet(id)) {
            bool ok = false;
            args.id = parser.value(id).toLongLong(&ok);
            if (!ok || args.id <= 0) {
                err(QStringLiteral("--id must be a trial's number (see rls-diary trial status --json)."));
                return UsageError;
            }
        }
        return runTrialRead(args);
    }
    if (action != u"plan") {
        err(QStringLiteral("trial needs plan, status or report, not \"%1\".").arg(action));
        return UsageError;
    }
    TrialPlanArgs args;
    args.dryRun = parser.isSet(dryRun);
    args.json = parser.isSet(json);
    args.today = *today;
    args.database = parser.value(QStringLiteral("database"));
    TrialPlan &plan = args.plan;
    plan.doseA.substance = parser.value(substance).trimmed();
    if (!parser.isSet(amount)) {
        err(QStringLiteral("trial plan needs --amount, the dose in A."));
        return UsageError;
    }
    bool ok = false;
    plan.doseA.amount = parser.value(amount).toDouble(&ok);
    if (!ok) {
        err(QStringLiteral("--amount must be a number, not \"%1\".").arg(parser.value(amount)));
        return UsageError;
    }
    plan.doseA.form = parser.value(form).trimmed();
    if (parser.isSet(time)) {
        const QTime t = QTime::fromString(parser.value(time), u"HH:mm");
        if (!t.isValid()) {
            err(QStringLiteral("--time must be a clock time written as HH:MM, not \"%1\".").arg(parser.value(time)));
            return UsageError;
        }
        plan.doseA.time = t;
    }
    if (parser.isSet(lower)) {
        Intake b = plan.doseA;
        b.amount = parser.value(lower).toDouble(&ok);
        if (!ok) {
            err(QStringLiteral("--b-amount must be a number, not \"%1\".").arg(parser.value(lower)));
            return UsageError;
        }
        plan.doseB = b;
    }
    if (!intValue(parser, QStringLiteral("block-nights"), MinBlockNights, MaxBlockNights, plan.blockNights)
        || !intValue(parser, QStringLiteral("pairs"), MinPairs, MaxPairs, plan.pairs)
        || !intValue(parser, QStringLiteral("washout"), 0, MaxBlockNights - 1, plan.washoutNights))
        return UsageError;
    const auto chosen = outcomeFromKey(parser.value(primary));
    if (!chosen) {
        err(QStringLiteral("--outcome must be severity, sleep_quality, sleep_efficiency, sleep_latency or onset, "
                           "not \"%1\".")
                .arg(parser.value(primary)));
        return UsageError;
    }
    plan.primary = *chosen;
    for (const QString &key : parser.value(secondary).split(u',', Qt::SkipEmptyParts)) {
        const auto o = outcomeFromKey(key.trimmed());
        if (!o) {
            err(QStringLiteral("--secondary: \"%1\" is not an outcome (severity, sleep_quality, sleep_efficiency, "
                               "sleep_latency, onset).")
                    .arg(key.trimmed()));
            return UsageError;
        }
        if (!plan.secondary.contains(*o))
            plan.secondary.append(*o);
    }
    const auto first = dateValue(parser, QStringLiteral("start"), QDate());
    if (!first)
        return UsageError;
    plan.start = *first;
    if (parser.isSet(seed)) {
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err(QStringLiteral("--seed must be a whole number of 0 or more."));
            return UsageError;
        }
        args.seed = value;
    }
    return runTrialPlan(args);
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
    if (auto done = parse(parser, arguments, QStringLiteral("report"),
            QStringLiteral("Writes the doctor's report as a PDF: a summary page, the trend chart, a weekly table "
                           "and the nights marked for the doctor; 1 to 3 pages for a year.")))
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

// The optimal string alignment distance: letters added, removed or changed, and two neighbours
// swapped, each one edit ("exprot" is one from "export").
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// What to say about a word in command position that is no command: the nearest command, or the
// option that opens a file someone gave there, or the list of commands.
QString unknownCommand(const QString &word)
{
    if (QFileInfo(word).isFile()) {
        const QString quoted = word.contains(u' ') ? u'"' + word + u'"' : word;
        return word.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
            ? QStringLiteral("Unknown command \"%1\". To read that file into the diary: rls-diary import %2. "
                             "See rls-diary import --help.")
                  .arg(word, quoted)
            : QStringLiteral("Unknown command \"%1\". To open that diary file: rls-diary --database %2. "
                             "See rls-diary --help.")
                  .arg(word, quoted);
    }
    QString nearest;
    qsizetype best = 3; // further than two edits is another word, not a typing slip
    for (const char *c : commands) {
        const qsizetype distance = editDistance(word.toLower(), QString::fromLatin1(c));
        if (distance < best) {
            best = distance;
            nearest = QString::fromLatin1(c);
        }
    }
    if (!nearest.isEmpty())
        return QStringLiteral("Unknown command \"%1\". Did you mean \"%2\"? See rls-diary --help.").arg(word, nearest);
    return QStringLiteral("Unknown command \"%1\". The commands are export, import, summary, insights, report, trial, "
                          "demo, backup and restore; without one, rls-diary opens the window. See rls-diary --help.")
        .arg(word);
}

} // namespace

bool needsPainting(int argc, char **argv)
{
    return argc >= 2 && std::strcmp(argv[1], "report") == 0;
}

bool isCommand(int argc, char **argv)
{
    // Any word there, known or not: a mistyped command is refused by run(), never taken for the
    // window (which would open the person's own diary and need a display).
    return argc >= 2 && argv[1][0] != '-';
}

int run(const QStringList &arguments)
{
    // stdout may be a CSV and stderr is for the person: keep the app's log lines out of both
    // unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("rlsdiary.*.info=false\nrlsdiary.*.debug=false"));
    const QString command = arguments.value(1);
    if (command == u"export")
        return exportCommand(arguments);
    if (command == u"import")
        return importCommand(arguments);
    if (command == u"summary")
        return summaryCommand(arguments);
    if (command == u"insights")
        return insightsCommand(arguments);
    if (command == u"report")
        return reportCommand(arguments);
    if (command == u"trial")
        return trialCommand(arguments);
    if (command == u"demo")
        return demoCommand(arguments);
    if (command == u"backup")
        return backupCommand(arguments);
    if (command == u"restore")
        return restoreCommand(arguments);
    err(unknownCommand(command));
    return UsageError;
}

} // namespace rls::cli
