#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace thuky {

class Database;

/** One line of the audit log: who did what to which record, and when. */
struct AuditEntry
{
    QString at; ///< ISO 8601 UTC timestamp
    QString user;
    QString action;
    QString entity;
    QString entityUuid;
    QString detail;
};

/** Reads the audit log that Database::audit() writes. */
class AuditRepository
{
public:
    explicit AuditRepository(Database &db);
    /** The entries written on or after @p since (every entry when invalid), oldest first. */
    QList<AuditEntry> entries(const QDate &since = {});

private:
    Database &m_db;
};

} // namespace thuky
