// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German (issue 14): menus, tabs, the evening form and its notes speak German when
// German is installed; Preferences keeps the choice; English stays exactly as it was.
#include "log/intakeseditor.h"
#include "log/logpage.h"
#include "session/diarycontext.h"
#include "session/preferences.h"
#include "settings/settingsdialog.h"
#include "shared/translation.h"
#include "shell/mainwindow.h"
#include "storage/backups.h"
#include "storage/diarystore.h"
#include "support/tempdiary.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace rls;

namespace {

const QLocale UsEnglish(QLocale::English, QLocale::UnitedStates);
const QDate Tonight(2026, 11, 23);

// A diary and its settings file, as the window is given them.
struct Diary {
    test::TempDiary diary;
    QSettings settings {diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat};
};

// Every menu title and action in the menu bar, menu by menu (a submenu is a menu of its own).
void collectMenu(QMenu *menu, QList<QStringList> &menus)
{
    QStringList texts {menu->title()};
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts.append(action->text());
        if (action->menu())
            collectMenu(action->menu(), menus);
    }
    menus.append(texts);
}

QList<QStringList> menusOf(QMainWindow &window)
{
    QList<QStringList> menus;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions()) {
        titles.append(action->text());
        if (action->menu())
            collectMenu(action->menu(), menus);
    }
    menus.prepend(titles);
    return menus;
}

QStringList tabsOf(QMainWindow &window)
{
    QStringList tabs;
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    for (int i = 0; pages && i < pages->count(); ++i)
        tabs.append(pages->tabText(i));
    return tabs;
}

// What the window shows in words: menus, tabs, labels, group titles and buttons, in a fixed order.
QStringList wordsOf(QMainWindow &window)
{
    QStringList words;
    for (const QStringList &menu : menusOf(window))
        words += menu;
    words += tabsOf(window);
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->objectName() != QStringLiteral("nightCountLabel")) // counts "today", which moves
            words.append(label->text());
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>())
        words.append(box->title());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        words.append(button->text() + button->toolTip());
    return words;
}

// The letter after '&' in each text (none for a text without one), lower case.
QStringList acceleratorsOf(const QStringList &texts)
{
    QStringList letters;
    for (const QString &text : texts) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) != u'&') {
                letters.append(text.at(i + 1).toLower());
                break;
            }
        }
    }
    return letters;
}

} // namespace

TEST(GermanWindow, menusTabsAndTheEveningFormSpeakGerman)
{
    const Translation german(Language::German, UsEnglish);
    ASSERT_EQ(german.language(), QLocale::German);
    Diary d;
    MainWindow window(d.diary.store(), false, d.settings);
    window.show();

    const QList<QStringList> menus = menusOf(window);
    EXPECT_EQ(menus.first(),
        QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Nacht"),
            QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
    EXPECT_EQ(tabsOf(window),
        QStringList({QStringLiteral("Abendprotokoll"), QStringLiteral("Verlauf"), QStringLiteral("Laborwerte"),
            QStringLiteral("Auswertung"), QStringLiteral("Selbstversuch")}));
    QStringList sections;
    for (const char *name : {"symptomsEditor", "intakesEditor", "tagsEditor", "noteBox"})
        sections.append(window.findChild<QGroupBox *>(QString::fromLatin1(name))->title());
    EXPECT_EQ(sections.at(0), QStringLiteral("Beschwerden heute Abend"));
    EXPECT_TRUE(sections.at(1).startsWith(QStringLiteral("Eingenommen am "))) << sections.at(1).toStdString();
    EXPECT_EQ(sections.at(2), QStringLiteral("Stichw&örter"));
    EXPECT_EQ(sections.at(3), QStringLiteral("N&otiz"));
    // Each menu's Alt letters lead to one item each, the menu bar's too (a menu's title is not one
    // of its items).
    for (qsizetype i = 0; i < menus.size(); ++i) {
        const QStringList letters = acceleratorsOf(i == 0 ? menus.at(i) : menus.at(i).mid(1));
        EXPECT_EQ(QSet<QString>(letters.cbegin(), letters.cend()).size(), letters.size())
            << menus.at(i).join(QStringLiteral(" | ")).toStdString();
    }
}

TEST(GermanWindow, aGuidanceNoteAndQtsOwnButtonsAreGerman)
{
    const Translation german(Language::German, UsEnglish);
    Diary d;
    DiaryContext context(d.diary.store(), false, d.settings);
    context.setClock([] { return QDateTime(Tonight, QTime(21, 0)); });
    LogPage page(context);
    page.show();
    page.findChild<IntakesEditor *>(QStringLiteral("intakesEditor"))
        ->addIntakes(
            {{QStringLiteral("Magnesium"), 400, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    QStringList notes;
    for (QLabel *label : page.findChildren<QLabel *>(QStringLiteral("guidanceText")))
        notes.append(label->text());
    EXPECT_TRUE(notes.join(u' ').contains(QStringLiteral("Magnesium aus Nahrungsergänzungsmitteln heute: 400 mg")))
        << notes.join(u'\n').toStdString();
    EXPECT_TRUE(notes.join(u' ').contains(QStringLiteral("Nierenerkrankung"))) << notes.join(u'\n').toStdString();

    // The standard buttons come from Qt's own German (qt6-translations-l10n).
    ASSERT_TRUE(german.hasQtTranslation()) << "qtbase_de.qm is missing: install qt6-translations-l10n";
    SettingsDialog dialog(context);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

// The words are translated, never what is written down: a backup taken with German installed
// still has its English name, which the backup list reads back (it was "-täglich.sqlite").
TEST(GermanWindow, fileNamesStayEnglish)
{
    const Translation german(Language::German, UsEnglish);
    Diary d;
    for (BackupReason reason : {BackupReason::Daily, BackupReason::Manual, BackupReason::BeforeImport}) {
        auto taken = d.diary.store().backUp(reason);
        ASSERT_TRUE(taken) << taken.error().message.toStdString();
        EXPECT_TRUE(taken->path.endsWith(backups::reasonKey(reason) + QStringLiteral(".sqlite")))
            << taken->path.toStdString();
        EXPECT_TRUE(QFileInfo(taken->path).fileName().contains(QRegularExpression(QStringLiteral("^[a-z0-9.-]+$"))))
            << taken->path.toStdString();
    }
    EXPECT_EQ(backups::reasonKey(BackupReason::Daily), QStringLiteral("daily"));
    EXPECT_EQ(backups::reasonText(BackupReason::Daily), QStringLiteral("täglich")); // shown, so translated
}

TEST(EnglishWindow, isWordForWordTheWindowWithoutATranslation)
{
    const QLocale before;
    QLocale::setDefault(UsEnglish);
    QStringList untranslated;
    {
        Diary d;
        MainWindow window(d.diary.store(), false, d.settings);
        untranslated = wordsOf(window);
    }
    for (const QLocale &system : {UsEnglish, QLocale(QLocale::German, QLocale::Germany)}) {
        const Translation english(Language::English, system);
        EXPECT_EQ(english.language(), QLocale::English);
        Diary d;
        MainWindow window(d.diary.store(), false, d.settings);
        EXPECT_EQ(wordsOf(window), untranslated) << system.name().toStdString();
        EXPECT_EQ(menusOf(window).first(),
            QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Night"),
                QStringLiteral("&View"), QStringLiteral("&Help")}));
    }
    {
        // And German really changes them: the comparison above can fail.
        const Translation german(Language::German, UsEnglish);
        Diary d;
        MainWindow window(d.diary.store(), false, d.settings);
        EXPECT_NE(wordsOf(window), untranslated);
    }
    QLocale::setDefault(before);
}

TEST(SystemLanguage, germanOnAGermanSystem_englishWhereThereIsNoTranslation)
{
    EXPECT_EQ(Translation(Language::System, QLocale(QLocale::German, QLocale::Austria)).language(), QLocale::German);
    EXPECT_EQ(Translation(Language::System, QLocale(QLocale::French, QLocale::France)).language(), QLocale::English);
    EXPECT_EQ(Translation(Language::System, UsEnglish).language(), QLocale::English);
    // Nothing stays installed once a Translation is gone.
    EXPECT_EQ(QCoreApplication::translate("rls::MainWindow", "&File"), QStringLiteral("&File"));
}

TEST(LanguagePreference, isSavedAndReadBack_throughPreferencesDialog)
{
    Diary d;
    EXPECT_EQ(loadPreferences(d.settings).language, Language::System); // nothing chosen yet
    DiaryContext context(d.diary.store(), false, d.settings);
    {
        SettingsDialog dialog(context);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        ASSERT_NE(combo, nullptr);
        EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(Language::System));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Deutsch")));
        // Beside the box: when it takes effect.
        bool saysWhen = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            saysWhen = saysWhen || label->text().contains(QStringLiteral("next time RLS Diary starts"));
        EXPECT_TRUE(saysWhen);
        dialog.accept();
    }
    EXPECT_EQ(context.preferences().language, Language::German);
    d.settings.sync();
    QSettings reread(d.settings.fileName(), QSettings::IniFormat);
    EXPECT_EQ(reread.value(QStringLiteral("appearance/language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(loadPreferences(reread).language, Language::German);
    SettingsDialog again(context);
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Deutsch"));
}

TEST(LanguagePreference, anUnknownValueFallsBackToTheSystems)
{
    Diary d;
    d.settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
    EXPECT_EQ(loadPreferences(d.settings).language, Language::System);
    EXPECT_EQ(languageFromKey(QStringLiteral(" DE ")), Language::German);
    EXPECT_EQ(languageFromKey(QStringLiteral("fr")), std::nullopt);
}
