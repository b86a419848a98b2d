#include <ui/meetings/meetingtaskmodel.h>

#include <core/text/vndate.h>

namespace thuky {

MeetingTaskModel::MeetingTaskModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{
}

QList<QPair<QString, QVariant>> MeetingTaskModel::statuses()
{
    QList<QPair<QString, QVariant>> out;
    for (const QString &c : TaskStatuses::codes())
        out.append({ TaskStatuses::label(c), c });
    return out;
}

QString MeetingTaskModel::columnTitle(int column) const
{
    switch (column) {
    case DescriptionColumn:
        return tr("Task");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due (DD/MM/YYYY)");
    default:
        return tr("Status");
    }
}

bool MeetingTaskModel::isEditable(int) const
{
    return true;
}

QVariant MeetingTaskModel::value(int row, int column, int role) const
{
    const Task &t = rowAt(row);
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case DescriptionColumn:
        return t.description;
    case OwnerColumn:
        return t.owner;
    case DueColumn:
        return VnDate::display(t.due);
    default:
        return role == Qt::EditRole ? t.status : TaskStatuses::label(t.status);
    }
}

bool MeetingTaskModel::setValue(Task &row, int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (column == DueColumn) {
        const QDate due = VnDate::parse(text);
        if (due == row.due)
            return false;
        row.due = due;
        return true;
    }
    QString &field = column == DescriptionColumn ? row.description
        : column == OwnerColumn                  ? row.owner
                                                 : row.status;
    if (field == text)
        return false;
    field = text;
    return true;
}

} // namespace thuky
