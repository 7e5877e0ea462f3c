// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window lives in a library of its own (librls-diary-window.so), which `rls-diary` loads only
// when a window or a painted report is asked for. The commands (export, import, summary, ...)
// then start a program that links QtCore alone: no Qt Widgets, Gui, Print Support, Network or
// QCustomPlot to load and relocate on every command (docs/architecture.md, "Two stages").

class QElapsedTimer;

extern "C" {
/// Opens the window as `rls-diary [options]` asks, and runs it until it ends; returns the exit code.
/// `sinceStart` was started at the top of main (for --quit-after-first-frame).
using RlsDiaryWindowMain = int (*)(int argc, char **argv, const QElapsedTimer *sinceStart);
/// Runs `rls-diary report ...`: drawn like a page of the window, on no screen.
using RlsDiaryReportMain = int (*)(int argc, char **argv);
}

/// The names the library exports them under.
#define RLSDIARY_WINDOW_MAIN "rlsDiaryWindowMain"
#define RLSDIARY_REPORT_MAIN "rlsDiaryReportMain"
