// thuky-cli import roster (SPEC.md "The organisation and its localities").

#include "clicontext.h"

#include <core/roster/rosterimport.h>

#include <QCoreApplication>
#include <QFile>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

/**
 * The analysis's problems as `FILE:LINE: message`: errors end the command (InputError,
 * nothing written) unless @p ok; warnings go to @p err.
 */
void reportProblems(QTextStream &err, const QString &path, const RosterImport &import, bool ok)
{
    QStringList errors;
    QStringList warnings;
    for (const ImportProblem &p : import.problems()) {
        if (p.warning)
            warnings.append(Tr::tr("%1:%2: warning: %3").arg(path).arg(p.line).arg(p.message));
        else
            errors.append(QStringLiteral("%1:%2: %3").arg(path).arg(p.line).arg(p.message));
    }
    if (!ok)
        throw InputError(errors);
    for (const QString &w : std::as_const(warnings))
        err << w << Qt::endl;
}
} // namespace

int runImportRoster(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("committee") }, { QStringLiteral("dry-run") });
    const QString path = args.required(1, Tr::tr("the CSV file to import"));
    if (args.positional().size() > 2)
        throw UsageError(Tr::tr("import roster takes one file"));
    const QString committee = args.value(QStringLiteral("committee"));
    if (args.has(QStringLiteral("committee")) && committee.trimmed().isEmpty())
        throw UsageError(Tr::tr("--committee needs a committee id or name"));

    Database &db = ctx.database();
    ctx.requireRole({ QStringLiteral("admin"), QStringLiteral("secretary") });

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            { Tr::tr("%1:1: cannot read the file: %2").arg(path, file.errorString()) });
    const QByteArray data = file.readAll();
    file.close();

    RosterImport::Options options;
    options.committee = committee;
    RosterImport import(db, options);
    const bool ok = import.analyse(data);
    reportProblems(ctx.err, path, import, ok);

    if (args.has(QStringLiteral("dry-run"))) {
        const RosterImport::Summary s = import.summary();
        ctx.err << Tr::tr("%1: %2 rows are valid; %3 memberships would be imported (%4 new "
                          "persons, %5 already on the roster). Dry run: nothing was written.")
                       .arg(path)
                       .arg(s.rows)
                       .arg(s.memberships)
                       .arg(s.newPersons)
                       .arg(s.reusedPersons)
                << Qt::endl;
        return 0;
    }
    const RosterImport::Summary s = import.write();
    ctx.err << Tr::tr("Imported %1 memberships from %2 (%3 new persons, %4 already on the "
                      "roster).")
                   .arg(s.memberships)
                   .arg(path)
                   .arg(s.newPersons)
                   .arg(s.reusedPersons)
            << Qt::endl;
    return 0;
}

} // namespace thuky::cli
