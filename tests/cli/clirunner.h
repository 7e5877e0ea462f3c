// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include <sys/resource.h>

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

/// The words of a command line as written: args({"export", "--kind", "intakes"}).
inline QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out.append(QString::fromUtf8(w));
    return out;
}

/// Runs the prepared process `p` to the end, or gives up after `timeoutMs` (code -1).
inline Outcome runToTheEnd(QProcess &p, const QStringList &arguments, int timeoutMs = 120000)
{
    p.start(binaryUnderTest(), arguments);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError())};
}

/// Runs `rls-diary arguments...` to the end, as a person or a script would.
inline Outcome rlsDiary(const QStringList &arguments, const QString &home = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home));
    return runToTheEnd(p, arguments);
}

/// Runs `rls-diary arguments...` with at most `memoryBytes` of address space, so that a command
/// which reads without limit fails fast with std::bad_alloc (a crash, -2) instead of taking the
/// machine's memory; gives up after `timeoutMs`. (Without the cap under AddressSanitizer,
/// which reserves terabytes of address space for itself.)
inline Outcome rlsDiaryWithinMemory(const QStringList &arguments, qint64 memoryBytes, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
#if !defined(__SANITIZE_ADDRESS__)
    p.setChildProcessModifier([memoryBytes] {
        const rlimit cap {rlim_t(memoryBytes), rlim_t(memoryBytes)};
        ::setrlimit(RLIMIT_AS, &cap);
    });
#else
    Q_UNUSED(memoryBytes);
#endif
    return runToTheEnd(p, arguments, timeoutMs);
}

} // namespace rls::test
