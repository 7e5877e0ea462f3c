// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/diarycontext.h"

#include "storage/diarystore.h"

#include <QSettings>

namespace rls {

DiaryContext::DiaryContext(DiaryStore &store, bool demo, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_demo(demo)
    , m_settings(settings)
    , m_preferences(loadPreferences(settings))
{ }

Result<QList<Night>> DiaryContext::allNights()
{
    if (!m_allNights) {
        auto loaded = m_store.loadRange(QDate(1, 1, 1), QDate(9999, 12, 31));
        if (!loaded)
            return loaded.error();
        m_allNights = std::move(loaded).value();
    }
    return *m_allNights;
}

void DiaryContext::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    savePreferences(m_settings, preferences);
    emit preferencesChanged();
}

void DiaryContext::rememberKidneyReminderShown()
{
    if (m_preferences.kidneyReminderShown)
        return;
    m_preferences.kidneyReminderShown = true;
    savePreferences(m_settings, m_preferences);
}

void DiaryContext::rememberEveningReminderShown(QDate night)
{
    if (m_preferences.remindedNight == night)
        return;
    m_preferences.remindedNight = night;
    savePreferences(m_settings, m_preferences);
}

void DiaryContext::rememberTrayExplained()
{
    if (m_preferences.trayExplained)
        return;
    m_preferences.trayExplained = true;
    savePreferences(m_settings, m_preferences);
}

} // namespace rls
