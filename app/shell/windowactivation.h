// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QWidget;

namespace rls {

/// One window per diary: the window that holds a diary listens on a local socket named after
/// the diary's path, and a second start on the same diary asks it to come to the front
/// instead of opening a window that could not write.
class WindowActivation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActivation)

public:
    /// Listens for requests to show `window`, the one that holds the diary at `diaryPath`.
    WindowActivation(const QString &diaryPath, QWidget *window);
    ~WindowActivation() override;

    /// Asks the window holding `diaryPath` to come to the front; true when one answered.
    static bool askRunningWindowToShow(const QString &diaryPath, int timeoutMs = 1000);
    /// The socket's name: a hash of the user and the diary's full path.
    static QString socketName(const QString &diaryPath);

signals:
    /// Another start asked for this window (after it was raised).
    void shown();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace rls
