#include <ui/meetings/meetinglistmodel.h>

#include <core/text/vndate.h>

#include <QFont>

namespace thuky {

void MeetingListModel::setMeetings(const QList<Meeting> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_meetings.size(); ++i)
        if (m_meetings.at(i).id == id)
            return i;
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const Meeting &m = m_meetings.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            return VnDate::display(m.date());
        case KindColumn:
            return MeetingKinds::label(m.kind);
        case TitleColumn:
            return m.title;
        case StatusColumn:
            return m.isApproved() ? tr("Approved") : tr("Draft");
        case NumberColumn:
            return m.isApproved() ? QStringLiteral("%1-BB/BCĐ").arg(m.number) : QString();
        }
    }
    if (role == Qt::FontRole && !m.isApproved() && index.column() == StatusColumn) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case NumberColumn:
        return tr("Number");
    }
    return {};
}

} // namespace thuky
