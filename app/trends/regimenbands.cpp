// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends/regimenbands.h"

#include "analysis/daykey.h"

#include "shared/qcustomplot_include.h"

#include <QCoreApplication>

namespace rls {

RegimenBands::RegimenBands(QCPAxisRect *rect, const QString &layerName)
    : m_rect(rect)
    , m_layer(layerName)
{ }

QString RegimenBands::label(const RegimenPeriod &period)
{
    return labels(period).front();
}

QStringList RegimenBands::labels(const RegimenPeriod &period)
{
    const QString what = period.form.isEmpty()
        ? QCoreApplication::translate("RegimenBands", "Magnesium")
        : QCoreApplication::translate("RegimenBands", "Magnesium %1").arg(period.form);
    const QLocale locale;
    // Doses that moved by more than a quarter are shown as a span: a "typical" would hide it.
    const bool varied = period.highestMg > period.lowestMg * 1.25;
    const QString dose = varied
        ? QCoreApplication::translate("RegimenBands", "%1–%2 mg/day")
              .arg(locale.toString(period.lowestMg, 'f', 0), locale.toString(period.highestMg, 'f', 0))
        : QCoreApplication::translate("RegimenBands", "%1 mg/day").arg(locale.toString(period.typicalMg, 'f', 0));
    const QString shortDose = varied
        ? QStringLiteral("%1–%2 mg")
              .arg(locale.toString(period.lowestMg, 'f', 0), locale.toString(period.highestMg, 'f', 0))
        : QStringLiteral("%1 mg").arg(locale.toString(period.typicalMg, 'f', 0));
    QStringList out {QStringLiteral("%1, %2").arg(what, dose)};
    if (!period.form.isEmpty())
        out.append(QStringLiteral("%1 %2").arg(period.form, shortDose));
    out.append(shortDose);
    return out;
}

void RegimenBands::clear()
{
    QCustomPlot *plot = m_rect->parentPlot();
    for (QCPItemRect *band : std::as_const(m_bands))
        plot->removeItem(band);
    for (QCPItemText *text : std::as_const(m_labels))
        plot->removeItem(text);
    m_bands.clear();
    m_labels.clear();
    m_texts.clear();
}

void RegimenBands::setPeriods(const QList<RegimenPeriod> &periods)
{
    clear();
    QCustomPlot *plot = m_rect->parentPlot();
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    for (const RegimenPeriod &period : periods) {
        auto *band = new QCPItemRect(plot);
        band->setLayer(m_layer);
        band->setClipAxisRect(m_rect);
        band->setSelectable(false);
        for (QCPItemPosition *corner : {band->topLeft, band->bottomRight}) {
            corner->setAxes(x, y);
            corner->setAxisRect(m_rect);
            corner->setTypeX(QCPItemPosition::ptPlotCoords);
            corner->setTypeY(QCPItemPosition::ptAxisRectRatio); // the band fills the panel's height
        }
        // A night's point sits at noon; the band covers its whole day.
        band->topLeft->setCoords(dayKey(period.first) - SecondsPerDay / 2, 0);
        band->bottomRight->setCoords(dayKey(period.last) + SecondsPerDay / 2, 1);
        band->setPen(Qt::NoPen);
        m_bands.append(band);

        auto *text = new QCPItemText(plot);
        text->setLayer(m_layer);
        text->setClipAxisRect(m_rect);
        text->setSelectable(false);
        text->position->setAxes(x, y);
        text->position->setAxisRect(m_rect);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(dayKey(period.first) - SecondsPerDay / 2, 0);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setPadding(QMargins(4, 2, 4, 2));
        m_texts.append(labels(period));
        text->setText(m_texts.back().front());
        m_labels.append(text);
    }
    setColours(m_band, m_text);
}

void RegimenBands::setColours(const QColor &band, const QColor &text)
{
    m_band = band;
    m_text = text;
    for (QCPItemRect *b : std::as_const(m_bands))
        b->setBrush(band);
    for (QCPItemText *t : std::as_const(m_labels))
        t->setColor(text);
}

void RegimenBands::updateLabels()
{
    const QFontMetrics metrics(m_labels.isEmpty() ? QFont() : m_labels.front()->font());
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    const QCPRange visible = x->range();
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        // A band that began before the visible range keeps its label at the left edge.
        const double start = std::max(m_bands.at(i)->topLeft->coords().x(), visible.lower);
        const double end = std::min(m_bands.at(i)->bottomRight->coords().x(), visible.upper);
        const double width = x->coordToPixel(end) - x->coordToPixel(start);
        QCPItemText *text = m_labels.at(i);
        text->position->setCoords(start, 0);
        text->setVisible(false);
        if (width <= 0)
            continue;
        for (const QString &candidate : std::as_const(m_texts.at(i))) {
            if (width >= metrics.horizontalAdvance(candidate) + 8) {
                text->setText(candidate);
                text->setVisible(true);
                break;
            }
        }
    }
}

} // namespace rls
