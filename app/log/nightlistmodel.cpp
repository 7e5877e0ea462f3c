// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/nightlistmodel.h"

#include "log/severitypicker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace rls {
namespace {

QPixmap swatch(const std::optional<int> &severity)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (severity) {
        p.setPen(QColor(0, 0, 0, 90));
        p.setBrush(SeverityPicker::colour(*severity));
    } else {
        p.setPen(QPen(QColor(128, 128, 128), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
    }
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return pixmap;
}

} // namespace

NightListModel::NightListModel(Fetch fetch, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetch(std::move(fetch))
{ }

Result<void> NightListModel::reload(QDate tonight, QDate reach)
{
    const int shown = static_cast<int>(m_nights.size()) - (m_tonightAdded ? 1 : 0);
    const int limit = std::max<int>(PageSize, shown + 1);
    auto nights = m_fetch({}, limit);
    if (!nights)
        return nights.error();
    bool complete = nights->size() < limit;
    // A night further back than the rows read (opened from Trends, or typed into the date box).
    while (!complete && reach.isValid() && !nights->isEmpty() && nights->last().date > reach) {
        auto older = m_fetch(nights->last().date, PageSize);
        if (!older)
            return older.error();
        complete = older->size() < PageSize;
        nights->append(older.value());
    }
    beginResetModel();
    m_nights = std::move(nights).value();
    m_tonight = tonight;
    m_complete = complete;
    m_tonightAdded = tonight.isValid() && (m_nights.isEmpty() || m_nights.first().date < tonight);
    if (m_tonightAdded)
        m_nights.prepend({tonight, std::nullopt, false});
    // A view (or QAbstractItemModelTester) that asks for more while a change is announced would
    // insert rows inside it; the view asks again once it scrolls.
    m_changing = true;
    endResetModel();
    m_changing = false;
    return {};
}

QDate NightListModel::oldestRead() const
{
    if (m_nights.isEmpty() || (m_tonightAdded && m_nights.size() == 1))
        return {};
    return m_nights.last().date;
}

bool NightListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_changing;
}

void NightListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto older = m_fetch(oldestRead(), PageSize);
    if (!older) {
        m_complete = true; // not tried again on every scroll; the next reload tries again
        emit readFailed(older.error());
        return;
    }
    m_complete = older->size() < PageSize;
    if (older->isEmpty())
        return;
    const int first = static_cast<int>(m_nights.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(older->size()) - 1);
    m_nights.append(older.value());
    endInsertRows();
    m_changing = false;
}

int NightListModel::rowOf(QDate date) const
{
    for (int i = 0; i < m_nights.size(); ++i) {
        if (m_nights.at(i).date == date)
            return i;
    }
    return -1;
}

QDate NightListModel::dateAt(int row) const
{
    return row >= 0 && row < m_nights.size() ? m_nights.at(row).date : QDate();
}

int NightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_nights.size());
}

int NightListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant NightListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Night") : tr("Severity");
}

QVariant NightListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nights.size())
        return {};
    const NightBrief &n = m_nights.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == 1)
            return n.severity ? QString::number(*n.severity) : QStringLiteral("–");
        const QString date = n.date == m_tonight
            ? tr("Tonight, %1").arg(locale.toString(n.date, QCoreApplication::translate("DateFormat", "ddd d MMM")))
            : locale.toString(n.date, QCoreApplication::translate("DateFormat", "ddd d MMM yyyy"));
        return n.flaggedForDoctor ? tr("%1 · doctor").arg(date) : date;
    }
    case Qt::TextAlignmentRole: return index.column() == 1 ? QVariant::fromValue(Qt::AlignCenter) : QVariant();
    case Qt::DecorationRole: return index.column() == 1 ? QVariant(swatch(n.severity)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nSeverity: %2\nSleep: %3%4")
            .arg(locale.toString(n.date, QLocale::LongFormat),
                n.severity ? tr("%1 of 10").arg(*n.severity) : tr("not logged"),
                n.hasSleep ? tr("logged") : tr("not logged"),
                n.flaggedForDoctor ? tr("\nMarked to show your doctor") : QString());
    case DateRole: return n.date;
    default: return {};
    }
}

} // namespace rls
