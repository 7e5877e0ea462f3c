// SPDX-License-Identifier: GPL-3.0-or-later
#include "doses/dosesmodel.h"

#include "doses/timefield.h"
#include "model/dose.h"
#include "model/elemental.h"
#include "model/validation.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace rls {
namespace {

const char16_t *const columnKeys[] = {u"substance", u"form", u"labelMg", u"amount", u"unit", u"time"};

int rowOf(const FieldError &problem)
{
    const auto key = parseIntakeFieldKey(problem.field);
    return key ? static_cast<int>(key->index) : -1;
}

bool isElemental(SubstanceKind kind)
{
    return kind == SubstanceKind::Magnesium || kind == SubstanceKind::Iron;
}

// A number typed in the person's language ("1,5" in German), or passed as a number.
std::optional<double> number(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        return value.toDouble();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional(v) : std::nullopt;
}

} // namespace

DosesModel::DosesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &DosesModel::dosesChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &DosesModel::dosesChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DosesModel::dosesChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DosesModel::dosesChanged);
}

QStringList DosesModel::formsFor(int row) const
{
    const Substance *s = findSubstance(m_catalog, m_rows.value(row).substance);
    return s ? s->forms : QStringList();
}

void DosesModel::setDoses(const QList<Intake> &doses)
{
    beginResetModel();
    m_rows = doses;
    m_untyped.clear();
    m_problems.clear();
    m_checking = false;
    endResetModel();
    emit problemsChanged(m_problems);
}

int DosesModel::append(const QList<Intake> &doses)
{
    const int first = static_cast<int>(m_rows.size());
    if (doses.isEmpty())
        return first;
    beginInsertRows({}, first, first + static_cast<int>(doses.size()) - 1);
    m_rows.append(doses);
    endInsertRows();
    if (m_checking)
        check();
    return first;
}

int DosesModel::appendBlank()
{
    Intake dose;
    if (!m_catalog.isEmpty()) {
        dose.substance = m_catalog.first().name;
        dose.unit = m_catalog.first().unit;
    }
    // Its 0 is a placeholder, not a recorded "none": check() asks for the amount until typed.
    m_untyped.insert(m_rows.size());
    return append({dose});
}

void DosesModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    QSet<int> untyped;
    for (int r : std::as_const(m_untyped)) {
        if (r != row)
            untyped.insert(r > row ? r - 1 : r);
    }
    m_untyped = untyped;
    endRemoveRows();
    if (m_checking)
        check();
}

QList<FieldError> DosesModel::check()
{
    m_checking = true;
    // A dose is checked as an intake of a night; the date does not matter here.
    Night night;
    night.date = QDate(2000, 1, 1);
    night.intakes = m_rows;
    QList<FieldError> found = validateNight(night);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &name = m_rows.at(row).substance;
        if (!name.trimmed().isEmpty() && !findSubstance(m_catalog, name))
            found.append({intakeFieldKey(row, QStringLiteral("substance")),
                tr("\"%1\" is not in the list of substances; choose one from the list.").arg(name)});
        if (m_untyped.contains(row))
            found.append({intakeFieldKey(row, QStringLiteral("amount")),
                tr("%1: the amount is missing.").arg(name.trimmed().isEmpty() ? tr("A dose") : name)});
    }
    setProblems(found);
    return m_problems;
}

void DosesModel::setProblems(const QList<FieldError> &problems)
{
    QList<FieldError> mine;
    for (FieldError problem : problems) {
        const int row = rowOf(problem);
        if (row < 0 || row >= m_rows.size())
            continue;
        problem.message = tr("Row %1: %2").arg(row + 1).arg(problem.message);
        mine.append(problem);
    }
    std::stable_sort(
        mine.begin(), mine.end(), [](const FieldError &a, const FieldError &b) { return rowOf(a) < rowOf(b); });
    m_problems = mine;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DecorationRole, Qt::ToolTipRole});
    emit problemsChanged(m_problems);
}

int DosesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DosesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SubstanceKind DosesModel::kindOfRow(int row) const
{
    return kindOf(m_rows.at(row), m_catalog);
}

QVariant DosesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Intake &dose = m_rows.at(index.row());
    const int column = index.column();
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case SubstanceColumn: return dose.substance;
        case FormColumn: return dose.form;
        case LabelColumn:
            if (role == Qt::EditRole)
                return dose.labelMg.value_or(0.0);
            return dose.labelMg ? locale.toString(*dose.labelMg, 'f', QLocale::FloatingPointShortest) : QString();
        case AmountColumn:
            if (role == Qt::EditRole)
                return dose.amount;
            // A 0 is a recorded "none"; a new row's amount, not typed yet, is empty.
            return m_untyped.contains(index.row()) ? QString()
                                                   : locale.toString(dose.amount, 'f', QLocale::FloatingPointShortest);
        case UnitColumn: return dose.unit;
        case TimeColumn: return dose.time ? dose.time->toString(u"HH:mm") : QString();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == AmountColumn || column == LabelColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool flagged = isFlagged(index.row(), column);
    if (role == Qt::DecorationRole && flagged)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole) {
        if (flagged)
            return rowProblems(index.row());
        if (column == AmountColumn || column == LabelColumn)
            return elementalTooltip(index.row());
    }
    return {};
}

QString DosesModel::elementalTooltip(int row) const
{
    const Intake &dose = m_rows.at(row);
    const SubstanceKind kind = kindOfRow(row);
    if (!isElemental(kind))
        return {};
    const QLocale locale;
    const QString element = kind == SubstanceKind::Iron ? tr("iron") : tr("magnesium");
    QString text = tr("%1 %2 of elemental %3")
                       .arg(locale.toString(dose.amount, 'f', QLocale::FloatingPointShortest), dose.unit, element);
    if (dose.labelMg) {
        const CompoundForm *form = findCompoundForm(kind, dose.form);
        text += form
            ? tr(", from %1 mg of %2, %3% %4 by weight")
                  .arg(locale.toString(*dose.labelMg, 'f', QLocale::FloatingPointShortest), form->compound,
                      locale.toString(100 * elementalFraction(*form), 'f', 1), element)
            : tr(", from %1 mg on the label").arg(locale.toString(*dose.labelMg, 'f', QLocale::FloatingPointShortest));
    }
    return text + u'.';
}

bool DosesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    Intake &dose = m_rows[row];
    bool changed = true;
    switch (index.column()) {
    case SubstanceColumn: changed = setSubstance(row, value.toString().trimmed()); break;
    case FormColumn:
        dose.form = value.toString().trimmed();
        fillElementalFromLabel(row);
        break;
    case LabelColumn: changed = setLabel(row, value); break;
    case AmountColumn: {
        const auto amount = number(value);
        if (!amount) {
            emit editRefused(
                tr("%1: \"%2\" is not a number, so the amount was not changed.").arg(dose.substance, value.toString()));
            return false;
        }
        dose.amount = *amount;
        m_untyped.remove(row);
        break;
    }
    case UnitColumn: dose.unit = value.toString().trimmed(); break;
    case TimeColumn: changed = setTime(row, value); break;
    default: return false;
    }
    if (!changed)
        return false;
    // An edit can change other cells of the row (unit, amount from the label): repaint it all.
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    if (m_checking)
        check();
    return true;
}

bool DosesModel::setSubstance(int row, const QString &name)
{
    Intake &dose = m_rows[row];
    if (name.compare(dose.substance, Qt::CaseInsensitive) == 0)
        return false;
    const Substance *previous = findSubstance(m_catalog, dose.substance);
    const Substance *chosen = findSubstance(m_catalog, name);
    dose.substance = chosen ? chosen->name : name;
    if (chosen) {
        // The unit follows the substance unless the person typed a unit of their own.
        if (dose.unit.isEmpty() || (previous && dose.unit == previous->unit))
            dose.unit = chosen->unit;
        if (!chosen->forms.contains(dose.form, Qt::CaseInsensitive))
            dose.form.clear();
    }
    if (!isElemental(kindOfRow(row)))
        dose.labelMg.reset();
    return true;
}

bool DosesModel::setLabel(int row, const QVariant &value)
{
    Intake &dose = m_rows[row];
    const auto mg = number(value);
    if (!mg || *mg <= 0) {
        dose.labelMg.reset();
        return true;
    }
    dose.labelMg = *mg;
    if (!findCompoundForm(kindOfRow(row), dose.form)) {
        emit editRefused(tr("%1: choose the form on the label (citrate, glycinate, ferrous sulfate, ...) so the "
                            "elemental amount can be worked out, or type the elemental amount the label gives.")
                             .arg(dose.substance));
        return true;
    }
    fillElementalFromLabel(row);
    return true;
}

void DosesModel::fillElementalFromLabel(int row)
{
    Intake &dose = m_rows[row];
    const CompoundForm *form = findCompoundForm(kindOfRow(row), dose.form);
    if (!dose.labelMg || !form)
        return;
    dose.amount = elementalMg(*dose.labelMg, *form);
    dose.unit = QStringLiteral("mg");
    m_untyped.remove(row);
}

bool DosesModel::setTime(int row, const QVariant &value)
{
    Intake &dose = m_rows[row];
    if (value.typeId() == QMetaType::QTime) {
        const QTime t = value.toTime();
        dose.time = t.isValid() ? std::optional(t) : std::nullopt;
        return true;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        dose.time.reset();
        return true;
    }
    const auto t = TimeField::parse(text);
    if (!t) {
        emit editRefused(tr("%1: \"%2\" is not a clock time, so the time was not changed; type it as 21:30.")
                             .arg(dose.substance, text));
        return false;
    }
    dose.time = t;
    return true;
}

QVariant DosesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1)
                                       : QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LabelColumn:
            return tr("The compound's weight as the bottle states it, e.g. 500 mg of magnesium citrate. "
                      "With the form chosen, the elemental amount is filled in.");
        case AmountColumn:
            return tr("For magnesium and iron: the element itself, in mg (elemental). 500 mg of magnesium "
                      "citrate holds about 81 mg of magnesium. Many labels give this figure per serving.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubstanceColumn: return tr("Substance");
    case FormColumn: return tr("Form");
    case LabelColumn: return tr("Label mg");
    case AmountColumn: return tr("Amount\n(Mg, Fe: elemental)");
    case UnitColumn: return tr("Unit");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

Qt::ItemFlags DosesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Only magnesium and iron have a compound on the label to convert from.
    if (index.column() == LabelColumn && !isElemental(kindOfRow(index.row())))
        return base;
    return base | Qt::ItemIsEditable;
}

bool DosesModel::isFlagged(int row, int column) const
{
    const QString key = intakeFieldKey(row, QString::fromUtf16(columnKeys[column]));
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const FieldError &p) { return p.field == key; });
}

QString DosesModel::rowProblems(int row) const
{
    QStringList lines;
    for (const FieldError &problem : m_problems) {
        if (rowOf(problem) == row)
            lines.append(problem.message);
    }
    return lines.join(u'\n');
}

} // namespace rls
