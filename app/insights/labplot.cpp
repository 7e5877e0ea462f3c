// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/labplot.h"

#include "analysis/daykey.h"
#include "guidance/guidance.h"

#include <algorithm>

namespace rls {
namespace {

void guideline(QCustomPlot *plot, QCPAxis *value, double at, const QColor &colour)
{
    auto *line = new QCPItemStraightLine(plot);
    line->point1->setAxes(plot->xAxis, value);
    line->point2->setAxes(plot->xAxis, value);
    line->point1->setCoords(0, at);
    line->point2->setCoords(1, at);
    line->setPen(QPen(colour, 1, Qt::DashLine));
}

} // namespace

LabPlot::LabPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_ferritin(addGraph(xAxis, yAxis))
    , m_saturation(addGraph(xAxis, yAxis2))
{
    setObjectName(QStringLiteral("labPlot"));
    setAccessibleName(tr("Ferritin and transferrin saturation over time, with the guideline lines"));
    const QColor text = palette().color(QPalette::WindowText);
    setBackground(palette().color(QPalette::Base));
    yAxis2->setVisible(true);
    for (QCPAxis *axis : {xAxis, yAxis, yAxis2}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    }
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeSpec(Qt::UTC); // keys are noon UTC of each date (analysis/daykey.h)
    dates->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    xAxis->setTicker(dates);
    yAxis->setLabel(tr("Ferritin (ng/mL)"));
    yAxis2->setLabel(tr("Transferrin saturation (%)"));
    const QColor ferritin(0x1b, 0x9e, 0x77), saturation(0xd9, 0x5f, 0x02);
    m_ferritin->setName(tr("Ferritin; dashed: 75 ng/mL"));
    m_ferritin->setPen(QPen(ferritin, 2));
    m_ferritin->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ferritin, 7));
    m_saturation->setName(tr("Transferrin saturation; dashed: 20 %"));
    m_saturation->setPen(QPen(saturation, 2));
    m_saturation->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, saturation, 7));
    guideline(this, yAxis, labtests::FerritinIronThreshold, ferritin);
    guideline(this, yAxis2, labtests::TransferrinSaturationIronThreshold, saturation);
    legend->setVisible(true);
    legend->setBrush(palette().color(QPalette::Base));
    legend->setTextColor(text);
    legend->setFont(font());
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

bool LabPlot::setResults(const QList<LabResult> &results)
{
    QVector<double> fKeys, fValues, sKeys, sValues;
    for (const LabResult &r : results) {
        if (isFerritinInNgPerMl(r)) {
            fKeys.append(dayKey(r.date));
            fValues.append(r.value);
        } else if (isTransferrinSaturationInPercent(r)) {
            sKeys.append(dayKey(r.date));
            sValues.append(r.value);
        }
    }
    m_ferritin->setData(fKeys, fValues);
    m_saturation->setData(sKeys, sValues);
    if (fKeys.isEmpty() && sKeys.isEmpty())
        return false;
    QVector<double> keys = fKeys + sKeys;
    const auto [low, high] = std::minmax_element(keys.cbegin(), keys.cend());
    const double month = 30 * 86400.0;
    xAxis->setRange(*low - month, *high + month);
    const double ferritinTop = fValues.isEmpty() ? 0 : *std::max_element(fValues.cbegin(), fValues.cend());
    const double saturationTop = sValues.isEmpty() ? 0 : *std::max_element(sValues.cbegin(), sValues.cend());
    yAxis->setRange(0, std::max(ferritinTop, labtests::FerritinIronThreshold) * 1.2);
    yAxis2->setRange(0, std::max(saturationTop, labtests::TransferrinSaturationIronThreshold) * 1.4);
    replot();
    return true;
}

} // namespace rls
