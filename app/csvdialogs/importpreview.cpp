// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialogs/importpreview.h"

#include "io/csvvalues.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace rls {
namespace {

struct PreviewRow {
    int line;
    QString date;
    QString what;
    QString details;
    bool problem; ///< unreadable, or an unlikely date: shown in bold
};

} // namespace

QString describeNight(const Night &n)
{
    QStringList parts;
    if (n.symptoms.severity)
        parts.append(QCoreApplication::translate("ImportPreview", "severity %1").arg(*n.symptoms.severity));
    if (n.sleep.quality)
        parts.append(QCoreApplication::translate("ImportPreview", "sleep quality %1").arg(*n.sleep.quality));
    if (n.sleep.inBed)
        parts.append(QCoreApplication::translate("ImportPreview", "in bed %1").arg(csv::formatTime(n.sleep.inBed)));
    for (const Intake &in : n.intakes)
        parts.append(csv::formatDose(in, true));
    if (!n.tags.isEmpty())
        parts.append(n.tags.join(QStringLiteral(", ")));
    if (!n.note.isEmpty())
        parts.append(QCoreApplication::translate("ImportPreview", "note: %1").arg(n.note.simplified().left(60)));
    return parts.isEmpty() ? QCoreApplication::translate("ImportPreview", "(empty night)")
                           : parts.join(QStringLiteral("; "));
}

void fillImportPreview(QTableWidget *table, const ImportPlan &plan)
{
    QList<PreviewRow> rows;
    for (const PlannedNight &p : plan.nights) {
        const QString what = p.added ? QCoreApplication::translate("ImportPreview", "Add")
                                     : QCoreApplication::translate("ImportPreview", "Change");
        rows.append({p.line, p.night.date.toString(Qt::ISODate),
            p.oddDate ? QCoreApplication::translate("ImportPreview", "%1 (unlikely date)").arg(what) : what,
            p.added ? describeNight(p.night) : describeChanges(p.changes), p.oddDate});
    }
    // Nights the file differs from that stay as they are: the person sees what they keep.
    for (const PlannedNight &p : plan.kept) {
        rows.append({p.line, p.night.date.toString(Qt::ISODate),
            QCoreApplication::translate("ImportPreview", "Keep yours"), describeChanges(p.changes), false});
    }
    for (const RowProblem &p : plan.problems) {
        rows.append({p.line, {}, QCoreApplication::translate("ImportPreview", "Cannot be read"),
            p.column.isEmpty()
                ? p.reason
                : QCoreApplication::translate("ImportPreview", "Column \"%1\": %2").arg(p.column, p.reason),
            true});
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const PreviewRow &a, const PreviewRow &b) { return a.line < b.line; });

    table->clearContents();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels(
        {QCoreApplication::translate("ImportPreview", "Line"), QCoreApplication::translate("ImportPreview", "Night"),
            QCoreApplication::translate("ImportPreview", "What happens"),
            QCoreApplication::translate("ImportPreview", "Details")});
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PreviewRow &row = rows.at(r);
        const QStringList cells = {QString::number(row.line), row.date, row.what, row.details};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(row.details);
            if (row.problem) {
                // Bold rather than red: it reads in light and dark palettes alike.
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace rls
