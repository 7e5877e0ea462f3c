// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/regimenmodel.h"

#include "model/validation.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace rls {
namespace {
const char *const columnKeys[] = {"substance", "form", "amount", "unit", "time"};

QString fieldKey(int row, int column)
{
    return QStringLiteral("intakes[%1].%2").arg(row).arg(QString::fromLatin1(columnKeys[column]));
}

// Which row a field key of validateNight ("intakes[3].amount") is about, or -1.
int rowOf(const QString &field)
{
    if (!field.startsWith(u"intakes["))
        return -1;
    bool ok = false;
    const int row = field.mid(8, field.indexOf(u']') - 8).toInt(&ok);
    return ok ? row : -1;
}
} // namespace

RegimenModel::RegimenModel(QList<Substance> catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::move(catalog))
{ }

void RegimenModel::setRegimen(const Regimen &regimen)
{
    beginResetModel();
    m_doses = regimen;
    m_problems.clear();
    m_checking = false;
    endResetModel();
}

QStringList RegimenModel::formsFor(int row) const
{
    if (row < 0 || row >= m_doses.size())
        return {};
    const Substance *s = substance(m_doses.at(row).substance);
    return s ? s->forms : QStringList();
}

int RegimenModel::addDose()
{
    Intake dose;
    if (!m_catalog.isEmpty()) {
        dose.substance = m_catalog.first().name;
        dose.unit = m_catalog.first().unit;
    }
    const int row = static_cast<int>(m_doses.size());
    beginInsertRows({}, row, row);
    m_doses.append(dose);
    endInsertRows();
    if (m_checking)
        refreshProblems();
    return row;
}

void RegimenModel::removeDose(int row)
{
    if (row < 0 || row >= m_doses.size())
        return;
    beginRemoveRows({}, row, row);
    m_doses.removeAt(row);
    endRemoveRows();
    if (m_checking)
        refreshProblems();
}

QList<FieldError> RegimenModel::check()
{
    m_checking = true;
    refreshProblems();
    return m_problems;
}

void RegimenModel::refreshProblems()
{
    // A regimen dose is an intake waiting to be added to a night: check it as one.
    Night night;
    night.date = QDate(2000, 1, 1);
    night.intakes = m_doses;
    QList<FieldError> found;
    for (FieldError problem : validateNight(night)) {
        const int row = rowOf(problem.field);
        if (row < 0)
            continue;
        problem.message = tr("Row %1: %2").arg(row + 1).arg(problem.message);
        found.append(problem);
    }
    for (int row = 0; row < m_doses.size(); ++row) {
        const QString &name = m_doses.at(row).substance;
        if (!name.trimmed().isEmpty() && !substance(name))
            found.append({fieldKey(row, SubstanceColumn),
                tr("Row %1: \"%2\" is not in the list of substances; choose one from the list.")
                    .arg(row + 1)
                    .arg(name)});
    }
    std::stable_sort(found.begin(), found.end(),
        [](const FieldError &a, const FieldError &b) { return rowOf(a.field) < rowOf(b.field); });
    m_problems = found;
    if (!m_doses.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DecorationRole, Qt::ToolTipRole});
    emit problemsChanged(m_problems);
}

QString RegimenModel::rowProblems(int row) const
{
    QStringList lines;
    for (const FieldError &problem : m_problems) {
        if (rowOf(problem.field) == row)
            lines.append(problem.message);
    }
    return lines.join(u'\n');
}

int RegimenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_doses.size());
}

int RegimenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegimenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Intake &dose = m_doses.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case SubstanceColumn: return dose.substance;
        case FormColumn: return dose.form;
        case AmountColumn:
            if (role == Qt::EditRole)
                return dose.amount;
            return dose.amount > 0 ? QLocale().toString(dose.amount, 'g', 6) : QString();
        case UnitColumn: return dose.unit;
        case TimeColumn:
            if (role == Qt::EditRole)
                return dose.time ? *dose.time : QTime();
            return dose.time ? dose.time->toString(u"HH:mm") : QString();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == AmountColumn || column == TimeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool flagged = std::any_of(m_problems.cbegin(), m_problems.cend(),
        [&](const FieldError &p) { return p.field == fieldKey(index.row(), column); });
    if (role == Qt::DecorationRole && flagged)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && flagged)
        return rowProblems(index.row());
    return {};
}

QVariant RegimenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SubstanceColumn: return tr("Substance");
    case FormColumn: return tr("Form");
    case AmountColumn: return tr("Amount");
    case UnitColumn: return tr("Unit");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

Qt::ItemFlags RegimenModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool RegimenModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Intake &dose = m_doses[index.row()];
    int last = index.column();
    switch (index.column()) {
    case SubstanceColumn: {
        const QString name = value.toString().trimmed();
        const Substance *previous = substance(dose.substance);
        // The unit follows the substance unless the person typed a unit of their own.
        if (const Substance *chosen = substance(name);
            chosen && (dose.unit.isEmpty() || (previous && dose.unit == previous->unit))) {
            dose.unit = chosen->unit;
            last = UnitColumn;
        }
        dose.substance = name;
        break;
    }
    case FormColumn: dose.form = value.toString().trimmed(); break;
    case AmountColumn: dose.amount = value.toDouble(); break;
    case UnitColumn: dose.unit = value.toString().trimmed(); break;
    case TimeColumn: {
        const QTime time = value.toTime();
        dose.time = time.isValid() ? std::optional<QTime>(time) : std::nullopt;
        break;
    }
    default: return false;
    }
    emit dataChanged(index, index.siblingAtColumn(last));
    if (m_checking)
        refreshProblems();
    return true;
}

const Substance *RegimenModel::substance(const QString &name) const
{
    for (const Substance &s : m_catalog) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace rls
