#pragma once

#include <QSqlDatabase>

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

#include <stdexcept>

namespace thuky {

/** Thrown when the database cannot be opened or used (exit code 4 in the CLI). */
class DbError : public std::runtime_error
{
public:
    /** Damaged: the file failed its quick check; it is open read-only (exit 4). */
    enum Kind { CannotOpen, NotThuky, NewerSchema, QueryFailed, Damaged };
    DbError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }
    /** The kind of a failure the SQLite library reported with result @p code. */
    static Kind fromSqliteCode(int code);
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

/** Thrown when user input breaks a domain rule; nothing has been written (exit code 3). */
class ValidationError : public std::runtime_error
{
public:
    ValidationError(const QString &field, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_field(field)
        , m_message(message)
    {
    }
    /** The name of the offending field ("name", "start", "end", "role", ...). */
    QString field() const { return m_field; }
    QString message() const { return m_message; }

private:
    QString m_field;
    QString m_message;
};

/** Thrown when the current user may not do what was asked (exit code 5). */
class PermissionError : public std::runtime_error
{
public:
    explicit PermissionError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

/** A sign-in with an unknown user name or a wrong password (exit code 5, like any refusal). */
class WrongPasswordError : public PermissionError
{
public:
    using PermissionError::PermissionError;
};

/**
 * One connection to a Thư Ký database: an embedded SQLite file or a shared PostgreSQL
 * server. Owns the schema version and the migrations; all SQL runs through it.
 */
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };
    enum class OpenMode { CreateIfMissing, MustExist };

    /** The schema version this build writes. */
    static constexpr int SchemaVersion = 10;
    /** PRAGMA application_id of a Thư Ký SQLite file ("THKY"). */
    static constexpr int ApplicationId = 0x54484B59;

    /** @p location is a file path or a postgresql:// URL. */
    explicit Database(const QString &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens the database; creates or upgrades the schema when needed (to @p targetVersion,
     * which only tests set lower). Throws DbError, leaving a refused file untouched.
     */
    void open(OpenMode mode = OpenMode::CreateIfMissing, int targetVersion = SchemaVersion);
    void close();
    bool isOpen() const;
    /**
     * A server database: opens this (made with @p other's location) as a second connection to
     * @p other's server with its credentials, user and role, for reading on another thread
     * (call it in that thread). No schema check or upgrade: @p other did them. Throws DbError.
     */
    void openAlongside(const Database &other);

    Backend backend() const { return m_backend; }
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion();
    /** True when open() had to create the schema from nothing. */
    bool wasCreated() const { return m_created; }
    /** Path of the backup made before the last migration, if any. */
    QString lastBackup() const { return m_lastBackup; }

    /**
     * SQLite files up to this size get `PRAGMA quick_check` at every open(); bigger ones at the
     * first open of each day, before the daily backup (a million reports, about 1 GB, take
     * 2.5 s warm and 47 s from a cold disk: too slow for every command).
     */
    static constexpr qint64 QuickCheckLimit = qint64(64) << 20;
    /**
     * SQLite: runs `PRAGMA quick_check`; on a failure the connection is reopened read-only and
     * every later write transaction throws DbError(Damaged). Returns the problems found.
     */
    QStringList quickCheck();
    /** Whether this open checked the file already (open() does for small files). */
    bool quickChecked() const { return m_quickChecked; }
    /** The file failed its quick check: it is open read-only. */
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /** What is wrong and what to do about it (one line), when isDamaged(). */
    QString damageMessage() const;

    /**
     * Called by open() before it upgrades an existing database (a backup, then each migration:
     * about a minute for a million reports), so that the user is told; before open().
     */
    void setMigrationNotice(std::function<void(int from, int to)> notice)
    {
        m_migrationNotice = std::move(notice);
    }

    /** The server password to use (asked for by the application); before open(). */
    void setPassword(const QString &password) { m_password = password; }
    /** After a failed open(): the server wanted a password it was not given, or refused it. */
    bool passwordRefused() const { return m_passwordRefused; }

    /** The application user recorded in updated_by and the audit log. */
    void setCurrentUser(const QString &name) { m_user = name; }
    QString currentUser() const { return m_user; }
    /**
     * The signed-in user's role (admin, secretary, viewer, collaborator; empty: a database
     * without users). From then on every statement that writes a table the role may not write
     * is refused with PermissionError before it runs (Access::checkStatement).
     */
    void setCurrentRole(const QString &role) { m_role = role; }
    QString currentRole() const { return m_role; }

    QSqlQuery prepare(const QString &sql);
    /** Executes a prepared query; throws DbError on failure. */
    void exec(QSqlQuery &query);
    /** Prepares, binds positionally and executes. */
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /** First column of the first row, or an invalid QVariant. */
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    /** Runs an INSERT … RETURNING id and returns the id. */
    qint64 insert(const QString &sql, const QVariantList &values);

    /**
     * Appends the audit lines of @p action on the record @p uuid (inside the caller's
     * transaction): one line per field the action changed, as the audit triggers noted them
     * (AuditTriggers), or one line without a field when it changed none. Written whatever the
     * role (a refused sign-in is audited too).
     */
    void audit(const QString &action, const QString &entity, const QString &uuid,
        const QString &detail = {});

    /** One audit line for a change the triggers do not see (a setting's old and new value). */
    void auditField(const QString &action, const QString &entity, const QString &uuid,
        const QString &field, const QString &oldValue, const QString &newValue);

    void beginTransaction();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    static QString newUuid();
    static QString now();
    /** Translates the portable DDL tokens ({pk}, {common}, …) for this backend. */
    QString dialect(QString sql) const;

private:
    void openSqlite(OpenMode mode);
    void connectSqlite(bool readOnly);
    void openPostgres();
    static void startSession(QSqlDatabase &db);
    void checkAndMigrate(int targetVersion);
    void setVersion(int version);
    void backupBeforeMigration(int from);

    QString m_location;
    QString m_connectionName;
    Backend m_backend;
    void flushAudit();
    /** Drops the notes of meeting rows replaced unchanged (of record @p uuid; empty: all). */
    void dropUnchangedRows(const QString &uuid);

    QString m_user;
    QString m_role;
    bool m_fieldAudit = false;
    QString m_password;
    std::function<void(int, int)> m_migrationNotice;
    bool m_passwordRefused = false;
    QString m_lastBackup;
    QStringList m_damage;
    bool m_quickChecked = false;
    int m_depth = 0;
    bool m_failed = false;
    bool m_created = false;
};

/** RAII write transaction: BEGIN IMMEDIATE on SQLite; rolled back unless commit() is called. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace thuky
