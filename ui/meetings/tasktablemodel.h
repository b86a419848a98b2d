#pragma once

#include <core/meetings/task.h>

#include <QAbstractTableModel>
#include <QDate>

namespace thuky {

/** Tasks across meetings for follow-up; overdue ones stand out (red, bold). */
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MeetingDateColumn,
        CommitteeColumn,
        DescriptionColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };
    enum { IdRole = Qt::UserRole + 1, OverdueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTasks(const QList<Task> &tasks, const QDate &today = QDate::currentDate());
    const Task &taskAt(int row) const { return m_tasks.at(row); }
    /** The row of task @p id, or -1 when it is not listed. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Task> m_tasks;
    QDate m_today;
};

} // namespace thuky
