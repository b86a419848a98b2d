#include "clicontext.h"

#include <core/demo/demo.h>
#include <core/documents/printedlist.h>
#include <core/roster/rosterdocument.h>
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

namespace {

/** `--out FILE.pdf|FILE.odt` of a printed list: empty when not given; a usage error if bad. */
QString documentPath(const Arguments &args)
{
    if (!args.has(QStringLiteral("out")))
        return {};
    const QString out = args.value(QStringLiteral("out"));
    if (!PrintedList::isSupportedPath(out))
        throw UsageError(Tr::tr("--out must name a .pdf or .odt file"));
    if (args.has(QStringLiteral("format")))
        throw UsageError(Tr::tr("--out and --format cannot be used together"));
    return out;
}

/** The roster printed: one committee (or the top-level one) as of @p asOf. */
int printRoster(Context &ctx, const Arguments &args, const QString &out, const QDate &asOf)
{
    Database &db = ctx.database();
    RosterDocument::Options options;
    options.asOf = asOf;
    options.annexOf = args.value(QStringLiteral("annex"));
    if (args.has(QStringLiteral("committee"))) {
        const auto c = RosterRepository(db).findCommittee(args.value(QStringLiteral("committee")));
        if (!c)
            throw InputError(
                { Tr::tr("%1: no such committee").arg(args.value(QStringLiteral("committee"))) });
        options.committeeId = c->id;
    }
    const auto committee = PrintedList::issuer(db, options.committeeId, asOf);
    if (!committee)
        throw InputError({ Tr::tr("the database has no committee to print the roster of") });
    options.committeeId = committee->id;
    QString error;
    if (!RosterDocument(db).write(options, out, &error))
        throw InputError({ Tr::tr("%1: cannot write: %2").arg(out, error) });
    ctx.err << Tr::tr("Wrote the roster of %1 as of %2 to %3.")
                   .arg(committee->name, VnDate::display(asOf), out)
            << Qt::endl;
    return 0;
}

} // namespace

int runRoster(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("committee"), QStringLiteral("as-of"), QStringLiteral("format"),
            QStringLiteral("out"), QStringLiteral("annex") },
        {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("roster takes no positional arguments"));
    const QString out = documentPath(args);
    if (out.isEmpty() && args.has(QStringLiteral("annex")))
        throw UsageError(Tr::tr("--annex goes with --out"));
    const QString format = out.isEmpty() ? args.format() : QString();
    QDate asOf = args.date(QStringLiteral("as-of"));
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    if (!out.isEmpty())
        return printRoster(ctx, args, out, asOf);
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
