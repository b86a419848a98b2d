#include <ui/meetings/tasktablemodel.h>

#include <core/text/vndate.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thuky {

void TaskTableModel::setTasks(const QList<Task> &tasks, const QDate &today)
{
    beginResetModel();
    m_tasks = tasks;
    m_today = today;
    endResetModel();
}

int TaskTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_tasks.size(); ++r)
        if (m_tasks.at(r).id == id)
            return r;
    return -1;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &t = m_tasks.at(index.row());
    const bool overdue = t.isOverdue(m_today);
    switch (role) {
    case IdRole:
        return t.id;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MeetingDateColumn:
            return VnDate::display(t.meetingDate);
        case CommitteeColumn:
            return t.committeeName;
        case DescriptionColumn:
            return t.description;
        case OwnerColumn:
            return t.owner;
        case DueColumn:
            if (role == Qt::ToolTipRole && overdue)
                return tr("Overdue since %1").arg(VnDate::display(t.due));
            return t.due.isValid() ? VnDate::display(t.due) : QString();
        case StatusColumn:
            return TaskStatuses::label(t.status);
        }
        break;
    case Qt::ForegroundRole:
        // Red text plus bold (below) so that overdue rows stand out in black and white too.
        if (overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case Qt::FontRole:
        if (overdue && (index.column() == DueColumn || index.column() == DescriptionColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MeetingDateColumn:
        return tr("Meeting");
    case CommitteeColumn:
        return tr("Committee");
    case DescriptionColumn:
        return tr("Task");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace thuky
