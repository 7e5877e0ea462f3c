// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;
class QWidget;

namespace rls {

/// For scripts/bench: once `window` has painted its first frame, prints "first frame after N ms"
/// (counted by `sinceStart`, started at the top of main) to stderr and quits the app, so that a
/// start can be timed and its peak memory read from outside. Hidden option --quit-after-first-frame.
void quitAfterFirstFrame(QWidget *window, const QElapsedTimer &sinceStart);

} // namespace rls
