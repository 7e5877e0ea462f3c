// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QString>

namespace rls {

/// "Start with the computer, in the tray": an XDG autostart entry,
/// $XDG_CONFIG_HOME/autostart/org.rlsdiary.RLSDiary.desktop (~/.config/autostart by default),
/// which desktops read at login. Its Exec starts the app with --tray. The file itself is the
/// setting: removing it in the desktop's own settings turns it off here too.
namespace autostart {

/// Where the entry lives.
QString filePath();
/// True when the entry is there.
bool isOn();
/// What the entry's Exec runs: "rls-diary" when that name on the PATH is `applicationFilePath`
/// (an installed app, like the launcher), else the full path (a build or a copy elsewhere).
QString programFor(const QString &applicationFilePath);
/// The entry's text, starting `program` in the tray. `program` is quoted and escaped as the
/// Desktop Entry Specification asks.
QString entryText(const QString &program);
/// Writes the entry (creating the folder), or removes it. A failure says why and leaves what
/// was there.
Result<void> set(bool on, const QString &program);

} // namespace autostart
} // namespace rls
