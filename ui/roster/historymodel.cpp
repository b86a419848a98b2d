#include <ui/roster/historymodel.h>

#include <core/text/vndate.h>

namespace thuky {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setHistory(const QList<Membership> &history)
{
    beginResetModel();
    m_rows = history;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Membership &m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CommitteeColumn:
        return m.committeeName;
    case RoleColumn:
        return Roles::label(m.role);
    case StartColumn:
        return VnDate::display(m.start);
    case EndColumn:
        if (m.end.isValid())
            return VnDate::display(m.end);
        return role == Qt::DisplayRole ? tr("current") : QVariant();
    case DecisionColumn:
        return m.decision;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CommitteeColumn:
        return tr("Committee");
    case RoleColumn:
        return tr("Role");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("Until");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace thuky
