// SPDX-License-Identifier: GPL-3.0-or-later
// Personal trials through their widgets, on a real diary file with a fixed clock: the plan dialog,
// the Trial page's result read back against core's analyseTrial on the same diary, the page's
// Pause/Resume, Stop early and Abandon, and the window's ways in.
#include "insights/insightspage.h"
#include "nof1/trialtext.h"
#include "session/diarycontext.h"
#include "shared/filedialog.h"
#include "shared/messagebox.h"
#include "shell/mainwindow.h"
#include "support/tabs.h"
#include "support/tempdiary.h"
#include "trial/trialblockplot.h"
#include "trial/trialpage.h"
#include "trial/trialplandialog.h"
#include "trial/trialplanning.h"
#include "trial/trialresultview.h"
#include "trial/trialstrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace rls;

namespace {

// 20:00 on 23 Nov 2026: tonight is the night of the 23rd.
const QDateTime Evening(QDate(2026, 11, 23), QTime(20, 0));
const QDate Tonight = Evening.date();
const QDate FirstNight = Tonight.addDays(1);

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

struct TrialDiary {
    TrialDiary()
        : settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , context(std::make_unique<DiaryContext>(diary.store(), false, settings))
    {
        context->setClock([this] { return now; });
    }

    QList<TrialPlan> trials()
    {
        auto stored = diary.store().trials();
        EXPECT_TRUE(stored) << stored.error().message.toStdString();
        return stored ? stored.value() : QList<TrialPlan>();
    }
    /// The clock at 20:00 on the evening of `night`.
    void setTonight(QDate night) { now = QDateTime(night, QTime(20, 0)); }

    test::TempDiary diary;
    QSettings settings;
    QDateTime now = Evening;
    std::unique_ptr<DiaryContext> context;
};

/// Fills in the plan dialog as a person would: 7-night blocks, 2 pairs, 2 wash-out nights, from
/// tomorrow night, sleep quality as a secondary outcome; the rest as the dialog suggests.
void fillShortPlan(TrialPlanDialog &dialog)
{
    child<QSpinBox>(&dialog, "trialBlockNights")->setValue(7);
    child<QSpinBox>(&dialog, "trialPairs")->setValue(2);
    child<QSpinBox>(&dialog, "trialWashout")->setValue(2);
    child<QDateEdit>(&dialog, "trialStart")->setDate(FirstNight);
    for (QCheckBox *box : child<QWidget>(&dialog, "trialSecondary")->findChildren<QCheckBox *>()) {
        if (box->text() == outcomeLabel(Outcome::SleepQuality))
            box->setChecked(true);
    }
}

TrialPlan planShortTrial(TrialDiary &f)
{
    TrialPlanDialog dialog(*f.context);
    fillShortPlan(dialog);
    child<QPushButton>(&dialog, "trialConfirm")->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << child<QLabel>(&dialog, "trialPlanProblem")->text().toStdString();
    EXPECT_TRUE(dialog.stored().has_value());
    return dialog.stored().value_or(TrialPlan());
}

/// Logs every night of the trial: A nights with the planned magnesium and severity about 3, B
/// nights without and about 6. On one A night after the wash-out the dose was forgotten, and one
/// A night is tagged with diarrhoea.
QList<Night> logTrialNights(DiaryStore &store, const TrialPlan &plan, QDate *forgotten)
{
    QList<Night> nights;
    bool forgot = false;
    bool harmed = false;
    for (QDate d = plan.start; d <= plannedLastNight(plan, d); d = d.addDays(1)) {
        const auto place = trialNightOf(plan, d);
        if (!place)
            continue;
        Night n;
        n.date = d;
        const bool onA = place->condition == Condition::A;
        n.symptoms.severity = (onA ? 3 : 6) + (place->nightInBlock % 3) - 1;
        n.sleep.quality = onA ? 4 : 3;
        if (onA && !forgot && !place->washout) {
            forgot = true; // forgotten: no intake this night
            *forgotten = d;
        } else if (onA) {
            n.intakes.append(plan.doseA);
        }
        if (onA && !harmed && place->washout) {
            harmed = true;
            n.tags.append(QStringLiteral("diarrhoea"));
        }
        nights.append(n);
    }
    EXPECT_TRUE(store.saveNights(nights));
    return nights;
}

} // namespace

TEST(TrialPlanDialog, startsFromASensibleMagnesiumPlan_andShowsItAsAStrip)
{
    TrialDiary f;
    TrialPlanDialog dialog(*f.context);
    EXPECT_EQ(child<QComboBox>(&dialog, "trialSubstance")->currentText(), substances::Magnesium);
    EXPECT_EQ(child<QDoubleSpinBox>(&dialog, "trialDoseA")->value(), 200);
    EXPECT_EQ(child<QComboBox>(&dialog, "trialForm")->currentText(), QStringLiteral("glycinate"));
    EXPECT_EQ(child<QLabel>(&dialog, "trialUnitA")->text(), QStringLiteral("mg elemental"));
    EXPECT_TRUE(child<QRadioButton>(&dialog, "trialBNone")->isChecked());
    EXPECT_EQ(child<QDateEdit>(&dialog, "trialStart")->date(), FirstNight);

    const TrialPlan plan = dialog.plan();
    EXPECT_EQ(plan.blockNights, 14);
    EXPECT_EQ(plan.pairs, 3);
    EXPECT_EQ(plan.washoutNights, 3);
    EXPECT_EQ(plan.primary, Outcome::Severity);
    EXPECT_EQ(plan.doseA.time, QTime(21, 0));
    EXPECT_FALSE(plan.doseB.has_value());
    EXPECT_EQ(plan.order, randomisedOrder(dialog.seed(), 3));
    EXPECT_TRUE(validatePlan(plan).isEmpty()) << validatePlan(plan).join(u' ').toStdString();

    auto *strip = child<TrialStrip>(&dialog, "trialPlanStrip");
    EXPECT_EQ(strip->spans().size(), 6);
    const QString summary = child<QLabel>(&dialog, "trialPlanSummary")->text();
    EXPECT_TRUE(summary.contains(orderText(plan.order))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("84 nights"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QString::number(dialog.seed()))) << summary.toStdString();
    EXPECT_TRUE(child<QLabel>(&dialog, "trialPlanFixed")->text().contains(QStringLiteral("cannot be changed")));

    // The strip and the sentence follow the fields.
    child<QSpinBox>(&dialog, "trialPairs")->setValue(2);
    EXPECT_EQ(strip->spans().size(), 4);
    EXPECT_TRUE(child<QLabel>(&dialog, "trialPlanSummary")->text().contains(QStringLiteral("56 nights")));
    // The primary outcome cannot also be a secondary one: it is not offered.
    const QList<QCheckBox *> secondary = child<QWidget>(&dialog, "trialSecondary")->findChildren<QCheckBox *>();
    EXPECT_EQ(secondary.size(), allOutcomes().size());
    for (const QCheckBox *box : secondary)
        EXPECT_EQ(box->isHidden(), box->text() == outcomeLabel(Outcome::Severity)) << box->text().toStdString();
}

TEST(TrialPlanDialog, confirm_storesThePlanWithItsSeedAndOrder)
{
    TrialDiary f;
    QSignalSpy changed(f.context.get(), &DiaryContext::trialsChanged);
    TrialPlanDialog dialog(*f.context);
    fillShortPlan(dialog);
    const quint64 first = dialog.seed();
    child<QPushButton>(&dialog, "trialRedraw")->click();
    EXPECT_NE(dialog.seed(), first);
    EXPECT_TRUE(child<QLabel>(&dialog, "trialPlanSummary")->text().contains(QString::number(dialog.seed())));
    child<QPushButton>(&dialog, "trialConfirm")->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << child<QLabel>(&dialog, "trialPlanProblem")->text().toStdString();

    const QList<TrialPlan> trials = f.trials();
    ASSERT_EQ(trials.size(), 1);
    const TrialPlan &stored = trials.first();
    EXPECT_GT(stored.id, 0);
    EXPECT_EQ(stored.seed, dialog.seed());
    EXPECT_EQ(stored.order, randomisedOrder(dialog.seed(), 2));
    EXPECT_EQ(stored.blockNights, 7);
    EXPECT_EQ(stored.pairs, 2);
    EXPECT_EQ(stored.washoutNights, 2);
    EXPECT_EQ(stored.start, FirstNight);
    EXPECT_EQ(stored.doseA.substance, substances::Magnesium);
    EXPECT_EQ(stored.doseA.amount, 200);
    EXPECT_EQ(stored.doseA.form, QStringLiteral("glycinate"));
    EXPECT_EQ(stored.secondary, QList<Outcome>({Outcome::SleepQuality}));
    EXPECT_EQ(stored.state, TrialState::Active);
    EXPECT_EQ(changed.count(), 1);
}

TEST(TrialPlanDialog, aPlanCoreRefuses_isExplainedInTheDialog_andNothingIsStored)
{
    TrialDiary f;
    TrialPlanDialog dialog(*f.context);
    child<QRadioButton>(&dialog, "trialBLower")->setChecked(true);
    child<QDoubleSpinBox>(&dialog, "trialDoseB")->setValue(250); // more than A's 200 mg
    child<QPushButton>(&dialog, "trialConfirm")->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *problem = child<QLabel>(&dialog, "trialPlanProblem");
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("The dose in B must be lower than the dose in A")))
        << problem->text().toStdString();
    EXPECT_TRUE(f.trials().isEmpty());

    child<QDoubleSpinBox>(&dialog, "trialDoseB")->setValue(100);
    EXPECT_TRUE(problem->isHidden()); // the message goes once the fields change
    child<QPushButton>(&dialog, "trialConfirm")->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(f.trials().size(), 1);
    ASSERT_TRUE(f.trials().first().doseB.has_value());
    EXPECT_EQ(f.trials().first().doseB->amount, 100);
}

TEST(TrialPage, noTrial_explainsWhatOneIs_andOffersToPlanOne)
{
    TrialDiary f;
    TrialPage page(*f.context);
    page.show();
    auto *text = child<QLabel>(&page, "trialExplanation");
    EXPECT_TRUE(text->isVisible());
    EXPECT_TRUE(text->text().contains(QStringLiteral("doctor")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("random")));
    auto *plan = child<QPushButton>(&page, "trialPlanButton");
    EXPECT_TRUE(plan->isEnabled());
    QSignalSpy asked(f.context.get(), &DiaryContext::planTrialRequested);
    plan->click();
    EXPECT_EQ(asked.count(), 1);
}

TEST(TrialPage, finishedTrial_showsTheResultCoreComputesFromTheSameDiary)
{
    TrialDiary f;
    const TrialPlan planned = planShortTrial(f);
    QDate forgotten;
    logTrialNights(f.diary.store(), planned, &forgotten);
    const QDate last = plannedLastNight(planned, FirstNight);
    f.setTonight(last.addDays(2));

    TrialPage page(*f.context);
    page.resize(1280, 760);
    page.show();
    ASSERT_TRUE(page.plan().has_value());
    const TrialPlan plan = f.trials().first();
    const QDate today = f.now.date();
    const QList<Night> nights = f.diary.store().loadRange(plan.start, last).value();
    const TrialResult expected = analyseTrial(plan, nights, f.diary.store().substances().value(), today);
    ASSERT_EQ(expected.primary.completePairs, 2);

    EXPECT_EQ(child<QLabel>(&page, "trialPhase")->text(), trialPhaseSentence(plan, expected, today));
    EXPECT_TRUE(child<QLabel>(&page, "trialPhase")->text().startsWith(QStringLiteral("Finished")));
    EXPECT_TRUE(child<QLabel>(&page, "trialConditions")->text().contains(QStringLiteral("B: no magnesium")));

    // The pairs: A mean, B mean and their difference, as core computed them.
    auto *pairs = child<QTableWidget>(&page, "trialPairsTable");
    ASSERT_EQ(pairs->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const PairResult &p = expected.primary.pairs.at(row);
        ASSERT_TRUE(p.difference.has_value());
        EXPECT_DOUBLE_EQ(pairs->item(row, 3)->data(Qt::UserRole).toDouble(), *p.difference);
        EXPECT_EQ(pairs->item(row, 3)->text(), QLocale().toString(*p.difference, 'f', 2));
        EXPECT_DOUBLE_EQ(pairs->item(row, 1)->data(Qt::UserRole).toDouble(), *p.aMean);
        EXPECT_DOUBLE_EQ(pairs->item(row, 2)->data(Qt::UserRole).toDouble(), *p.bMean);
        EXPECT_LT(*p.difference, 0); // less severe on A, as logged
    }
    auto *blocks = child<QTableWidget>(&page, "trialBlocksTable");
    ASSERT_EQ(blocks->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        const BlockResult &b = expected.primary.blocks.at(row);
        EXPECT_EQ(
            blocks->item(row, 1)->text(), b.condition == Condition::A ? QStringLiteral("A") : QStringLiteral("B"));
        EXPECT_EQ(blocks->item(row, 3)->data(Qt::UserRole).toInt(), b.analysed);
        EXPECT_DOUBLE_EQ(blocks->item(row, 4)->data(Qt::UserRole).toDouble(), b.mean.value_or(-1));
    }

    EXPECT_EQ(child<QLabel>(&page, "trialEffect")->text(), effectSentence(plan, expected.primary));
    const QString randomisation = child<QLabel>(&page, "trialRandomisation")->text();
    EXPECT_EQ(randomisation, randomisationSentence(expected.primary));
    EXPECT_TRUE(randomisation.contains(QStringLiteral("0.5"))) << randomisation.toStdString();
    EXPECT_TRUE(randomisation.contains(QStringLiteral("With 2 pairs"))) << randomisation.toStdString();
    EXPECT_EQ(page.resultView()->plot()->barsA()->data()->size(), 2);

    // Adherence, and the one night that broke the plan.
    EXPECT_EQ(
        child<QLabel>(&page, "trialAdherenceA")->text(), adherenceSentence(plan, Condition::A, expected.adherenceA));
    EXPECT_EQ(
        child<QLabel>(&page, "trialAdherenceB")->text(), adherenceSentence(plan, Condition::B, expected.adherenceB));
    EXPECT_EQ(expected.adherenceA.brokePlan, 1);
    auto *broken = child<QTableWidget>(&page, "trialBrokenNights");
    ASSERT_EQ(broken->rowCount(), 1);
    EXPECT_EQ(broken->item(0, 0)->data(Qt::UserRole).toDate(), forgotten);
    EXPECT_TRUE(broken->item(0, 2)->text().contains(QStringLiteral("took none")))
        << broken->item(0, 2)->text().toStdString();
    QSignalSpy open(f.context.get(), &DiaryContext::openNightRequested);
    emit broken->cellDoubleClicked(0, 2);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toDate(), forgotten);

    // Side effects per condition.
    auto *harms = child<QTableWidget>(&page, "trialHarms");
    bool found = false;
    for (int row = 0; row < harms->rowCount(); ++row) {
        if (harms->item(row, 0)->text() != QStringLiteral("diarrhoea"))
            continue;
        found = true;
        EXPECT_EQ(harms->item(row, 1)->text(), QStringLiteral("1 of %1").arg(expected.loggedA));
        EXPECT_EQ(harms->item(row, 2)->text(), QStringLiteral("0 of %1").arg(expected.loggedB));
    }
    EXPECT_TRUE(found);

    // The secondary outcome, labelled so.
    auto *outcome = child<QComboBox>(&page, "trialOutcomeCombo");
    ASSERT_EQ(outcome->count(), 2);
    EXPECT_TRUE(outcome->itemText(1).contains(QStringLiteral("secondary")));
    outcome->setCurrentIndex(1);
    ASSERT_EQ(expected.secondary.size(), 1);
    EXPECT_EQ(child<QLabel>(&page, "trialEffect")->text(), effectSentence(plan, expected.secondary.first()));
    EXPECT_TRUE(child<QLabel>(&page, "trialOutcomeNote")->text().contains(QStringLiteral("secondary")));

    // A finished trial is no longer ongoing: another can be planned.
    EXPECT_TRUE(child<QPushButton>(&page, "trialPlanNewButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&page, "trialPauseButton")->isVisible());
}

TEST(TrialPage, pauseResumeStopAndAbandon_changeTheStoredState)
{
    TrialDiary f;
    planShortTrial(f);
    f.setTonight(FirstNight.addDays(3));
    TrialPage page(*f.context);
    page.show();
    auto *pause = child<QPushButton>(&page, "trialPauseButton");
    auto *stop = child<QPushButton>(&page, "trialStopButton");
    auto *abandon = child<QPushButton>(&page, "trialAbandonButton");
    ASSERT_TRUE(pause->isEnabled());

    pause->click();
    TrialPlan stored = f.trials().first();
    EXPECT_EQ(stored.state, TrialState::Paused);
    ASSERT_EQ(stored.pauses.size(), 1);
    EXPECT_EQ(stored.pauses.first().from, f.now.date());
    EXPECT_FALSE(stored.pauses.first().until.isValid());
    EXPECT_EQ(pause->text(), QStringLiteral("&Resume"));
    EXPECT_TRUE(child<QLabel>(&page, "trialPhase")->text().startsWith(QStringLiteral("Paused")));

    f.setTonight(FirstNight.addDays(5)); // the window stayed open: the click acts on the new tonight
    pause->click();
    stored = f.trials().first();
    EXPECT_EQ(stored.state, TrialState::Active);
    ASSERT_EQ(stored.pauses.size(), 1);
    EXPECT_EQ(stored.pauses.first().until, f.now.date());

    MessageBox::setNextAnswer(QMessageBox::No);
    stop->click();
    EXPECT_EQ(f.trials().first().state, TrialState::Active);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    stop->click();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cannot be undone")));
    stored = f.trials().first();
    EXPECT_EQ(stored.state, TrialState::Stopped);
    EXPECT_EQ(stored.endedOn, f.now.date());
    EXPECT_TRUE(child<QLabel>(&page, "trialPhase")->text().startsWith(QStringLiteral("Stopped early")));

    // Stopped, it no longer holds the evenings: a second trial can be planned, and abandoned.
    f.setTonight(FirstNight.addDays(6));
    planShortTrial(f); // its first night is clamped to tonight, the earliest the dialog allows
    ASSERT_EQ(f.trials().size(), 2);
    page.reload();
    EXPECT_EQ(page.plan()->id, f.trials().last().id);
    ASSERT_TRUE(abandon->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    abandon->click();
    stored = f.trials().last();
    EXPECT_EQ(stored.state, TrialState::Abandoned);
    EXPECT_EQ(stored.endedOn, f.now.date());
    EXPECT_EQ(f.trials().first().state, TrialState::Stopped);
}

TEST(TrialPlanning, aSecondTrialWhileOneIsOngoing_isRefusedEverywhere)
{
    TrialDiary f;
    planShortTrial(f);
    const QString closed = planningClosedReason(*f.context);
    EXPECT_TRUE(closed.contains(QStringLiteral("under way"))) << closed.toStdString();

    TrialPage page(*f.context);
    page.show();
    auto *planNew = child<QPushButton>(&page, "trialPlanNewButton");
    EXPECT_FALSE(planNew->isEnabled());
    EXPECT_EQ(planNew->toolTip(), closed);

    // A dialog opened anyway: the store refuses, the dialog says so, nothing is stored.
    TrialPlanDialog dialog(*f.context);
    fillShortPlan(dialog);
    child<QDateEdit>(&dialog, "trialStart")->setDate(FirstNight.addDays(60));
    child<QPushButton>(&dialog, "trialConfirm")->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(child<QLabel>(&dialog, "trialPlanProblem")->isHidden());
    EXPECT_FALSE(child<QLabel>(&dialog, "trialPlanProblem")->text().isEmpty());
    EXPECT_EQ(f.trials().size(), 1);
}

TEST(TrialPlanning, theWindow_hasATrialTabAfterInsights_andItsWaysInOpenTheDialogOrSayWhyNot)
{
    test::TempDiary diary;
    QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    MainWindow window(diary.store(), false, settings);
    window.context().setClock([] { return Evening; });
    window.show();
    auto *pages = child<QTabWidget>(&window, "pages");
    const int insightsTab = test::tabNamed(*pages, QStringLiteral("Insights"));
    const int trialTab = test::tabNamed(*pages, QStringLiteral("Trial"));
    EXPECT_EQ(trialTab, insightsTab + 1);
    EXPECT_EQ(window.findChild<TrialPage *>(), nullptr); // built when first shown
    bool shortcut = false;
    for (QAction *a : window.findChildren<QAction *>())
        shortcut |= a->text() == QStringLiteral("Trial") && a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_5);
    EXPECT_TRUE(shortcut);

    auto *action = child<QAction>(&window, "planTrialAction");
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<TrialPlanDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    fillShortPlan(*dialog);
    child<QPushButton>(dialog, "trialConfirm")->click();
    EXPECT_EQ(pages->currentIndex(), trialTab); // the new plan is shown
    auto *trial = window.findChild<TrialPage *>();
    ASSERT_NE(trial, nullptr);
    EXPECT_EQ(diary.store().trials().value().size(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The page's export button writes the one-page report through the window.
    const QString pdf = diary.dir() + QStringLiteral("/trial.pdf");
    FileDialog::setNextFileName(pdf);
    child<QPushButton>(trial, "trialExportButton")->click();
    EXPECT_GT(QFileInfo(pdf).size(), 0);

    // One trial at a time: the menu and the Insights button are closed and say why.
    EXPECT_FALSE(action->isEnabled());
    EXPECT_TRUE(action->toolTip().contains(QStringLiteral("under way")));
    pages->setCurrentIndex(insightsTab);
    auto *insightsButton = child<QPushButton>(window.findChild<InsightsPage *>(), "planTrialButton");
    EXPECT_FALSE(insightsButton->isEnabled());
    EXPECT_TRUE(insightsButton->toolTip().contains(QStringLiteral("under way")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.context().requestPlanTrial();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("under way")));
    EXPECT_EQ(window.findChild<TrialPlanDialog *>(), nullptr);
}

TEST(TrialPlanning, insightsButton_opensThePlanDialog_andAReadOnlyDiaryClosesPlanning)
{
    test::TempDiary diary;
    {
        QSettings settings(diary.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        MainWindow window(diary.store(), false, settings);
        window.context().setClock([] { return Evening; });
        window.show();
        auto *pages = child<QTabWidget>(&window, "pages");
        pages->setCurrentIndex(test::tabNamed(*pages, QStringLiteral("Insights")));
        auto *insights = window.findChild<InsightsPage *>();
        auto *button = child<QPushButton>(insights, "planTrialButton");
        ASSERT_TRUE(button->isEnabled());
        button->click();
        auto *dialog = window.findChild<TrialPlanDialog *>();
        ASSERT_NE(dialog, nullptr);
        dialog->reject();
    }
    diary.close();
    auto readOnly = DiaryStore::open(diary.path(), {.access = Access::ReadOnly});
    ASSERT_TRUE(readOnly) << readOnly.error().message.toStdString();
    QSettings settings(diary.dir() + QStringLiteral("/settings-ro.ini"), QSettings::IniFormat);
    MainWindow window(*readOnly.value(), false, settings);
    window.show();
    auto *action = child<QAction>(&window, "planTrialAction");
    EXPECT_FALSE(action->isEnabled());
    EXPECT_TRUE(action->toolTip().contains(QStringLiteral("read-only")));
    auto *pages = child<QTabWidget>(&window, "pages");
    pages->setCurrentIndex(test::tabNamed(*pages, QStringLiteral("Insights")));
    EXPECT_FALSE(child<QPushButton>(window.findChild<InsightsPage *>(), "planTrialButton")->isEnabled());
}
