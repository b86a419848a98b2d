#include <ui/meetings/attendancemodel.h>

#include <core/db/roles.h>

namespace thuky {

namespace {
QString roleLabel(const QString &code)
{
    Role r;
    return Roles::fromCode(code, &r) ? Roles::label(r) : code;
}
} // namespace

AttendanceModel::AttendanceModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{
}

QList<QPair<QString, QVariant>> AttendanceModel::statuses()
{
    return { { tr("Present"), QStringLiteral("present") },
        { tr("Absent"), QStringLiteral("absent") },
        { tr("Represented by a delegate"), QStringLiteral("delegate") } };
}

QString AttendanceModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Attendance");
    case ReasonColumn:
        return tr("Reason");
    default:
        return tr("Delegate");
    }
}

bool AttendanceModel::isEditable(int column) const
{
    return column == StatusColumn || column == ReasonColumn || column == DelegateColumn;
}

QVariant AttendanceModel::value(int row, int column, int role) const
{
    const Attendance &a = rowAt(row);
    if (role == IdRole)
        return a.personId;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case NameColumn:
        return a.personName;
    case RoleColumn:
        return roleLabel(a.role);
    case StatusColumn:
        if (role == Qt::EditRole)
            return a.status;
        for (const auto &s : statuses())
            if (s.second == a.status)
                return s.first;
        return a.status;
    case ReasonColumn:
        return a.reason;
    default:
        return a.delegate;
    }
}

bool AttendanceModel::setValue(Attendance &row, int column, const QVariant &value)
{
    QString &field = column == StatusColumn ? row.status
        : column == ReasonColumn            ? row.reason
                                            : row.delegate;
    const QString text = column == StatusColumn ? value.toString() : value.toString().trimmed();
    if (field == text)
        return false;
    field = text;
    return true;
}

} // namespace thuky
