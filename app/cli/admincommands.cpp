// Administration: users, audit log, copy, exchange (backups: backupcommands.cpp).

#include "clicontext.h"

#include <core/db/auditrepository.h>
#include <core/db/databasecopy.h>
#include <core/db/userrepository.h>
#include <core/text/output.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>

#include <cstdio>
#include <unistd.h>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

Database::OpenMode mustExist()
{
    return Database::OpenMode::MustExist;
}

/** Progress on stderr, only when it is a terminal. */
DatabaseCopy::Progress terminalProgress(Context &ctx)
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [&ctx](const QString &table, qint64 rows) {
        ctx.err << QStringLiteral("\r%1: %2   ").arg(table).arg(rows) << Qt::flush;
    };
}

/** Opens a second database; a location that is a file must not exist yet or be empty. */
std::unique_ptr<Database> openTarget(const QString &location)
{
    auto target = std::make_unique<Database>(location);
    target->open(Database::OpenMode::CreateIfMissing);
    return target;
}
} // namespace

int runUsers(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("role"), QStringLiteral("format") }, {});
    const QString action = args.required(0, Tr::tr("users action (add or list)"));
    if (action == QLatin1String("list")) {
        const QString format = args.format();
        Database &db = ctx.database(mustExist());
        OutputTable table(
            { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("active") });
        for (const User &u : UserRepository(db).users())
            table.addRow(
                { u.name, u.role, u.active ? QStringLiteral("yes") : QStringLiteral("no") });
        ctx.out << table.render(format);
        return 0;
    }
    if (action != QLatin1String("add"))
        throw UsageError(Tr::tr("unknown users action %1").arg(action));
    const QString name = args.required(1, Tr::tr("user name"));
    if (!args.has(QStringLiteral("role")))
        throw UsageError(Tr::tr("users add needs --role admin|secretary|viewer|collaborator"));
    const QString role = args.value(QStringLiteral("role"));
    if (!UserRepository::roles().contains(role))
        throw UsageError(Tr::tr("--role must be admin, secretary, viewer or collaborator"));
    Database &db = ctx.database(mustExist());
    UserRepository users(db);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The new user's password: THUKY_NEW_PASSWORD, or THUKY_PASSWORD for the first user.
    QString password = env.value(QStringLiteral("THUKY_NEW_PASSWORD"));
    if (password.isEmpty() && users.count() == 0)
        password = env.value(QStringLiteral("THUKY_PASSWORD"));
    if (password.isEmpty())
        throw UsageError(Tr::tr("give the new user's password in THUKY_NEW_PASSWORD"));
    if (users.count() == 0 && role != QLatin1String("admin"))
        throw ValidationError(QStringLiteral("role"), Tr::tr("The first user must be an admin."));
    users.add(name, role, password);
    ctx.err << Tr::tr("Added the user %1 (%2).").arg(name, role) << Qt::endl;
    return 0;
}

int runAudit(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("format"),
            QStringLiteral("by"), QStringLiteral("uuid"), QStringLiteral("entity") },
        {});
    const QString format = args.format();
    AuditFilter filter;
    filter.since = args.date(QStringLiteral("since"));
    filter.until = args.date(QStringLiteral("until"));
    // --by: --user is the signed-in user of every command.
    filter.user = args.value(QStringLiteral("by"));
    filter.uuid = args.value(QStringLiteral("uuid"));
    filter.entity = args.value(QStringLiteral("entity"));
    Database &db = ctx.database(mustExist());
    // SPEC.md: csv is at,user,action,entity,uuid,field,old,new; the table and json add the
    // action's note (a name added, a count imported).
    const bool withDetail = format != QLatin1String("csv");
    QStringList columns = AuditRepository::csvColumns();
    if (withDetail)
        columns << QStringLiteral("detail");
    OutputTable table(columns);
    AuditRepository(db).forEach(filter, [&](const AuditEntry &e) {
        QStringList row = AuditRepository::csvRow(e);
        if (withDetail)
            row << e.detail;
        table.addRow(row);
    });
    ctx.out << table.render(format);
    return 0;
}

int runCopy(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("to") }, {});
    const QString to = args.value(QStringLiteral("to"));
    if (to.isEmpty())
        throw UsageError(Tr::tr("copy needs --to PATH|URL"));
    Database &db = ctx.database(mustExist());
    auto target = openTarget(to);
    DatabaseCopy::copy(db, *target, terminalProgress(ctx));
    ctx.err << Tr::tr("Copied every record to %1.").arg(to) << Qt::endl;
    return 0;
}

} // namespace thuky::cli
