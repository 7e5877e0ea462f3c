// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/firstframe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace rls {
namespace {

// Waits for the window's first paint; the quit is queued behind it, so the frame is on screen
// (flushed to the backing store) before the app ends.
class FirstFrame final : public QObject {
public:
    FirstFrame(QWidget *window, const QElapsedTimer &sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "first frame after %lld ms\n", static_cast<long long>(m_sinceStart.elapsed()));
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    bool m_seen = false;
};

} // namespace

void quitAfterFirstFrame(QWidget *window, const QElapsedTimer &sinceStart)
{
    new FirstFrame(window, sinceStart); // owned by the window
}

} // namespace rls
