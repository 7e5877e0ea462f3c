// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace rls {

/// How the app looks: as the desktop says, or always light or dark (for a bedroom at night).
enum class Theme { System, Light, Dark };

/// "system", "light" or "dark", as written in settings and on the command line.
QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);

/// Applies the theme to the whole application. Light and dark use the Fusion style with a
/// palette of their own, so they look the same on every desktop; System leaves Qt's choice.
void applyTheme(Theme theme);

} // namespace rls
