// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialblockplot.h"

#include "model/catalog.h"
#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rls {
namespace {

// Okabe & Ito (2008), as on the Trends chart: blue and vermillion are the pair people with the
// common colour-vision deficiencies tell apart best. Blue is too dark on a dark background, so
// sky blue takes its place there, and vermillion is lifted as the severity line is.
const QColor Blue(0x00, 0x72, 0xB2);
const QColor SkyBlue(0x56, 0xB4, 0xE9);
const QColor Vermillion(0xD5, 0x5E, 0x00);
const QColor LiftedVermillion(0xF0, 0x7A, 0x2A);

// The width of a bar, in blocks.
constexpr double BarWidth = 0.66;
// Room above the highest bar for its value and the pair labels, as a share of the scale.
constexpr double Headroom = 1.22;
// Dates under the block numbers while they fit: about 70 px a block on an A4 page.
constexpr int MaxDatedBlocks = 12;

QColor colourOf(Condition condition, bool dark)
{
    if (condition == Condition::A)
        return dark ? SkyBlue : Blue;
    return dark ? LiftedVermillion : Vermillion;
}

QString letterOf(Condition condition)
{
    return condition == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
}

// The top of the scale the outcome is rated on, or of the values seen when it has none.
double scaleTop(Outcome outcome, double highest)
{
    switch (outcome) {
    case Outcome::Severity: return 10;
    case Outcome::SleepQuality: return 5;
    case Outcome::SleepEfficiency: return 100;
    case Outcome::SleepLatency: return std::max(30.0, std::ceil(highest / 10) * 10);
    case Outcome::Onset: return std::max(12.0, std::ceil(highest));
    }
    return std::max(1.0, highest);
}

// Why a block has no mean, in a few words for the note under the chart.
QString whyEmpty(const TrialPlan &plan, const BlockResult &block)
{
    if (plan.state == TrialState::Abandoned)
        return QObject::tr("not analysed: the trial was abandoned");
    if (block.nights == 0) {
        return plan.state == TrialState::Stopped ? QObject::tr("not run: the trial was stopped")
                                                 : QObject::tr("not run yet");
    }
    return QObject::tr("no night with a value after the wash-out");
}

// "3, 5-9": block numbers (ascending) with runs of three or more joined, so that the note of a
// long trial stays one line.
QString runsText(const QList<int> &numbers, const QLocale &locale)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            parts.append(QStringLiteral("%1-%2").arg(locale.toString(numbers.at(i)), locale.toString(numbers.at(j))));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts.append(locale.toString(numbers.at(k)));
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QCPItemPosition *placeOn(QCPItemPosition *position, QCustomPlot *plot, double key, double ratioY)
{
    position->setAxes(plot->xAxis, plot->yAxis);
    position->setAxisRect(plot->axisRect());
    position->setTypeX(QCPItemPosition::ptPlotCoords);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setCoords(key, ratioY);
    return position;
}

} // namespace

TrialBlockPlot::TrialBlockPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_barsA(new QCPBars(xAxis, yAxis))
    , m_barsB(new QCPBars(xAxis, yAxis))
    , m_note(new QCPTextElement(this))
{
    setObjectName(QStringLiteral("trialBlockPlot"));
    setAccessibleName(tr("Block means of the trial"));
    setMinimumSize(360, 240);
    // A handful of bars: nothing here is dense enough to cost time (docs/chart-speed), so the
    // chart is redrawn whole and antialiased.
    m_barsA->setWidth(BarWidth);
    m_barsB->setWidth(BarWidth);
    m_barsA->setObjectName(QStringLiteral("barsA"));
    m_barsB->setObjectName(QStringLiteral("barsB"));

    // The legend in a row of its own above the bars, where it hides none of them.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactors({0.01, 1.0});
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst); // A and B side by side: one row
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(22, 12);
    legend->setMargins(QMargins(4, 2, 4, 2));
    m_note->setLayer(QStringLiteral("axes"));
    m_note->setTextFlags(Qt::AlignLeft);
    m_note->setMargins(QMargins(8, 2, 8, 4));

    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 4);
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setSubGridVisible(false);
    applyColours(screenColours(palette()));
}

TrialBlockPlot::Colours TrialBlockPlot::screenColours(const QPalette &palette)
{
    Colours c;
    c.dark = palette.color(QPalette::Base).lightness() < 128;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.axis = c.text;
    c.axis.setAlpha(170);
    c.grid = c.text;
    c.grid.setAlpha(c.dark ? 45 : 35);
    return c;
}

TrialBlockPlot::Colours TrialBlockPlot::printColours()
{
    return {Qt::white, Qt::black, QColor(0x40, 0x40, 0x40), QColor(0, 0, 0, 35), false};
}

void TrialBlockPlot::setAnalysis(const TrialPlan &plan, const OutcomeAnalysis &analysis)
{
    m_plan = plan;
    m_analysis = analysis;
    rebuild();
}

void TrialBlockPlot::setPrintColours(bool print)
{
    m_print = print;
    applyColours(print ? printColours() : screenColours(palette()));
}

QString TrialBlockPlot::emptyNote() const
{
    return plotLayout()->hasElement(plotLayout()->rowCount() - 1, 0)
            && plotLayout()->element(plotLayout()->rowCount() - 1, 0) == m_note
        ? m_note->text()
        : QString();
}

void TrialBlockPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (!m_print && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyColours(screenColours(palette()));
}

void TrialBlockPlot::applyColours(const Colours &c)
{
    m_colours = c;
    setBackground(c.background);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        const QPen pen(c.axis, 0);
        axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
        axis->setTickLabelColor(c.text);
        axis->setLabelColor(c.text);
        axis->grid()->setPen(QPen(c.grid, 0, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    legend->setBrush(c.background);
    legend->setTextColor(c.text);
    m_note->setTextColor(c.text);
    // A is filled; B is a lighter fill in a strong outline, so the two differ in grey too.
    const QColor a = colourOf(Condition::A, c.dark);
    const QColor b = colourOf(Condition::B, c.dark);
    m_barsA->setPen(QPen(a, 1));
    m_barsA->setBrush(a);
    QColor lightB = b;
    lightB.setAlpha(110);
    m_barsB->setPen(QPen(b, 2));
    m_barsB->setBrush(lightB);
    rebuild();
}

void TrialBlockPlot::clearMarks()
{
    for (QCPAbstractItem *item : std::as_const(m_marks))
        removeItem(item);
    m_marks.clear();
}

void TrialBlockPlot::rebuild()
{
    clearMarks();
    const TrialPlan &plan = m_plan;
    const OutcomeAnalysis &analysis = m_analysis;
    const QLocale loc = locale();
    m_barsA->setName(conditionLabel(plan, Condition::A));
    m_barsB->setName(conditionLabel(plan, Condition::B));
    // The scale in brackets on a line of its own: a short chart (a long trial's page) has room
    // for the label's length only in two lines.
    QString valueLabel = outcomeLabel(analysis.outcome);
    if (const qsizetype bracket = valueLabel.lastIndexOf(QStringLiteral(" (")); bracket > 0)
        valueLabel[bracket] = u'\n';
    yAxis->setLabel(valueLabel);
    xAxis->setLabel(plan.blockCount() <= MaxDatedBlocks ? tr("Block, condition, first night") : tr("Block, condition"));

    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    QVector<double> keysA, meansA, keysB, meansB;
    QStringList described;
    QMap<QString, QList<int>> emptyBlocks; // why -> block numbers
    const int blocks = plan.blockCount();
    for (int b = 0; b < blocks; ++b) {
        const double key = b + 1;
        const auto found = std::find_if(
            analysis.blocks.cbegin(), analysis.blocks.cend(), [b](const BlockResult &r) { return r.block == b; });
        const BlockResult block = found != analysis.blocks.cend()
            ? *found
            : BlockResult {b, b / 2, conditionOfBlock(plan, b), {}, {}, 0, 0, std::nullopt};
        const QString letter = letterOf(block.condition);
        QString label = QStringLiteral("%1 %2").arg(loc.toString(b + 1), letter);
        if (blocks <= MaxDatedBlocks && block.first.isValid())
            label += u'\n' + loc.toString(block.first, QCoreApplication::translate("DateFormat", "d MMM"));
        ticks->addTick(key, label);

        QString about = tr("Block %1, %2").arg(loc.toString(b + 1), letter);
        if (block.first.isValid() && block.nights > 0)
            about += tr(", %1 to %2")
                         .arg(loc.toString(block.first, QCoreApplication::translate("DateFormat", "d MMM yyyy")),
                             loc.toString(block.last, QCoreApplication::translate("DateFormat", "d MMM yyyy")));
        if (block.mean) {
            (block.condition == Condition::A ? keysA : keysB).append(key);
            (block.condition == Condition::A ? meansA : meansB).append(*block.mean);
            const QString value = loc.toString(*block.mean, 'f', 1);
            auto *text = new QCPItemText(this);
            text->position->setAxes(xAxis, yAxis);
            text->position->setCoords(key, *block.mean);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setPadding(QMargins(0, 0, 0, 3));
            text->setText(value);
            text->setColor(m_colours.text);
            text->setClipToAxisRect(false);
            addMark(text);
            about += block.analysed == 1 ? tr(": mean %1 over 1 night").arg(value)
                                         : tr(": mean %1 over %2 nights").arg(value, loc.toString(block.analysed));
        } else {
            const QString why = whyEmpty(plan, block);
            emptyBlocks[why].append(b + 1);
            // An empty dashed box where the bar would stand, so a missing block is seen as missing.
            auto *box = new QCPItemRect(this);
            placeOn(box->topLeft, this, key - BarWidth / 2, 0.82);
            placeOn(box->bottomRight, this, key + BarWidth / 2, 1.0);
            const QColor outline = colourOf(block.condition, m_colours.dark);
            box->setPen(QPen(outline, 1, Qt::DashLine));
            box->setBrush(Qt::NoBrush);
            addMark(box);
            auto *dash = new QCPItemText(this);
            placeOn(dash->position, this, key, 0.91);
            dash->setText(QStringLiteral("–"));
            dash->setColor(m_colours.text);
            addMark(dash);
            about += tr(": no mean (%1)").arg(why);
        }
        described.append(about);
    }
    m_barsA->setData(keysA, meansA, true);
    m_barsB->setData(keysB, meansB, true);
    xAxis->setTicker(ticks);
    xAxis->setRange(0.4, blocks + 0.6);

    // The pairs: a thin line between them and each pair's order above it.
    for (int p = 0; p < plan.pairs; ++p) {
        const double middle = 2 * p + 1.5;
        auto *pairText = new QCPItemText(this);
        placeOn(pairText->position, this, middle, 0.0);
        pairText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        pairText->setPadding(QMargins(0, 3, 0, 0));
        const QString order = p < plan.order.size() ? orderText({plan.order.at(p)}) : QString();
        pairText->setText(tr("Pair %1 %2").arg(loc.toString(p + 1), order).trimmed());
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        pairText->setFont(small);
        pairText->setColor(m_colours.axis);
        addMark(pairText);
        if (p == 0)
            continue;
        auto *line = new QCPItemLine(this);
        placeOn(line->start, this, 2 * p + 0.5, 0.0);
        placeOn(line->end, this, 2 * p + 0.5, 1.0);
        line->setPen(QPen(m_colours.grid, 1, Qt::DotLine));
        addMark(line);
    }
    showRange();

    QStringList notes;
    for (auto it = emptyBlocks.cbegin(); it != emptyBlocks.cend(); ++it) {
        const QString which = it.value().size() == 1 ? tr("block %1") : tr("blocks %1");
        notes.append(tr("%1 (%2)").arg(which.arg(runsText(it.value(), loc)), it.key()));
    }
    showNote(notes.isEmpty() ? QString() : tr("Without a mean: %1.").arg(notes.join(QStringLiteral("; "))));

    QString outcome = outcomeLabel(analysis.outcome);
    if (!outcome.isEmpty())
        if (lowercaseInSentences())
            outcome[0] = outcome.at(0).toLower(); // "symptom severity (0-10)" inside the sentence
    setAccessibleName(tr("Block means of %1, wash-out nights left out").arg(outcome));
    setAccessibleDescription(described.join(QStringLiteral("; ")) + u'.');
    replot(rpQueuedReplot);
}

void TrialBlockPlot::showRange()
{
    double lowest = std::numeric_limits<double>::max();
    double highest = 0;
    for (const BlockResult &b : std::as_const(m_analysis.blocks)) {
        if (b.mean) {
            lowest = std::min(lowest, *b.mean);
            highest = std::max(highest, *b.mean);
        }
    }
    const double top = scaleTop(m_analysis.outcome, highest);
    // Onset is hours after 06:00: the bars stand on a floor near the earliest mean, not at 06:00.
    double bottom = 0;
    if (m_analysis.outcome == Outcome::Onset)
        bottom = lowest <= highest ? std::max(0.0, std::floor(lowest) - 2) : 6;
    yAxis->setRange(bottom, bottom + (top - bottom) * Headroom);
    m_barsA->setBaseValue(bottom);
    m_barsB->setBaseValue(bottom);
}

void TrialBlockPlot::showNote(const QString &note)
{
    const int last = plotLayout()->rowCount() - 1;
    const bool shown = plotLayout()->hasElement(last, 0) && plotLayout()->element(last, 0) == m_note;
    m_note->setText(note);
    if (note.isEmpty() && shown) {
        plotLayout()->take(m_note);
        plotLayout()->simplify();
    } else if (!note.isEmpty() && !shown) {
        plotLayout()->insertRow(plotLayout()->rowCount());
        plotLayout()->addElement(plotLayout()->rowCount() - 1, 0, m_note);
        plotLayout()->setRowStretchFactors({0.01, 1.0, 0.01}); // legend, bars, note
    }
}

} // namespace rls
