#include <core/opinions/opinionbulkinserter.h>

#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/opinions/opinionrepository.h>
#include <core/text/vndate.h>

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QUuid>

#include <future>
#include <utility>

#include <sqlite3.h>

namespace thuky {

using SqlValue::nullable;
using SqlValue::nullableId;

namespace {
constexpr int batchRows = 200;
constexpr int columnCount = 22;

QString placeholders(int n)
{
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts.append(QStringLiteral("?"));
    return parts.join(QLatin1Char(','));
}

QString insertSql(int rows)
{
    const QString tuple = OpinionBulkInserter::valueTuple();
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples.append(tuple);
    return QStringLiteral("INSERT INTO opinions (%1) VALUES %2")
        .arg(OpinionBulkInserter::insertColumns(), tuples.join(QLatin1Char(',')));
}

/** A random (version 4) UUID without a system call per row, for bulk inserts. */
QString fastUuid()
{
    QRandomGenerator *rng = QRandomGenerator::global();
    const quint64 a = rng->generate64();
    const quint64 b = rng->generate64();
    return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000),
        uchar(((b >> 56) & 0x3F) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
        uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b))
        .toString(QUuid::WithoutBraces);
}

sqlite3 *sqliteHandle(Database &db)
{
    if (db.backend() != Database::Backend::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

constexpr int stagingRows = 20000;
constexpr int dispatchRows = 2000;
/** Rows per statement that adds new rows to the search index (progress and cancel between). */
constexpr qint64 searchIndexRows = 50000;

/**
 * Rows bound straight through the SQLite library into a temporary table without indexes or
 * triggers (binding costs a pointer, where Qt's driver builds a name and a hash entry for
 * each of the 22 values of each row), then moved into opinions by one INSERT … SELECT.
 */
struct OpinionBulkInserter::Direct
{
    Database &database;
    sqlite3 *db = nullptr;
    sqlite3_stmt *stage = nullptr;
    /** With the indexes deferred: straight into the bare reports table, a row per step. */
    sqlite3_stmt *direct = nullptr;
    int staged = 0;
    qint64 cacheSize = 0;
    /** The values of the last dispatched reports, prepared on a second thread. */
    std::future<QList<QVariantList>> prepared;

    Direct(Database &d, sqlite3 *handle)
        : database(d)
        , db(handle)
    {
        // A larger page cache while indexes of a big table take many rows (256 MiB at most,
        // taken only as pages are used): fewer re-reads and no spilling before the commit.
        cacheSize = database.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
        database.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        database.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS opinion_staging (%1)")
                          .arg(stagedColumns()));
        database.exec(QStringLiteral("DELETE FROM temp.opinion_staging"));
        const QByteArray sql = QStringLiteral("INSERT INTO temp.opinion_staging VALUES (%1)")
                                   .arg(placeholders(columnCount - 1))
                                   .toUtf8();
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stage, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "prepare");
    }

    ~Direct()
    {
        if (prepared.valid())
            prepared.wait();
        sqlite3_finalize(stage);
        sqlite3_finalize(direct);
        try {
            database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
            database.exec(QStringLiteral("DROP TABLE IF EXISTS temp.opinion_staging"));
        } catch (const DbError &) {
        }
    }

    /** The report columns but the last (the reporter's sort key, looked up on the move). */
    static QString stagedColumns()
    {
        QStringList columns = OpinionBulkInserter::insertColumns().split(QStringLiteral(", "));
        columns.removeLast();
        return columns.join(QStringLiteral(", "));
    }

    /**
     * Runs @p sql (no result rows) through the library itself: the statements that take the
     * reports table's indexes down and up again inside the import's transaction are the
     * import's own bookkeeping, not a schema change a role must be allowed.
     */
    void run(const QString &sql)
    {
        const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "run");
    }

    [[noreturn]] void fail(int code, const char *what) const
    {
        throw DbError(DbError::fromSqliteCode(code),
            QStringLiteral("%1: %2").arg(
                QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
    }

    /**
     * Rows go into the reports table one statement each from now on: without indexes and
     * triggers, a row costs what it costs in a batch, and nothing is copied twice.
     */
    void insertDirectly()
    {
        move();
        QStringList values;
        for (int i = 1; i < columnCount; ++i)
            values.append(QStringLiteral("?%1").arg(i));
        // ?7 is the reporter_id: its sort key, as the staged move looks it up.
        const QByteArray sql
            = QStringLiteral("INSERT INTO main.opinions (%1) VALUES (%2, "
                             "(SELECT sort_key FROM persons WHERE id = ?7))")
                  .arg(OpinionBulkInserter::insertColumns(), values.join(QLatin1Char(',')))
                  .toUtf8();
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &direct, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "prepare");
    }

    void write(const QVariantList &values)
    {
        sqlite3_stmt *stmt = direct ? direct : stage;
        for (int i = 0; i < columnCount - 1; ++i) {
            const QVariant &v = values.at(i);
            const QString *text = v.typeId() == QMetaType::QString
                ? static_cast<const QString *>(v.constData())
                : nullptr;
            int rc = SQLITE_OK;
            if (v.isNull() || (text && text->isNull())) { // as Qt's driver: a null QString is NULL
                rc = sqlite3_bind_null(stmt, i + 1);
            } else if (text) {
                // The QString outlives the step: SQLite reads its UTF-16 where it lies.
                rc = sqlite3_bind_text16(
                    stmt, i + 1, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
            } else {
                rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            }
            if (rc != SQLITE_OK)
                fail(rc, "bind");
        }
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            fail(rc, direct ? "insert" : "stage");
        if (!direct && ++staged == stagingRows)
            move();
    }

    /** Stages the values of @p ready, prepared for reports dispatched before. */
    void drain(std::future<QList<QVariantList>> &ready)
    {
        if (!ready.valid())
            return;
        for (const QVariantList &v : ready.get())
            write(v);
    }

    /** One statement: every index and the search index take the staged rows at once. */
    void move()
    {
        if (staged == 0)
            return;
        const QString columns = stagedColumns();
        database.exec(QStringLiteral("INSERT INTO opinions (%1, reporter_key) SELECT %1, "
                                     "(SELECT sort_key FROM persons p WHERE p.id = s.reporter_id) "
                                     "FROM temp.opinion_staging s ORDER BY s.rowid")
                          .arg(columns));
        database.exec(QStringLiteral("DELETE FROM temp.opinion_staging"));
        staged = 0;
    }
};

/** What deferIndexes() dropped, in the words sqlite_master had for it. */
struct OpinionBulkInserter::Deferred
{
    struct Object
    {
        QString name;
        QString sql;
    };
    QList<Object> indexes;
    QList<Object> triggers;
    bool searchIndex = false; ///< the trigger that feeds the search index was dropped
    qint64 afterId = 0; ///< the rows of this inserter have greater ids
};

QString OpinionBulkInserter::insertColumns()
{
    return QStringLiteral("uuid, created_at, updated_at, updated_by, observed_on, quarter, "
                          "reporter_id, locality_id, topic_id, channel, sentiment, urgency, scope, "
                          "summary, recommendation, agency_id, forwarded_on, status, response, "
                          "response_on, search_text, reporter_key");
}

QString OpinionBulkInserter::valueTuple()
{
    return QLatin1Char('(') + placeholders(columnCount - 1)
        + QStringLiteral(",(SELECT sort_key FROM persons WHERE id = ?))");
}

QVariantList OpinionBulkInserter::values(
    const OpinionReport &report, const QString &user, const QString &now)
{
    OpinionReport r = report;
    r.summary = OpinionRepository::cleanText(r.summary);
    r.recommendation = OpinionRepository::cleanText(r.recommendation);
    r.response = OpinionRepository::cleanText(r.response);
    return { r.uuid.isEmpty() ? fastUuid() : r.uuid, now, now, user, VnDate::iso(r.observedOn),
        VnDate::quarterCode(r.observedOn), nullableId(r.reporterId), r.localityId, r.topicId,
        r.channel, r.sentiment, r.urgency, r.scope, r.summary, nullable(r.recommendation),
        nullableId(r.agencyId), nullable(r.forwardedOn), r.status, nullable(r.response),
        nullable(r.responseOn), OpinionRepository::searchText(r), nullableId(r.reporterId) };
}

OpinionBulkInserter::OpinionBulkInserter(Database &db)
    : m_db(db)
    , m_now(Database::now())
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        m_direct = std::make_unique<Direct>(db, handle);
        return;
    }
    m_batch = db.prepare(insertSql(batchRows));
    m_pending.reserve(batchRows * columnCount);
}

OpinionBulkInserter::~OpinionBulkInserter() = default;

void OpinionBulkInserter::append(const OpinionReport &report)
{
    if (m_direct) {
        m_queue.append(report);
        if (m_queue.size() == dispatchRows)
            dispatch();
        return;
    }
    m_pending += values(report, m_db.currentUser(), m_now);
    if (++m_pendingRows == batchRows)
        flush();
}

void OpinionBulkInserter::append(OpinionReport &&report)
{
    if (!m_direct) {
        append(std::as_const(report));
        return;
    }
    m_queue.append(std::move(report));
    if (m_queue.size() == dispatchRows)
        dispatch();
}

void OpinionBulkInserter::flush()
{
    if (m_pendingRows == 0)
        return;
    QSqlQuery partial;
    QSqlQuery *q = &m_batch;
    if (m_pendingRows != batchRows) {
        partial = m_db.prepare(insertSql(m_pendingRows));
        q = &partial;
    }
    for (int i = 0; i < m_pending.size(); ++i)
        q->bindValue(i, m_pending.at(i));
    m_db.exec(*q);
    q->finish();
    m_written += m_pendingRows;
    m_pending.clear();
    m_pendingRows = 0;
}

/**
 * Hands the queued reports to a second thread, which cleans and folds their text (a third of
 * the work of a row) while this one stages the reports dispatched before and SQLite indexes
 * them.
 */
void OpinionBulkInserter::dispatch()
{
    QList<OpinionReport> reports;
    reports.swap(m_queue);
    std::future<QList<QVariantList>> before = std::move(m_direct->prepared);
    if (!reports.isEmpty()) {
        m_written += reports.size();
        m_direct->prepared = std::async(std::launch::async,
            [reports = std::move(reports), user = m_db.currentUser(), now = m_now] {
                QList<QVariantList> out;
                out.reserve(reports.size());
                for (const OpinionReport &r : reports)
                    out.append(values(r, user, now));
                return out;
            });
    }
    m_direct->drain(before); // while the new batch is being prepared
}

qint64 OpinionBulkInserter::deferThreshold()
{
    bool ok = false;
    const qint64 rows = qEnvironmentVariable("THUKY_IMPORT_REBUILD_ROWS").toLongLong(&ok);
    return ok && rows > 0 ? rows : 50000;
}

bool OpinionBulkInserter::worthDeferring(Database &db, qint64 rows)
{
    if (!sqliteHandle(db) || rows < deferThreshold())
        return false;
    // Up to the new rows' count: no need to count a million to know it is more.
    const qint64 held = db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM opinions "
                                                 "LIMIT %1)")
                                      .arg(rows + 1))
                            .toLongLong();
    return rows >= held;
}

bool OpinionBulkInserter::defersIndexes() const
{
    return m_deferred != nullptr;
}

void OpinionBulkInserter::deferIndexes()
{
    if (!m_direct || m_deferred || m_written > 0 || !m_queue.isEmpty())
        return;
    if (m_db.transactionDepth() == 0)
        throw DbError(DbError::QueryFailed,
            QStringLiteral("deferIndexes() outside a transaction would change the schema"));
    auto deferred = std::make_unique<Deferred>();
    deferred->afterId
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM opinions")).toLongLong();
    // The secondary indexes (not the uuid's, which belongs to the table) and the two insert
    // triggers whose work finish() does for all rows at once: the search index's, and the
    // reporter key's (the rows carry the right key already).
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'opinions' "
                       "AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND name "
                       "IN ('opinions_fts_ai', 'opinions_reporter_key_ai'))) ORDER BY type, name"));
    while (q.next()) {
        const Deferred::Object object { q.value(1).toString(), q.value(2).toString() };
        if (q.value(0).toString() == QLatin1String("index")) {
            deferred->indexes.append(object);
        } else {
            deferred->triggers.append(object);
            deferred->searchIndex
                = deferred->searchIndex || object.name == QLatin1String("opinions_fts_ai");
        }
    }
    q.finish();
    for (const Deferred::Object &index : std::as_const(deferred->indexes))
        m_direct->run(QStringLiteral("DROP INDEX main.\"%1\"").arg(index.name));
    for (const Deferred::Object &trigger : std::as_const(deferred->triggers))
        m_direct->run(QStringLiteral("DROP TRIGGER main.\"%1\"").arg(trigger.name));
    // Up to 2 GiB of page cache (taken only as pages are used; a million reports fill about
    // 1.7 GiB): each index build reads the whole table, and a page SQLite had to spill reads
    // back from the WAL through a lookup that grows with the transaction.
    m_direct->run(QStringLiteral("PRAGMA cache_size = -2097152"));
    m_direct->insertDirectly();
    m_deferred = std::move(deferred);
}

void OpinionBulkInserter::finish(const Progress &progress)
{
    if (m_direct) {
        dispatch();
        m_direct->drain(m_direct->prepared);
        m_direct->move();
    }
    flush();
    if (m_deferred)
        rebuild(progress);
}

/**
 * Builds what deferIndexes() dropped: each index in one sort of the whole table, then the new
 * rows into the search index in order of id, a statement per searchIndexRows rows.
 */
void OpinionBulkInserter::rebuild(const Progress &progress)
{
    const std::unique_ptr<Deferred> deferred = std::move(m_deferred);
    auto tell = [&](Phase phase, qint64 done, qint64 total) {
        if (progress)
            progress(phase, done, total);
    };
    // The sorter of CREATE INDEX sorts parts of the table on a second thread while it reads.
    const qint64 threads = m_db.scalar(QStringLiteral("PRAGMA threads")).toLongLong();
    m_direct->run(QStringLiteral("PRAGMA threads = 2"));
    auto restore = qScopeGuard([&] {
        try {
            m_direct->run(QStringLiteral("PRAGMA threads = %1").arg(threads));
        } catch (const DbError &) {
        }
    });
    const qint64 indexes = deferred->indexes.size();
    for (qint64 i = 0; i < indexes; ++i) {
        tell(Phase::Indexes, i, indexes);
        m_direct->run(deferred->indexes.at(i).sql);
    }
    tell(Phase::Indexes, indexes, indexes);
    if (deferred->searchIndex) {
        const qint64 last
            = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM opinions")).toLongLong();
        const qint64 total = last - deferred->afterId;
        for (qint64 from = deferred->afterId; from < last; from += searchIndexRows) {
            tell(Phase::SearchIndex, from - deferred->afterId, total);
            m_direct->run(QStringLiteral("INSERT INTO opinions_fts(rowid, search_text) SELECT id, "
                                         "search_text FROM opinions WHERE id > %1 AND id <= %2 "
                                         "ORDER BY id")
                              .arg(from)
                              .arg(std::min(last, from + searchIndexRows)));
        }
        tell(Phase::SearchIndex, total, total);
    }
    for (const Deferred::Object &trigger : std::as_const(deferred->triggers))
        m_direct->run(trigger.sql);
}

} // namespace thuky
