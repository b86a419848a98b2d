// committees, committee add|rename|dissolve, localities, locality add|merge|move.

#include "clicontext.h"

#include <core/db/database.h>
#include <core/db/namelock.h>
#include <core/roster/organisation.h>
#include <core/text/output.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QHash>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

const QStringList writers = { QStringLiteral("admin"), QStringLiteral("secretary") };

Committee committeeOf(Organisation &org, const QString &idOrName, const QDate &asOf = {})
{
    const auto c = org.findCommittee(idOrName, asOf);
    if (!c)
        throw InputError({ Tr::tr("%1: no such committee").arg(idOrName) });
    return *c;
}

Locality localityOf(Organisation &org, const QString &idOrName, const QDate &asOf = {})
{
    const auto l = org.findLocality(idOrName, asOf);
    if (!l)
        throw InputError({ Tr::tr("%1: no such locality").arg(idOrName) });
    if (QString::number(l->id) == idOrName.trimmed())
        return *l;
    // Two units of one name at the same time (a district and its commune): ask for the id.
    QStringList ids;
    for (const Locality &other : org.localities(asOf.isValid() ? asOf : QDate::currentDate())) {
        if (TextNorm::fold(other.name) == TextNorm::fold(l->name))
            ids.append(QString::number(other.id));
    }
    if (ids.size() > 1)
        throw InputError({ Tr::tr("%1: several localities have this name (ids %2): give the id")
                               .arg(idOrName, ids.join(QLatin1String(", "))) });
    return *l;
}

/** A required date option; missing is a usage error. */
QDate requiredDate(const Arguments &args, const QString &name)
{
    const QDate d = args.date(name);
    if (!d.isValid())
        throw UsageError(Tr::tr("--%1 DATE is required").arg(name));
    return d;
}

int committeeAdd(Context &ctx, Organisation &org, const Arguments &args)
{
    Committee c;
    c.name = args.required(1, QStringLiteral("NAME"));
    if (!args.has(QStringLiteral("level")))
        throw UsageError(Tr::tr("--level province|district|commune|agency is required"));
    c.level = args.value(QStringLiteral("level"));
    c.validFrom = args.date(QStringLiteral("from"));
    if (args.has(QStringLiteral("parent")))
        c.parentId = committeeOf(org, args.value(QStringLiteral("parent")), c.validFrom).id;
    if (args.has(QStringLiteral("locality")))
        c.localityId = localityOf(org, args.value(QStringLiteral("locality")), c.validFrom).id;
    const qint64 id = org.addCommittee(c);
    ctx.err << Tr::tr("Formed the committee %1 (id %2).").arg(c.name).arg(id) << Qt::endl;
    ctx.out << id << Qt::endl;
    return 0;
}

int committeeDissolve(Context &ctx, Organisation &org, const Arguments &args)
{
    const QDate on = requiredDate(args, QStringLiteral("on"));
    const Committee c = committeeOf(org, args.required(1, QStringLiteral("ID|NAME")), on);
    qint64 successor = 0;
    if (args.has(QStringLiteral("into")))
        successor = committeeOf(org, args.value(QStringLiteral("into")), on.addDays(1)).id;
    const Dissolution d = org.dissolveCommittee(c.id, on, successor);
    ctx.err << Tr::tr(
        "Dissolved %1 on %2: %n membership(s) ended.", "", int(d.endedMemberships.size()))
                   .arg(c.name, VnDate::display(on))
            << Qt::endl;
    return 0;
}

QString nameOf(const QHash<qint64, QString> &names, qint64 id)
{
    return id ? names.value(id) : QString();
}
} // namespace

int runCommittees(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("as-of"), QStringLiteral("format") }, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("committees takes no positional arguments"));
    const QString format = args.format();
    const QDate asOf = args.date(QStringLiteral("as-of"));
    Organisation org(ctx.database());
    const QList<Committee> all = org.committees();
    const QList<Committee> shown = asOf.isValid() ? org.committees(asOf) : all;
    QHash<qint64, QString> committeeNames;
    for (const Committee &c : all)
        committeeNames.insert(c.id, c.name);
    QHash<qint64, QString> localityNames;
    for (const Locality &l : org.localities())
        localityNames.insert(l.id, l.name);
    OutputTable table({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("level"),
        QStringLiteral("parent"), QStringLiteral("locality"), QStringLiteral("start"),
        QStringLiteral("end") });
    for (const Committee &c : shown) {
        table.addRow({ QString::number(c.id), c.name, c.level, nameOf(committeeNames, c.parentId),
            nameOf(localityNames, c.localityId), VnDate::iso(c.validFrom),
            VnDate::iso(c.validTo) });
    }
    ctx.out << table.render(format);
    return 0;
}

int runCommittee(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("level"), QStringLiteral("parent"), QStringLiteral("locality"),
            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("on"),
            QStringLiteral("into") },
        {});
    const QString action = args.required(0, QStringLiteral("add|rename|dissolve"));
    if (args.positional().size() != 2)
        throw UsageError(Tr::tr("usage: committee add NAME --level LEVEL | committee rename "
                                "ID|NAME --to NAME | committee dissolve ID|NAME --on DATE"));
    Database &db = ctx.database();
    ctx.requireRole(writers);
    Organisation org(db);
    if (action == QLatin1String("add"))
        return committeeAdd(ctx, org, args);
    if (action == QLatin1String("dissolve"))
        return committeeDissolve(ctx, org, args);
    if (action != QLatin1String("rename"))
        throw UsageError(Tr::tr("unknown committee action %1").arg(action));
    if (!args.has(QStringLiteral("to")))
        throw UsageError(Tr::tr("--to NAME is required"));
    const Committee c = committeeOf(org, args.required(1, QStringLiteral("ID|NAME")));
    org.renameCommittee(c.id, args.value(QStringLiteral("to")), c.rowVersion);
    ctx.err << Tr::tr("Renamed %1 to %2.").arg(c.name, args.value(QStringLiteral("to")))
            << Qt::endl;
    return 0;
}

int runLocalities(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("as-of"), QStringLiteral("format") }, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("localities takes no positional arguments"));
    const QString format = args.format();
    const QDate asOf = args.date(QStringLiteral("as-of"));
    Organisation org(ctx.database());
    const QList<Locality> all = org.localities();
    QHash<qint64, QString> names;
    for (const Locality &l : all)
        names.insert(l.id, l.name);
    OutputTable table({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent"),
        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("merged_into"),
        QStringLiteral("merged_on") });
    for (const Locality &l : asOf.isValid() ? org.localities(asOf) : all) {
        table.addRow(
            { QString::number(l.id), l.name, nameOf(names, l.parentId), VnDate::iso(l.validFrom),
                VnDate::iso(l.validTo), nameOf(names, l.mergedIntoId), VnDate::iso(l.mergedOn) });
    }
    ctx.out << table.render(format);
    return 0;
}

int runLocality(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("parent"), QStringLiteral("from"), QStringLiteral("level"),
            QStringLiteral("into"), QStringLiteral("on"), QStringLiteral("to") },
        { QStringLiteral("create-missing") });
    const QString action = args.required(0, QStringLiteral("add|merge|move|end"));
    const QString name = args.required(1, QStringLiteral("NAME"));
    Database &db = ctx.database();
    ctx.requireRole(writers);
    Organisation org(db);
    if (action == QLatin1String("add")) {
        const QDate from = args.date(QStringLiteral("from"));
        const qint64 parent = args.has(QStringLiteral("parent"))
            ? localityOf(org, args.value(QStringLiteral("parent")), from).id
            : 0;
        const qint64 id = org.addLocality(name, parent, from, args.value(QStringLiteral("level")));
        ctx.err << Tr::tr("Added the locality %1 (id %2).").arg(name).arg(id) << Qt::endl;
        ctx.out << id << Qt::endl;
        return 0;
    }
    const QDate on = requiredDate(args, QStringLiteral("on"));
    if (action == QLatin1String("move")) {
        if (!args.has(QStringLiteral("to")))
            throw UsageError(Tr::tr("--to NAME is required"));
        const Locality unit = localityOf(org, name, on.addDays(-1));
        org.moveLocality(unit.id, localityOf(org, args.value(QStringLiteral("to")), on).id, on);
        ctx.err << Tr::tr("Placed %1 under %2 from %3.")
                       .arg(unit.name, args.value(QStringLiteral("to")), VnDate::display(on))
                << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("end")) {
        const Locality unit = localityOf(org, name, on.addDays(-1));
        org.endLocality(unit.id, on);
        ctx.err << Tr::tr("%1 ends: its last day is %2.")
                       .arg(unit.name, VnDate::display(on.addDays(-1)))
                << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("merge"))
        throw UsageError(Tr::tr("unknown locality action %1").arg(action));
    if (!args.has(QStringLiteral("into")))
        throw UsageError(Tr::tr("--into NAME is required"));
    // Looked up inside the write transaction: two merges at once form the new unit once.
    Transaction tx(db);
    lockNames(db);
    QList<qint64> sources;
    for (const QString &source : args.positional().mid(1))
        sources.append(localityOf(org, source, on.addDays(-1)).id);
    const QString into = args.value(QStringLiteral("into"));
    if (const auto target = org.findLocality(into, on))
        org.mergeLocalities(sources, target->id, on);
    else if (args.has(QStringLiteral("create-missing")))
        org.mergeLocalitiesIntoNew(sources, into, on);
    else
        throw InputError({ Tr::tr("%1: no such locality (add it, or merge with "
                                  "--create-missing)")
                               .arg(into) });
    tx.commit();
    ctx.err << Tr::tr("Merged %n unit(s) into %1 on %2.", "", int(sources.size()))
                   .arg(into, VnDate::display(on))
            << Qt::endl;
    return 0;
}

} // namespace thuky::cli
