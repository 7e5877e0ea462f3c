// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace rls {

class DiaryContext;

/// A short summary of the open diary: how many nights, from when to when, where it is kept.
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(DiaryContext &context, QWidget *parent = nullptr);
    void refresh();

private:
    DiaryContext &m_context;
    QLabel *m_summary = nullptr;
    QLabel *m_location = nullptr;
};

} // namespace rls
