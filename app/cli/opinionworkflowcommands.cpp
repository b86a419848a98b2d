// thuky-cli opinion forward|answer|resolve|close|reopen (SPEC.md "Opinion workflow from the
// command line"): the report list's follow-up steps, one audited change each.

#include "clicontext.h"

#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/text/textnorm.h>

#include <QCoreApplication>

namespace thuky::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

/** The options each step takes; any other is a usage error. */
QStringList optionsOf(const QString &step)
{
    if (step == QLatin1String("forward"))
        return { QStringLiteral("to"), QStringLiteral("on") };
    if (step == QLatin1String("answer"))
        return { QStringLiteral("response"), QStringLiteral("on") };
    return {};
}

/** The report named on the command line: an id that is no report is invalid input (exit 3). */
qint64 reportId(OpinionRepository &repo, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || !repo.report(id))
        throw ValidationError(
            QStringLiteral("id"), Tr::tr("no opinion report has the id %1").arg(text));
    return id;
}

/**
 * The agency named @p name: as written, else the one agency whose name matches without
 * diacritics ("so tai nguyen" for "Sở Tài nguyên"); none or several is invalid input.
 */
qint64 agencyId(Database &db, const QString &name)
{
    TaxonomyRepository taxonomy(db);
    if (const auto exact = taxonomy.findAgency(name))
        return exact->id;
    QList<Agency> folded;
    for (const Agency &a : taxonomy.agencies()) {
        if (TextNorm::fold(TextNorm::clean(a.name)) == TextNorm::fold(TextNorm::clean(name)))
            folded.append(a);
    }
    if (folded.size() == 1)
        return folded.first().id;
    throw ValidationError(QStringLiteral("to"),
        folded.isEmpty()
            ? Tr::tr("no agency is named %1 (the agencies are listed in the application's lists)")
                  .arg(name)
            : Tr::tr("%1 names several agencies: write the name with its diacritics").arg(name));
}

QString required(const Arguments &args, const QString &step, const QString &option)
{
    const QString v = args.value(option).trimmed();
    if (v.isEmpty())
        throw UsageError(Tr::tr("opinion %1 needs --%2").arg(step, option));
    return v;
}

} // namespace

int runOpinion(Context &ctx)
{
    const QStringList steps { QStringLiteral("forward"), QStringLiteral("answer"),
        QStringLiteral("resolve"), QStringLiteral("close"), QStringLiteral("reopen") };
    const QString step = ctx.args.value(0);
    if (!steps.contains(step))
        throw UsageError(Tr::tr("opinion needs one of: %1").arg(steps.join(QStringLiteral(", "))));
    const Arguments args(ctx.args, optionsOf(step), {});
    if (args.positional().size() != 2)
        throw UsageError(Tr::tr("opinion %1 takes one report ID").arg(step));
    const QDate on
        = args.has(QStringLiteral("on")) ? args.date(QStringLiteral("on")) : QDate::currentDate();

    Database &db = ctx.database();
    OpinionRepository repo(db);
    const qint64 id = reportId(repo, args.positional().at(1));
    if (step == QLatin1String("forward")) {
        repo.forward(id, agencyId(db, required(args, step, QStringLiteral("to"))), on);
    } else if (step == QLatin1String("answer")) {
        repo.recordAnswer(id, required(args, step, QStringLiteral("response")), on);
    } else if (step == QLatin1String("resolve")) {
        repo.resolve(id);
    } else if (step == QLatin1String("close")) {
        repo.close(id);
    } else {
        repo.reopen(id);
    }
    ctx.err << Tr::tr("Report %1 is now %2.").arg(id).arg(repo.report(id)->status) << Qt::endl;
    return 0;
}

} // namespace thuky::cli
