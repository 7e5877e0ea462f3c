// SPDX-License-Identifier: GPL-3.0-or-later
#include "labs/labresultsmodel.h"

#include "guidance/guidance.h"

#include <QLocale>

namespace rls {

LabResultsModel::LabResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LabResultsModel::setResults(const QList<LabResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

QString LabResultsModel::guideline(const LabResult &result)
{
    return labGuideline(result);
}

int LabResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int LabResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LabResult &result = m_results.at(index.row());
    if (role == IdRole)
        return result.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return role == SortRole ? QVariant(result.date) : QLocale().toString(result.date, QLocale::ShortFormat);
        case TestColumn: return result.test;
        case ValueColumn: return role == SortRole ? QVariant(result.value) : QLocale().toString(result.value, 'g', 6);
        case UnitColumn: return result.unit;
        case GuidelineColumn: return guideline(result);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == GuidelineColumn && !guideline(result).isEmpty())
        return tr("Guidelines advise iron when ferritin is at or below 75 ng/mL or transferrin "
                  "saturation is below 20% (AASM 2024; AAN 2016). Your doctor interprets your results.");
    if (role == Qt::ToolTipRole && index.column() == DateColumn)
        return QLocale().toString(result.date, QLocale::LongFormat);
    return {};
}

QVariant LabResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TestColumn: return tr("Test");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case GuidelineColumn: return tr("Guideline");
    default: return {};
    }
}

} // namespace rls
