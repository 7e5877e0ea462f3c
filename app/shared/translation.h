// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/preferences.h"

#include <QLocale>

#include <memory>

class QTranslator;

namespace rls {

/// The window's language. Installs the app's translation (:/i18n/rls-diary_<language>.qm, made
/// from resources/translations) and Qt's own (qtbase_<language>.qm: the standard buttons, the
/// file dialog) on the application, and takes both away again when destroyed. English installs
/// nothing: the sources are English. Made before any window or message box is built, because a
/// widget reads its words when it is made.
class Translation final {
    Q_DISABLE_COPY_MOVE(Translation)

public:
    /// System: the first of the system's UI languages the app has a translation for, else
    /// English. English or German chosen in Preferences: that language, and dates and numbers
    /// in that language too (the system's country kept where the language has it, e.g. en_DE).
    explicit Translation(Language language, const QLocale &system = QLocale::system());
    ~Translation();

    /// The language the window speaks: QLocale::English or QLocale::German.
    QLocale::Language language() const { return m_language; }
    /// Whether Qt's own translation for that language was found (without it, the standard
    /// buttons stay English).
    bool hasQtTranslation() const { return m_qt != nullptr; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QLocale::Language m_language = QLocale::English;
    QLocale m_previousDefault;
    bool m_localeChanged = false;
};

} // namespace rls
