// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/firstframe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace rls {
namespace {

// Waits for the window's first paint, then queues `then` behind it, so that the frame is flushed
// to the backing store before `then` runs. Owned by the window; gone once it has run.
class FirstFrame final : public QObject {
public:
    FirstFrame(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_seen = false;
};

// CLOCK_MONOTONIC in ms, the clock scripts/bench-startup reads when it starts the process: the
// difference is the time from the start of the process (its libraries loaded) to the frame.
qint64 monotonicNow()
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference();
}

} // namespace

void afterFirstFrame(QWidget *window, std::function<void()> then)
{
    new FirstFrame(window, std::move(then));
}

void quitAfterFirstFrame(QWidget *window, const QElapsedTimer &sinceStart)
{
    afterFirstFrame(window, [&sinceStart] {
        std::fprintf(stderr, "first frame after %lld ms (monotonic clock %lld ms)\n",
            static_cast<long long>(sinceStart.elapsed()), static_cast<long long>(monotonicNow()));
        QCoreApplication::exit(0);
    });
}

void quitAfterEveryPage(QWidget *window, const QElapsedTimer &sinceStart)
{
    afterFirstFrame(window, [window, &sinceStart] {
        if (auto *pages = window->findChild<QTabWidget *>(QStringLiteral("pages"))) {
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                pages->currentWidget()->repaint(); // painted now, the charts included
                std::fprintf(stderr, "shown: %s\n", qPrintable(pages->tabText(i).remove(u'&')));
            }
        }
        std::fprintf(stderr, "every page after %lld ms (monotonic clock %lld ms)\n",
            static_cast<long long>(sinceStart.elapsed()), static_cast<long long>(monotonicNow()));
        QCoreApplication::exit(0);
    });
}

} // namespace rls
