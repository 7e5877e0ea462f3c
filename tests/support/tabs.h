// SPDX-License-Identifier: GPL-3.0-or-later
// The window's pages by the title of their tab: most are built when first shown, so a test goes
// to a tab, as the person does, before it looks for the page.
#pragma once

#include <QTabWidget>

#include <gtest/gtest.h>

namespace rls::test {

inline int tabNamed(const QTabWidget &tabs, const QString &title)
{
    for (int i = 0; i < tabs.count(); ++i) {
        if (tabs.tabText(i) == title)
            return i;
    }
    ADD_FAILURE() << "no tab " << title.toStdString();
    return -1;
}

/// Shows the tab called `title` and returns its page of type T (built by showing it).
template <typename T> T *showTab(QTabWidget &tabs, const QString &title)
{
    tabs.setCurrentIndex(tabNamed(tabs, title));
    return tabs.window()->findChild<T *>();
}

} // namespace rls::test
