// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/intakesmodel.h"

#include "log/timefield.h"

#include <QLocale>

namespace rls {

IntakesModel::IntakesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &IntakesModel::intakesChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &IntakesModel::intakesChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &IntakesModel::intakesChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &IntakesModel::intakesChanged);
}

const Substance *IntakesModel::substance(const QString &name) const
{
    for (const Substance &s : m_catalog) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void IntakesModel::setIntakes(const QList<Intake> &intakes)
{
    beginResetModel();
    m_rows = intakes;
    endResetModel();
}

int IntakesModel::append(const QList<Intake> &intakes)
{
    const int first = static_cast<int>(m_rows.size());
    if (intakes.isEmpty())
        return first;
    beginInsertRows({}, first, first + static_cast<int>(intakes.size()) - 1);
    m_rows.append(intakes);
    endInsertRows();
    return first;
}

void IntakesModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int IntakesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IntakesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Intake &in = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SubstanceColumn: return in.substance;
    case FormColumn: return in.form;
    case AmountColumn:
        if (role == Qt::EditRole)
            return in.amount;
        return in.amount > 0 ? QLocale().toString(in.amount, 'g', 6) : QString();
    case UnitColumn: return in.unit;
    case TimeColumn: return in.time ? in.time->toString(u"HH:mm") : QString();
    default: return {};
    }
}

bool IntakesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    Intake &in = m_rows[index.row()];
    switch (index.column()) {
    case SubstanceColumn: {
        const QString name = value.toString().trimmed();
        if (name.compare(in.substance, Qt::CaseInsensitive) == 0)
            return false;
        in.substance = name;
        // A new substance brings its own unit, and a form of the old one no longer fits.
        if (const rls::Substance *s = substance(name)) {
            in.unit = s->unit;
            if (!s->forms.contains(in.form))
                in.form.clear();
        }
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    case FormColumn: in.form = value.toString().trimmed(); break;
    case AmountColumn: {
        bool ok = false;
        const double amount = QLocale().toDouble(value.toString(), &ok);
        in.amount = ok ? amount : value.toDouble();
        break;
    }
    case UnitColumn: in.unit = value.toString().trimmed(); break;
    case TimeColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            in.time.reset();
            break;
        }
        const auto t = TimeField::parse(text);
        if (!t) {
            emit editRefused(tr("%1: \"%2\" is not a clock time, so the time was not changed; type it as 21:30.")
                                 .arg(in.substance, text));
            return false;
        }
        in.time = t;
        break;
    }
    default: return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant IntakesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubstanceColumn: return tr("Substance");
    case FormColumn: return tr("Form");
    case AmountColumn: return tr("Amount");
    case UnitColumn: return tr("Unit");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

Qt::ItemFlags IntakesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace rls
