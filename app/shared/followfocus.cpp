// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/followfocus.h"

#include <QApplication>
#include <QScrollArea>

namespace rls {

void followFocus(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now, 8, 24);
    });
}

} // namespace rls
