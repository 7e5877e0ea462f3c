// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/night.h"
#include "model/result.h"
#include "session/preferences.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QSettings;

namespace rls {

class DiaryStore;

/// What every page shares: the open diary, the person's preferences, a clock, and signals that
/// keep pages in step. A page that writes to the diary calls notifyNightsChanged(); pages that
/// show the diary (the night list, the charts) listen to nightsChanged() and read it again.
class DiaryContext final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryContext)

public:
    DiaryContext(DiaryStore &store, bool demo, QSettings &settings, QObject *parent = nullptr);

    DiaryStore &store() const { return m_store; }
    bool isDemo() const { return m_demo; }

    const Preferences &preferences() const { return m_preferences; }
    /// The settings file itself, for what a dialog keeps only when asked to (the report's name
    /// and date of birth); preferences go through setPreferences().
    QSettings &settings() const { return m_settings; }
    /// Saves the preferences to the settings file and tells every page.
    void setPreferences(const Preferences &preferences);
    /// Remembers that the one-time kidney reminder was shown. Nothing a page shows depends on
    /// it, so no page is told (which would rebuild every chart).
    void rememberKidneyReminderShown();
    /// Remembers the night the evening reminder came for, so that it comes once a night, also
    /// across a restart. Tells no page, like the kidney reminder.
    void rememberEveningReminderShown(QDate night);
    /// Remembers that the window said, once, that closing it keeps the app in the tray.
    void rememberTrayExplained();

    /// Local time now; tests replace it to make "tonight" independent of the hour they run.
    QDateTime now() const { return m_clock(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Every night of the diary, oldest first, read once and shared by the pages that chart or
    /// compare them all (Trends, Insights): QList is implicitly shared, so at 30 years the diary is
    /// in memory once, not once per page. Read again after any change to the nights.
    Result<QList<Night>> allNights();

    /// Tells every page that nights from `from` to `to` were saved, changed or deleted.
    void notifyNightsChanged(QDate from, QDate to)
    {
        m_allNights.reset();
        emit nightsChanged(from, to);
    }
    /// Tells every page that the whole diary was replaced (a backup was restored): nights, lab
    /// results and the catalog are read again.
    void notifyDiaryReplaced()
    {
        emit nightsChanged(QDate(1, 1, 1), QDate(9999, 12, 31));
        emit diaryReplaced();
    }
    /// Tells every page that a personal trial was planned, paused, resumed, stopped or abandoned.
    void notifyTrialsChanged() { emit trialsChanged(); }
    /// Asks the window to open the dialog that plans a personal trial.
    void requestPlanTrial() { emit planTrialRequested(); }
    /// Asks the window to open Edit > Preferences (e.g. "My regimen" before any regimen is set).
    void requestPreferences() { emit preferencesRequested(); }
    /// Asks the evening form to show the night of `date` (e.g. a double-click on a chart).
    void requestOpenNight(QDate date) { emit openNightRequested(date); }
    /// Asks the Trends chart to mark `nights` (e.g. those a finding compared), named `label`.
    void requestShowNights(const QList<QDate> &nights, const QString &label)
    {
        emit showNightsRequested(nights, label);
    }

signals:
    void nightsChanged(QDate from, QDate to);
    void diaryReplaced();
    void trialsChanged();
    void planTrialRequested();
    void preferencesRequested();
    void openNightRequested(QDate date);
    void showNightsRequested(const QList<QDate> &nights, const QString &label);
    void preferencesChanged();

private:
    DiaryStore &m_store;
    bool m_demo;
    QSettings &m_settings;
    Preferences m_preferences;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    std::optional<QList<Night>> m_allNights; // see allNights()
};

} // namespace rls
