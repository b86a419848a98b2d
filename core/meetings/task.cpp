#include <core/meetings/task.h>

#include <QCoreApplication>

namespace thuky {

bool Task::isOpen() const
{
    return status == QLatin1String("open") || status == QLatin1String("in_progress");
}

bool Task::isOverdue(const QDate &today) const
{
    return isOpen() && due.isValid() && due < today;
}

QStringList TaskStatuses::codes()
{
    return { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
        QStringLiteral("cancelled") };
}

bool TaskStatuses::isValid(const QString &code)
{
    return codes().contains(code);
}

QString TaskStatuses::label(const QString &code)
{
    if (code == QLatin1String("open"))
        return QCoreApplication::translate("thuky::TaskStatuses", "Open");
    if (code == QLatin1String("in_progress"))
        return QCoreApplication::translate("thuky::TaskStatuses", "In progress");
    if (code == QLatin1String("done"))
        return QCoreApplication::translate("thuky::TaskStatuses", "Done");
    if (code == QLatin1String("cancelled"))
        return QCoreApplication::translate("thuky::TaskStatuses", "Cancelled");
    return code;
}

QString TaskStatuses::vietnamese(const QString &code)
{
    if (code == QLatin1String("open"))
        return QStringLiteral("chưa thực hiện");
    if (code == QLatin1String("in_progress"))
        return QStringLiteral("đang thực hiện");
    if (code == QLatin1String("done"))
        return QStringLiteral("đã hoàn thành");
    if (code == QLatin1String("cancelled"))
        return QStringLiteral("không thực hiện");
    return code;
}

} // namespace thuky
