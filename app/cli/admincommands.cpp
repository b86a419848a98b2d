// Administration: users, audit log, copy, exchange (backups: backupcommands.cpp).

#include "clicontext.h"

#include <core/db/auditrepository.h>
#include <core/db/databasecopy.h>
#include <core/db/exchange.h>
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
    Arguments args(ctx.args, { QStringLiteral("since"), QStringLiteral("format") }, {});
    const QString format = args.format();
    const QDate since = args.date(QStringLiteral("since"));
    Database &db = ctx.database(mustExist());
    OutputTable table({ QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
        QStringLiteral("entity"), QStringLiteral("uuid"), QStringLiteral("detail") });
    for (const AuditEntry &e : AuditRepository(db).entries(since))
        table.addRow({ e.at, e.user, e.action, e.entity, e.entityUuid, e.detail });
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

namespace thuky::cli {

int runExchange(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("out"), QStringLiteral("since") }, {});
    const QString action = args.required(0, Tr::tr("exchange action (export or import)"));
    if (action == QLatin1String("export")) {
        const QString out = args.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(Tr::tr("exchange export needs --out FILE"));
        const QDate since = args.date(QStringLiteral("since"));
        Database &db = ctx.database(mustExist());
        const int n = Exchange::exportTo(db, out, since);
        ctx.err << Tr::tr("Wrote %1 records to %2.").arg(n).arg(out) << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("import"))
        throw UsageError(Tr::tr("unknown exchange action %1").arg(action));
    const QString file = args.required(1, Tr::tr("exchange file"));
    Database &db = ctx.database(mustExist());
    try {
        const Exchange::Result r = Exchange::importFrom(db, file);
        ctx.err << Tr::tr("Merged %1: %2 new, %3 updated, %4 unchanged.")
                       .arg(file)
                       .arg(r.inserted)
                       .arg(r.updated)
                       .arg(r.unchanged)
                << Qt::endl;
    } catch (const ValidationError &e) {
        throw InputError({ e.message() });
    }
    return 0;
}

} // namespace thuky::cli
