// SPDX-License-Identifier: GPL-3.0-or-later
// The evening log driven through its widgets, on a real diary file.
#include "doses/dosesmodel.h"
#include "doses/timefield.h"
#include "log/intakeseditor.h"
#include "log/logpage.h"
#include "log/nightform.h"
#include "log/nightlistmodel.h"
#include "log/severitypicker.h"
#include "log/sleepeditor.h"
#include "log/symptomseditor.h"
#include "log/tagseditor.h"
#include "logpagefixture.h"
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "support/tempdiary.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace rls;

TEST_F(LogPageTest, opensOnTonight_andAsksAboutLastNightsSleep)
{
    EXPECT_EQ(page().currentDate(), Tonight);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("nightTitle"))->text().startsWith(QStringLiteral("Tonight")));
    EXPECT_TRUE(find<SleepEditor>(QStringLiteral("sleepEditor"))
                    ->title()
                    .startsWith(QStringLiteral("How did you sleep last night")));
}

TEST_F(LogPageTest, afterMidnightBeforeTheSplit_tonightIsStillYesterdaysNight)
{
    m_context->setClock([] { return QDateTime(Tonight.addDays(1), QTime(1, 30)); });
    EXPECT_EQ(page().currentDate(), Tonight);
}

TEST_F(LogPageTest, fillTheFormThroughItsWidgets_saveWritesBothNights)
{
    page();
    QWidget *severity = find<QWidget>(QStringLiteral("severity"));
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_7);
    typeInto(QStringLiteral("onset"), QStringLiteral("2045"));
    find<QCheckBox>(QStringLiteral("sensation0"))->setChecked(true); // urge to move
    find<QCheckBox>(QStringLiteral("sensation2"))->setChecked(true); // crawling
    find<QCheckBox>(QStringLiteral("bodyArea0"))->setChecked(true); // legs
    typeInto(QStringLiteral("inBed"), QStringLiteral("22:50"));
    typeInto(QStringLiteral("triedToSleep"), QStringLiteral("2310"));
    find<QSpinBox>(QStringLiteral("minutesToFallAsleep"))->setValue(40);
    find<QSpinBox>(QStringLiteral("awakenings"))->setValue(2);
    find<QSpinBox>(QStringLiteral("minutesAwake"))->setValue(30);
    typeInto(QStringLiteral("finalAwakening"), QStringLiteral("0630"));
    typeInto(QStringLiteral("outOfBed"), QStringLiteral("0645"));
    find<QComboBox>(QStringLiteral("sleepQuality"))->setCurrentIndex(2);
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    intakes->addIntakes(
        {{QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)}});
    find<QCheckBox>(QStringLiteral("tag:exercise"))->setChecked(true);
    typeInto(QStringLiteral("note"), QStringLiteral("Walked after dinner."));

    // The derived sleep figures follow the fields as they are typed.
    EXPECT_TRUE(find<QLabel>(QStringLiteral("sleepMetrics"))->text().contains(QStringLiteral("7 h 55 min")));
    EXPECT_TRUE(page().isDirty());
    click(QStringLiteral("saveButton"));

    const auto tonight = stored(Tonight);
    ASSERT_TRUE(tonight.has_value());
    EXPECT_EQ(tonight->symptoms.severity, 7);
    EXPECT_EQ(tonight->symptoms.onset, QTime(20, 45));
    EXPECT_EQ(tonight->symptoms.sensations, Sensation::UrgeToMove | Sensation::Crawling);
    EXPECT_EQ(tonight->symptoms.bodyAreas, BodyAreas(BodyArea::Legs));
    ASSERT_EQ(tonight->intakes.size(), 1);
    EXPECT_EQ(tonight->intakes.first().amount, 200);
    EXPECT_EQ(tonight->tags, QStringList {QStringLiteral("exercise")});
    EXPECT_EQ(tonight->note, QStringLiteral("Walked after dinner."));
    EXPECT_TRUE(tonight->sleep.isEmpty()); // tonight's sleep has not happened yet

    const auto lastNight = stored(LastNight);
    ASSERT_TRUE(lastNight.has_value());
    EXPECT_EQ(lastNight->sleep.inBed, QTime(22, 50));
    EXPECT_EQ(lastNight->sleep.triedToSleep, QTime(23, 10));
    EXPECT_EQ(lastNight->sleep.minutesToFallAsleep, 40);
    EXPECT_EQ(lastNight->sleep.finalAwakening, QTime(6, 30));
    EXPECT_EQ(lastNight->sleep.quality, 2);
    EXPECT_FALSE(lastNight->symptoms.severity.has_value());
    EXPECT_FALSE(page().isDirty());
}

TEST_F(LogPageTest, wholeEveningFromTheKeyboard)
{
    page().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page()));
    QWidget *severity = find<QWidget>(QStringLiteral("severity"));
    severity->setFocus();
    const auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };
    const auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };
    QTest::keyClick(severity, Qt::Key_5);
    tab();
    type(QStringLiteral("2130")); // onset
    tab();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // urge to move
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("sensation0"));
    for (int i = 0; i < 6; ++i) // the other sensations, legs, arms, trunk ... to the IRLS total
        tab();
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("bodyArea0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    for (int i = 0; i < 3; ++i)
        tab();
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("irlsTotal"));
    tab();
    type(QStringLiteral("2300")); // into bed
    tab();
    type(QStringLiteral("2315"));
    tab();
    type(QStringLiteral("20"));
    tab();
    type(QStringLiteral("1"));
    tab();
    type(QStringLiteral("15"));
    tab();
    type(QStringLiteral("0640"));
    tab();
    type(QStringLiteral("0700"));
    tab();
    type(QStringLiteral("4")); // "4 good"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    const auto tonight = stored(Tonight);
    ASSERT_TRUE(tonight.has_value());
    EXPECT_EQ(tonight->symptoms.severity, 5);
    EXPECT_EQ(tonight->symptoms.onset, QTime(21, 30));
    EXPECT_TRUE(tonight->symptoms.sensations.testFlag(Sensation::UrgeToMove));
    EXPECT_TRUE(tonight->symptoms.bodyAreas.testFlag(BodyArea::Legs));
    const auto lastNight = stored(LastNight);
    ASSERT_TRUE(lastNight.has_value());
    EXPECT_EQ(lastNight->sleep.inBed, QTime(23, 0));
    EXPECT_EQ(lastNight->sleep.minutesToFallAsleep, 20);
    EXPECT_EQ(lastNight->sleep.awakenings, 1);
    EXPECT_EQ(lastNight->sleep.minutesAwake, 15);
    EXPECT_EQ(lastNight->sleep.outOfBed, QTime(7, 0));
    EXPECT_EQ(lastNight->sleep.quality, 4);
}

TEST_F(LogPageTest, invalidField_blocksTheSaveAndShowsCoresMessage)
{
    page();
    typeInto(QStringLiteral("inBed"), QStringLiteral("23:00"));
    typeInto(QStringLiteral("outOfBed"), QStringLiteral("22:00"));
    click(QStringLiteral("saveButton"));
    EXPECT_FALSE(stored(LastNight).has_value());
    bool shown = false;
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("errorLabel"))) {
        if (label->isVisible()
            && label->text()
                == QStringLiteral("The time of getting out of bed (22:00) is before going to bed (23:00)."))
            shown = true;
    }
    EXPECT_TRUE(shown);
    EXPECT_TRUE(page().isDirty()); // what was typed is still there to fix
}

TEST_F(LogPageTest, halfTypedTime_isNamedAndNotSaved)
{
    page();
    typeInto(QStringLiteral("onset"), QStringLiteral("25:1"));
    QWidget *severity = find<QWidget>(QStringLiteral("severity"));
    QTest::keyClick(severity, Qt::Key_3);
    EXPECT_FALSE(page().save());
    EXPECT_FALSE(stored(Tonight).has_value());
}

TEST_F(LogPageTest, unsavedChanges_cancelStays_discardLeaves_saveSaves)
{
    page();
    typeInto(QStringLiteral("note"), QStringLiteral("half a thought"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(page().showNight(LastNight));
    EXPECT_EQ(page().currentDate(), Tonight);
    EXPECT_EQ(find<QPlainTextEdit>(QStringLiteral("note"))->toPlainText(), QStringLiteral("half a thought"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(page().showNight(LastNight));
    EXPECT_EQ(page().currentDate(), LastNight);
    EXPECT_EQ(stored(Tonight)->note, QStringLiteral("half a thought"));

    typeInto(QStringLiteral("note"), QStringLiteral("never mind"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(page().showNight(Tonight));
    EXPECT_FALSE(stored(LastNight).has_value());
}

TEST_F(LogPageTest, deleteThenUndo_bringsTheNightBackExactly_redoDeletesAgain)
{
    Night night = test::fullNight(LastNight);
    ASSERT_TRUE(m_diary.store().saveNight(night));
    const Night before = *stored(LastNight);
    page().showNight(LastNight);
    click(QStringLiteral("deleteButton"));
    EXPECT_FALSE(stored(LastNight).has_value());

    page().undoAction()->trigger();
    const auto back = stored(LastNight);
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(sameEntry(*back, before));
    EXPECT_EQ(back->createdAt, before.createdAt);
    EXPECT_EQ(
        find<SymptomsEditor>(QStringLiteral("symptomsEditor"))->symptoms().severity, 7); // the form shows it again

    page().redoAction()->trigger();
    EXPECT_FALSE(stored(LastNight).has_value());
}

TEST_F(LogPageTest, undoASave_restoresThePreviousEntry)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(LastNight)));
    page().showNight(LastNight);
    QWidget *severity = find<QWidget>(QStringLiteral("severity"));
    QTest::keyClick(severity, Qt::Key_2);
    ASSERT_TRUE(page().save());
    EXPECT_EQ(stored(LastNight)->symptoms.severity, 2);
    page().undoAction()->trigger();
    EXPECT_EQ(stored(LastNight)->symptoms.severity, 7);
    page().redoAction()->trigger();
    EXPECT_EQ(stored(LastNight)->symptoms.severity, 2);
}

TEST_F(LogPageTest, showMyDoctor_marksTheNightWithCtrlD_savesLikeAnyEdit_andUndoes)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(LastNight)));
    page().showNight(LastNight);
    page().activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page()));
    auto *box = find<QCheckBox>(QStringLiteral("flaggedForDoctor"));
    ASSERT_FALSE(box->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(find<QPushButton>(QStringLiteral("saveButton"))->isEnabled()); // unsaved until saved
    EXPECT_FALSE(stored(LastNight)->flaggedForDoctor);
    ASSERT_TRUE(page().save());
    EXPECT_TRUE(stored(LastNight)->flaggedForDoctor);
    EXPECT_EQ(stored(LastNight)->note, test::fullNight(LastNight).note); // nothing else changed

    page().undoAction()->trigger();
    EXPECT_FALSE(stored(LastNight)->flaggedForDoctor);
    EXPECT_FALSE(box->isChecked());
    page().redoAction()->trigger();
    EXPECT_TRUE(stored(LastNight)->flaggedForDoctor);
    EXPECT_TRUE(box->isChecked());
    // The Night menu's action shows the mark too, and Ctrl+D again takes it off.
    QAction *menuAction = nullptr;
    for (QAction *a : page().nightActions()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
            menuAction = a;
    }
    ASSERT_NE(menuAction, nullptr);
    EXPECT_TRUE(menuAction->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_FALSE(box->isChecked());
    EXPECT_FALSE(menuAction->isChecked());
}

TEST_F(LogPageTest, sameAsYesterday_copiesTheDayBeforesIntakes)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(LastNight)));
    page();
    click(QStringLiteral("sameAsYesterday"));
    const QList<Intake> copied = find<IntakesEditor>(QStringLiteral("intakesEditor"))->intakes();
    EXPECT_EQ(copied, test::fullNight(LastNight).intakes);
    ASSERT_TRUE(page().save());
    EXPECT_EQ(stored(Tonight)->intakes, test::fullNight(LastNight).intakes);
}

TEST_F(LogPageTest, myRegimen_addsTheUsualDosesInOneClick)
{
    Preferences p = m_context->preferences();
    p.regimen = {{QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("glycinate"), QTime(21, 0)},
        {QStringLiteral("Iron"), 25, QStringLiteral("mg"), QStringLiteral("ferrous bisglycinate"), QTime(8, 0)}};
    m_context->setPreferences(p);
    page();
    click(QStringLiteral("addRegimen"));
    EXPECT_EQ(find<IntakesEditor>(QStringLiteral("intakesEditor"))->intakes(), p.regimen);
}

TEST_F(LogPageTest, magnesiumOverTheLimit_showsACalmNoteWithItsSource)
{
    page();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    intakes->addIntakes(
        {{QStringLiteral("Magnesium"), 400, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    QStringList notes;
    QStringList sources;
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("guidanceText")))
        notes.append(label->text());
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("guidanceSource")))
        sources.append(label->text());
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.join(u' ').contains(QStringLiteral("350 mg")));
    EXPECT_TRUE(sources.join(u' ').contains(QStringLiteral("NIH")));
    EXPECT_EQ(notes.filter(QStringLiteral("kidney disease")).size(), 1); // the one-time reminder, once
    EXPECT_EQ(notes.filter(QStringLiteral("350 mg")).size(), 1);
    // Seeing the reminder changes no page: every chart would be rebuilt if it did.
    int preferencesSignals = 0;
    QObject::connect(m_context.get(), &DiaryContext::preferencesChanged, m_context.get(),
        [&preferencesSignals] { ++preferencesSignals; });

    // On another night the reminder does not come back.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    ASSERT_TRUE(page().showNight(LastNight));
    EXPECT_TRUE(m_context->preferences().kidneyReminderShown);
    EXPECT_EQ(preferencesSignals, 0);
    intakes->addIntakes(
        {{QStringLiteral("Magnesium"), 100, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("guidanceText")))
        EXPECT_FALSE(label->text().contains(QStringLiteral("kidney disease")));
}

TEST_F(LogPageTest, guidanceSource_opensFromTheKeyboard_andWrapsInsteadOfAWideTooltip)
{
    page().resize(1366, 768);
    page().show();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    intakes->addIntakes(
        {{QStringLiteral("Magnesium"), 400, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    auto *button = page().findChild<QToolButton *>(QStringLiteral("guidanceSourceButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    auto *source = button->parentWidget()->findChild<QLabel *>(QStringLiteral("guidanceSource"));
    ASSERT_NE(source, nullptr);
    EXPECT_FALSE(source->isVisible());
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    EXPECT_TRUE(source->isVisible());
    EXPECT_TRUE(source->wordWrap());
    EXPECT_LT(source->width(), 1366);
    // The marker is a picture, not a character a fresh system may lack a glyph for.
    for (QLabel *text : page().findChildren<QLabel *>(QStringLiteral("guidanceText")))
        EXPECT_FALSE(text->text().contains(QChar(0x24D8)));
}

TEST_F(LogPageTest, drinkFromTheMenu_keepsItsNameAndTheTimeNow_andLateCoffeeIsNoted)
{
    page();
    m_context->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(16, 42)); });
    auto *coffee = find<QPushButton>(QStringLiteral("addCaffeine"));
    QAction *espresso = nullptr;
    for (QAction *a : coffee->menu()->actions()) {
        if (a->text().startsWith(QStringLiteral("Espresso")))
            espresso = a;
    }
    ASSERT_NE(espresso, nullptr);
    espresso->trigger();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    ASSERT_EQ(intakes->intakes().size(), 1);
    EXPECT_EQ(intakes->intakes().first().time, QTime(16, 42));
    EXPECT_EQ(intakes->intakes().first().form, QStringLiteral("Espresso (1 shot)"));
    QStringList notes;
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("guidanceText")))
        notes.append(label->text());
    EXPECT_TRUE(notes.join(u' ').contains(QStringLiteral("Espresso (1 shot) at 16:42")))
        << notes.join(u' ').toStdString();
    // One standard drink is one drink, not "drinks".
    bool singular = false;
    for (QAction *a : find<QPushButton>(QStringLiteral("addAlcohol"))->menu()->actions())
        singular = singular || a->text().endsWith(QStringLiteral(": 1 standard drink"));
    EXPECT_TRUE(singular);
}

TEST_F(LogPageTest, nightList_showsLoggedNightsWithSeverity_andOpensThem)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(QDate(2026, 11, 20))));
    page();
    QAbstractItemView *list = find<QAbstractItemView>(QStringLiteral("nightList"));
    ASSERT_EQ(list->model()->rowCount(), 2); // tonight (not logged yet) and 20 November
    EXPECT_EQ(list->model()->index(1, 0).data().toString(), QLocale().toString(QDate(2026, 11, 20), u"ddd d MMM yyyy"));
    EXPECT_EQ(list->model()->index(1, 1).data().toString(), QStringLiteral("7"));
    EXPECT_FALSE(list->model()->index(1, 1).data(Qt::DecorationRole).isNull()); // its colour
    emit list->activated(list->model()->index(1, 0));
    EXPECT_EQ(page().currentDate(), QDate(2026, 11, 20));
}

// Issue 15: a long diary's list reads a page of nights, more as it scrolls, and a night from far
// back opened in the form (from Trends or the date box) is read in and selected.
TEST_F(LogPageTest, nightList_ofALongDiary_readsAPage_scrollsForMore_andReachesAnOldNight)
{
    QList<Night> years;
    for (int i = 1; i <= 3 * 365; ++i)
        years.append(test::fullNight(Tonight.addDays(-i)));
    ASSERT_TRUE(m_diary.store().saveNights(years));
    page();
    auto *list = find<QAbstractItemView>(QStringLiteral("nightList"));
    QAbstractItemModel *model = list->model();
    // Tonight and the newest page or two (the tree view asks for one more as it lays out).
    const int first = model->rowCount();
    EXPECT_LE(first, 2 * NightListModel::PageSize + 1);
    EXPECT_GT(first, list->viewport()->height() / std::max(1, list->sizeHintForRow(0)));
    list->scrollToBottom();
    QCoreApplication::processEvents();
    EXPECT_GT(model->rowCount(), first);

    const QDate old = Tonight.addDays(-3 * 365 + 3);
    ASSERT_TRUE(page().showNight(old));
    EXPECT_EQ(page().currentDate(), old);
    ASSERT_TRUE(list->currentIndex().isValid());
    EXPECT_EQ(list->currentIndex().data(NightListModel::DateRole).toDate(), old);
}

TEST_F(LogPageTest, nightList_showsWhichNightsAreMarkedForTheDoctor)
{
    Night marked = test::fullNight(QDate(2026, 11, 20));
    marked.flaggedForDoctor = true;
    ASSERT_TRUE(m_diary.store().saveNight(marked));
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(QDate(2026, 11, 19))));
    page();
    QAbstractItemModel *list = find<QAbstractItemView>(QStringLiteral("nightList"))->model();
    ASSERT_EQ(list->rowCount(), 3);
    EXPECT_TRUE(list->index(1, 0).data().toString().endsWith(QStringLiteral(" · doctor")))
        << list->index(1, 0).data().toString().toStdString();
    EXPECT_TRUE(
        list->index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Marked to show your doctor")));
    EXPECT_FALSE(list->index(2, 0).data().toString().contains(QStringLiteral("doctor")));
}

TEST_F(LogPageTest, intakeTimeThatIsNoTime_isRefusedWithAMessage_notSilentlyDropped)
{
    page();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    intakes->addIntakes({{QStringLiteral("Iron"), 25, QStringLiteral("mg"), {}, QTime(8, 0)}});
    DosesModel *model = intakes->model();
    EXPECT_FALSE(model->setData(model->index(0, DosesModel::TimeColumn), QStringLiteral("25:61")));
    EXPECT_EQ(intakes->intakes().first().time, QTime(8, 0));
    bool shown = false;
    for (QLabel *label : intakes->findChildren<QLabel *>(QStringLiteral("doseMessage")))
        shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("25:61")));
    EXPECT_TRUE(shown);
    EXPECT_TRUE(model->setData(model->index(0, DosesModel::TimeColumn), QStringLiteral("0915")));
    EXPECT_EQ(intakes->intakes().first().time, QTime(9, 15));
}

TEST_F(LogPageTest, changingTheSubstance_bringsItsUnit)
{
    page();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    intakes->addIntakes(
        {{QStringLiteral("Magnesium"), 1, QStringLiteral("mg"), QStringLiteral("citrate"), std::nullopt}});
    DosesModel *model = intakes->model();
    ASSERT_TRUE(model->setData(model->index(0, DosesModel::SubstanceColumn), QStringLiteral("Alcohol")));
    EXPECT_EQ(intakes->intakes().first().unit, QStringLiteral("standard drinks"));
    EXPECT_TRUE(intakes->intakes().first().form.isEmpty());
}

TEST_F(LogPageTest, blankMinutesToFallAsleep_leavesEfficiencyEmpty_andSaysWhatIsMissing)
{
    page();
    SleepDiary s;
    s.inBed = QTime(22, 30);
    s.triedToSleep = QTime(22, 30);
    s.awakenings = 0;
    s.minutesAwake = 0;
    s.finalAwakening = QTime(6, 30);
    s.outOfBed = QTime(6, 30);
    auto *sleep = find<SleepEditor>(QStringLiteral("sleepEditor"));
    sleep->setSleep(s);
    auto *metrics = find<QLabel>(QStringLiteral("sleepMetrics"));
    EXPECT_FALSE(metrics->text().contains(QStringLiteral("100 %"))) << metrics->text().toStdString();
    EXPECT_TRUE(metrics->text().contains(QStringLiteral("need: minutes to fall asleep")))
        << metrics->text().toStdString();
    s.minutesToFallAsleep = 80;
    sleep->setSleep(s);
    EXPECT_TRUE(metrics->text().contains(QStringLiteral("83 %"))) << metrics->text().toStdString();
    EXPECT_FALSE(metrics->text().contains(QStringLiteral("need:")));
}

TEST_F(LogPageTest, irlsTotal_showsItsBand)
{
    page();
    auto *irls = find<QSpinBox>(QStringLiteral("irlsTotal"));
    auto *band = find<QLabel>(QStringLiteral("irlsBand"));
    irls->setValue(22);
    EXPECT_EQ(band->text(), QStringLiteral("severe"));
    irls->setValue(8);
    EXPECT_EQ(band->text(), QStringLiteral("mild"));
    EXPECT_TRUE(band->toolTip().contains(QStringLiteral("31-40 very severe")));
}

TEST_F(LogPageTest, saveThatCannotBeWritten_saysSo_keepsTheForm_writesNothing_andCannotBeUndone)
{
    page();
    QTest::keyClick(find<QWidget>(QStringLiteral("severity")), Qt::Key_6);
    typeInto(QStringLiteral("inBed"), QStringLiteral("22:30")); // last night's sleep: a second night to write
    typeInto(QStringLiteral("note"), QStringLiteral("Words worth keeping."));
    find<IntakesEditor>(QStringLiteral("intakesEditor"))
        ->addIntakes({{QStringLiteral("Iron"), 25, QStringLiteral("mg"), {}, QTime(8, 0)}});
    {
        // Another program breaks the diary underneath the app: any intake written now fails,
        // after both night rows of this save were already written inside its transaction.
        SQLite::Database other(m_diary.path().toStdString(), SQLite::OPEN_READWRITE);
        other.exec("CREATE TRIGGER refuse_intakes BEFORE INSERT ON intake "
                   "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(page().save());

    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("the disk is full")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("still in the form")))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(stored(Tonight).has_value()); // one transaction: neither night, not half of one
    EXPECT_FALSE(stored(LastNight).has_value());
    EXPECT_TRUE(page().isDirty());
    EXPECT_EQ(find<QPlainTextEdit>(QStringLiteral("note"))->toPlainText(), QStringLiteral("Words worth keeping."));
    EXPECT_EQ(find<IntakesEditor>(QStringLiteral("intakesEditor"))->intakes().size(), 1);
    EXPECT_EQ(find<SymptomsEditor>(QStringLiteral("symptomsEditor"))->symptoms().severity, 6);
    auto *undo = page().findChild<QUndoStack *>();
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->count(), 0);
    EXPECT_FALSE(page().undoAction()->isEnabled());
}

TEST_F(LogPageTest, saveDeleteAndUndo_eachReadTheNightListOnce)
{
    page();
    QSignalSpy reloads(find<QAbstractItemView>(QStringLiteral("nightList"))->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(find<QWidget>(QStringLiteral("severity")), Qt::Key_4);
    typeInto(QStringLiteral("inBed"), QStringLiteral("23:00"));
    ASSERT_TRUE(page().save());
    EXPECT_EQ(reloads.count(), 1);
    EXPECT_FALSE(page().isDirty()); // the form holds what is stored now
    EXPECT_TRUE(find<QLabel>(QStringLiteral("nightStamps"))->text().startsWith(QStringLiteral("Logged")));

    reloads.clear();
    page().deleteNight();
    EXPECT_FALSE(stored(Tonight).has_value());
    EXPECT_EQ(reloads.count(), 1);
    EXPECT_EQ(find<QLabel>(QStringLiteral("nightStamps"))->text(), QStringLiteral("Not logged yet"));

    reloads.clear();
    page().undoAction()->trigger();
    EXPECT_EQ(stored(Tonight)->symptoms.severity, 4);
    EXPECT_EQ(reloads.count(), 1);
    EXPECT_EQ(find<SymptomsEditor>(QStringLiteral("symptomsEditor"))->symptoms().severity, 4);
}

TEST_F(LogPageTest, deleteWithUnsavedChanges_deletesTheNight_andTheFormShowsItGone)
{
    ASSERT_TRUE(m_diary.store().saveNight(test::fullNight(LastNight)));
    page().showNight(LastNight);
    typeInto(QStringLiteral("note"), QStringLiteral(" and more"));
    ASSERT_TRUE(page().isDirty());
    page().deleteNight();
    EXPECT_FALSE(stored(LastNight).has_value());
    EXPECT_FALSE(page().isDirty());
    EXPECT_TRUE(find<QPlainTextEdit>(QStringLiteral("note"))->toPlainText().isEmpty());
    EXPECT_EQ(find<QLabel>(QStringLiteral("nightStamps"))->text(), QStringLiteral("Not logged yet"));
}

TEST_F(LogPageTest, undoThatCannotBeWritten_saysSo_andLeavesTheDiaryAsItWas)
{
    page();
    QTest::keyClick(find<QWidget>(QStringLiteral("severity")), Qt::Key_3);
    ASSERT_TRUE(page().save());
    {
        SQLite::Database other(m_diary.path().toStdString(), SQLite::OPEN_READWRITE);
        other.exec("CREATE TRIGGER refuse_deletes BEFORE DELETE ON night "
                   "BEGIN SELECT RAISE(ABORT, 'the diary is read-only now'); END");
    }
    QSignalSpy status(&page(), &LogPage::statusMessage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page().undoAction()->trigger(); // undoing the first save of a night deletes it
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("the diary is read-only now")))
        << MessageBox::lastText().toStdString();
    ASSERT_EQ(status.count(), 1);
    EXPECT_FALSE(status.first().first().toString().startsWith(QStringLiteral("Undone")));
    EXPECT_EQ(stored(Tonight)->symptoms.severity, 3);
}

TEST_F(LogPageTest, kidneyReminderShown_isRememberedWithoutTellingThePagesThePreferencesChanged)
{
    page();
    // A change of preferences rebuilds every trend series; the reminder flag changes nothing shown.
    QSignalSpy preferencesChanged(m_context.get(), &DiaryContext::preferencesChanged);
    find<IntakesEditor>(QStringLiteral("intakesEditor"))
        ->addIntakes(
            {{QStringLiteral("Magnesium"), 200, QStringLiteral("mg"), QStringLiteral("citrate"), QTime(21, 0)}});
    EXPECT_EQ(preferencesChanged.count(), 0);
    EXPECT_TRUE(m_context->preferences().kidneyReminderShown);
    EXPECT_TRUE(loadPreferences(*m_settings).kidneyReminderShown); // kept for the next run
    QStringList notes;
    for (QLabel *label : page().findChildren<QLabel *>(QStringLiteral("guidanceText")))
        notes.append(label->text());
    EXPECT_EQ(notes.filter(QStringLiteral("kidney disease")).size(), 1);
    EXPECT_TRUE(find<QWidget>(QStringLiteral("guidance"))->isVisible());
}

TEST_F(LogPageTest, severityTypedAsOneThenZero_isTen_butZeroAloneIsZero)
{
    page();
    QWidget *severity = find<QWidget>(QStringLiteral("severity"));
    QTest::keyClick(severity, Qt::Key_0);
    EXPECT_EQ(find<SymptomsEditor>(QStringLiteral("symptomsEditor"))->symptoms().severity, 0);
    QTest::keyClick(severity, Qt::Key_1);
    QTest::keyClick(severity, Qt::Key_0);
    EXPECT_EQ(find<SymptomsEditor>(QStringLiteral("symptomsEditor"))->symptoms().severity, 10);
}

TEST_F(LogPageTest, saveOfWhatTheDiaryWritesItsOwnWay_leavesNoUnsavedChanges)
{
    page();
    auto *intakes = find<IntakesEditor>(QStringLiteral("intakesEditor"));
    // The diary stores the catalog's spelling and a trimmed form: the form must show that after Save.
    intakes->addIntakes({{QStringLiteral("Iron"), 25, QStringLiteral("mg"), {}, QTime(8, 0)}});
    DosesModel *model = intakes->model();
    ASSERT_TRUE(model->setData(model->index(0, DosesModel::SubstanceColumn), QStringLiteral("magnesium")));
    ASSERT_TRUE(page().save());
    EXPECT_EQ(stored(Tonight)->intakes.first().substance, QStringLiteral("Magnesium"));
    EXPECT_FALSE(page().isDirty());
    EXPECT_EQ(intakes->intakes().first().substance, QStringLiteral("Magnesium"));
}
