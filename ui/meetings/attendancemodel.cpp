#include <ui/meetings/attendancemodel.h>

#include <core/db/roles.h>
#include <core/text/textnorm.h>

#include <QColor>

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

bool AttendanceModel::isEditableIn(const Attendance &row, int column) const
{
    return isEditable(column) || (column == NameColumn && row.personId <= 0);
}

QVariant AttendanceModel::value(int row, int column, int role) const
{
    const Attendance &a = rowAt(row);
    if (role == IdRole)
        return a.personId;
    if (role == Qt::ForegroundRole && column == NameColumn && a.personId <= 0)
        return QColor(0xb0, 0x00, 0x20); // a name that is no member: refused on saving
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
    if (column == NameColumn)
        return setPerson(row, value.toString());
    QString &field = column == StatusColumn ? row.status
        : column == ReasonColumn            ? row.reason
                                            : row.delegate;
    const QString text = column == StatusColumn ? value.toString() : value.toString().trimmed();
    if (field == text)
        return false;
    field = text;
    return true;
}

bool AttendanceModel::setPerson(Attendance &row, const QString &name) const
{
    const QString clean = TextNorm::clean(name);
    Attendance a = row;
    a.personId = 0;
    a.personName = clean;
    a.role.clear();
    a.titles.clear();
    const QString folded = TextNorm::fold(clean);
    for (const Attendance &m : m_members)
        if (!folded.isEmpty() && TextNorm::fold(m.personName) == folded) {
            a.personId = m.personId;
            a.personName = m.personName;
            a.role = m.role;
            a.titles = m.titles;
            break;
        }
    if (a.personId == row.personId && a.personName == row.personName)
        return false;
    row = a;
    return true;
}

bool AttendanceModel::isBlank(const Attendance &a) const
{
    return a.personId <= 0 && a.personName.isEmpty() && a.reason.isEmpty() && a.delegate.isEmpty();
}

} // namespace thuky
