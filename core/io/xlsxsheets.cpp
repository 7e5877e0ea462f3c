// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xlsxsheets.h"

#include "io/labrows.h"

namespace rls::xlsx {
namespace {

Cell text(const QString &v)
{
    return v.isEmpty() ? Cell() : Cell(v);
}

Column column(const char *title, const char *meaning, double width)
{
    return {QString::fromUtf8(title), QString::fromUtf8(meaning), width};
}

} // namespace

Sheet dosesSheet(const QList<Night> &nights, const QList<Substance> &catalog)
{
    Sheet sheet {QStringLiteral("Doses"),
        {column("Night of (evening date)", "The night the dose belongs to, dated by its evening.", 14),
            column("Time taken (time)", "Clock time the dose was taken, hh:mm; empty when not noted.", 11),
            column("Substance", "The substance as the person's list names it, e.g. Magnesium.", 24),
            column("Kind", "magnesium, iron, caffeine, alcohol, medication or other: decides its day total.", 12),
            column("Form", "e.g. glycinate, or the drink; may be empty.", 20),
            column("Amount (in Unit)", "The amount in the next column's unit; elemental for magnesium and iron.", 10),
            column("Unit", "mg, g, mcg, standard drinks, ...", 14),
            column("Label weight (mg)",
                "The compound's weight from the label, mg, when the dose was entered from it "
                "(300 mg magnesium glycinate is about 42 mg elemental magnesium).",
                12)},
        {}};
    for (const Night &n : nights) {
        for (const Intake &in : n.intakes) {
            const Substance *s = findSubstance(catalog, in.substance);
            sheet.rows.append(
                {n.date, in.time ? Cell(*in.time) : Cell(), text(in.substance), text(s ? kindKey(s->kind) : QString()),
                    text(in.form), in.amount, text(in.unit), in.labelMg ? Cell(*in.labelMg) : Cell()});
        }
    }
    return sheet;
}

Sheet labsSheet(const QList<LabResult> &labs)
{
    Sheet sheet {QStringLiteral("Lab results"),
        {column("Date of the test", "The day the blood was taken.", 14),
            column("Test", "e.g. Ferritin, Transferrin saturation.", 24), column("Value", "The result, a number.", 10),
            column("Unit", "As the lab gave it, e.g. ng/mL, %.", 10),
            column("Guideline range",
                "Where RLS guidelines (AASM 2024, AAN 2016) advise iron: ferritin at or below 75 ng/mL, "
                "transferrin saturation below 20 %. Empty for other tests and units.",
                22),
            column("In guideline range (Yes/No)", "Yes when the result lies in that range; a point to discuss.", 14)},
        {}};
    for (const LabResult &lab : labs) {
        const auto range = labGuidelineRange(lab);
        sheet.rows.append({lab.date, text(lab.test), lab.value, text(lab.unit), range ? Cell(range->text) : Cell(),
            range ? Cell(range->inRange ? QStringLiteral("Yes") : QStringLiteral("No")) : Cell()});
    }
    return sheet;
}

QStringList readMeLines(QDate from, QDate to, const QList<Sheet> &sheets)
{
    QStringList counts;
    for (const Sheet &s : sheets)
        counts.append(QStringLiteral("%1: %2 rows").arg(s.name).arg(s.rows.size()));
    return {
        QStringLiteral("RLS Diary: the nights, doses and lab results a person logged, for their doctor."),
        QStringLiteral("The nights from %1 to %2 (%3).")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), counts.join(QStringLiteral("; "))),
        QStringLiteral("A night is dated by its evening: the night of 2026-11-23 runs into the morning of "
                       "2026-11-24. Only logged nights have a row."),
        QStringLiteral("An empty cell means nothing was noted, never 0; a 0 is a real 0 (severity 0: no "
                       "symptoms; alcohol 0: none that day)."),
        QStringLiteral("Dates are dates, clock times are times and numbers are numbers, so they sort and "
                       "calculate. There are no formulas: every cell is a value, and notes are text."),
        QStringLiteral("Which way the scales run: severity 0 none .. 10 worst imaginable (higher is worse); "
                       "sleep quality 1 very poor .. 5 very good (higher is better); IRLS total 0-40 scored by a "
                       "clinician, 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe (higher is worse); "
                       "sleep efficiency % (higher is better)."),
        QStringLiteral("Magnesium and iron are elemental mg everywhere: the element's weight, not the "
                       "compound's. A day total is left empty when a dose's unit cannot be converted."),
        QStringLiteral("RLS Diary informs and does not diagnose: the guideline ranges are points to discuss "
                       "with a doctor, not advice to take anything."),
    };
}

} // namespace rls::xlsx
