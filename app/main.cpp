// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/diarystore.h"
#include "window/diarysession.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rls-diary"));
    QApplication::setApplicationName(QStringLiteral("rls-diary"));
    QApplication::setApplicationDisplayName(QStringLiteral("RLS Diary"));
    QApplication::setApplicationVersion(QStringLiteral(RLSDIARY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.rlsdiary.RLSDiary"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A private diary for restless legs syndrome."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Open the diary file <path> instead of your own."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Open a freshly generated demo diary in a temporary file; "
                       "your own diary is not touched."));
    const QCommandLineOption demoNights(QStringLiteral("demo-nights"),
        QStringLiteral("How many nights the demo diary covers (default 730)."), QStringLiteral("n"),
        QStringLiteral("730"));
    parser.addOptions({database, demo, demoNights});
    parser.process(app);

    auto session = [&]() -> rls::Result<std::unique_ptr<rls::DiarySession>> {
        if (parser.isSet(demo)) {
            bool ok = false;
            const int nights = parser.value(demoNights).toInt(&ok);
            if (!ok || nights < 1 || nights > 40000)
                return rls::Error {
                    rls::ErrorKind::Invalid, QStringLiteral("--demo-nights must be a number from 1 to 40000."), {}};
            return rls::DiarySession::openDemo(nights);
        }
        if (parser.isSet(database))
            return rls::DiarySession::openFile(parser.value(database));
        return rls::DiarySession::openDefault();
    }();
    if (!session) {
        QMessageBox::critical(nullptr, QStringLiteral("RLS Diary"),
            QStringLiteral("%1\n\nNothing was changed.").arg(session.error().message));
        return 1;
    }

    rls::MainWindow window(session.value()->store(), session.value()->isDemo(), session.value()->settings());
    window.show();
    return QApplication::exec();
}
