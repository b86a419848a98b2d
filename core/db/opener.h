#pragma once

#include <core/db/database.h>
#include <core/db/signinthrottle.h>

#include <functional>

#include <QString>
#include <QStringList>

namespace thuky {

/**
 * Opens a Thư Ký database the one way both front ends share: connect (SQLite file or
 * postgresql:// URL), find the server password (THUKY_DB_PASSWORD, the system keychain,
 * then the front end's prompt), create or upgrade the schema after a backup, then sign the
 * application user in (THUKY_PASSWORD, then the front end's prompt) and check the role.
 *
 * The desktop application answers the prompts with dialogs, thuky-cli on the terminal; the
 * sequence itself lives only here. Failures are thrown with the kinds that map to the exit
 * codes: DbError (4, or 1 for a failed statement) and PermissionError (5).
 */
class Opener
{
public:
    /** What the person typed when the server asked for a password. */
    struct ServerPassword
    {
        QString password;
        bool remember = false; ///< keep it in the system keychain once the server accepts it
    };

    /** How a prompt ended. */
    enum class Answer {
        Given, ///< the person answered
        Cancelled, ///< the person gave up: open() returns Cancelled, quietly
        NotAsked, ///< no one can be asked (a script, no terminal): the refusal stands
    };

    /** How open() ended when it did not throw. */
    enum class Result { Opened, Cancelled };

    /** The questions open() may have to ask; each front end answers them its own way. */
    class Prompts
    {
    public:
        virtual ~Prompts() = default;
        /**
         * An existing database is about to be upgraded from schema @p from to @p to: a backup,
         * then each migration (about a minute for a million reports), so say so.
         */
        virtual void upgrading(int from, int to) = 0;
        /** The schema is ready (upgraded or not); anything upgrading() showed may go. */
        virtual void schemaReady() { }
        /**
         * The server at @p location wants a password that neither THUKY_DB_PASSWORD nor the
         * keychain gave; @p refused: one was given and the server refused it. Asked again
         * after each refusal while the answer is Given.
         */
        virtual Answer askServerPassword(
            const QString &location, bool refused, ServerPassword *answer)
            = 0;
        /**
         * Something the person should know that stops nothing: the database is damaged and
         * open read-only, or the daily backup failed (@p message says which and what to do).
         */
        virtual void warning(const QString &message);
        /** The server took the password but no keychain would keep it (@p why). */
        virtual void passwordNotKept(const QString &why) { Q_UNUSED(why) }
        /**
         * The database has users and THUKY_PASSWORD did not sign one in: ask, calling
         * opener.signIn() until it succeeds (it throws PermissionError on a refusal). Returns
         * false when the person gave up.
         */
        virtual bool signIn(Opener &opener) = 0;
        /**
         * Earlier failed sign-ins of the name ask for a wait of @p ms before the next attempt
         * (SignInThrottle). Return true after waiting (blocking) for the attempt to go on;
         * false (the default) for signIn() to throw SignInThrottled, which a dialog counts down.
         */
        virtual bool waitBeforeSignIn(int ms)
        {
            Q_UNUSED(ms)
            return false;
        }
    };

    /** @p db is not open yet; @p prompts outlive open(). */
    Opener(Database &db, Prompts &prompts);

    /** The user named by the front end (thuky-cli --user); THUKY_PASSWORD signs him in. */
    void setUser(const QString &name) { m_user = name; }
    QString user() const { return m_user; }
    /** Roles that may go on once the database has users; empty: every role. */
    void setAllowedRoles(const QStringList &roles) { m_allowedRoles = roles; }
    /**
     * Whether open() signs a user in once the database has users (default true). Only a
     * start-up benchmark that never waits on a person (thuky --exit-after-load) turns it off.
     */
    void setSignInRequired(bool required) { m_signInRequired = required; }
    /** Whether open() makes the daily backup (Backups::daily; default true). */
    void setDailyBackup(bool enabled) { m_dailyBackup = enabled; }

    /**
     * Opens, upgrades, signs in and makes the day's first backup (a failure of that backup
     * is only a warning; a damaged database is opened read-only with a warning). Throws DbError
     * when the database cannot be used (a refused file is left untouched) and PermissionError on a
     * wrong password or role.
     */
    Result open(Database::OpenMode mode);

    /** The signed-in user's role; empty when the database has no users (nobody signs in). */
    QString role() const { return m_role; }

    /**
     * Checks @p password of @p user and the allowed roles; on success records @p user as
     * the database's current user and remembers the role. Throws WrongPasswordError or
     * PermissionError (a role not allowed); SignInThrottled when earlier failures of the
     * name ask for a wait and Prompts::waitBeforeSignIn() did not wait. Every attempt that is
     * checked is audited (`login`, `login-failed`).
     */
    QString signIn(const QString &user, const QString &password);

    /**
     * The same check for one attempt without an opener (the sign-in dialog on its own).
     * @p wait is asked to wait when earlier failures ask for it (see Prompts::waitBeforeSignIn);
     * without it a throttled attempt throws SignInThrottled.
     */
    static QString signIn(Database &db, const QString &user, const QString &password,
        const QStringList &allowedRoles = {}, const std::function<bool(int ms)> &wait = {});

private:
    bool connect(Database::OpenMode mode);
    bool signInUser();
    void afterOpen();

    Database &m_db;
    Prompts &m_prompts;
    QString m_user;
    QStringList m_allowedRoles;
    bool m_signInRequired = true;
    bool m_dailyBackup = true;
    QString m_role;
};

} // namespace thuky
