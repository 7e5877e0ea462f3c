// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticdiary.h"
#include "session/diarysession.h"
#include "shell/mainwindow.h"
#include "support/tempdiary.h"

#include "shared/messagebox.h"
#include "shared/translation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

// The count in the status bar, once the window is on screen: it is read after the first frame.
const QLabel *countOnceShown(MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("nightCountLabel"));
    window.show();
    if (label) {
        EXPECT_TRUE(QTest::qWaitFor([label] { return !label->text().isEmpty(); }, 5000));
    }
    return label;
}

} // namespace

TEST(MainWindow, showsHowManyNightsTheDiaryHolds)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights({test::fullNight(QDate(2026, 11, 21)), test::fullNight(QDate(2026, 11, 23))}));
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    const auto *label = countOnceShown(window);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("2 evenings logged"))) << label->text().toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("diary.sqlite")));
}

// Issue 14: the first evening saves tonight's symptoms and last night's sleep, two rows of the
// list; the person has logged one evening, and the count says so and explains the other row.
TEST(MainWindow, afterTheFirstEvening_countsOneEvening_andExplainsTheSleepOnlyNight)
{
    test::TempDiary diary;
    ASSERT_TRUE(diary.store().saveNights(test::firstEvening(QDate(2026, 11, 23))));
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    const auto *label = countOnceShown(window);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("1 evening logged ·"))) << label->text().toStdString();
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("1 more night holds only its sleep")))
        << label->toolTip().toStdString();
}

TEST(MainWindow, emptyDiary_saysSo)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    EXPECT_TRUE(countOnceShown(window)->text().startsWith(QStringLiteral("No nights logged yet")));
}

TEST(DemoSession, opensAGeneratedDiary_andSaysItIsADemo)
{
    auto session = DiarySession::openDemo(120);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    EXPECT_TRUE(session.value()->isDemo());
    const auto summary = session.value()->store().summary();
    ASSERT_TRUE(summary);
    EXPECT_GT(summary->nights, 80);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    EXPECT_LE(summary->last, yesterday);
    EXPECT_GE(summary->last, yesterday.addDays(-15)); // the newest nights may be ones the person forgot
    MainWindow window(session.value()->store(), true, session.value()->settings());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo")));
}

TEST(DiarySessionOpen, notADatabase_comesBackAsAnError)
{
    test::TempDiary diary;
    QFile f(diary.path());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a diary at all, just some text that is long enough to have a header........................");
    f.close();
    auto session = DiarySession::openFile(diary.path());
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().kind, ErrorKind::NotADatabase);
}

TEST(MainWindow, closingWithUnsavedChanges_asks_cancelKeepsTheWindowOpen)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.show();
    auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("note"));
    ASSERT_NE(note, nullptr);
    note->setPlainText(QStringLiteral("typed but not saved"));
    EXPECT_TRUE(window.isWindowModified());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(diary.store().summary()->nights, 0);

    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(window.close());
    EXPECT_EQ(diary.store().summary()->nights, 1); // what was typed reached the diary
}

TEST(MainWindow, everyAltShortcutOnEachPage_isUnambiguous)
{
    // Two widgets with the same Alt+letter on screen make both keys do nothing.
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.show();
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.append(QKeySequence::mnemonic(menu->text()).toString());
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QStringList keys = menus;
        QStringList owners;
        const auto add = [&](const QString &text, bool active) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!active || key.isEmpty())
                return;
            keys.append(key.toString());
            owners.append(text);
        };
        for (QAbstractButton *b : pages->currentWidget()->findChildren<QAbstractButton *>())
            add(b->text(), b->isVisible());
        for (QLabel *l : pages->currentWidget()->findChildren<QLabel *>())
            add(l->text(), l->isVisible() && l->buddy());
        for (QGroupBox *g : pages->currentWidget()->findChildren<QGroupBox *>())
            add(g->title(), g->isVisible());
        for (int t = 0; t < pages->count(); ++t)
            add(pages->tabText(t), true);
        QStringList seen;
        for (const QString &key : keys) {
            EXPECT_FALSE(seen.contains(key)) << "page " << i << ": " << key.toStdString() << " is used twice; "
                                             << owners.join(QStringLiteral(" | ")).toStdString();
            seen.append(key);
        }
    }
}

// Issue 14, faster entry: the window opened with focus on the night list, so typing "7" did
// nothing. Tonight's severity has the focus, and every section of the evening has an Alt letter.
TEST(MainWindow, opensWithFocusOnTonightsSeverity_andEverySectionHasAnAltLetter)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("severity"));

    const auto mnemonic = [&](const char *name) {
        QObject *o = window.findChild<QObject *>(QString::fromLatin1(name));
        if (auto *b = qobject_cast<QAbstractButton *>(o))
            return QKeySequence::mnemonic(b->text()).toString();
        if (auto *g = qobject_cast<QGroupBox *>(o))
            return QKeySequence::mnemonic(g->title()).toString();
        return QString();
    };
    EXPECT_EQ(mnemonic("addCaffeine"), QStringLiteral("Alt+C"));
    EXPECT_EQ(mnemonic("addAlcohol"), QStringLiteral("Alt+L"));
    EXPECT_EQ(mnemonic("tagsEditor"), QStringLiteral("Alt+T"));
    EXPECT_EQ(mnemonic("noteBox"), QStringLiteral("Alt+O"));
}

// Issue 14, layout: the window opened at 1280x820 whatever the screen, and forgot its size.
TEST(MainWindow, remembersItsGeometryAndSplitter_betweenRuns)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QRect closedAt;
    QList<int> sizes;
    {
        MainWindow window(diary.store(), false, settings);
        const QRect screen = window.screen()->availableGeometry();
        EXPECT_LE(window.width(), screen.width());
        EXPECT_LE(window.height(), screen.height());
        window.show();
        window.setGeometry(QRect(screen.topLeft() + QPoint(20, 30), QSize(700, 500)));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("logSplitter"));
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({300, 380});
        sizes = splitter->sizes();
        closedAt = window.geometry();
        ASSERT_TRUE(window.close());
    }
    MainWindow again(diary.store(), false, settings);
    again.show();
    EXPECT_EQ(again.geometry().size(), closedAt.size());
    EXPECT_EQ(again.findChild<QSplitter *>(QStringLiteral("logSplitter"))->sizes(), sizes);
}

// Issue 14, faster entry: Enter in the last field of a section moves on to the next section,
// as a person finishing the symptoms expects, instead of doing nothing.
TEST(MainWindow, enterInTheLastFieldOfASection_movesToTheNextSection)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *irls = window.findChild<QWidget *>(QStringLiteral("irlsTotal"));
    irls->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("inBed"));
    window.findChild<QWidget *>(QStringLiteral("sleepQuality"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("intakesTable"));
}

namespace {
// The letter after '&' in a menu entry, lowercased, or nothing.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i; // "&&" is a plain ampersand
        }
    }
    return {};
}

// Every menu of `menu`'s tree, with its actions' letters: a letter used twice only cycles.
void expectUniqueLetters(QMenu *menu, QStringList &clashes)
{
    QHash<QChar, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar letter = mnemonic(a->text());
        if (!letter.isNull()) {
            if (seen.contains(letter))
                clashes.append(
                    menu->title() + QStringLiteral(": ") + seen.value(letter) + QStringLiteral(" / ") + a->text());
            seen.insert(letter, a->text());
        }
        if (a->menu())
            expectUniqueLetters(a->menu(), clashes);
    }
}
} // namespace

// Alt+N, D should do one thing: within each menu, no two entries share their underlined letter,
// in English and in German.
TEST(MainWindow, everyMenu_givesEachEntryItsOwnLetter)
{
    for (const Language language : {Language::English, Language::German}) {
        const Translation translation(language, QLocale(QLocale::English, QLocale::UnitedStates));
        test::TempDiary diary;
        QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        MainWindow window(diary.store(), false, settings);
        QStringList clashes;
        QHash<QChar, QString> menus;
        for (QAction *a : window.menuBar()->actions()) {
            if (!a->menu())
                continue;
            const QChar letter = mnemonic(a->text());
            if (menus.contains(letter))
                clashes.append(QStringLiteral("menu bar: ") + menus.value(letter) + QStringLiteral(" / ") + a->text());
            menus.insert(letter, a->text());
            expectUniqueLetters(a->menu(), clashes);
        }
        EXPECT_TRUE(clashes.isEmpty()) << clashes.join(u'\n').toStdString();
    }
}
