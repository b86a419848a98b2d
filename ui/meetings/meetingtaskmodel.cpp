#include <ui/meetings/meetingtaskmodel.h>

#include <core/text/vndate.h>

#include <QRegularExpression>

namespace thuky {

QDate parseTypedDate(const QString &text)
{
    const QDate iso = VnDate::parse(text.trimmed());
    if (iso.isValid())
        return iso;
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})[/.-]?(\\d{1,2})[/.-]?(\\d{2}|\\d{4})$"));
    QString t = text.trimmed();
    // Digits only: two for the day and two for the month.
    if (!t.contains(QRegularExpression(QStringLiteral("[/.-]")))
        && (t.size() == 6 || t.size() == 8))
        t = t.left(2) + QLatin1Char('/') + t.mid(2, 2) + QLatin1Char('/') + t.mid(4);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return {};
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += 2000;
    return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

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
        const QDate due = parseTypedDate(text);
        if ((!due.isValid() && !text.isEmpty()) || due == row.due)
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

bool MeetingTaskModel::isBlank(const Task &t) const
{
    return t.description.isEmpty() && t.owner.isEmpty();
}

} // namespace thuky
