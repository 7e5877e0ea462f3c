// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/lazypage.h"

#include <QVBoxLayout>

namespace rls {

LazyPage::LazyPage(Make make, QWidget *parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::page()
{
    if (!m_page) {
        m_page = m_make(this);
        layout()->addWidget(m_page);
        setFocusProxy(m_page);
        if (isVisible())
            m_page->show(); // now, not on the next turn of the event loop: it is about to be painted
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent *event)
{
    page(); // before the page is laid out and painted
    QWidget::showEvent(event);
}

} // namespace rls
