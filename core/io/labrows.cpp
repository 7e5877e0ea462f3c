// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/labrows.h"

#include "guidance/guidance.h"
#include "io/csvfields.h"
#include "io/csvvalues.h"
#include "io/csvwriter.h"
#include "storage/diarystore.h"

namespace rls {

std::optional<LabGuidelineRange> labGuidelineRange(const LabResult &result)
{
    if (isFerritinInNgPerMl(result)) {
        const double line = labtests::FerritinIronThreshold;
        return LabGuidelineRange {line,
            QStringLiteral("at or below %1 %2").arg(csv::formatNumber(line), result.unit.trimmed()),
            result.value <= line};
    }
    if (isTransferrinSaturationInPercent(result)) {
        const double line = labtests::TransferrinSaturationIronThreshold;
        return LabGuidelineRange {line, QStringLiteral("below %1 %").arg(csv::formatNumber(line)), result.value < line};
    }
    return std::nullopt;
}

QList<LabResult> labsInRange(const QList<LabResult> &labs, QDate from, QDate to)
{
    QList<LabResult> out;
    for (const LabResult &lab : labs) {
        if (lab.date >= from && lab.date <= to)
            out.append(lab);
    }
    return out;
}

QByteArray labsCsv(const QList<LabResult> &labs)
{
    CsvWriter w;
    for (const QString &h : csvHeader(CsvKind::Labs))
        w.plain(h);
    w.endRow();
    for (const LabResult &lab : labs) {
        const auto range = labGuidelineRange(lab);
        w.plain(lab.date.toString(Qt::ISODate)).text(lab.test).plain(csv::formatNumber(lab.value)).text(lab.unit);
        w.text(range ? range->text : QString());
        w.plain(range ? (range->inRange ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
        w.endRow();
    }
    return w.bytes();
}

Result<QByteArray> exportLabsCsv(DiaryStore &store, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error {ErrorKind::Invalid, QStringLiteral("The date range needs a start on or before its end."), {}};
    auto labs = store.labResults();
    if (!labs)
        return labs.error();
    return labsCsv(labsInRange(labs.value(), from, to));
}

} // namespace rls
