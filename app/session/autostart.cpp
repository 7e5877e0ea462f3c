// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace rls::autostart {
namespace {

// One argument of an Exec key: quoted when it holds a character the specification reserves,
// with `"`, `` ` ``, `$` and `\` escaped inside the quotes; `%` doubled (a field code otherwise).
// The value as a whole is a string, whose own escape doubles every backslash once more.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\"'\\><~|&;$*?#()`");
    QString arg = argument;
    arg.replace(u'%', QStringLiteral("%%"));
    if (std::none_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); }))
        return arg;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : arg) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted.replace(u'\\', QStringLiteral("\\\\"));
}

} // namespace

QString filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/org.rlsdiary.RLSDiary.desktop");
}

bool isOn()
{
    return QFileInfo::exists(filePath());
}

QString programFor(const QString &applicationFilePath)
{
    const QString name = QStringLiteral("rls-diary");
    const QString onPath = QStandardPaths::findExecutable(name);
    const QString self = QFileInfo(applicationFilePath).canonicalFilePath();
    if (!onPath.isEmpty() && !self.isEmpty() && QFileInfo(onPath).canonicalFilePath() == self)
        return name;
    return applicationFilePath;
}

QString entryText(const QString &program)
{
    // Not translated: a desktop reads Name and Comment in the language of the login, and the
    // launcher (resources/) is in English too.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=RLS Diary\n"
                          "Comment=Starts RLS Diary in the tray, for the evening reminder\n"
                          "Exec=%1 --tray\n"
                          "Icon=org.rlsdiary.RLSDiary\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execArgument(program));
}

Result<void> set(bool on, const QString &program)
{
    const QString path = filePath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {ErrorKind::Storage,
                QCoreApplication::translate(
                    "Autostart", "The entry that starts RLS Diary with the computer could not be removed: %1")
                    .arg(QDir::toNativeSeparators(path)),
                {}};
        return {};
    }
    if (program.isEmpty() || std::any_of(program.cbegin(), program.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return Error {ErrorKind::Invalid,
            QCoreApplication::translate("Autostart", "RLS Diary cannot be started with the computer from %1.")
                .arg(program),
            {}};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {ErrorKind::Storage,
            QCoreApplication::translate(
                "Autostart", "The folder %1 could not be created, so RLS Diary cannot start with the computer.")
                .arg(QDir::toNativeSeparators(folder)),
            {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText(program).toUtf8()) < 0 || !file.commit())
        return Error {ErrorKind::Storage,
            QCoreApplication::translate(
                "Autostart", "%1 could not be written (%2), so RLS Diary cannot start with the computer.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            {}};
    return {};
}

} // namespace rls::autostart
