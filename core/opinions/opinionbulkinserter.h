#pragma once

#include <core/opinions/opinion.h>

#include <QSqlQuery>

#include <functional>
#include <memory>

namespace thuky {

class Database;

/**
 * Inserts many reports fast, for import and the demo data set: rows are buffered and
 * written a few hundred per INSERT through one reused prepared statement (one statement
 * per row would make the full-text index flush at every row). The caller owns the
 * transaction and must call finish() before committing. Nothing is validated beyond the
 * database constraints.
 */
class OpinionBulkInserter
{
public:
    /**
     * On SQLite, rows are staged in a temporary table through the SQLite library itself and
     * moved into the reports table (indexes, search index) by one statement per
     * stagingRows rows: the per-statement work of a 16-index table is paid once per batch.
     */
    explicit OpinionBulkInserter(Database &db);
    ~OpinionBulkInserter();
    OpinionBulkInserter(const OpinionBulkInserter &) = delete;
    OpinionBulkInserter &operator=(const OpinionBulkInserter &) = delete;
    /** The work of finish() after the rows, when the indexes were deferred. */
    enum class Phase {
        Rows, ///< the rows themselves (the indexes kept up to date unless deferred)
        Indexes, ///< building the deferred indexes again, one at a time
        SearchIndex, ///< adding the new rows to the full-text search index
    };
    /** Told how far a phase is (@p done of @p total); may throw to stop (and roll back). */
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;

    /**
     * Whether deferIndexes() is worth it for @p rows new reports: on SQLite, when they are at
     * least deferThreshold() and at least as many as the reports table holds already (then
     * sorting every row once per index is cheaper than inserting each new row into each index).
     */
    static bool worthDeferring(Database &db, qint64 rows);
    /**
     * The fewest rows for which worthDeferring() may say yes: 50,000, or the environment
     * variable THUKY_IMPORT_REBUILD_ROWS (a test lowers it to take the path with a few rows).
     */
    static qint64 deferThreshold();

    /**
     * SQLite, before the first append(), inside the caller's transaction: drops the reports
     * table's secondary indexes and its search-index and reporter-key insert triggers, so that
     * the rows go into the bare table; finish() creates them again from their own definitions
     * (sqlite_master) and adds the new rows to the search index. The schema is changed only
     * inside the transaction: a rollback, a cancel or a crash leaves the database as it was.
     * Nothing on PostgreSQL.
     */
    void deferIndexes();
    /** Whether deferIndexes() took effect. */
    bool defersIndexes() const;

    /** Queues @p report; written at the latest by finish(). */
    void append(const OpinionReport &report);
    /** The same, taking the report's text without a copy. */
    void append(OpinionReport &&report);
    /** Writes what is queued, then builds what deferIndexes() dropped (telling @p progress). */
    void finish(const Progress &progress = {});
    /** Rows written so far. */
    qint64 written() const { return m_written; }
    /** The created_at (and updated_at) every row of this inserter gets. */
    QString stamp() const { return m_now; }

    /** The column values of an INSERT of @p report, in insertColumns() order. */
    static QVariantList values(
        const OpinionReport &report, const QString &user, const QString &now);
    /** The columns an INSERT of a report names. */
    static QString insertColumns();
    /** The VALUES tuple of one report: placeholders, and the reporter's sort key looked up. */
    static QString valueTuple();

private:
    void flush();
    void dispatch();
    void rebuild(const Progress &progress);

    struct Direct;
    struct Deferred;
    Database &m_db;
    std::unique_ptr<Direct> m_direct; ///< SQLite: a prepared statement of the library itself
    std::unique_ptr<Deferred> m_deferred; ///< what deferIndexes() dropped, to build again
    QList<OpinionReport> m_queue; ///< SQLite: reports whose values a second thread prepares
    QSqlQuery m_batch; ///< otherwise: prepared for a full batch
    QVariantList m_pending;
    int m_pendingRows = 0;
    qint64 m_written = 0;
    QString m_now;
};

} // namespace thuky
