// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialpage.h"

#include "findings/insights.h"
#include "model/catalog.h"
#include "nof1/trialtext.h"
#include "session/diarycontext.h"
#include "shared/errormarks.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"
#include "trial/trialplanning.h"
#include "trial/trialresultview.h"
#include "trial/trialstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rls {
namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TrialPage::TrialPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("trialPage"));
    m_emptyView = buildEmptyView();
    m_trialView = buildTrialView();
    m_stack->addWidget(m_emptyView);
    m_stack->addWidget(m_trialView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(&context, &DiaryContext::nightsChanged, this, markStale);
    connect(&context, &DiaryContext::trialsChanged, this, markStale);
    connect(&context, &DiaryContext::diaryReplaced, this, markStale);
    connect(&context, &DiaryContext::preferencesChanged, this, markStale);
}

QWidget *TrialPage::buildEmptyView()
{
    auto *view = new QWidget(this);
    auto *text = paragraph("trialExplanation", view);
    text->setText(tr("A personal trial (an N-of-1 trial) tests whether something helps you, not people on average: "
                     "you alternate blocks of nights on a dose (A) with blocks on none of it or less (B), in an "
                     "order drawn at random for each pair of blocks, and decide beforehand what you will measure. "
                     "Comparing the blocks, with a test that allows for the random order, can show cause and effect "
                     "for you, where the diary's other comparisons show only what goes together. It informs and "
                     "does not diagnose: talk the plan and its result over with your doctor, and never change a "
                     "prescribed medicine without them."));
    auto *steps = paragraph("trialSteps", view);
    steps->setText(tr("<ol style=\"margin-left: 0\">"
                      "<li>Plan it here: the dose on A nights and on B nights, how long a block lasts, how many "
                      "pairs, and the outcome that answers the question. The order of each pair is drawn at "
                      "random, and the plan is fixed once you confirm it.</li>"
                      "<li>Each evening the evening log says whether tonight is an A or a B night: take what it "
                      "says and log the night as usual.</li>"
                      "<li>The result grows here as the pairs complete: the difference between A and B with its "
                      "interval, a randomisation test, how closely the plan was kept, and any side effects. "
                      "Export it as a one-page PDF for your doctor.</li></ol>"));
    m_planEmpty = new QPushButton(tr("&Plan a personal trial…"), view);
    m_planEmpty->setObjectName(QStringLiteral("trialPlanButton"));
    connect(m_planEmpty, &QPushButton::clicked, &m_context, &DiaryContext::requestPlanTrial);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_planEmpty);
    buttonRow->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addWidget(heading(tr("Personal trials"), view));
    column->addWidget(text);
    column->addSpacing(4);
    column->addWidget(steps);
    column->addSpacing(8);
    column->addLayout(buttonRow);
    column->addStretch(1);
    auto *columnWidget = new QWidget(view);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(720);
    columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(view);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(columnWidget, 3);
    layout->addStretch(1);
    return view;
}

QWidget *TrialPage::buildTrialView()
{
    auto *content = new QWidget;
    m_title = heading({}, content);
    m_title->setObjectName(QStringLiteral("trialTitle"));
    m_phase = paragraph("trialPhase", content);
    m_conditions = paragraph("trialConditions", content);
    m_error = ErrorMarks::makeLabel(content);
    m_error->setObjectName(QStringLiteral("trialError"));
    m_strip = new TrialStrip(content);
    m_notYet = paragraph("trialNotYet", content);
    m_resultView = new TrialResultView(content);
    connect(m_resultView, &TrialResultView::openNightRequested, &m_context, &DiaryContext::requestOpenNight);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(buildActions(content));
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(titleRow);
    layout->addWidget(m_phase);
    layout->addWidget(m_conditions);
    layout->addWidget(m_error);
    layout->addSpacing(4);
    layout->addWidget(m_strip);
    layout->addWidget(m_notYet);
    layout->addWidget(m_resultView);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("trialScroll"));
    // A stop of its own: the arrow keys scroll the results, which are mostly words and figures.
    scroll->setAccessibleName(tr("Trial plan and results"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

QWidget *TrialPage::buildActions(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    m_pause = new QPushButton(tr("&Pause"), bar);
    m_pause->setObjectName(QStringLiteral("trialPauseButton"));
    m_stop = new QPushButton(tr("&Stop early…"), bar);
    m_stop->setObjectName(QStringLiteral("trialStopButton"));
    m_stop->setToolTip(tr("End the trial tonight and analyse it as it stands"));
    m_abandon = new QPushButton(tr("A&bandon…"), bar);
    m_abandon->setObjectName(QStringLiteral("trialAbandonButton"));
    m_abandon->setToolTip(tr("Give the trial up: it stays in the diary but is not analysed"));
    m_export = new QPushButton(tr("E&xport trial report (PDF)…"), bar);
    m_export->setObjectName(QStringLiteral("trialExportButton"));
    m_export->setToolTip(tr("A one-page PDF of the plan and the result, for your doctor"));
    m_planNew = new QPushButton(tr("Plan a ne&w trial…"), bar);
    m_planNew->setObjectName(QStringLiteral("trialPlanNewButton"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pause);
    row->addWidget(m_stop);
    row->addWidget(m_abandon);
    row->addSpacing(16);
    row->addWidget(m_export);
    row->addWidget(m_planNew);
    connect(m_pause, &QPushButton::clicked, this, &TrialPage::pauseOrResume);
    connect(m_stop, &QPushButton::clicked, this, &TrialPage::stopEarly);
    connect(m_abandon, &QPushButton::clicked, this, &TrialPage::abandon);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_plan)
            emit exportReportRequested(*m_plan);
    });
    connect(m_planNew, &QPushButton::clicked, &m_context, &DiaryContext::requestPlanTrial);
    return bar;
}

void TrialPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // "Tonight" moves on while the window stays open: a trial may have started or finished.
    if (m_stale || trialTonight(m_context) != m_today)
        reload();
}

void TrialPage::reload()
{
    m_stale = false;
    m_today = trialTonight(m_context);
    m_error->hide();
    m_plan.reset();
    m_result = {};
    DiaryStore &store = m_context.store();
    const auto trials = store.trials();
    if (trials)
        m_plan = latestTrial(trials.value(), m_today);
    if (!m_plan) {
        m_stack->setCurrentWidget(m_emptyView);
        if (!trials)
            m_planEmpty->setToolTip(trials.error().message);
        updateActions();
        return;
    }
    if (auto catalog = store.substances())
        m_catalog = std::move(catalog).value();
    QList<Night> nights;
    const QDate last = std::max(m_plan->start, plannedLastNight(*m_plan, m_today));
    if (auto loaded = store.loadRange(m_plan->start, last))
        nights = std::move(loaded).value();
    else
        showError(loaded.error().message);
    m_result = analyseTrial(*m_plan, nights, m_catalog, m_today);
    showTrial();
}

void TrialPage::showTrial()
{
    const TrialPlan &plan = *m_plan;
    const QLocale locale;
    m_stack->setCurrentWidget(m_trialView);
    m_title->setText(tr("Personal trial of %1").arg(inSentence(plan.substance())));
    m_phase->setText(trialPhaseSentence(plan, m_result, m_today));
    m_conditions->setText(conditionsText());
    m_strip->setPlan(plan, m_today);
    const bool started = m_result.phase != TrialPhase::NotStarted;
    m_notYet->setVisible(!started);
    m_notYet->setText(tr("The result appears here once the trial's nights are logged: each evening, take what the "
                         "evening log's trial line says and log the night as usual."));
    m_resultView->setVisible(started);
    if (started)
        m_resultView->setResult(plan, m_result);
    updateActions();
}

QString TrialPage::conditionsText() const
{
    const TrialPlan &plan = *m_plan;
    QStringList secondary;
    for (Outcome o : plan.secondary)
        secondary.append(inSentence(outcomeLabel(o)));
    QString design = tr("%1 blocks of %2 nights in the order %3 (drawn at random, seed %4)")
                         .arg(plan.blockCount())
                         .arg(plan.blockNights)
                         .arg(orderText(plan.order), QString::number(plan.seed));
    if (plan.washoutNights > 0)
        design += plan.washoutNights == 1 ? tr(", the first night of each a wash-out")
                                          : tr(", the first %1 nights of each a wash-out").arg(plan.washoutNights);
    QString outcomes = tr("Primary outcome: %1").arg(inSentence(outcomeLabel(plan.primary)));
    if (!secondary.isEmpty())
        outcomes += tr("; secondary: %1").arg(secondary.join(QStringLiteral(", ")));
    return QStringLiteral("<b>%1</b> &nbsp;·&nbsp; <b>%2</b><br>%3. %4.")
        .arg(conditionLabel(plan, Condition::A).toHtmlEscaped(), conditionLabel(plan, Condition::B).toHtmlEscaped(),
            design.toHtmlEscaped(), outcomes.toHtmlEscaped());
}

void TrialPage::updateActions()
{
    const QString closed = planningClosedReason(m_context);
    for (QPushButton *plan : {m_planEmpty, m_planNew}) {
        plan->setEnabled(closed.isEmpty());
        plan->setToolTip(closed.isEmpty() ? tr("Plan a randomised trial of a dose, night by night") : closed);
    }
    const TrialPhase phase = m_result.phase;
    const bool ongoing = m_plan && isOngoing(*m_plan, m_today);
    const bool readOnly = m_context.store().isReadOnly();
    for (QPushButton *b : {m_pause, m_stop, m_abandon})
        b->setVisible(ongoing);
    m_pause->setText(phase == TrialPhase::Paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(phase == TrialPhase::Paused ? tr("Go on with the trial from tonight, where the block stopped")
            : phase == TrialPhase::NotStarted       ? tr("The trial has not started yet")
                                                    : tr("Stop the trial's clock from tonight, e.g. for an illness "
                                                               "or a journey; the block goes on where it stopped"));
    m_pause->setEnabled(!readOnly && (phase == TrialPhase::Running || phase == TrialPhase::Paused));
    m_stop->setEnabled(!readOnly && (phase == TrialPhase::Running || phase == TrialPhase::Paused));
    m_abandon->setEnabled(!readOnly && ongoing);
    m_export->setEnabled(m_plan.has_value());
}

bool TrialPage::ongoingTonight()
{
    // A window left open overnight: act on tonight, not on the night the page was read.
    if (trialTonight(m_context) != m_today)
        reload();
    return m_plan && isOngoing(*m_plan, m_today);
}

void TrialPage::pauseOrResume()
{
    if (!ongoingTonight())
        return;
    TrialPlan changed = *m_plan;
    if (m_result.phase == TrialPhase::Paused) {
        if (!changed.pauses.isEmpty() && !changed.pauses.last().until.isValid()) {
            // Paused and resumed on the same night: no night was left out.
            if (changed.pauses.last().from >= m_today)
                changed.pauses.removeLast();
            else
                changed.pauses.last().until = m_today;
        }
        changed.state = TrialState::Active;
    } else {
        changed.pauses.append({m_today, QDate()});
        changed.state = TrialState::Paused;
    }
    writeState(changed);
}

void TrialPage::stopEarly()
{
    if (!ongoingTonight())
        return;
    const int pairs = m_result.primary.completePairs;
    const QString text = tr("The trial ends tonight and is analysed as it stands: %1 of %2 nights, %3 so far, "
                            "labelled as stopped early. This cannot be undone.")
                             .arg(m_result.nightsRun)
                             .arg(m_plan->totalNights())
                             .arg(pairs == 1 ? tr("1 complete pair") : tr("%1 complete pairs").arg(pairs));
    if (MessageBox::question(this, tr("Stop the trial early?"), text) != QMessageBox::Yes)
        return;
    TrialPlan changed = *m_plan;
    changed.state = TrialState::Stopped;
    changed.endedOn = m_today;
    writeState(changed);
}

void TrialPage::abandon()
{
    if (!ongoingTonight())
        return;
    const QString text = tr("The trial stays in the diary but is not analysed, and the evening log no longer "
                            "follows it. This cannot be undone.");
    if (MessageBox::question(this, tr("Abandon the trial?"), text) != QMessageBox::Yes)
        return;
    TrialPlan changed = *m_plan;
    changed.state = TrialState::Abandoned;
    changed.endedOn = m_today;
    writeState(changed);
}

void TrialPage::writeState(const TrialPlan &changed)
{
    if (auto written = m_context.store().updateTrialState(changed); !written) {
        showError(tr("The trial could not be changed: %1").arg(written.error().message));
        return;
    }
    m_error->hide();
    m_context.notifyTrialsChanged();
    if (!isVisible())
        reload(); // a hidden page waits for showEvent otherwise; the buttons were just used
}

void TrialPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace rls
