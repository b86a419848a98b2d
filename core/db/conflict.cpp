#include <core/db/conflict.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ConflictError)
};

QDateTime parseStored(const QString &at)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t;
}

QString whoOf(const QString &updatedBy)
{
    return updatedBy.isEmpty() ? Tr::tr("someone else") : updatedBy;
}

QString whenOf(const QDateTime &at)
{
    if (!at.isValid())
        return Tr::tr("an unknown time");
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString describe(const QString &entity, const QString &updatedBy, const QString &updatedAt)
{
    return Tr::tr("%1 was changed by %2 at %3 after it was read; nothing was written. "
                  "Reload it, or save again to overwrite that version.")
        .arg(ConflictError::entityLabel(entity), whoOf(updatedBy), whenOf(parseStored(updatedAt)));
}
} // namespace

ConflictError::ConflictError(const QString &entity, const QString &uuid, const QString &updatedBy,
    const QString &updatedAt, int currentVersion)
    : ValidationError(QStringLiteral("row_version"), describe(entity, updatedBy, updatedAt))
    , m_entity(entity)
    , m_uuid(uuid)
    , m_updatedBy(updatedBy)
    , m_updatedAt(parseStored(updatedAt))
    , m_currentVersion(currentVersion)
{
}

QString ConflictError::who() const
{
    return whoOf(m_updatedBy);
}

QString ConflictError::when() const
{
    return whenOf(m_updatedAt);
}

QString ConflictError::entityLabel(const QString &entity)
{
    if (entity == QLatin1String("opinion"))
        return Tr::tr("The report");
    if (entity == QLatin1String("person"))
        return Tr::tr("The person");
    if (entity == QLatin1String("committee"))
        return Tr::tr("The committee");
    if (entity == QLatin1String("membership"))
        return Tr::tr("The membership");
    if (entity == QLatin1String("meeting"))
        return Tr::tr("The meeting");
    if (entity == QLatin1String("task"))
        return Tr::tr("The task");
    if (entity == QLatin1String("topic"))
        return Tr::tr("The topic");
    if (entity == QLatin1String("agency"))
        return Tr::tr("The agency");
    if (entity == QLatin1String("locality"))
        return Tr::tr("The locality");
    return Tr::tr("The record");
}

namespace RowVersions {

void require(Database &db, int touched, const QString &table, const QString &entity, qint64 id,
    const QString &missing)
{
    if (touched == 1)
        return;
    // Table names are the repositories' own constants, never user text.
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT uuid, updated_by, updated_at, row_version FROM %1 WHERE id = ?")
            .arg(table),
        { id });
    if (!q.next())
        throw ValidationError(QStringLiteral("id"), missing);
    throw ConflictError(entity, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toInt());
}

int current(Database &db, const QString &table, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), { id })
        .toInt();
}

} // namespace RowVersions
} // namespace thuky
