// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rls {
namespace {
const QString kResources = QStringLiteral(":/i18n");

QLocale::Language chosenLanguage(Language language)
{
    return language == Language::German ? QLocale::German : QLocale::English;
}
} // namespace

Translation::Translation(Language language, const QLocale &system)
{
    QLocale locale = system;
    if (language != Language::System && system.language() != chosenLanguage(language)) {
        // Day and month names in the language the window speaks; the country stays where the
        // language is spoken there (English in Germany: en_DE), else the language's own.
        locale = QLocale(chosenLanguage(language), system.territory());
        m_previousDefault = QLocale();
        QLocale::setDefault(locale);
        m_localeChanged = true;
    }
    if (language == Language::English)
        return;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("rls-diary"), QStringLiteral("_"), kResources))
        return; // no translation for any of the system's languages: English
    m_language = QLocale(app->language()).language();
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
}

Translation::~Translation()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_localeChanged)
        QLocale::setDefault(m_previousDefault);
}

} // namespace rls
