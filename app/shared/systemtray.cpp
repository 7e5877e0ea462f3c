// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/systemtray.h"

#include <QSystemTrayIcon>

namespace rls {
namespace {
// Only the GUI thread asks, so a plain static is enough.
std::optional<bool> pretended;
} // namespace

bool SystemTray::isAvailable()
{
    return pretended.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void SystemTray::setAvailableForTests(std::optional<bool> available)
{
    pretended = available;
}

} // namespace rls
