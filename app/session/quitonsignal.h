// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace rls {

/// Turns SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in a terminal) into a normal
/// quit of the event loop, so that what closes on the way out does close: the diary and its
/// lock are released and a demo's temporary folder is removed. A signal handler may do almost
/// nothing, so it only writes a byte to a pipe that the event loop watches.
class QuitOnSignal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rls
