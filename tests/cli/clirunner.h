// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace rls::test {

/// What one run of the rls-diary binary gave.
struct Outcome {
    int code = -1; ///< the exit code; -2 when it crashed or was killed
    QByteArray out;
    QString err;
};

/// The binary under test: the one built beside these tests, or RLSDIARY_TEST_BINARY (how the
/// tests of a fix are run against an older build to watch them fail).
inline QString binaryUnderTest()
{
    return qEnvironmentVariable("RLSDIARY_TEST_BINARY", QStringLiteral(RLSDIARY_BINARY));
}

/// The environment of a run without a display. `home`, when given, stands in for the person's
/// home: their settings and their own diary live there, so a test can choose a diary in
/// Preferences without touching the real ones.
inline QProcessEnvironment cliEnvironment(const QString &home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    }
    env.remove(QStringLiteral("DISPLAY")); // proves the commands need no window system
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none-at-all"));
    return env;
}

/// Runs `rls-diary arguments...` to the end, as a person or a script would.
inline Outcome rlsDiary(const QStringList &arguments, const QString &home = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home));
    p.start(binaryUnderTest(), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace rls::test
