// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

namespace rls {

class DiaryStore;

/// What every page shares: the open diary, and signals that keep pages in step.
/// A page that writes to the diary calls notifyNightsChanged(); pages that show the diary
/// (the night list, the charts) listen to nightsChanged() and read it again.
class DiaryContext final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryContext)

public:
    DiaryContext(DiaryStore &store, bool demo, QObject *parent = nullptr);

    DiaryStore &store() const { return m_store; }
    bool isDemo() const { return m_demo; }

    /// Tells every page that nights from `from` to `to` were saved, changed or deleted.
    void notifyNightsChanged(QDate from, QDate to) { emit nightsChanged(from, to); }
    /// Asks the evening form to show the night of `date` (e.g. a double-click on a chart).
    void requestOpenNight(QDate date) { emit openNightRequested(date); }

signals:
    void nightsChanged(QDate from, QDate to);
    void openNightRequested(QDate date);

private:
    DiaryStore &m_store;
    bool m_demo;
};

} // namespace rls
