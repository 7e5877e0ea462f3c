// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvmapping.h"
#include "io/csvreader.h"
#include "model/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rls {

/// The word for `field` a person types on the command line (`--map "Schlafqualität=sleep_quality"`):
/// "date", "severity", "sleep_quality", "magnesium", "caffeine", "notes", ..., "ignore".
QString fieldKey(DiaryField field);
/// The field a word names: a fieldKey() or one of our own CSV headers ("sleep_quality_1_5"), any
/// case; nullopt for any other word.
std::optional<DiaryField> fieldFromKey(const QString &key);
/// Every fieldKey(), in the order allDiaryFields() gives them, for messages and --help.
QStringList fieldKeys();

/// "cups", "espressos", "tea", "glasses" (empty for CountUnit::Own), as `--map "X=caffeine:cups"` takes it.
QString countUnitKey(CountUnit unit);
/// The unit `key` names for a column of `field`: "mg" and "drinks" are Own; cups, espressos and
/// tea count caffeine, glasses alcohol. nullopt when the unit does not fit the field.
std::optional<CountUnit> countUnitFromKey(DiaryField field, const QString &key);
/// What one of `unit` counts as in the field's own unit: mg of caffeine per cup (the app's drink
/// presets, USDA FoodData), standard drinks per glass; 1 for Own.
double countUnitFactor(CountUnit unit);
/// The figure said as a sentence, e.g. "each cup counted as 95 mg of caffeine (brewed coffee,
/// 240 ml)"; empty for Own.
QString countUnitSentence(CountUnit unit);

/// Applies one `--map` choice, "HEADER=FIELD" or "HEADER=FIELD:UNIT", to `mapping`: the column
/// named HEADER (exactly, or ignoring case and surrounding spaces) takes FIELD, and a column
/// that held FIELD before lets go of it. Fails naming what is wrong: no such column (listing the
/// file's columns), an unknown field (listing the fields), a unit that does not fit the field.
Result<void> applyColumnChoice(ColumnMapping &mapping, const QStringList &header, const QString &choice);

/// A column as messages name it: its header, or "column 7" when the header cell is empty.
QString columnName(const QStringList &header, qsizetype column);

/// The columns whose values the mapping would leave out, in file order, by columnName(): every
/// column mapped to DiaryField::Ignore that holds a value in some row, except the computed ones
/// RLS Diary writes itself (time in bed, total sleep time, sleep efficiency), which the diary
/// computes again from the items.
QStringList unmappedColumns(const ColumnMapping &mapping, const CsvTable &table);

/// One sentence per column counted in cups or glasses, saying the figure used:
/// "\"Coffee (cups)\": each cup counted as 95 mg of caffeine (brewed coffee, 240 ml)."
QStringList conversionSentences(const ColumnMapping &mapping, const QStringList &header);

/// Whether `column` is one the person named (case and surrounding spaces aside).
bool namesColumn(const QStringList &names, const QString &column);

} // namespace rls
