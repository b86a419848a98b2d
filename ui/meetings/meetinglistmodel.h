#pragma once

#include <core/meetings/meeting.h>

#include <QAbstractTableModel>

namespace thuky {

/** The meetings of a committee: date, kind, title, status, number. */
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, TitleColumn, StatusColumn, NumberColumn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setMeetings(const QList<Meeting> &meetings);
    const Meeting &meetingAt(int row) const { return m_meetings.at(row); }
    /** The row of meeting @p id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Meeting> m_meetings;
};

} // namespace thuky
