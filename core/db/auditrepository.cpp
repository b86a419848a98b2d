#include <core/db/auditrepository.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QStringList>

namespace thuky {

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

QList<AuditEntry> AuditRepository::read(
    const QString &where, const QVariantList &values, const QString &tail)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, at, user_name, action, entity, entity_uuid, detail, field, "
                       "old_value, new_value FROM audit_log WHERE %1 %2")
            .arg(where, tail),
        values);
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString() });
    return entries;
}

QList<AuditEntry> AuditRepository::entries(const QDate &since)
{
    // Timestamps are ISO text, so a date compares as their prefix; "0000" precedes them all.
    return read(QStringLiteral("at >= ?"),
        { since.isValid() ? VnDate::iso(since) : QStringLiteral("0000") },
        QStringLiteral("ORDER BY id"));
}

QList<AuditEntry> AuditRepository::find(
    const AuditFilter &filter, int limit, int offset, AuditOrder order)
{
    QStringList where { QStringLiteral("1 = 1") };
    QVariantList values;
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << VnDate::iso(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << VnDate::iso(filter.until.addDays(1));
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        values << filter.user;
    }
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        values << filter.entity;
    }
    if (!filter.uuid.isEmpty()) {
        where << QStringLiteral("entity_uuid = ?");
        values << filter.uuid;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(lower(action) LIKE ? OR lower(detail) LIKE ? OR lower(field) "
                                "LIKE ? OR lower(old_value) LIKE ? OR lower(new_value) LIKE ?)");
        const QString like = QLatin1Char('%') + filter.text.toLower() + QLatin1Char('%');
        for (int i = 0; i < 5; ++i)
            values << like;
    }
    return read(where.join(QStringLiteral(" AND ")), values,
        QStringLiteral("ORDER BY id %1 LIMIT %2 OFFSET %3")
            .arg(order == AuditOrder::Newest ? QStringLiteral("DESC") : QStringLiteral("ASC"))
            .arg(limit)
            .arg(offset));
}

QStringList AuditRepository::users()
{
    QStringList names;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT DISTINCT user_name FROM audit_log WHERE user_name <> '' ORDER BY user_name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QStringList AuditRepository::entities()
{
    QStringList names;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT DISTINCT entity FROM audit_log WHERE entity <> '' ORDER BY entity"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

void AuditRepository::forEach(
    const AuditFilter &filter, const std::function<void(const AuditEntry &)> &visit)
{
    constexpr int page = 5000;
    for (int offset = 0;; offset += page) {
        const QList<AuditEntry> entries = find(filter, page, offset, AuditOrder::Oldest);
        for (const AuditEntry &e : entries)
            visit(e);
        if (entries.size() < page)
            break;
    }
}

QStringList AuditRepository::csvColumns()
{
    return { QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
        QStringLiteral("entity"), QStringLiteral("uuid"), QStringLiteral("field"),
        QStringLiteral("old"), QStringLiteral("new") };
}

QStringList AuditRepository::csvRow(const AuditEntry &e)
{
    return { e.at, e.user, e.action, e.entity, e.entityUuid, e.field, e.oldValue, e.newValue };
}

} // namespace thuky
