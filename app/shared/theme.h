// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/preferences.h"

namespace rls {

/// Applies the theme to the whole application. Light and dark use the Fusion style with a
/// palette of their own, so they look the same on every desktop; System leaves Qt's choice.
void applyTheme(Theme theme);

} // namespace rls
