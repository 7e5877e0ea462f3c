// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: the Help menu. The guide is the one in docs/, compiled in, with working links; the
// shortcut list is read from the window, so every action with a key is in it; About names the
// version, the open diary and shows the icon.
#include "help/aboutdialog.h"
#include "help/shortcutlist.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

using namespace rls;

namespace {

/// A main window on an empty diary, with its settings in the diary's folder.
struct Window {
    test::TempDiary diary;
    QSettings settings {diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat};
    MainWindow window {diary.store(), false, settings};

    QMenu *helpMenu()
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (plainText(menu->text()) == u"Help")
                return menu->menu();
        }
        return nullptr;
    }
    QAction *action(const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); }
};

/// Every anchor name the document's text carries, and every link it holds.
struct Links {
    QStringList names;
    QStringList hrefs;
};

Links linksOf(const QTextDocument &document)
{
    Links links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isAnchor())
                continue;
            links.names.append(format.anchorNames());
            if (!format.anchorHref().isEmpty())
                links.hrefs.append(format.anchorHref());
        }
    }
    return links;
}

/// Stands in for the browser: QDesktopServices hands it the links the app opens.
class Browser : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

TEST(HelpMenu, holdsTheGuide_theKeys_andAbout)
{
    Window w;
    QMenu *help = w.helpMenu();
    ASSERT_NE(help, nullptr);
    QStringList texts;
    for (QAction *a : help->actions()) {
        if (!a->isSeparator())
            texts.append(plainText(a->text()));
    }
    EXPECT_EQ(texts,
        QStringList({QStringLiteral("User Guide"), QStringLiteral("Keyboard Shortcuts"),
            QStringLiteral("How to read the insights"), QStringLiteral("Welcome and Usual Times"),
            QStringLiteral("About RLS Diary")}));
    EXPECT_EQ(w.action("userGuideAction")->shortcut(), QKeySequence(Qt::Key_F1));
    EXPECT_FALSE(w.action("shortcutsAction")->shortcut().isEmpty());
}

TEST(UserGuide, F1_showsTheGuideFromDocs)
{
    Window w;
    w.action("userGuideAction")->trigger();
    auto *guide = w.window.findChild<UserGuideDialog *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("RLS Diary: user guide"))) << text.left(80).toStdString();
    for (const char *heading : {"Each evening", "Taken today", "Backups", "Your privacy", "Keyboard"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(heading))) << heading;

    // F1 again brings the same window to the front rather than opening a second one.
    w.action("userGuideAction")->trigger();
    EXPECT_EQ(w.window.findChildren<UserGuideDialog *>().size(), 1);
}

TEST(UserGuide, everyLinkToAHeading_findsIt)
{
    UserGuideDialog guide;
    const Links links = linksOf(*guide.browser()->document());
    EXPECT_TRUE(links.names.contains(QStringLiteral("keyboard")));
    EXPECT_TRUE(links.names.contains(QStringLiteral("tags-and-a-note")));
    int inside = 0;
    for (const QString &href : links.hrefs) {
        if (!href.startsWith(u'#'))
            continue;
        ++inside;
        EXPECT_TRUE(links.names.contains(href.mid(1))) << href.toStdString() << " leads to no heading";
    }
    EXPECT_GE(inside, 10); // the contents at the top
}

TEST(UserGuide, aLinkToAHeading_scrollsThere_aWebLinkOpensTheBrowser)
{
    UserGuideDialog guide;
    guide.show();
    QScrollBar *scroll = guide.browser()->verticalScrollBar();
    ASSERT_EQ(scroll->value(), 0);
    guide.follow(QUrl(QStringLiteral("#keyboard")));
    EXPECT_GT(scroll->value(), 0);

    Browser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    guide.follow(QUrl(QStringLiteral("https://example.org/rls")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    EXPECT_EQ(browser.opened, QList<QUrl>({QUrl(QStringLiteral("https://example.org/rls"))}));
}

TEST(UserGuide, aLinkToAFileOfTheSourceFolder_isPlainText)
{
    // The guide links the README for the command line; an installed app has no README to open.
    ASSERT_TRUE(UserGuideDialog::markdown().contains(QStringLiteral("](../README.md")));
    UserGuideDialog guide;
    for (const QString &href : linksOf(*guide.browser()->document()).hrefs)
        EXPECT_TRUE(href.startsWith(u'#') || href.startsWith(QStringLiteral("https:"))) << href.toStdString();
    EXPECT_TRUE(guide.browser()->toPlainText().contains(QStringLiteral("README")));
}

TEST(UserGuide, aChangeOfLook_recoloursTheLinks)
{
    // Preferences > Look changes the palette at once, the guide may be open meanwhile.
    UserGuideDialog guide;
    const auto linkColour = [&guide] {
        for (QTextBlock block = guide.browser()->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().anchorHref().isEmpty())
                    return it.fragment().charFormat().foreground().color();
            }
        }
        return QColor();
    };
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents(); // the widgets hear of a new palette through posted events
    const QColor after = linkColour();
    QApplication::setPalette(before);
    QCoreApplication::processEvents();
    EXPECT_EQ(after, QColor(0x56, 0xb4, 0xe9));
    EXPECT_EQ(linkColour(), before.color(QPalette::Link));
}

TEST(UserGuide, anchors_areGitHubs)
{
    EXPECT_EQ(UserGuideDialog::anchorFor(QStringLiteral("Tags and a note")), QStringLiteral("tags-and-a-note"));
    EXPECT_EQ(UserGuideDialog::anchorFor(QStringLiteral("Save, and \"Show my doctor\"")),
        QStringLiteral("save-and-show-my-doctor"));
    EXPECT_EQ(UserGuideDialog::anchorFor(QStringLiteral("Tonight's symptoms")), QStringLiteral("tonights-symptoms"));
}

TEST(KeyboardShortcuts, listEveryActionWithAKey)
{
    Window w;
    w.window.show();
    w.action("shortcutsAction")->trigger();
    auto *dialog = w.window.findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QList<ShortcutLine> &lines = dialog->lines();
    int actions = 0;
    for (const QAction *action : w.window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++actions;
        const QString what = plainText(action->text());
        const auto line
            = std::find_if(lines.cbegin(), lines.cend(), [&what](const ShortcutLine &l) { return l.what == what; });
        ASSERT_NE(line, lines.cend()) << what.toStdString() << " is not in the list";
        for (const QKeySequence &key : action->shortcuts())
            EXPECT_TRUE(line->keys.contains(key.toString(QKeySequence::NativeText)))
                << what.toStdString() << ": " << line->keys.toStdString();
    }
    EXPECT_GE(actions, 20);

    // The keys that are no action, and the evening log's own letters.
    const auto has = [&lines](const QString &group, const QString &keysStart) {
        return std::any_of(lines.cbegin(), lines.cend(),
            [&](const ShortcutLine &l) { return l.group == group && l.keys.startsWith(keysStart); });
    };
    EXPECT_TRUE(has(QStringLiteral("Everywhere"), QStringLiteral("Tab")));
    EXPECT_TRUE(has(QStringLiteral("In the evening log"), QStringLiteral("Alt+")));
    EXPECT_TRUE(has(QStringLiteral("In the evening log"), QStringLiteral("Ctrl+Shift+A"))); // the Add button's key
    EXPECT_TRUE(has(QStringLiteral("File"), QStringLiteral("Ctrl+Shift+E")));
    EXPECT_TRUE(has(QStringLiteral("Help"), QStringLiteral("F1")));

    // The dialog shows every line once, under its group.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    ASSERT_NE(tree, nullptr);
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        shown += tree->topLevelItem(g)->childCount();
    EXPECT_EQ(shown, lines.size());
}

TEST(KeyboardShortcuts, plainText_readsAsThePersonSeesIt)
{
    EXPECT_EQ(plainText(QStringLiteral("&Export CSV…")), QStringLiteral("Export CSV"));
    EXPECT_EQ(plainText(QStringLiteral("Started &at:")), QStringLiteral("Started at"));
    EXPECT_EQ(plainText(QStringLiteral("Salt && pepper")), QStringLiteral("Salt & pepper"));
    EXPECT_EQ(plainText(QStringLiteral("Import...")), QStringLiteral("Import"));
}

TEST(About, showsTheVersion_theOpenDiary_andTheIcon)
{
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    Window w;
    w.action("aboutAction")->trigger();
    auto *about = w.window.findChild<AboutDialog *>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_EQ(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text(), QStringLiteral("Version 9.8.7"));
    EXPECT_EQ(about->findChild<QLineEdit *>(QStringLiteral("aboutDiaryPath"))->text(),
        QDir::toNativeSeparators(w.diary.path()));
    auto *icon = about->findChild<QLabel *>(QStringLiteral("aboutIcon"));
    ASSERT_NE(icon, nullptr);
    EXPECT_FALSE(icon->pixmap().isNull()) << "the icon is compiled in and Qt's SVG plugin reads it";
    QStringList texts;
    for (const QLabel *label : about->findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(u' ');
    EXPECT_TRUE(all.contains(QStringLiteral("nothing is sent anywhere")));
    EXPECT_TRUE(all.contains(QStringLiteral("does not diagnose")));
    EXPECT_TRUE(all.contains(QStringLiteral("version 3 or later")));
    about->close();
    QCoreApplication::setApplicationVersion(version);
}

TEST(About, ofTheDemo_saysYourOwnDiaryIsUntouched)
{
    AboutDialog about(QStringLiteral("rls-diary-demo-x/demo.sqlite"), true);
    QStringList texts;
    for (const QLabel *label : about.findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_TRUE(texts.join(u' ').contains(QStringLiteral("your own diary is not touched")));
    EXPECT_EQ(about.findChild<QLineEdit *>(QStringLiteral("aboutDiaryPath"))->text(),
        QDir::toNativeSeparators(QStringLiteral("rls-diary-demo-x/demo.sqlite")));
}

#include "helpmenu_test.moc"
