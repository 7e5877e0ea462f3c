// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliparse.h"

#include "cli/cli.h"
#include "cli/cliio.h"

namespace rls::cli {
namespace {

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

} // namespace

QString helpText(const QCommandLineParser &parser, const QString &usage, const QStringList &examples)
{
    QString text = parser.helpText();
    text.replace(0, text.indexOf(u'\n'), QStringLiteral("Usage: ") + usage);
    if (!examples.isEmpty()) {
        text += QStringLiteral("\nExamples:\n");
        for (const QString &example : examples)
            text += QStringLiteral("  rls-diary %1\n      %2\n")
                        .arg(example.section(u'|', 0, 0), example.section(u'|', 1));
    }
    return text;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const CommandHelp &help)
{
    parser.setApplicationDescription(help.description);
    parser.addHelpOption();
    // The command word itself is a positional argument too, but not one to explain in the help.
    if (!help.positional.isEmpty())
        parser.addPositionalArgument(help.positional.section(u'|', 0, 0), help.positional.section(u'|', 1));
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(QStringLiteral("Try: rls-diary %1 --help").arg(help.command));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QString usage = QStringLiteral("rls-diary %1 [options]").arg(help.command)
            + (help.usage.isEmpty() ? QString() : u' ' + help.usage);
        out(helpText(parser, usage, help.examples) + exitCodes);
        return Ok;
    }
    const qsizetype wanted = help.positional.isEmpty() ? 1 : 2;
    if (parser.positionalArguments().size() != wanted) {
        err(help.positional.isEmpty()
                ? QStringLiteral("%1 takes no file names.").arg(help.command)
                : QStringLiteral("%1 needs exactly one %2.").arg(help.command, help.positional.section(u'|', 0, 0)));
        return UsageError;
    }
    return std::nullopt;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), QStringLiteral("The diary file (default: your own diary)."),
        QStringLiteral("path")};
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

} // namespace rls::cli
