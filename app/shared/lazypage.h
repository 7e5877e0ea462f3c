// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace rls {

/// A tab whose page is built the first time it is shown (or asked for with page()), so that the
/// window's start builds only the page it opens on.
class LazyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyPage)

public:
    using Make = std::function<QWidget *(QWidget *parent)>;
    explicit LazyPage(Make make, QWidget *parent = nullptr);

    /// The page, built now if it was not yet.
    QWidget *page();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Make m_make;
    QWidget *m_page = nullptr;
};

} // namespace rls
