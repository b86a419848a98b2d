#pragma once

#include <core/opinions/opinion.h>

#include <QSqlQuery>

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
    /** Queues @p report; written at the latest by finish(). */
    void append(const OpinionReport &report);
    /** Writes what is queued. */
    void finish();
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

    struct Direct;
    Database &m_db;
    std::unique_ptr<Direct> m_direct; ///< SQLite: a prepared statement of the library itself
    QList<OpinionReport> m_queue; ///< SQLite: reports whose values a second thread prepares
    QSqlQuery m_batch; ///< otherwise: prepared for a full batch
    QVariantList m_pending;
    int m_pendingRows = 0;
    qint64 m_written = 0;
    QString m_now;
};

} // namespace thuky
