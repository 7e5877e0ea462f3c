// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QElapsedTimer;
class QWidget;

namespace rls {

/// Calls `then` once, on the turn of the event loop after `window` painted its first frame: the
/// frame is on screen first. What a start must do but need not wait for goes there.
void afterFirstFrame(QWidget *window, std::function<void()> then);

/// For scripts/bench: once `window` has painted its first frame, prints "first frame after N ms"
/// (counted by `sinceStart`, started at the top of main) to stderr and quits the app, so that a
/// start can be timed and its peak memory read from outside. Hidden option --quit-after-first-frame.
void quitAfterFirstFrame(QWidget *window, const QElapsedTimer &sinceStart);
/// For scripts/bench: after the first frame, shows and paints each page of the tab widget named
/// "pages" in turn (Trends and Insights build their data when first shown), prints "every page
/// after N ms" and quits. Hidden option --quit-after-every-page.
void quitAfterEveryPage(QWidget *window, const QElapsedTimer &sinceStart);

} // namespace rls
