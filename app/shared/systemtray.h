// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace rls {

/// Whether the desktop shows a system tray, where the evening reminder lives. The offscreen
/// platform the tests run on has none; a test that needs one says so with setAvailableForTests.
class SystemTray final {
public:
    SystemTray() = delete;

    /// QSystemTrayIcon::isSystemTrayAvailable(), unless a test said otherwise.
    static bool isAvailable();
    /// For tests: pretend there is (true) or is not (false) a tray; nullopt asks the desktop again.
    static void setAvailableForTests(std::optional<bool> available);
};

} // namespace rls
