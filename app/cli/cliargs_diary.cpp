// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing the commands about the diary itself: summary, insights, demo, backup, restore, trial.
#include "cli/cli.h"
#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "cli/cliparse.h"

namespace rls::cli {

int summaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    if (auto done = parse(parser, arguments,
            {QStringLiteral("summary"),
                QStringLiteral("Prints one line: how many nights the diary holds, from when to when."), {}, {},
                {QStringLiteral("summary|how many nights your diary holds, from when to when"),
                    QStringLiteral("summary --database demo.sqlite|the same for another diary file")}}))
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
    if (auto done = parse(parser, arguments,
            {QStringLiteral("insights"),
                QStringLiteral("Compares nights with and without each factor (magnesium, iron, late caffeine, alcohol, "
                               "each tag, a magnesium dose) on one outcome, with intervals that allow for "
                               "night-to-night carry-over. What the diary shows, not proof of a cause."),
                {}, {},
                {QStringLiteral("insights|every factor, judged by symptom severity"),
                    QStringLiteral(
                        "insights --outcome sleep_quality --from 2026-01-01|judged by sleep quality, since January"),
                    QStringLiteral("insights --json --database demo.sqlite|one JSON object, for a script")}}))
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
    if (auto done = parse(parser, arguments,
            {QStringLiteral("demo"),
                QStringLiteral("Writes a made-up but realistic diary, to try the app or the command line."), {}, {},
                {QStringLiteral("demo --nights 365 -o demo.sqlite|a made-up year to try the app on"),
                    QStringLiteral("demo --nights 365 --with-trial --seed 2 -o trial.sqlite|a year ending with a "
                                   "finished personal trial")}}))
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
    if (auto done = parse(parser, arguments,
            {QStringLiteral("backup"),
                QStringLiteral("Takes a checked backup of the diary now, into the backups folder beside it. "
                               "The app also takes one on the first use of each day and before every upgrade, "
                               "import and restore, and keeps the last 7 daily, 4 weekly and 12 monthly."),
                {}, {},
                {QStringLiteral("backup|take a checked backup of your diary now"),
                    QStringLiteral("backup --list|the backups there are, newest first")}}))
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
    if (auto done = parse(parser, arguments,
            {QStringLiteral("restore"),
                QStringLiteral("Replaces the diary with a backup, after printing what differs and taking a backup "
                               "of the diary as it is (so a restore can be undone). Refused while a window has "
                               "the diary open."),
                QStringLiteral("backup|The backup file (see rls-diary backup --list)."), QStringLiteral("backup"),
                {QStringLiteral(
                     "restore --dry-run diary-20261130-210512-daily.sqlite|show what the restore would change"),
                    QStringLiteral(
                        "restore diary-20261130-210512-daily.sqlite|put that backup back (the diary as it was is "
                        "backed up first)")}}))
        return *done;
    return runRestore(
        parser.positionalArguments().at(1), parser.value(QStringLiteral("database")), parser.isSet(dryRun));
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
    if (auto done = parse(parser, arguments,
            {QStringLiteral("trial"),
                QStringLiteral("A personal (N-of-1) trial: blocks with the dose (A) and without it or with less (B), "
                               "the order inside each AB pair drawn at random, analysed by pair.\n"
                               "  plan    show (--dry-run) or store a plan; confirmation fixes it\n"
                               "  status  where the trial stands tonight\n"
                               "  report  the result: block means, the mean of the pair differences with its 95 % "
                               "interval, the randomisation test, adherence"),
                QStringLiteral("action|plan, status or report."), QStringLiteral("plan|status|report"),
                {QStringLiteral(
                     "trial plan --amount 200 --form glycinate --time 21:00 --dry-run|see the plan and its calendar; "
                     "store nothing"),
                    QStringLiteral("trial plan --amount 200 --form glycinate --time 21:00|store it; the evening form "
                                   "then follows it"),
                    QStringLiteral("trial status|where the trial stands tonight"),
                    QStringLiteral("trial report --json|the result, as one JSON object")}}))
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

} // namespace rls::cli
