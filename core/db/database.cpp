#include <core/db/database.h>

#include <core/db/access.h>
#include <core/db/backups.h>
#include <core/db/migrations.h>
#include <core/db/serverpasswords.h>
#include <core/db/serverroles.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace thuky {

namespace {
QAtomicInt s_connectionCounter;

/**
 * A failed statement is a bug (exit 1) unless the database itself cannot be used: damaged,
 * not a database, locked too long, disk full, I/O error, server gone (exit 4). Qt's SQLite
 * driver reports every failed step, a constraint included, as a ConnectionError, so SQLite
 * is judged by its result code alone.
 */
DbError::Kind classify(const QSqlError &error, Database::Backend backend)
{
    const QString code = error.nativeErrorCode();
    if (backend == Database::Backend::SQLite) {
        bool ok = false;
        const int result = code.toInt(&ok);
        if (ok)
            return DbError::fromSqliteCode(result);
        return error.type() == QSqlError::ConnectionError ? DbError::CannotOpen
                                                          : DbError::QueryFailed;
    }
    // PostgreSQL SQLSTATE classes 08 (connection), 53 (resources), 57 (operator intervention).
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("53"))
        || code.startsWith(QLatin1String("57")))
        return DbError::CannotOpen;
    if (code.isEmpty() && error.type() == QSqlError::ConnectionError)
        return DbError::CannotOpen;
    return DbError::QueryFailed;
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}
} // namespace

Database::Database(const QString &location)
    : m_location(location)
    , m_connectionName(QStringLiteral("thuky-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_backend(isPostgresUrl(location) ? Backend::PostgreSQL : Backend::SQLite)
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::open(OpenMode mode, int targetVersion)
{
    close();
    m_created = false;
    m_damage.clear();
    m_quickChecked = false;
    if (m_backend == Backend::SQLite)
        openSqlite(mode);
    else
        openPostgres();
    checkAndMigrate(targetVersion);
}

void Database::openSqlite(OpenMode mode)
{
    const QFileInfo info(m_location);
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            throw DbError(DbError::CannotOpen,
                QCoreApplication::translate("thuky::Database", "Database %1 does not exist")
                    .arg(m_location));
        QDir().mkpath(info.absolutePath());
    } else if (info.size() > 0) {
        // Look at the header before SQLite does anything to the file.
        QFile file(m_location);
        if (!file.open(QIODevice::ReadOnly))
            throw DbError(DbError::CannotOpen,
                QCoreApplication::translate("thuky::Database", "Cannot read %1: %2")
                    .arg(m_location, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            throw DbError(DbError::NotThuky,
                QCoreApplication::translate("thuky::Database",
                    "%1 is not a Thư Ký database (not a "
                    "SQLite file); it was left untouched")
                    .arg(m_location));
    }

    connectSqlite(false);
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        throw DbError(DbError::NotThuky,
            QCoreApplication::translate("thuky::Database",
                "%1 cannot be read as a database (%2); it "
                "was left untouched")
                .arg(m_location, q.lastError().text()));
    const int appId = q.value(0).toInt();
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const int objects = q.next() ? q.value(0).toInt() : -1;
    if (objects < 0)
        throw DbError(DbError::NotThuky,
            QCoreApplication::translate("thuky::Database",
                "%1 is damaged and cannot be read; it was "
                "left untouched")
                .arg(m_location));
    if (appId != ApplicationId && objects > 0)
        throw DbError(DbError::NotThuky,
            QCoreApplication::translate("thuky::Database",
                "%1 is a database of another application, "
                "not Thư Ký; it was left untouched")
                .arg(m_location));
    if (appId == 0 && objects == 0 && mode == OpenMode::MustExist && info.size() > 0)
        throw DbError(DbError::NotThuky,
            QCoreApplication::translate("thuky::Database", "%1 is not a Thư Ký database")
                .arg(m_location));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > SchemaVersion)
        throw DbError(DbError::NewerSchema,
            QCoreApplication::translate("thuky::Database",
                "%1 was written by a newer version of Thư Ký "
                "(schema %2, this version knows %3); it was "
                "left untouched")
                .arg(m_location)
                .arg(version)
                .arg(SchemaVersion));

    if (info.exists() && info.size() <= QuickCheckLimit && !quickCheck().isEmpty())
        return; // read-only from now on: no pragma below may write to it
    // Only now that the file is known to be ours (or empty) and whole may we change it.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000", "PRAGMA temp_store=MEMORY",
             "PRAGMA cache_size=-32768", "PRAGMA mmap_size=0" }) {
        if (!q.exec(QString::fromLatin1(pragma)))
            throw DbError(DbError::CannotOpen,
                QCoreApplication::translate("thuky::Database", "Cannot open %1: %2")
                    .arg(m_location, q.lastError().text()));
    }
}

void Database::connectSqlite(bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    db.setConnectOptions(readOnly
            ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw DbError(DbError::CannotOpen,
            QCoreApplication::translate("thuky::Database", "Cannot open %1: %2")
                .arg(m_location, db.lastError().text()));
}

QStringList Database::quickCheck()
{
    if (m_backend != Backend::SQLite || isDamaged())
        return m_damage;
    m_quickChecked = true;
    QStringList problems;
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA quick_check(20)")))
            problems.append(q.lastError().text());
        // A row may hold several lines, under a "*** in database main ***" heading.
        while (q.next()) {
            for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'))) {
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***"))
                    && !line.trimmed().isEmpty())
                    problems.append(line.trimmed());
            }
        }
    }
    if (problems.isEmpty())
        return problems;
    // Never written into again by this connection: SQLite itself refuses, and so does
    // beginTransaction() with a message that says what to do.
    m_damage = problems;
    connectSqlite(true);
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return problems;
}

QString Database::damageMessage() const
{
    if (!isDamaged())
        return {};
    const QString newest = Backups::newest(m_location);
    const QString backup = newest.isEmpty()
        ? QCoreApplication::translate("thuky::Database", "BACKUP_FILE")
        : QDir::current().relativeFilePath(newest);
    return QCoreApplication::translate("thuky::Database",
        "%1 is damaged (%2): it is open read-only and nothing will be written to it. Restore a "
        "good backup: thuky-cli restore %3, or File → Backups in the application.")
        .arg(m_location, m_damage.first(), backup);
}

void Database::openPostgres()
{
    const QUrl url(m_location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    // The password: in the URL, given by the application (a prompt), in THUKY_DB_PASSWORD,
    // or - only when the server asks for one that none of those gave - the system keychain.
    QString password = url.password();
    if (password.isEmpty())
        password = m_password;
    if (password.isEmpty())
        password
            = QProcessEnvironment::systemEnvironment().value(QStringLiteral("THUKY_DB_PASSWORD"));
    db.setPassword(password);
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    db.setDatabaseName(name);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    bool opened = db.open();
    if (!opened && password.isEmpty()
        && db.lastError().text().contains(QLatin1String("password"))) {
        const QString stored = ServerPasswords::read(m_location);
        if (!stored.isEmpty()) {
            db.setPassword(stored);
            opened = db.open();
        }
    }
    m_passwordRefused = !opened && db.lastError().text().contains(QLatin1String("password"));
    if (!opened)
        throw DbError(DbError::CannotOpen,
            QCoreApplication::translate("thuky::Database", "Cannot connect to the server %1: %2")
                .arg(url.toDisplayString(QUrl::RemovePassword), db.lastError().text()));
    startSession(db);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                          "current_schema()"));
    const int tables = q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                          "current_schema() AND table_name = 'thuky_meta'"));
    const bool ours = q.next() && q.value(0).toInt() > 0;
    if (tables > 0 && !ours)
        throw DbError(DbError::NotThuky,
            QCoreApplication::translate("thuky::Database",
                "The server database %1 belongs to another "
                "application, not Thư Ký; it was left untouched")
                .arg(name));
    if (ours) {
        q.exec(QStringLiteral("SELECT value FROM thuky_meta WHERE key = 'schema_version'"));
        const int version = q.next() ? q.value(0).toInt() : 0;
        if (version > SchemaVersion)
            throw DbError(DbError::NewerSchema,
                QCoreApplication::translate("thuky::Database",
                    "The server database %1 was written by a "
                    "newer version of Thư Ký (schema %2, this "
                    "version knows %3); it was left untouched")
                    .arg(name)
                    .arg(version)
                    .arg(SchemaVersion));
    }
}

/** The settings of each session with the server. */
void Database::startSession(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    // Room for the bitmap of a frequent word's matches (half a million reports): in the
    // server's default 4 MB it turns lossy, and every report on a lossy page has its text
    // folded and matched again (23 s instead of 1.8 s for 'gia' at a million).
    q.exec(QStringLiteral("SET work_mem = '64MB'"));
}

void Database::openAlongside(const Database &other)
{
    close();
    if (m_backend != Backend::PostgreSQL || other.m_backend != Backend::PostgreSQL)
        throw DbError(
            DbError::CannotOpen, QStringLiteral("only a server database is opened alongside"));
    // The overload by name may be called in another thread than the one using other.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(other.m_connectionName, m_connectionName);
    if (!db.open())
        throw DbError(DbError::CannotOpen,
            QCoreApplication::translate("thuky::Database", "Cannot connect to the server %1: %2")
                .arg(
                    QUrl(m_location).toDisplayString(QUrl::RemovePassword), db.lastError().text()));
    startSession(db);
    m_user = other.m_user;
    m_role = other.m_role;
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (m_backend == Backend::SQLite) {
        q.exec(QStringLiteral("PRAGMA user_version"));
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (!q.exec(QStringLiteral("SELECT value FROM thuky_meta WHERE key = 'schema_version'")))
        return 0;
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::setVersion(int version)
{
    if (m_backend == Backend::SQLite) {
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    } else {
        exec(QStringLiteral("UPDATE thuky_meta SET value = ? WHERE key = 'schema_version'"),
            { QString::number(version) });
    }
}

void Database::backupBeforeMigration(int from)
{
    if (m_backend != Backend::SQLite || from == 0)
        return;
    // A checked copy in backups/ beside the file; a failure stops the upgrade.
    try {
        m_lastBackup = Backups::safetyCopy(*this, QStringLiteral("before-upgrade-v%1").arg(from));
    } catch (const std::exception &e) {
        throw DbError(DbError::CannotOpen,
            QCoreApplication::translate(
                "thuky::Database", "Cannot back up %1 before upgrading it: %2")
                .arg(m_location, QString::fromUtf8(e.what())));
    }
}

void Database::checkAndMigrate(int targetVersion)
{
    const int from = schemaVersion();
    // Field-level audit lines from v6 on (an older database stays readable as it is).
    m_fieldAudit = from >= 6;
    if (from >= targetVersion)
        return;
    if (isDamaged())
        throw DbError(DbError::Damaged, damageMessage());
    m_created = (from == 0);
    bool changesData = m_backend != Backend::SQLite;
    for (int v = from + 1; v <= targetVersion; ++v)
        changesData = changesData || Migrations::changesSqlite(v);
    // A SQLite file whose upgrade is only the server's steps gets its new version number alone:
    // no notice, no copy of a large file for nothing.
    if (changesData && from > 0 && m_migrationNotice)
        m_migrationNotice(from, targetVersion); // an upgrade of existing data may take a while
    if (changesData)
        backupBeforeMigration(from);
    for (int v = from + 1; v <= targetVersion; ++v) {
        Transaction tx(*this);
        Migrations::migrateTo(*this, v);
        // The server's group roles (v6 on) and their grants on every table, those the
        // migrations just added included: once, after the last migration.
        if (v >= 6 && v == targetVersion && m_backend == Backend::PostgreSQL)
            ServerRoles::grant(*this);
        setVersion(v);
        tx.commit();
    }
    if (m_backend == Backend::PostgreSQL && from > 0 && from < 10 && targetVersion >= 10) {
        // v10 rewrote the reports' table: until a vacuum marks its pages all-visible again,
        // every index-only scan (stats, medians) visits the table, and the planner knows nothing
        // of the new column. Outside a transaction, as VACUUM must be; a failure leaves it to
        // autovacuum.
        QSqlQuery vacuum(connection());
        vacuum.exec(QStringLiteral("VACUUM (ANALYZE) opinions"));
    }
    m_fieldAudit = targetVersion >= 6;
}

QSqlQuery Database::prepare(const QString &sql)
{
    Access::checkStatement(m_role, sql);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw DbError(classify(q.lastError(), m_backend),
            QStringLiteral("%1\n%2").arg(q.lastError().text(), sql));
    return q;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DbError(classify(query.lastError(), m_backend),
            QStringLiteral("%1\n%2").arg(query.lastError().text(), query.lastQuery()));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    Access::checkStatement(m_role, sql);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!q.exec(sql))
            throw DbError(classify(q.lastError(), m_backend),
                QStringLiteral("%1\n%2").arg(q.lastError().text(), sql));
        return q;
    }
    if (!q.prepare(sql))
        throw DbError(classify(q.lastError(), m_backend),
            QStringLiteral("%1\n%2").arg(q.lastError().text(), sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q.next())
        throw DbError(DbError::QueryFailed, QStringLiteral("INSERT returned no id: %1").arg(sql));
    return q.value(0).toLongLong();
}

void Database::audit(
    const QString &action, const QString &entity, const QString &uuid, const QString &detail)
{
    const QString at = now();
    if (m_fieldAudit && !uuid.isEmpty()) {
        dropUnchangedRows(uuid);
        QSqlQuery moved
            = exec(QStringLiteral(
                       "INSERT INTO audit_log (at, user_name, action, entity, entity_uuid, "
                       "detail, field, old_value, new_value) SELECT ?, ?, ?, ?, entity_uuid, "
                       "?, field, old_value, new_value FROM audit_pending WHERE entity_uuid = ? "
                       "ORDER BY id"),
                { at, m_user, action, entity, detail, uuid });
        if (moved.numRowsAffected() > 0) {
            exec(QStringLiteral("DELETE FROM audit_pending WHERE entity_uuid = ?"), { uuid });
            return;
        }
    }
    exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_uuid, "
                        "detail) VALUES (?, ?, ?, ?, ?, ?)"),
        { at, m_user, action, entity, uuid, detail });
}

void Database::auditField(const QString &action, const QString &entity, const QString &uuid,
    const QString &field, const QString &oldValue, const QString &newValue)
{
    if (!m_fieldAudit) {
        audit(action, entity, uuid, QStringLiteral("%1: %2 → %3").arg(field, oldValue, newValue));
        return;
    }
    exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_uuid, field, "
                        "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { now(), m_user, action, entity, uuid, field, oldValue, newValue });
}

void Database::dropUnchangedRows(const QString &uuid)
{
    // A meeting row removed and added back as it was is no change.
    exec(QStringLiteral("DELETE FROM audit_pending WHERE id IN (SELECT a.id FROM audit_pending a "
                        "JOIN audit_pending b ON b.entity_uuid = a.entity_uuid AND b.field = "
                        "a.field AND ((a.kind = 'removed' AND b.kind = 'added' AND b.new_value = "
                        "a.old_value) OR (a.kind = 'added' AND b.kind = 'removed' AND b.old_value "
                        "= a.new_value))%1)")
             .arg(uuid.isEmpty() ? QString() : QStringLiteral(" WHERE a.entity_uuid = ?")),
        uuid.isEmpty() ? QVariantList() : QVariantList { uuid });
}

void Database::flushAudit()
{
    // Changes no audit() call named (a bulk update, an exchange file, a path that forgot):
    // they are kept under the kind of change the trigger saw.
    if (!m_fieldAudit || !scalar(QStringLiteral("SELECT 1 FROM audit_pending LIMIT 1")).isValid())
        return;
    dropUnchangedRows({});
    exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_uuid, field, "
                        "old_value, new_value) SELECT ?, ?, kind, entity, entity_uuid, field, "
                        "old_value, new_value FROM audit_pending ORDER BY id"),
        { now(), m_user });
    exec(QStringLiteral("DELETE FROM audit_pending"));
}

void Database::beginTransaction()
{
    if (isDamaged())
        throw DbError(DbError::Damaged, damageMessage());
    if (m_depth++ > 0)
        return;
    m_failed = false;
    exec(
        m_backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0)
        return;
    if (m_failed) {
        exec(QStringLiteral("ROLLBACK"));
        throw DbError(DbError::QueryFailed, QStringLiteral("an inner transaction failed"));
    }
    try {
        flushAudit();
    } catch (...) {
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

QString Database::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Database::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Database::dialect(QString sql) const
{
    const bool lite = m_backend == Backend::SQLite;
    sql.replace(QLatin1String("{pk}"),
        lite ? QLatin1String("INTEGER PRIMARY KEY") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1String("{ref}"), lite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    sql.replace(QLatin1String("{common}"),
        QLatin1String("uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, "
                      "updated_at TEXT NOT NULL, updated_by TEXT, "
                      "row_version INTEGER NOT NULL DEFAULT 1"));
    return sql;
}

DbError::Kind DbError::fromSqliteCode(int code)
{
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 8: // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return CannotOpen;
    default:
        return QueryFailed;
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.beginTransaction();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    m_db.commit();
}

} // namespace thuky
