// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/insightspage.h"

#include "analysis/rangepreset.h"
#include "findings/insightsjson.h"
#include "guidance/guidance.h"
#include "insights/forestplot.h"
#include "insights/labplot.h"
#include "model/catalog.h"
#include "model/nightdate.h"
#include "model/trialplan.h"
#include "session/diarycontext.h"
#include "shared/messagebox.h"
#include "storage/diarystore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace rls {
namespace {

QString unitOf(Outcome o)
{
    switch (o) {
    case Outcome::SleepEfficiency: return QCoreApplication::translate("InsightsPage", "percentage points");
    case Outcome::SleepLatency: return QCoreApplication::translate("InsightsPage", "minutes");
    case Outcome::Onset: return QCoreApplication::translate("InsightsPage", "hours");
    default: return QCoreApplication::translate("InsightsPage", "points");
    }
}

} // namespace

InsightsPage::InsightsPage(DiaryContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plot(new ForestPlot(this))
    , m_labs(new LabPlot(this))
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_watch(new QLabel(this))
{
    setObjectName(QStringLiteral("insightsPage"));
    m_list->setObjectName(QStringLiteral("insightList"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Findings, one sentence per factor"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_heading->setObjectName(QStringLiteral("insightsHeading"));
    m_heading->setWordWrap(true);
    m_watch->setObjectName(QStringLiteral("augmentationNote"));
    m_watch->setWordWrap(true);
    m_watch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_watch->setFrameShape(QFrame::StyledPanel);
    m_watch->setMargin(6);
    auto *caveat = new QLabel(insightsCaveat(), this);
    caveat->setObjectName(QStringLiteral("insightsCaveat"));
    caveat->setWordWrap(true);
    m_planTrial = new QPushButton(tr("Test it properly: &plan a personal trial…"), this);
    m_planTrial->setObjectName(QStringLiteral("planTrialButton"));
    connect(m_planTrial, &QPushButton::clicked, &context, &DiaryContext::requestPlanTrial);
    auto *caveatRow = new QHBoxLayout;
    caveatRow->addWidget(caveat, 1);
    caveatRow->addWidget(m_planTrial, 0, Qt::AlignVCenter);
    m_plot->setMinimumHeight(220);
    m_plot->setMinimumWidth(560); // the factor names and the axis label stay whole beside the lab chart

    m_labs->setMinimumWidth(320);
    m_labs->hide();
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_plot);
    top->addWidget(m_labs);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_heading);
    layout->addWidget(m_watch);
    layout->addWidget(splitter, 1);
    layout->addLayout(caveatRow);

    connect(m_plot, &ForestPlot::factorClicked, this, &InsightsPage::selectFactor);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < m_insights.size();
        if (valid)
            m_plot->selectFactor(m_insights.at(row).factor);
        m_showOnTrends->setEnabled(valid && !m_insights.at(row).nightsWith.isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, &InsightsPage::showOnTrends);
    connect(&context, &DiaryContext::nightsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&context, &DiaryContext::preferencesChanged, this, [this] { m_stale = true; });
    connect(&context, &DiaryContext::trialsChanged, this, &InsightsPage::updatePlanTrial);
    connect(&context, &DiaryContext::diaryReplaced, this, &InsightsPage::updatePlanTrial);
}

QWidget *InsightsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_outcome = new QComboBox(bar);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (Outcome o : allOutcomes())
        m_outcome->addItem(outcomeLabel(o), static_cast<int>(o));
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("4 weeks"), static_cast<int>(RangePreset::FourWeeks));
    m_range->addItem(tr("3 months"), static_cast<int>(RangePreset::ThreeMonths));
    m_range->addItem(tr("6 months"), static_cast<int>(RangePreset::SixMonths));
    m_range->addItem(tr("1 year"), static_cast<int>(RangePreset::OneYear));
    m_range->addItem(tr("All"), static_cast<int>(RangePreset::All));
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(RangePreset::All)));
    m_dose = new QSpinBox(bar);
    m_dose->setObjectName(QStringLiteral("magnesiumDoseSpin"));
    m_dose->setRange(25, 1000);
    m_dose->setSingleStep(25);
    m_dose->setValue(300);
    m_dose->setSuffix(tr(" mg"));
    m_dose->setToolTip(tr("Nights with at least this much elemental magnesium are compared with the others"));
    m_showOnTrends = new QPushButton(tr("&Show on Trends"), bar);
    m_showOnTrends->setObjectName(QStringLiteral("showOnTrends"));
    m_showOnTrends->setToolTip(tr("Mark the nights of the selected finding on the Trends chart"));
    m_showOnTrends->setEnabled(false);
    auto *how = new QPushButton(tr("How to read &this"), bar);
    how->setObjectName(QStringLiteral("howToRead"));

    auto *outcomeLabelWidget = new QLabel(tr("&Outcome:"), bar);
    outcomeLabelWidget->setBuddy(m_outcome);
    auto *rangeLabel = new QLabel(tr("&Range:"), bar);
    rangeLabel->setBuddy(m_range);
    auto *doseLabel = new QLabel(tr("Magnesium &dose at least:"), bar);
    doseLabel->setBuddy(m_dose);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(outcomeLabelWidget);
    row->addWidget(m_outcome);
    row->addSpacing(12);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);
    row->addSpacing(12);
    row->addWidget(doseLabel);
    row->addWidget(m_dose);
    row->addStretch(1);
    row->addWidget(m_showOnTrends);
    row->addWidget(how);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &InsightsPage::recompute);
    connect(m_range, &QComboBox::currentIndexChanged, this, &InsightsPage::recompute);
    connect(m_dose, &QSpinBox::valueChanged, this, &InsightsPage::recompute);
    connect(how, &QPushButton::clicked, this, &InsightsPage::showHowToRead);
    connect(m_showOnTrends, &QPushButton::clicked, this, &InsightsPage::showOnTrends);
    return bar;
}

void InsightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    updatePlanTrial(); // a trial may have finished since: its end is a date
}

void InsightsPage::reload()
{
    m_stale = false;
    m_nights.clear();
    DiaryStore &store = m_context.store();
    if (auto loaded = m_context.allNights())
        m_nights = std::move(loaded).value();
    if (auto catalog = store.substances())
        m_catalog = std::move(catalog).value();
    if (auto tags = store.tags())
        m_tags = std::move(tags).value();
    const auto labs = store.labResults();
    m_labs->setVisible(labs && m_labs->setResults(labs.value()));
    recompute();
}

void InsightsPage::recompute()
{
    m_list->clear();
    m_insights.clear();
    if (m_nights.isEmpty()) {
        m_heading->setText(tr("No nights logged yet: the findings appear once there is something to compare."));
        m_plot->setInsights({}, {});
        m_watch->hide();
        return;
    }
    const auto outcome = static_cast<Outcome>(m_outcome->currentData().toInt());
    const auto preset = static_cast<RangePreset>(m_range->currentData().toInt());
    InsightOptions options;
    options.to = m_nights.constLast().date;
    options.from = std::max(presetStart(preset, m_nights.constFirst().date, options.to), m_nights.constFirst().date);
    options.caffeineAfter = caffeineCutoff(m_nights, m_context.preferences().caffeineAfter);
    options.tags = m_tags;
    for (const Intake &dose : m_context.preferences().regimen)
        options.regimenSubstances.append(dose.substance);
    options.regimenSubstances.removeDuplicates();
    options.magnesiumDoseMg = m_dose->value();
    m_insights = computeInsights(m_nights, m_catalog, outcome, options);
    m_watch->show();
    const QLocale locale;
    m_heading->setText(tr("%1 from %2 to %3. Each line compares nights with and without one factor.")
                           .arg(outcomeLabel(outcome), locale.toString(options.from, QLocale::ShortFormat),
                               locale.toString(options.to, QLocale::ShortFormat)));
    for (const Insight &i : m_insights)
        m_list->addItem(i.sentence);
    m_plot->setInsights(m_insights, unitOf(outcome));
    // The watch looks at the newest nights whatever range the comparisons use.
    m_augmentation = augmentationWatch(m_nights, m_catalog, m_nights.constLast().date);
    const bool signal = m_augmentation.state == AugmentationState::Signal;
    m_watch->setText(signal
            ? tr("<b>Worth discussing with your doctor.</b> %1<br><small>Source: %2</small>")
                  .arg(augmentationSentence(m_augmentation).toHtmlEscaped(), m_augmentation.source.toHtmlEscaped())
            : augmentationSentence(m_augmentation).toHtmlEscaped());
}

void InsightsPage::selectFactor(const QString &factor)
{
    for (qsizetype i = 0; i < m_insights.size(); ++i) {
        if (m_insights.at(i).factor == factor)
            m_list->setCurrentRow(static_cast<int>(i));
    }
}

void InsightsPage::showOnTrends()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_insights.size())
        return;
    const Insight &i = m_insights.at(row);
    m_context.requestShowNights(i.nightsWith, tr("Nights compared: %1").arg(i.factorLabel));
}

void InsightsPage::updatePlanTrial()
{
    DiaryStore &store = m_context.store();
    const QDate today = tonight(m_context.now(), m_context.preferences().daySplitHour);
    const auto trials = store.trials();
    const auto ongoing = trials ? ongoingTrial(trials.value(), today) : std::nullopt;
    QString closed;
    if (store.isReadOnly())
        closed = tr("This diary is open read-only, so no trial can be planned in it.");
    else if (!trials)
        closed = trials.error().message;
    else if (ongoing)
        closed = tr("A trial of %1 is under way: one trial at a time. See the Trial page.")
                     .arg(inSentence(ongoing->substance()));
    m_planTrial->setEnabled(closed.isEmpty());
    m_planTrial->setToolTip(closed.isEmpty()
            ? tr("These comparisons show what goes together. A personal trial, with blocks of nights on and off "
                 "in a random order, can show whether a dose helps you.")
            : closed);
}

void InsightsPage::showHowToRead()
{
    MessageBox::information(this, tr("How to read the insights"), insightsHowToRead());
}

} // namespace rls
