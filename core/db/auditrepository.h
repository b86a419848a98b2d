#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace thuky {

class Database;

/**
 * One line of the audit log: who did what to which record, and when; for an update one line
 * per changed field with its old and new value (empty for an action that changes no field).
 */
struct AuditEntry
{
    qint64 id = 0;
    QString at; ///< ISO 8601 UTC timestamp
    QString user;
    QString action;
    QString entity;
    QString entityUuid;
    QString detail;
    QString field;
    QString oldValue;
    QString newValue;
};

/** Which lines to read; every member left empty matches every line. */
struct AuditFilter
{
    QDate since; ///< on or after (UTC date of the line)
    QDate until; ///< on or before
    QString user;
    QString entity;
    QString uuid; ///< one record
    QString text; ///< in the action, detail, field, old or new value
};

enum class AuditOrder { Newest, Oldest };

/** Reads the append-only audit log that Database::audit() and the audit triggers write. */
class AuditRepository
{
public:
    explicit AuditRepository(Database &db);
    /** The entries written on or after @p since (every entry when invalid), oldest first. */
    QList<AuditEntry> entries(const QDate &since = {});
    /** The entries that match @p filter in @p order, at most @p limit from @p offset. */
    QList<AuditEntry> find(const AuditFilter &filter, int limit, int offset = 0,
        AuditOrder order = AuditOrder::Newest);
    /** The user names and the entity kinds found in the log, sorted (for the filter lists). */
    QStringList users();
    QStringList entities();

    /** Every entry matching @p filter, oldest first, read a page at a time. */
    void forEach(const AuditFilter &filter, const std::function<void(const AuditEntry &)> &visit);
    /** The columns of the audit CSV (SPEC.md): at,user,action,entity,uuid,field,old,new. */
    static QStringList csvColumns();
    /** @p entry as a row of those columns. */
    static QStringList csvRow(const AuditEntry &entry);

private:
    QList<AuditEntry> read(const QString &where, const QVariantList &values, const QString &tail);
    Database &m_db;
};

} // namespace thuky
