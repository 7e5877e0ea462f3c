// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialresultview.h"

#include "model/catalog.h"
#include "nof1/trialtext.h"
#include "trial/trialblockplot.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rls {
namespace {

QString letter(Condition c)
{
    return c == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
}

QLabel *sentence(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A read-only table with compact rows. `stretch`: the last column takes the width left over
/// (for words); otherwise the table is as wide as its columns and sits beside the chart.
QTableWidget *table(
    const char *name, const QStringList &headers, const QString &accessibleName, bool stretch, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setMinimumSectionSize(t->fontMetrics().height() + 6);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = t->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch) {
        header->setSectionResizeMode(static_cast<int>(headers.size()) - 1, QHeaderView::Stretch);
    } else {
        t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        t->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    return t;
}

/// A cell showing `text`, holding `value` (the figure core computed) for whoever reads it back.
QTableWidgetItem *cell(const QString &text, const QVariant &value = {}, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *figure(const std::optional<double> &value)
{
    if (!value)
        return cell(QStringLiteral("–"), {}, true);
    return cell(QLocale().toString(*value, 'f', 2), *value, true);
}

/// Shows up to `rows` rows without scrolling; more scroll.
void fitRows(QTableWidget *t, int rows)
{
    const int shown = std::clamp(t->rowCount(), 1, rows);
    const int rowHeight = t->verticalHeader()->defaultSectionSize();
    t->setFixedHeight(t->horizontalHeader()->sizeHint().height() + shown * rowHeight + 2 * t->frameWidth());
    if (t->sizeAdjustPolicy() == QAbstractScrollArea::AdjustToContents) {
        // As wide as the columns, and the scroll bar when the rows do not all fit.
        int width = 2 * t->frameWidth();
        for (int c = 0; c < t->columnCount(); ++c)
            width += t->horizontalHeader()->sectionSize(c);
        if (t->rowCount() > rows)
            width += t->verticalScrollBar()->sizeHint().width();
        t->setFixedWidth(width);
    }
}

} // namespace

TrialResultView::TrialResultView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trialResult"));
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(buildAdherenceBox(), 3);
    bottom->addWidget(buildHarmsBox(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildOutcomeBox());
    layout->addLayout(bottom);
}

QWidget *TrialResultView::buildOutcomeBox()
{
    m_outcomeBox = new QGroupBox(tr("Result"), this);
    m_outcome = new QComboBox(m_outcomeBox);
    m_outcome->setObjectName(QStringLiteral("trialOutcomeCombo"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), m_outcomeBox);
    outcomeLabel->setBuddy(m_outcome);
    m_outcomeNote = sentence("trialOutcomeNote", m_outcomeBox);
    m_effect = sentence("trialEffect", m_outcomeBox);
    QFont strong = m_effect->font();
    strong.setBold(true);
    m_effect->setFont(strong);
    m_randomisation = sentence("trialRandomisation", m_outcomeBox);
    m_plot = new TrialBlockPlot(m_outcomeBox);
    m_plot->setObjectName(QStringLiteral("trialBlockPlot"));
    m_plot->setAccessibleName(tr("Mean of each block, A and B in their colours, in the order they ran"));
    m_plot->setMinimumSize(420, 240);
    m_pairs = table("trialPairsTable", {tr("Pair"), tr("A mean"), tr("B mean"), tr("A − B")},
        tr("Pairs of blocks: the A and B means and their difference"), false, m_outcomeBox);
    m_blocks = table("trialBlocksTable", {tr("Block"), tr("Condition"), tr("Nights"), tr("Analysed"), tr("Mean")},
        tr("Blocks: dates, nights analysed after the wash-out, mean"), false, m_outcomeBox);

    auto *choose = new QHBoxLayout;
    choose->addWidget(outcomeLabel);
    choose->addWidget(m_outcome);
    choose->addWidget(m_outcomeNote, 1);
    auto *tables = new QVBoxLayout;
    tables->addWidget(m_pairs);
    tables->addWidget(m_blocks);
    tables->addStretch(1);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_plot, 1);
    figures->addLayout(tables);
    auto *layout = new QVBoxLayout(m_outcomeBox);
    layout->addLayout(choose);
    layout->addWidget(m_effect);
    layout->addWidget(m_randomisation);
    layout->addLayout(figures);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &TrialResultView::showOutcome);
    return m_outcomeBox;
}

QWidget *TrialResultView::buildAdherenceBox()
{
    auto *box = new QGroupBox(tr("Keeping to the plan"), this);
    m_adherenceA = sentence("trialAdherenceA", box);
    m_adherenceB = sentence("trialAdherenceB", box);
    m_broken = table("trialBrokenNights", {tr("Night"), tr("Condition"), tr("What happened")},
        tr("Nights that broke the plan; double-click to open one"), true, box);
    m_broken->setToolTip(tr("Double-click a night to open it in the evening log"));
    m_brokenNone = sentence("trialBrokenNone", box);
    m_brokenNone->setText(tr("No logged night broke the plan."));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_adherenceA);
    layout->addWidget(m_adherenceB);
    layout->addWidget(m_broken);
    layout->addWidget(m_brokenNone);
    layout->addStretch(1);
    connect(m_broken, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_broken->item(row, 0))
            emit openNightRequested(item->data(Qt::UserRole).toDate());
    });
    return box;
}

QWidget *TrialResultView::buildHarmsBox()
{
    auto *box = new QGroupBox(tr("Side effects"), this);
    m_harms = table("trialHarms", {tr("Tag"), tr("A nights"), tr("B nights")},
        tr("Nights tagged with each side effect on A and on B"), false, box);
    m_harmsNote = sentence("trialHarmsNote", box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_harms);
    layout->addWidget(m_harmsNote);
    layout->addStretch(1);
    return box;
}

void TrialResultView::setResult(const TrialPlan &plan, const TrialResult &result)
{
    m_plan = plan;
    m_result = result;
    // An abandoned trial keeps its adherence and has no outcome figures.
    m_outcomeBox->setVisible(result.phase != TrialPhase::Abandoned);
    const int previous = m_outcome->currentIndex();
    {
        const QSignalBlocker block(m_outcome);
        m_outcome->clear();
        m_outcome->addItem(tr("%1 (primary)").arg(outcomeLabel(result.primary.outcome)));
        for (const OutcomeAnalysis &a : result.secondary)
            m_outcome->addItem(tr("%1 (secondary)").arg(outcomeLabel(a.outcome)));
        m_outcome->setCurrentIndex(previous > 0 && previous < m_outcome->count() ? previous : 0);
        m_outcome->setEnabled(m_outcome->count() > 1);
    }
    showOutcome(m_outcome->currentIndex());
    fillAdherence();
    fillHarms();
}

void TrialResultView::showOutcome(int index)
{
    if (index < 0)
        return;
    const bool primary = index == 0;
    const OutcomeAnalysis &analysis = primary ? m_result.primary : m_result.secondary.at(index - 1);
    m_outcomeNote->setText(primary
            ? tr("The primary outcome, declared before the trial: the question it answers.")
            : tr("A secondary outcome, declared before the trial: read it beside %1, the question the trial "
                 "answers.")
                  .arg(inSentence(outcomeLabel(m_result.primary.outcome))));
    m_effect->setText(effectSentence(m_plan, analysis));
    m_randomisation->setText(randomisationSentence(analysis));
    m_plot->setAnalysis(m_plan, analysis);
    fillPairs(analysis);
    fillBlocks(analysis);
}

void TrialResultView::fillPairs(const OutcomeAnalysis &analysis)
{
    m_pairs->setRowCount(static_cast<int>(analysis.pairs.size()));
    for (int row = 0; row < analysis.pairs.size(); ++row) {
        const PairResult &p = analysis.pairs.at(row);
        m_pairs->setItem(row, 0, cell(QString::number(p.pair + 1), p.pair + 1));
        m_pairs->setItem(row, 1, figure(p.aMean));
        m_pairs->setItem(row, 2, figure(p.bMean));
        m_pairs->setItem(row, 3, figure(p.difference));
    }
    fitRows(m_pairs, 5);
}

void TrialResultView::fillBlocks(const OutcomeAnalysis &analysis)
{
    const QLocale locale;
    m_blocks->setRowCount(static_cast<int>(analysis.blocks.size()));
    for (int row = 0; row < analysis.blocks.size(); ++row) {
        const BlockResult &b = analysis.blocks.at(row);
        // A block not run yet has its planned first night and nothing more.
        const QString planned = locale.toString(b.first, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
        const QString dates = b.nights == 0
            ? (m_result.phase == TrialPhase::Stopped ? tr("from %1, not run").arg(planned)
                                                     : tr("from %1, not run yet").arg(planned))
            : tr("%1 – %2").arg(locale.toString(b.first, QCoreApplication::translate("DateFormat", "d MMM")),
                locale.toString(b.last, QCoreApplication::translate("DateFormat", "d MMM yyyy")));
        m_blocks->setItem(row, 0, cell(QString::number(b.block + 1), b.block + 1));
        m_blocks->setItem(row, 1, cell(letter(b.condition)));
        m_blocks->setItem(row, 2, cell(dates));
        m_blocks->setItem(row, 3,
            b.nights == 0 ? cell(QStringLiteral("–"), b.analysed, true)
                          : cell(tr("%1 of %2").arg(b.analysed).arg(b.nights), b.analysed, true));
        m_blocks->setItem(row, 4, figure(b.mean));
        m_blocks->item(row, 1)->setToolTip(conditionLabel(m_plan, b.condition));
    }
    fitRows(m_blocks, 8);
}

void TrialResultView::fillAdherence()
{
    m_adherenceA->setText(adherenceSentence(m_plan, Condition::A, m_result.adherenceA));
    m_adherenceB->setText(adherenceSentence(m_plan, Condition::B, m_result.adherenceB));
    const QLocale locale;
    m_broken->setRowCount(0);
    for (const NightAdherence &n : m_result.nights) {
        if (n.adherence != Adherence::BrokePlan)
            continue;
        const int row = m_broken->rowCount();
        m_broken->insertRow(row);
        m_broken->setItem(
            row, 0, cell(locale.toString(n.date, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy")), n.date));
        m_broken->setItem(row, 1, cell(n.washout ? tr("%1 (wash-out)").arg(letter(n.condition)) : letter(n.condition)));
        m_broken->item(row, 1)->setToolTip(conditionLabel(m_plan, n.condition));
        m_broken->setItem(row, 2, cell(n.why));
    }
    const bool any = m_broken->rowCount() > 0;
    m_broken->setVisible(any);
    m_brokenNone->setVisible(!any);
    fitRows(m_broken, 5);
}

void TrialResultView::fillHarms()
{
    m_harms->setRowCount(static_cast<int>(m_result.harms.size()));
    for (int row = 0; row < m_result.harms.size(); ++row) {
        const HarmCount &h = m_result.harms.at(row);
        m_harms->setItem(row, 0, cell(h.tag));
        m_harms->setItem(row, 1, cell(tr("%1 of %2").arg(h.nightsA).arg(m_result.loggedA), h.nightsA, true));
        m_harms->setItem(row, 2, cell(tr("%1 of %2").arg(h.nightsB).arg(m_result.loggedB), h.nightsB, true));
    }
    fitRows(m_harms, 4);
    m_harmsNote->setText(tr("Logged nights tagged %1 on A and on B, wash-out nights included. Tag a night with "
                            "one of them in the evening log when it happens.")
                             .arg(sideEffectTags().join(QStringLiteral(", "))));
}

} // namespace rls
