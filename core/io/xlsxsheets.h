// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the spreadsheet's sheets hold, as typed cells, before any file is written
// (core/io/xlsxexport.cpp writes them with libxlsxwriter).

#include "model/catalog.h"
#include "model/night.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <variant>

namespace rls::xlsx {

/// One cell: empty (nothing noted, never 0), a date, a clock time, a number or text.
using Cell = std::variant<std::monostate, QDate, QTime, double, QString>;

/// One column: its header (with the unit), what it holds for the Read me sheet, its width.
struct Column {
    QString title;
    QString meaning;
    double width = 14;
};

/// One sheet: its name, its columns and its rows of cells (one per column).
struct Sheet {
    QString name;
    QList<Column> columns;
    QList<QList<Cell>> rows;
};

/// Nights: one row per night with the nightly CSV's columns (csvColumns(CsvKind::Nightly)), typed.
Sheet nightsSheet(const QList<Night> &nights, const QList<Substance> &catalog);
/// Doses: one row per dose, as the intakes CSV.
Sheet dosesSheet(const QList<Night> &nights, const QList<Substance> &catalog);
/// Lab results: one row per result, with the guideline range where one applies.
Sheet labsSheet(const QList<LabResult> &labs);

/// The Read me sheet's lines above its table of columns, for the nights from `from` to `to`.
QStringList readMeLines(QDate from, QDate to, const QList<Sheet> &sheets);

} // namespace rls::xlsx
