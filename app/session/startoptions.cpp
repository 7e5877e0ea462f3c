// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/startoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rls {

namespace {

QCommandLineOption hidden(const QString &name, const QString &description)
{
    QCommandLineOption option(name, description);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationName(QStringLiteral("rls-diary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RLSDIARY_VERSION));
}

WindowOptions::WindowOptions()
    : database(QStringLiteral("database"), QStringLiteral("Open the diary file <path> instead of your own."),
        QStringLiteral("path"))
    , demo(QStringLiteral("demo"),
          QStringLiteral("Open a freshly generated demo diary in a temporary file; your own diary is not touched."))
    , demoNights(QStringLiteral("demo-nights"), QStringLiteral("How many nights the demo diary covers (default 730)."),
          QStringLiteral("n"), QStringLiteral("730"))
    , theme(QStringLiteral("theme"),
          QStringLiteral("Look for this run: system, light or dark (the default comes from Preferences)."),
          QStringLiteral("name"))
    , readOnly(QStringLiteral("read-only"),
          QStringLiteral("Open the diary read-only: look, save nothing (for a backup, or a diary on a CD)."))
    , language(QStringLiteral("language"),
          QStringLiteral("The window's language for this run: system, en or de (the default comes from "
                         "Preferences)."),
          QStringLiteral("code"))
    , firstFrame(hidden(QStringLiteral("quit-after-first-frame"), QStringLiteral("Time the start, then quit.")))
    , everyPage(hidden(QStringLiteral("quit-after-every-page"), QStringLiteral("Show each page, then quit.")))
    , tray(QStringLiteral("tray"),
          QStringLiteral("Start in the system tray, the window hidden, for the evening reminder (this is how "
                         "\"Start with the computer\" starts it). Without a tray, or with the reminder off, "
                         "the window opens."))
{ }

void WindowOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("A private diary for restless legs syndrome.\n\n"
                       "Without a command it opens the window. Commands that run without a window:\n"
                       "  export   write nights as CSV          import   read a CSV into the diary\n"
                       "  summary  one line about the diary     demo     write a made-up diary\n"
                       "  report   the doctor's report as a PDF insights what the diary suggests\n"
                       "  trial    plan a personal trial, see where it stands, read its result\n"
                       "  backup   take or list backups         restore  put a backup back\n"
                       "See rls-diary COMMAND --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({database, demo, demoNights, theme, readOnly, language, firstFrame, everyPage, tray});
}

} // namespace rls
