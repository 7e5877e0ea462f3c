// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/clicommands.h"
#include "cli/cliio.h"
#include "cli/cliparse.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>

namespace rls::cli {
namespace {

const char *const commands[]
    = {"export", "import", "summary", "insights", "report", "trial", "demo", "backup", "restore"};

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

qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(u'-'))
            return i;
        // The window's options that take the next word as their value.
        if (word == u"--database" || word == u"--theme" || word == u"--demo-nights" || word == u"--language")
            ++i;
    }
    return -1;
}

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}

} // namespace

bool needsPainting(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    const qsizetype at = commandIndex(arguments);
    return at > 0 && arguments.at(at) == u"report";
}

bool isCommand(int argc, char **argv)
{
    // Any word there, known or not: a mistyped command is refused by run(), never taken for the
    // window (which would open the person's own diary and need a display).
    return commandIndex(argumentList(argc, argv)) > 0;
}

int run(const QStringList &given)
{
    // stdout may be a CSV and stderr is for the person: keep the app's log lines out of both
    // unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("rlsdiary.*.info=false\nrlsdiary.*.debug=false"));
    // "rls-diary --database FILE export ...": the command comes first for its parser, and the
    // options before it follow it.
    QStringList arguments = given;
    if (const qsizetype at = commandIndex(arguments); at > 1)
        arguments.move(at, 1);
    // The window's language is no business of the commands: their words stay English.
    for (qsizetype i = 2; i < arguments.size();) {
        if (arguments.at(i) == u"--language")
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(u"--language="))
            arguments.remove(i);
        else
            ++i;
    }
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
