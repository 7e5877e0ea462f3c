// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace rls {

/// The organisation, application and version names. They decide where the person's diary and
/// settings live, so the window and the command line set the same ones.
void nameApplication();

/// The window's options, the same whether they are only described (`rls-diary --help`, which
/// loads no window) or used (the window library's start).
struct WindowOptions {
    QCommandLineOption database;
    QCommandLineOption demo;
    QCommandLineOption demoNights;
    QCommandLineOption theme;
    QCommandLineOption readOnly;
    QCommandLineOption language;
    /// For scripts/bench only (not in --help): time the start to the first frame, then quit.
    QCommandLineOption firstFrame;
    /// For scripts/bench only: after the first frame, show every page in turn, then quit (the
    /// resident size with Trends and Insights built).
    QCommandLineOption everyPage;
    QCommandLineOption tray;

    WindowOptions();
    void addTo(QCommandLineParser &parser) const;
};

} // namespace rls
