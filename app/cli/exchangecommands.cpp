// Exchange files between committees: `exchange export` and `exchange import`.

#include "clicontext.h"

#include <core/db/exchange.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <unistd.h>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

/** The passphrase: THUKY_EXCHANGE_PASSPHRASE, else asked on the terminal (twice to seal). */
QString passphrase(bool confirm)
{
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("THUKY_EXCHANGE_PASSPHRASE"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!isatty(STDIN_FILENO))
        throw UsageError(Tr::tr("give the exchange file's passphrase in THUKY_EXCHANGE_PASSPHRASE "
                                "(there is no terminal to ask on)"));
    const QString first = readPassword(Tr::tr("Passphrase of the exchange file: "));
    if (first.isEmpty())
        throw UsageError(Tr::tr("the passphrase must not be empty"));
    if (confirm && readPassword(Tr::tr("The passphrase again: ")) != first)
        throw UsageError(Tr::tr("the two passphrases differ"));
    return first;
}

/** Refusals of the core (a list of `FILE:TABLE/UUID: message` lines) as invalid input. */
[[noreturn]] void rethrowAsInput(const ValidationError &e)
{
    throw InputError(e.message().split(QLatin1Char('\n')));
}

int exportFile(Context &ctx, const Arguments &args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError(Tr::tr("exchange export needs --out FILE"));
    const QDate since = args.date(QStringLiteral("since"));
    Database &db = ctx.database(Database::OpenMode::MustExist);
    ctx.requireRole({ QStringLiteral("admin"), QStringLiteral("secretary") });
    const QString secret = passphrase(true);
    try {
        const int n = Exchange::exportTo(db, out, secret, since);
        ctx.err << Tr::tr("Wrote %1 records to %2.").arg(n).arg(out) << Qt::endl;
    } catch (const ValidationError &e) {
        rethrowAsInput(e);
    }
    return 0;
}

int importFile(Context &ctx, const Arguments &args)
{
    const QString file = args.required(1, Tr::tr("exchange file"));
    std::optional<Exchange::Choice> prefer;
    if (args.has(QStringLiteral("prefer"))) {
        const QString p = args.value(QStringLiteral("prefer"));
        if (p == QLatin1String("incoming"))
            prefer = Exchange::Choice::Incoming;
        else if (p == QLatin1String("local"))
            prefer = Exchange::Choice::Local;
        else
            throw UsageError(Tr::tr("--prefer must be incoming or local"));
    }
    if (!QFileInfo::exists(file))
        throw InputError({ Tr::tr("%1: no such file").arg(file) });
    Database &db = ctx.database(Database::OpenMode::MustExist);
    ctx.requireRole({ QStringLiteral("admin") });
    const QString secret = passphrase(false);
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    try {
        const Exchange::Plan plan = Exchange::plan(db, file, secret);
        const Exchange::Result r = Exchange::apply(db, plan, {}, prefer, dryRun);
        ctx.err << (dryRun ? Tr::tr("Would merge %1: %2 new, %3 updated, %4 unchanged, %5 kept "
                                    "as they are here (nothing written).")
                           : Tr::tr("Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as "
                                    "they are here."))
                       .arg(file)
                       .arg(r.added)
                       .arg(r.updated)
                       .arg(r.unchanged)
                       .arg(r.keptLocal)
                << Qt::endl;
    } catch (const ValidationError &e) {
        rethrowAsInput(e);
    }
    return 0;
}
} // namespace

int runExchange(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("out"), QStringLiteral("since"), QStringLiteral("prefer") },
        { QStringLiteral("dry-run") });
    const QString action = args.required(0, Tr::tr("exchange action (export or import)"));
    if (action == QLatin1String("export"))
        return exportFile(ctx, args);
    if (action == QLatin1String("import"))
        return importFile(ctx, args);
    throw UsageError(Tr::tr("unknown exchange action %1").arg(action));
}

} // namespace thuky::cli
