// SPDX-License-Identifier: GPL-3.0-or-later
#include "trial/trialstrip.h"

#include "shared/contrast.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rls {
namespace {

constexpr qreal BlockGap = 2; // between the two blocks of a pair
constexpr qreal PairGap = 8; // between pairs, so that the pairs read as pairs
constexpr qreal Swatch = 14;
constexpr qreal LegendSpacing = 18;

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
        float(a.greenF() * share + b.greenF() * (1 - share)), float(a.blueF() * share + b.blueF() * (1 - share)));
}

QFont smaller(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(9, int(font.pixelSize() * 0.9)));
    return font;
}

QString letter(Condition c)
{
    return c == Condition::A ? QStringLiteral("A") : QStringLiteral("B");
}

} // namespace

TrialStrip::TrialStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trialStrip"));
    setAccessibleName(tr("Plan of the trial: blocks of A and B nights with their dates"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QColor TrialStrip::conditionColour(Condition condition, const QPalette &palette)
{
    // Okabe & Ito (2008), as TrialBlockPlot draws them.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (condition == Condition::A)
        return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    return dark ? QColor(0xF0, 0x7A, 0x2A) : QColor(0xD5, 0x5E, 0x00);
}

QColor TrialStrip::blockFill(Condition condition) const
{
    const QColor colour = conditionColour(condition, palette());
    return condition == Condition::A ? colour : mix(colour, palette().color(QPalette::Base), 0.43);
}

void TrialStrip::setPlan(const TrialPlan &plan, QDate today)
{
    m_plan = plan;
    m_today = today;
    m_spans = blockSpans(plan, today);
    m_marker.reset();
    const TrialPhase phase = phaseOf(plan, today);
    if (phase == TrialPhase::Running) {
        if (const auto night = trialNightOf(plan, today))
            m_marker = Marker {night->index + 0.5, tr("tonight")};
    } else if (phase == TrialPhase::Paused && !plan.pauses.isEmpty()) {
        m_marker = Marker {qreal(nightsBefore(plan.pauses.last().from)), tr("paused")};
    }
    m_nightsRun = -1;
    if (plan.state == TrialState::Stopped && plan.endedOn.isValid())
        m_nightsRun = nightsBefore(plan.endedOn.addDays(1));
    updateDescription();
    updateGeometry();
    update();
}

int TrialStrip::nightsBefore(QDate date) const
{
    for (QDate d = date.addDays(-1); d >= m_plan->start; d = d.addDays(-1)) {
        if (const auto night = trialNightOf(*m_plan, d))
            return night->index + 1;
    }
    return 0;
}

void TrialStrip::clear()
{
    m_plan.reset();
    m_spans.clear();
    m_marker.reset();
    setAccessibleDescription({});
    updateGeometry();
    update();
}

TrialStrip::Rows TrialStrip::rows() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smaller(font()));
    Rows r;
    r.marker = m_marker ? small.height() + 6 : 0;
    r.bar = std::round(fm.height() * 2);
    r.dates = small.height() + (m_marker ? 12 : 6); // below the marker's lower triangle
    return r;
}

QList<TrialStrip::LegendItem> TrialStrip::legend() const
{
    QList<LegendItem> items;
    if (!m_plan)
        return items;
    items.append({conditionLabel(*m_plan, Condition::A), Condition::A});
    items.append({conditionLabel(*m_plan, Condition::B), Condition::B});
    if (m_plan->washoutNights > 0)
        items.append(
            {m_plan->washoutNights == 1 ? tr("wash-out: the first night of each block, recorded but not analysed")
                                        : tr("wash-out: the first %1 nights of each block, recorded but not analysed")
                                              .arg(m_plan->washoutNights),
                std::nullopt, true});
    if (m_nightsRun >= 0)
        items.append({tr("not run: stopped early"), Condition::A, false, true});
    if (m_plan->state == TrialState::Abandoned)
        items.append({tr("abandoned: kept, not analysed"), Condition::A, false, true});
    return items;
}

QList<QRectF> TrialStrip::legendRects(qreal width, qreal top) const
{
    const QFontMetricsF fm(font());
    const qreal lineHeight = std::max<qreal>(fm.height(), Swatch) + 4;
    QList<QRectF> rects;
    qreal x = 0;
    qreal y = top;
    for (const LegendItem &item : legend()) {
        const qreal w = Swatch + 6 + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRectF(x, y, std::min(w, width), lineHeight));
        x += w + LegendSpacing;
    }
    return rects;
}

int TrialStrip::heightForWidth(int width) const
{
    const Rows r = rows();
    const qreal top = r.marker + r.bar + r.dates;
    const QList<QRectF> rects = legendRects(width, top);
    return int(std::ceil(rects.isEmpty() ? top : rects.last().bottom()));
}

QSize TrialStrip::sizeHint() const
{
    return {640, heightForWidth(640)};
}

QSize TrialStrip::minimumSizeHint() const
{
    const int blocks = m_plan ? m_plan->blockCount() : 4;
    const int width = blocks * 18 + int(PairGap) * blocks / 2;
    return {width, heightForWidth(std::max(width, this->width()))};
}

QRectF TrialStrip::blockRect(int block, qreal width) const
{
    const int blocks = m_plan->blockCount();
    const int pairs = m_plan->pairs;
    const qreal gaps = pairs * BlockGap + (pairs - 1) * PairGap;
    const qreal w = (width - gaps) / blocks;
    const qreal x = block * w + (block / 2) * (BlockGap + PairGap) + (block % 2) * BlockGap;
    const Rows r = rows();
    return QRectF(x, r.marker, w, r.bar);
}

void TrialStrip::paintEvent(QPaintEvent *)
{
    if (!m_plan || m_plan->blockCount() == 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int b = 0; b < m_plan->blockCount(); ++b)
        paintBlock(painter, b, blockRect(b, width()));
    const Rows r = rows();
    paintDates(painter, r.marker + r.bar);
    if (m_marker)
        paintMarker(painter);
    paintLegend(painter, r.marker + r.bar + r.dates);
}

void TrialStrip::paintBlock(QPainter &painter, int block, const QRectF &rect) const
{
    const Condition condition = conditionOfBlock(*m_plan, block);
    const QColor base = palette().color(QPalette::Base);
    const QColor ink = conditionColour(condition, palette());
    const QColor fill = blockFill(condition);
    const QColor faded = mix(fill, base, 0.3);
    const bool abandoned = m_plan->state == TrialState::Abandoned;
    const qreal nightWidth = rect.width() / m_plan->blockNights;
    const int firstNight = block * m_plan->blockNights;
    // Nights a stopped trial never reached are drawn faded, as is an abandoned trial.
    const int runInBlock = abandoned ? 0
        : m_nightsRun < 0            ? m_plan->blockNights
                                     : std::clamp(m_nightsRun - firstNight, 0, m_plan->blockNights);
    const qreal runRight = rect.left() + runInBlock * nightWidth;
    const qreal washRight = rect.left() + m_plan->washoutNights * nightWidth;
    const QRectF wash(rect.left(), rect.top(), washRight - rect.left(), rect.height());

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(rect, faded);
    if (runInBlock > 0) {
        const QRectF run(rect.left(), rect.top(), runRight - rect.left(), rect.height());
        painter.fillRect(run, fill);
        const QRectF runWash = run.intersected(wash);
        if (!runWash.isEmpty()) {
            painter.fillRect(runWash, mix(fill, base, 0.45));
            painter.fillRect(runWash, QBrush(ink, Qt::BDiagPattern));
        }
    }
    const QRectF unrunWash = wash.intersected(QRectF(runRight, rect.top(), rect.right() - runRight, rect.height()));
    if (!unrunWash.isEmpty())
        painter.fillRect(unrunWash, QBrush(mix(ink, base, 0.4), Qt::BDiagPattern));
    const qreal outline = condition == Condition::B ? 2 : 1;
    painter.setPen(QPen(runInBlock > 0 ? ink : mix(ink, base, 0.4), outline));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));

    // The letter over the analysed nights, where it is not drawn over the hatching.
    const QFontMetricsF fm(font());
    const QString wide = tr("Block %1 · %2").arg(block + 1).arg(letter(condition));
    QRectF textRect(washRight, rect.top(), rect.right() - washRight, rect.height());
    if (textRect.width() < fm.horizontalAdvance(letter(condition)) + 4)
        textRect = rect;
    const QString text = textRect.width() >= fm.horizontalAdvance(wide) + 8 ? wide : letter(condition);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(readableOn(runInBlock > 0 ? fill : faded));
    painter.drawText(textRect, Qt::AlignCenter, text);
    painter.restore();
}

void TrialStrip::paintDates(QPainter &painter, qreal top) const
{
    const QLocale locale;
    painter.save();
    painter.setFont(smaller(font()));
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetricsF fm(painter.font());
    top += m_marker ? 8 : 2;
    const QString lastText
        = locale.toString(m_spans.last().last, QCoreApplication::translate("DateFormat", "d MMM yyyy"));
    const qreal lastLeft = width() - fm.horizontalAdvance(lastText);
    painter.drawText(QRectF(lastLeft, top, fm.horizontalAdvance(lastText) + 1, fm.height()), lastText);
    qreal previousRight = -1e9;
    for (const BlockSpan &span : m_spans) {
        const QString text = locale.toString(span.first,
            span.block == 0 ? QCoreApplication::translate("DateFormat", "d MMM yyyy")
                            : QCoreApplication::translate("DateFormat", "d MMM"));
        const qreal x = blockRect(span.block, width()).left();
        const qreal w = fm.horizontalAdvance(text);
        if (x < previousRight + 8 || x + w > lastLeft - 8)
            continue;
        painter.drawText(QRectF(x, top, w + 1, fm.height()), text);
        previousRight = x + w;
    }
    painter.restore();
}

void TrialStrip::paintMarker(QPainter &painter) const
{
    const qreal night = m_marker->night;
    // A pause between two blocks is marked at the end of the first.
    const int block = std::clamp(int(std::ceil(night / m_plan->blockNights)) - 1, 0, m_plan->blockCount() - 1);
    const QRectF rect = blockRect(block, width());
    const qreal x = rect.left() + (night - block * m_plan->blockNights) * rect.width() / m_plan->blockNights;
    const QColor ink = palette().color(QPalette::WindowText);
    painter.save();
    painter.setFont(smaller(font()));
    const QFontMetricsF fm(painter.font());
    const QString &text = m_marker->text;
    const qreal w = fm.horizontalAdvance(text);
    const qreal left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
    painter.setPen(ink);
    painter.drawText(QRectF(left, 0, w + 1, fm.height()), text);
    // Triangles above and below the bar, so that no line crosses the block's label.
    const qreal top = rows().marker;
    const qreal bottom = rect.bottom();
    QPainterPath arrows;
    arrows.moveTo(x - 5, top - 7);
    arrows.lineTo(x + 5, top - 7);
    arrows.lineTo(x, top);
    arrows.closeSubpath();
    arrows.moveTo(x - 5, bottom + 7);
    arrows.lineTo(x + 5, bottom + 7);
    arrows.lineTo(x, bottom);
    arrows.closeSubpath();
    painter.fillPath(arrows, ink);
    painter.restore();
}

void TrialStrip::paintLegend(QPainter &painter, qreal top) const
{
    const QList<LegendItem> items = legend();
    const QList<QRectF> rects = legendRects(width(), top);
    painter.save();
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetricsF fm(font());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QRectF r = rects.at(i);
        const QRectF swatch(r.left(), r.center().y() - Swatch / 2, Swatch, Swatch);
        paintSwatch(painter, swatch, items.at(i));
        const QRectF textRect(swatch.right() + 6, r.top(), r.right() - swatch.right() - 6, r.height());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(items.at(i).text, Qt::ElideRight, textRect.width() + 1));
    }
    painter.restore();
}

void TrialStrip::paintSwatch(QPainter &painter, const QRectF &rect, const LegendItem &item) const
{
    const QColor base = palette().color(QPalette::Base);
    if (item.washout) {
        const QColor ink = palette().color(QPalette::WindowText);
        painter.fillRect(rect, mix(ink, base, 0.25));
        painter.fillRect(rect, QBrush(mix(ink, base, 0.8), Qt::BDiagPattern));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    }
    const Condition condition = item.condition.value_or(Condition::A);
    const QColor fill = blockFill(condition);
    const QColor ink = conditionColour(condition, palette());
    painter.fillRect(rect, item.faded ? mix(fill, base, 0.3) : fill);
    const qreal outline = condition == Condition::B ? 2 : 1;
    painter.setPen(QPen(item.faded ? mix(ink, base, 0.4) : ink, outline));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2));
}

QString TrialStrip::blockTooltip(int block) const
{
    const QLocale locale;
    const BlockSpan &span = m_spans.at(block);
    QString text = tr("Block %1 of %2, %3\n%4 to %5")
                       .arg(block + 1)
                       .arg(m_plan->blockCount())
                       .arg(conditionLabel(*m_plan, span.condition),
                           locale.toString(span.first, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy")),
                           locale.toString(span.last, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy")));
    if (m_plan->washoutNights > 0)
        text += u'\n'
            + (m_plan->washoutNights == 1
                    ? tr("The first night is a wash-out: recorded, not analysed.")
                    : tr("The first %1 nights are a wash-out: recorded, not analysed.").arg(m_plan->washoutNights));
    return text;
}

bool TrialStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_plan) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int b = 0; b < m_plan->blockCount(); ++b) {
            if (blockRect(b, width()).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), blockTooltip(b), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void TrialStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateGeometry();
        update();
    }
}

void TrialStrip::updateDescription()
{
    const QLocale locale;
    QStringList blocks;
    for (const BlockSpan &span : m_spans)
        blocks.append(tr("block %1, %2: %3 to %4")
                          .arg(span.block + 1)
                          .arg(letter(span.condition), locale.toString(span.first, QLocale::ShortFormat),
                              locale.toString(span.last, QLocale::ShortFormat)));
    setAccessibleDescription(tr("Order %1; %2.").arg(orderText(m_plan->order), blocks.join(QStringLiteral("; "))));
}

} // namespace rls
