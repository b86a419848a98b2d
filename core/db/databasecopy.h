#pragma once

#include <functional>

#include <QString>
#include <QStringList>

namespace thuky {

class Database;

/**
 * Copies every record, ids and UUIDs included, from one Thư Ký database into another of
 * either backend. Used by `copy`, by `backup` of a server database and by `restore`.
 */
class DatabaseCopy
{
public:
    /** Called with (table, rows copied so far in it). */
    using Progress = std::function<void(const QString &, qint64)>;

    /**
     * Into a server, a table of at least this many rows is loaded bare (its secondary indexes,
     * unique and foreign-key constraints and triggers put back after the rows); tests lower it.
     */
    static inline qint64 bareLoadRows = 50000;

    /** Number of records in the tables that hold user data (0 = an empty database). */
    static qint64 recordCount(Database &db);
    /**
     * Copies @p from into @p to in one transaction. @p to must hold no records (throws
     * ValidationError otherwise); both must have the same schema version. The tables in
     * @p skip are left out. Into a PostgreSQL server the rows go through COPY.
     */
    static void copy(
        Database &from, Database &to, const Progress &progress = {}, const QStringList &skip = {});
    /** Backups::write(): a checked backup of @p db in the new file @p file. */
    static void backup(Database &db, const QString &file, const Progress &progress = {});
    /**
     * Deletes every record of @p to (inside the caller's transaction), children first; the
     * audit log, append-only, stays.
     */
    static void clear(Database &to);
    /** SQLite: integrity, foreign keys and the search index. Returns the problems found. */
    static QStringList check(Database &db);

private:
    static QStringList tables(Database &db);
};

} // namespace thuky
