#pragma once

#include <core/db/database.h>

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <stdexcept>

namespace thuky::cli {

/** A usage error: unknown command or option, missing argument (exit code 2). */
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

/** Invalid input data; each problem is already formatted as `FILE:LINE: message` (exit 3). */
class InputError : public std::runtime_error
{
public:
    explicit InputError(const QStringList &problems)
        : std::runtime_error("invalid input")
        , m_problems(problems)
    {
    }
    QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};

/** The options and positional arguments of one command. */
class Arguments
{
public:
    /**
     * @p valueOptions take a value (`--out FILE` or `--out=FILE`); @p flags take none.
     * Anything else starting with `--` is a usage error.
     */
    Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags);
    QString value(const QString &name, const QString &fallback = {}) const;
    bool has(const QString &name) const;
    QStringList positional() const { return m_positional; }
    /** The positional argument at @p index, or a usage error naming @p what. */
    QString required(int index, const QString &what) const;
    /** A date option (YYYY-MM-DD or DD/MM/YYYY); invalid text or a date outside VnDate::inRange()
     * is a usage error. */
    QDate date(const QString &name) const;
    /** `--format table|csv|json`, default table. */
    QString format() const;
    int integer(const QString &name, int fallback) const;

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

/** What every command gets: the global options, the streams, the database. */
class Context
{
public:
    Context();
    QString dbLocation;
    QString user;
    QStringList args; ///< after the command word(s)
    QStringList allowedRoles; ///< empty = every role; checked when the database is opened
    QTextStream out;
    QTextStream err;

    /** Opens (creating or upgrading when allowed) and checks the user's credentials. */
    Database &database(Database::OpenMode mode = Database::OpenMode::MustExist);
    /** Fails with PermissionError unless the signed-in user has one of @p roles (or there are no
     * users). */
    void requireRole(const QStringList &roles);
    QString role() const { return m_role; }

    static QString defaultDatabasePath();

private:
    std::unique_ptr<Database> m_db;
    QString m_role;
};

/** Reads a secret from the terminal without echo; empty when stdin is not a terminal. */
QString readPassword(const QString &prompt);

/** A command's entry point; returns the exit code or throws. */
using Command = int (*)(Context &);

int runInit(Context &ctx);
int runDemo(Context &ctx);
int runRoster(Context &ctx);
int runCommittees(Context &ctx);
int runCommittee(Context &ctx);
int runLocalities(Context &ctx);
int runLocality(Context &ctx);
int runMeetings(Context &ctx);
int runTasks(Context &ctx);
int runMinutes(Context &ctx);
int runUsers(Context &ctx);
int runAudit(Context &ctx);
int runBackup(Context &ctx);
/** `backups [--format …]`: the backups beside the database, checked (backupcommands.cpp). */
int runBackups(Context &ctx);
int runRestore(Context &ctx);
int runCheck(Context &ctx);
int runCopy(Context &ctx);
int runExchange(Context &ctx);
int runStats(Context &ctx);
int runImport(Context &ctx);
int runImportRoster(Context &ctx); ///< `import roster`, dispatched by runImport
int runExport(Context &ctx);
int runSearch(Context &ctx);
/** `opinion forward|answer|resolve|close|reopen` (opinionworkflowcommands.cpp). */
int runOpinion(Context &ctx);
/** `search all`: people, committees, meetings, tasks and reports (searchcommands.cpp). */
int runSearchAll(Context &ctx);
int runChart(Context &ctx);
int runReport(Context &ctx);

} // namespace thuky::cli
