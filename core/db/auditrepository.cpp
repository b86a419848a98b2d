#include <core/db/auditrepository.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

namespace thuky {

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

QList<AuditEntry> AuditRepository::entries(const QDate &since)
{
    // Timestamps are ISO text, so a date compares as their prefix; "0000" precedes them all.
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT at, user_name, action, entity, entity_uuid, detail "
                                   "FROM audit_log WHERE at >= ? ORDER BY id"),
            { since.isValid() ? VnDate::iso(since) : QStringLiteral("0000") });
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return entries;
}

} // namespace thuky
