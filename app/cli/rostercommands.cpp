#include "clicontext.h"

#include <core/demo/demo.h>
#include <core/roster/rosterrepository.h>
#include <core/text/output.h>
#include <core/text/vndate.h>

#include <QCoreApplication>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};
} // namespace

int runInit(Context &ctx)
{
    Arguments args(ctx.args, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("init takes no arguments"));
    Database &db = ctx.database(Database::OpenMode::CreateIfMissing);
    ctx.err << (db.wasCreated() ? Tr::tr("Created the database %1 (schema %2).")
                                : Tr::tr("The database %1 is up to date (schema %2)."))
                   .arg(db.location())
                   .arg(db.schemaVersion())
            << Qt::endl;
    return 0;
}

int runDemo(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("opinions"), QStringLiteral("seed") }, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("demo takes no positional arguments"));
    const int opinions = args.integer(QStringLiteral("opinions"), 2000);
    const int seed = args.integer(QStringLiteral("seed"), 2024);
    Database &db = ctx.database(Database::OpenMode::CreateIfMissing);
    ctx.requireRole({ QStringLiteral("admin") });
    DemoGenerator demo(db, quint32(seed));
    demo.generate(opinions);
    ctx.err << Tr::tr("Filled %1 with the demo data set.").arg(db.location()) << Qt::endl;
    return 0;
}

int runRoster(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("committee"), QStringLiteral("as-of"), QStringLiteral("format") }, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("roster takes no positional arguments"));
    const QString format = args.format();
    QDate asOf = args.date(QStringLiteral("as-of"));
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    Database &db = ctx.database();
    RosterRepository roster(db);
    QList<Committee> committees;
    if (args.has(QStringLiteral("committee"))) {
        const auto c = roster.findCommittee(args.value(QStringLiteral("committee")));
        if (!c)
            throw InputError(
                { Tr::tr("%1: no such committee").arg(args.value(QStringLiteral("committee"))) });
        committees.append(*c);
    } else {
        committees = roster.committees();
    }
    OutputTable table({ QStringLiteral("committee"), QStringLiteral("role"),
        QStringLiteral("person"), QStringLiteral("title"), QStringLiteral("start"),
        QStringLiteral("end"), QStringLiteral("decision") });
    for (const Committee &c : std::as_const(committees)) {
        for (const Membership &m : roster.members(c.id, asOf)) {
            table.addRow({ c.name, Roles::code(m.role), m.personName, m.personTitles,
                VnDate::iso(m.start), VnDate::iso(m.end), m.decision });
        }
    }
    ctx.out << table.render(format);
    return 0;
}

} // namespace thuky::cli
