#include <core/db/databasecopy.h>

#include <core/db/backups.h>
#include <core/db/database.h>
#include <core/db/lazylibrary.h>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace thuky {

namespace {
// Parents before children; tables a later version adds go at the end in name order.
const char *const tableOrder[] = {
    "settings",
    "users",
    "audit_log",
    "localities",
    "committees",
    "persons",
    "memberships",
    "meetings",
    "meeting_chairs",
    "attendance",
    "agenda_items",
    "speeches",
    "tasks",
    "channels",
    "topics",
    "agencies",
    "opinions",
    "saved_filters",
};
// Columns that point into their own table: written in a second pass.
const char *const selfReferences[][2] = {
    { "localities", "parent_id" },
    { "localities", "merged_into_id" },
    { "committees", "parent_id" },
    { "committees", "successor_id" },
    { "topics", "parent_id" },
};
// Tables holding nothing a user made.
bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("thuky_meta") || table == QLatin1String("channels")
        || table == QLatin1String("audit_log") || table == QLatin1String("settings")
        || table == QLatin1String("exchange_seen")
        || table.startsWith(QLatin1String("opinions_fts"))
        || table.startsWith(QLatin1String("sqlite_"));
}

/**
 * libpq, for COPY: looked up at the first copy to a server, by when Qt's PostgreSQL driver has
 * loaded it; a workstation on SQLite never loads it.
 */
LazyLibrary &pqLibrary()
{
    static LazyLibrary lib("pq", 5, "libpq5");
    return lib;
}

/** The libpq connection under Qt's PostgreSQL driver, or nullptr. */
PGconn *pgConnection(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt names the type after libpq's struct tag (pg_conn*) or its typedef (PGconn*).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/** Appends @p v to a line of COPY's text format (\N for NULL, special characters escaped). */
void appendCopyValue(QByteArray &line, const QVariant &v)
{
    if (v.isNull()) {
        line.append("\\N");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        line.append(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::Double:
        line.append(QByteArray::number(v.toDouble(), 'g', 17));
        return;
    default:
        break;
    }
    const QByteArray text
        = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            line.append("\\\\");
            break;
        case '\t':
            line.append("\\t");
            break;
        case '\n':
            line.append("\\n");
            break;
        case '\r':
            line.append("\\r");
            break;
        default:
            line.append(c);
        }
    }
}

/**
 * One table's rows through COPY … FROM STDIN on @p to's own connection (inside its
 * transaction). A failure ends the COPY and throws; the caller's transaction is rolled back.
 */
class CopyIn
{
public:
    CopyIn(Database &to, const QString &table, const QStringList &columns, bool freeze)
        : m_conn(pgConnection(to))
    {
        if (QString error; !pqLibrary().load(&error))
            throw DbError(DbError::QueryFailed, error);
        if (!m_conn)
            throw DbError(DbError::QueryFailed, QStringLiteral("no PostgreSQL connection"));
        const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN%3")
                                   .arg(table, columns.join(QLatin1Char(',')),
                                       freeze ? QStringLiteral(" (FREEZE)") : QString())
                                   .toUtf8();
        PGresult *r = THUKY_LAZY(pqLibrary(), PQexec)(m_conn, sql.constData());
        const bool ready = THUKY_LAZY(pqLibrary(), PQresultStatus)(r) == PGRES_COPY_IN;
        THUKY_LAZY(pqLibrary(), PQclear)(r);
        if (!ready)
            fail(sql);
        m_buffer.reserve(Flush + 64 * 1024);
    }
    ~CopyIn()
    {
        if (m_open) {
            THUKY_LAZY(pqLibrary(), PQputCopyEnd)(m_conn, "cancelled");
            while (PGresult *r = THUKY_LAZY(pqLibrary(), PQgetResult)(m_conn))
                THUKY_LAZY(pqLibrary(), PQclear)(r);
        }
    }
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    /** The line being written: append values with appendCopyValue(), tabs between. */
    QByteArray &buffer() { return m_buffer; }
    /** Ends a row; sends the buffer when it is large. */
    void endRow()
    {
        m_buffer.append('\n');
        if (m_buffer.size() >= Flush)
            send();
    }
    void finish()
    {
        send();
        m_open = false;
        bool ok = THUKY_LAZY(pqLibrary(), PQputCopyEnd)(m_conn, nullptr) == 1;
        QString error;
        while (PGresult *r = THUKY_LAZY(pqLibrary(), PQgetResult)(m_conn)) {
            if (THUKY_LAZY(pqLibrary(), PQresultStatus)(r) != PGRES_COMMAND_OK) {
                ok = false;
                error = QString::fromUtf8(THUKY_LAZY(pqLibrary(), PQresultErrorMessage)(r));
            }
            THUKY_LAZY(pqLibrary(), PQclear)(r);
        }
        if (!ok)
            throw DbError(DbError::QueryFailed,
                error.isEmpty() ? QString::fromUtf8(THUKY_LAZY(pqLibrary(), PQerrorMessage)(m_conn))
                                : error);
    }

private:
    static constexpr qsizetype Flush = 1 << 20;

    void send()
    {
        if (!m_buffer.isEmpty()
            && THUKY_LAZY(pqLibrary(), PQputCopyData)(
                   m_conn, m_buffer.constData(), int(m_buffer.size()))
                != 1)
            fail("COPY");
        m_buffer.clear();
    }
    [[noreturn]] void fail(const QByteArray &what)
    {
        const QString error = QString::fromUtf8(THUKY_LAZY(pqLibrary(), PQerrorMessage)(m_conn));
        throw DbError(
            DbError::QueryFailed, QStringLiteral("%1\n%2").arg(error, QString::fromUtf8(what)));
    }

    PGconn *m_conn;
    QByteArray m_buffer;
    bool m_open = true;
};

/**
 * A large server table is loaded bare: its secondary indexes, unique and foreign-key
 * constraints and its own triggers are set aside for the load and put back after it, in the
 * same transaction (a build of each index over the rows, one check of each key, is many
 * times faster than keeping them up to date row by row). Only the table's owner may do
 * so; for anyone else the load keeps them all.
 */
class BareLoad
{
public:
    BareLoad(Database &to, const QString &table)
        : m_db(to)
        , m_table(table)
    {
        if (!m_db.scalar(QStringLiteral("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class "
                                        "WHERE oid = to_regclass(?)"),
                     { table })
                 .toBool())
            return;
        m_db.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'"));
        QSqlQuery constraints = m_db.exec(
            QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                           "conrelid = to_regclass(?) AND contype IN ('f', 'u') ORDER BY conname"),
            { table });
        while (constraints.next())
            m_constraints.append(
                { constraints.value(0).toString(), constraints.value(1).toString() });
        QSqlQuery indexes = m_db.exec(
            QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                           "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = "
                           "to_regclass(?) AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM "
                           "pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname"),
            { table });
        while (indexes.next())
            m_indexes.append({ indexes.value(0).toString(), indexes.value(1).toString() });
        for (const auto &c : std::as_const(m_constraints))
            m_db.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, c.first));
        for (const auto &i : std::as_const(m_indexes))
            m_db.exec(QStringLiteral("DROP INDEX %1").arg(i.first));
        m_db.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        // Emptied in this transaction, the table takes frozen rows: visible to all and marked
        // so at once, no vacuum needed before an index-only scan can skip the table.
        if (!m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1) OR EXISTS (SELECT 1 "
                                        "FROM pg_constraint WHERE confrelid = to_regclass(?))")
                             .arg(table),
                     { table })
                 .toBool()) {
            m_db.exec(QStringLiteral("TRUNCATE %1").arg(table));
            m_freeze = true;
        }
        m_bare = true;
    }

    /** Whether the rows may be loaded frozen (COPY … FREEZE). */
    bool freeze() const { return m_freeze; }

    /**
     * Puts back what was set aside (not on a failure: the transaction is rolled back) and
     * gathers the statistics of @p columns.
     */
    void restore()
    {
        if (!m_bare)
            return;
        m_db.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(m_table));
        for (const auto &i : std::as_const(m_indexes))
            m_db.exec(i.second);
        for (const auto &c : std::as_const(m_constraints))
            m_db.exec(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                          .arg(m_table, c.first, c.second));
        // The planner's statistics come from the VACUUM (ANALYZE) after the commit.
        m_bare = false;
    }

private:
    Database &m_db;
    QString m_table;
    QList<QPair<QString, QString>> m_constraints;
    QList<QPair<QString, QString>> m_indexes;
    bool m_bare = false;
    bool m_freeze = false;
};

/**
 * After a copy to a server: VACUUM (ANALYZE) of each table that received rows, outside the
 * transaction as VACUUM must be. Until a vacuum marks a loaded table's pages all-visible, an
 * index-only scan visits the table for every row (stats of a million reports took 0.64 s, and
 * 0.19 s after it, for 2.9 s of vacuum), and the planner has no statistics of its expression
 * indexes. The copy is committed: a failure here only leaves the work to autovacuum.
 */
void vacuumLoaded(Database &to, const QStringList &tables)
{
    // Sent as it is: PostgreSQL cannot prepare a VACUUM.
    QSqlQuery q(to.connection());
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(table)))
            return;
    }
}

enum class IndexCheck { Ok, Mismatch, Crashed, Failed };

/** FTS5's own check of the search index over a connection of its own: 0 if it holds, 1 if
 *  it does not, 2 if it could not run. */
int runIndexCheck(const QByteArray &path)
{
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 10000);
        // rank 1: the index compared with the reports themselves, not only with itself.
        rc = sqlite3_exec(handle,
            "INSERT INTO opinions_fts(opinions_fts, rank) VALUES ('integrity-check', 1)", nullptr,
            nullptr, nullptr);
    }
    sqlite3_close(handle);
    if (rc == SQLITE_OK)
        return 0;
    return (rc & 0xff) == SQLITE_CORRUPT ? 1 : 2;
}

/**
 * The search index of the SQLite file @p location checked. The check reads the index's own
 * records, which integrity_check does not look into, with the SQLite of the system; a file
 * made to harm (or damaged just so) can crash that code. So on Unix it runs in a child
 * process with a connection of its own (none is carried across the fork), and a child that
 * dies counts as a damaged index, not as the end of the program.
 */
IndexCheck checkSearchIndex(const QString &location)
{
    const QByteArray path = QFile::encodeName(location);
#ifdef Q_OS_UNIX
    int status = 0;
    const pid_t child = ::fork();
    if (child == 0) {
        // The default action for a crash: no handler of the parent's (a sanitizer's or a
        // fuzzer's) reports it as its own.
        for (int sig : { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT })
            std::signal(sig, SIG_DFL);
        ::_exit(runIndexCheck(path));
    }
    if (child > 0) {
        while (::waitpid(child, &status, 0) < 0) {
            if (errno != EINTR)
                return IndexCheck::Crashed;
        }
        if (!WIFEXITED(status))
            return IndexCheck::Crashed;
        status = WEXITSTATUS(status);
    } else {
        // No process to spare: checked here.
        status = runIndexCheck(path);
    }
#else
    const int status = runIndexCheck(path);
#endif
    return status == 0 ? IndexCheck::Ok : status == 1 ? IndexCheck::Mismatch : IndexCheck::Failed;
}

} // namespace

QStringList DatabaseCopy::tables(Database &db)
{
    QStringList present = db.connection().tables(QSql::Tables);
    present.removeIf([](const QString &t) {
        return t == QLatin1String("thuky_meta") || t.startsWith(QLatin1String("opinions_fts"))
            || t.startsWith(QLatin1String("sqlite_"));
    });
    QStringList ordered;
    for (const char *t : tableOrder) {
        const QString name = QString::fromLatin1(t);
        if (present.removeAll(name) > 0)
            ordered.append(name);
    }
    present.sort();
    return ordered + present;
}

qint64 DatabaseCopy::recordCount(Database &db)
{
    qint64 n = 0;
    for (const QString &t : tables(db)) {
        if (!isBookkeeping(t))
            n += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t)).toLongLong();
    }
    return n;
}

void DatabaseCopy::clear(Database &to)
{
    QStringList order = tables(to);
    std::reverse(order.begin(), order.end());
    for (const auto &ref : selfReferences)
        to.exec(QStringLiteral("UPDATE %1 SET %2 = NULL")
                    .arg(QLatin1String(ref[0]), QLatin1String(ref[1])));
    for (const QString &t : order) {
        // The audit log is append-only: what was done stays, whatever replaces the records.
        if (t != QLatin1String("channels") && t != QLatin1String("audit_log"))
            to.exec(QStringLiteral("DELETE FROM %1").arg(t));
    }
    // Emptied for a restore, which is audited as one act, not as each record it replaces.
    if (order.contains(QStringLiteral("audit_pending")))
        to.exec(QStringLiteral("DELETE FROM audit_pending"));
}

void DatabaseCopy::copy(
    Database &from, Database &to, const Progress &progress, const QStringList &skip)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw ValidationError(QStringLiteral("target"),
            QCoreApplication::translate("thuky::DatabaseCopy",
                "The two databases have different "
                "schema versions (%1 and %2).")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    Transaction tx(to);
    if (recordCount(to) > 0)
        throw ValidationError(QStringLiteral("target"),
            QCoreApplication::translate("thuky::DatabaseCopy",
                "The target database already holds "
                "records; copy only into an empty one."));
    const QStringList targetTables = tables(to);
    QStringList copiedTables;
    // A target that has a history of its own (a restore) keeps it; a new one takes the source's.
    const bool copyAudit = !to.scalar(QStringLiteral("SELECT 1 FROM audit_log LIMIT 1")).isValid();
    for (const QString &table : tables(from)) {
        if (!targetTables.contains(table) || skip.contains(table)
            || table == QLatin1String("audit_pending")
            || (table == QLatin1String("audit_log") && !copyAudit))
            continue;
        const QSqlRecord record = to.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        // A server computes its generated columns (the reports' search words) itself.
        if (to.backend() == Database::Backend::PostgreSQL) {
            QSqlQuery generated
                = to.exec(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = "
                                         "to_regclass(?) AND attgenerated <> ''"),
                    { table });
            while (generated.next())
                columns.removeAll(generated.value(0).toString());
        }
        QStringList deferred;
        for (const auto &ref : selfReferences) {
            if (table == QLatin1String(ref[0]))
                deferred.append(QLatin1String(ref[1]));
        }
        if (table == QLatin1String("channels")) {
            QSqlQuery src
                = from.exec(QStringLiteral("SELECT code, label_vi, label_en FROM channels"));
            while (src.next())
                to.exec(
                    QStringLiteral("UPDATE channels SET label_vi = ?, label_en = ? WHERE code = ?"),
                    { src.value(1), src.value(2), src.value(0) });
            continue;
        }
        QSqlQuery src = from.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
        qint64 rows = 0;
        QList<QVariantList> later;
        // The values of the deferred columns, with the row's id; the row gets NULL for now.
        auto take = [&](int i, const QVariant &v) {
            if (deferred.isEmpty() || !deferred.contains(columns.at(i)))
                return v;
            later.last().append(v);
            return QVariant(QMetaType::fromType<qint64>());
        };
        auto noteRow = [&] {
            if (!deferred.isEmpty())
                later.last().append(src.value(columns.indexOf(QStringLiteral("id"))));
            if (++rows % 10000 == 0 && progress)
                progress(table, rows);
        };
        if (to.backend() == Database::Backend::PostgreSQL) {
            // COPY, as a bulk load into the server is done; a large table is loaded bare.
            std::optional<BareLoad> bare;
            if (from.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong()
                >= DatabaseCopy::bareLoadRows)
                bare.emplace(to, table);
            CopyIn copyIn(to, table, columns, bare && bare->freeze());
            QByteArray &line = copyIn.buffer();
            while (src.next()) {
                if (!deferred.isEmpty())
                    later.append(QVariantList());
                for (int i = 0; i < columns.size(); ++i) {
                    if (i > 0)
                        line.append('\t');
                    appendCopyValue(line, take(i, src.value(i)));
                }
                copyIn.endRow();
                noteRow();
            }
            copyIn.finish();
            if (bare)
                bare->restore();
        } else {
            QStringList marks;
            for (int i = 0; i < columns.size(); ++i)
                marks.append(QStringLiteral("?"));
            QSqlQuery insert = to.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            while (src.next()) {
                if (!deferred.isEmpty())
                    later.append(QVariantList());
                for (int i = 0; i < columns.size(); ++i)
                    insert.bindValue(i, take(i, src.value(i)));
                to.exec(insert);
                noteRow();
            }
        }
        for (const QVariantList &values : std::as_const(later)) {
            QStringList sets;
            for (const QString &c : std::as_const(deferred))
                sets.append(c + QStringLiteral(" = ?"));
            to.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(table, sets.join(QLatin1Char(','))),
                values);
        }
        if (to.backend() == Database::Backend::PostgreSQL && columns.contains(QStringLiteral("id")))
            to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                        .arg(table));
        if (progress)
            progress(table, rows);
        if (rows > 0)
            copiedTables.append(table);
    }
    // The second pass over self-references is part of the copy, not a change of a record.
    if (targetTables.contains(QStringLiteral("audit_pending")))
        to.exec(QStringLiteral("DELETE FROM audit_pending"));
    tx.commit();
    // Not when the copy is part of a larger transaction (a restore): VACUUM cannot run inside
    // one, and its error would end that transaction; autovacuum comes by instead.
    if (to.backend() == Database::Backend::PostgreSQL && to.transactionDepth() == 0)
        vacuumLoaded(to, copiedTables);
}

void DatabaseCopy::backup(Database &db, const QString &file, const Progress &progress)
{
    Backups::write(db, file, progress);
}

QStringList DatabaseCopy::check(Database &db)
{
    QStringList problems;
    if (db.backend() != Database::Backend::SQLite)
        return problems;
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems.append(q.value(0).toString());
    }
    q = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (q.next())
        problems.append(
            QCoreApplication::translate(
                "thuky::DatabaseCopy", "%1 row %2 points to a missing %3 record")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    // A damaged file is open read-only: the index check, a write command, cannot run.
    if (!db.isDamaged() && db.connection().tables().contains(QStringLiteral("opinions_fts"))) {
        switch (checkSearchIndex(db.location())) {
        case IndexCheck::Ok:
            break;
        case IndexCheck::Mismatch:
            problems.append(QCoreApplication::translate(
                "thuky::DatabaseCopy", "the search index does not match the reports"));
            break;
        case IndexCheck::Crashed:
            problems.append(QCoreApplication::translate("thuky::DatabaseCopy",
                "the search index is damaged: reading it stopped the check"));
            break;
        case IndexCheck::Failed:
            problems.append(QCoreApplication::translate("thuky::DatabaseCopy",
                "the search index could not be checked: the database is busy or cannot be "
                "written"));
            break;
        }
    }
    return problems;
}

} // namespace thuky
