// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <string>

namespace rls::test {

/// What one run of a command-line tool (a validator, cpack, dpkg) gave.
struct ToolRun {
    QString missing; ///< when the tool is not installed: what to install; else empty
    int code = -1; ///< the exit code; -2 when it crashed, -1 when it did not finish
    QString out;
    QString err;

    /// Everything it said, for a failure message.
    std::string said() const { return (out + err).toStdString(); }
};

/// Runs `program arguments...` to the end. A program that is not installed is no crash: the run
/// names the Debian package that brings it, and the test fails with that message.
inline ToolRun runTool(const QString &program, const QString &debianPackage, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 600000)
{
    ToolRun run;
    const QString path = QFileInfo(program).isAbsolute() ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
        run.missing = QStringLiteral("%1 is not installed: apt-get install %2").arg(program, debianPackage);
        return run;
    }
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(path, arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace rls::test
