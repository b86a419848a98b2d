// thuky-cli import / export / search of opinion reports (SPEC.md "Opinion import format").

#include "clicontext.h"

#include <core/opinions/opinionexport.h>
#include <core/opinions/opinionimport.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/text/output.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

/** The first positional argument names what the command works on: only `opinions` here. */
void requireOpinions(const Arguments &args, const QString &command)
{
    const QString what = args.required(0, Tr::tr("what to %1 (opinions)").arg(command));
    if (what != QLatin1String("opinions"))
        throw UsageError(Tr::tr("%1 knows only opinions, not %2").arg(command, what));
}
/** The names an import adds (or would add), one line per kind. */
void describeNew(QTextStream &err, const OpinionImport::Summary &s)
{
    const struct
    {
        const char *label;
        const QStringList &names;
    } lists[] = { { QT_TRANSLATE_NOOP("thuky::cli", "new localities"), s.newLocalities },
        { QT_TRANSLATE_NOOP("thuky::cli", "new topics"), s.newTopics },
        { QT_TRANSLATE_NOOP("thuky::cli", "new reporters"), s.newReporters },
        { QT_TRANSLATE_NOOP("thuky::cli", "new agencies"), s.newAgencies } };
    for (const auto &l : lists) {
        if (!l.names.isEmpty())
            err << "  " << Tr::tr(l.label) << ": " << l.names.join(QStringLiteral("; "))
                << Qt::endl;
    }
}

/**
 * The analysis's problems as `FILE:LINE: message`: errors end the command (InputError,
 * nothing written) unless @p ok; warnings go to @p err.
 */
void reportProblems(QTextStream &err, const QString &path, const OpinionImport &import, bool ok)
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

int runImport(Context &ctx)
{
    if (ctx.args.value(0) == QLatin1String("roster"))
        return runImportRoster(ctx); // rosterimportcommands.cpp
    Arguments args(ctx.args, {},
        { QStringLiteral("create-missing"), QStringLiteral("dry-run"),
            QStringLiteral("skip-duplicates") });
    requireOpinions(args, QStringLiteral("import"));
    const QString path = args.required(1, Tr::tr("the CSV file to import"));
    if (args.positional().size() > 2)
        throw UsageError(Tr::tr("import opinions takes one file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            { Tr::tr("%1:1: cannot read the file: %2").arg(path, file.errorString()) });
    const QByteArray data = file.readAll();
    file.close();

    Database &db = ctx.database();
    ctx.requireRole(
        { QStringLiteral("admin"), QStringLiteral("secretary"), QStringLiteral("collaborator") });

    OpinionImport::Options options;
    options.createMissing = args.has(QStringLiteral("create-missing"));
    options.skipDuplicates = args.has(QStringLiteral("skip-duplicates"));
    OpinionImport import(db, options);
    const bool ok = import.analyse(data);
    reportProblems(ctx.err, path, import, ok);

    if (args.has(QStringLiteral("dry-run"))) {
        const OpinionImport::Summary s = import.summary();
        ctx.err << Tr::tr("%1: %2 rows are valid; %3 would be imported, %4 duplicates skipped. "
                          "Dry run: nothing was written.")
                       .arg(path)
                       .arg(s.rows)
                       .arg(s.imported)
                       .arg(s.duplicates)
                << Qt::endl;
        describeNew(ctx.err, s);
        return 0;
    }

    const bool terminal = isatty(STDERR_FILENO);
    QString shown;
    const OpinionImport::Summary s = import.write([&](int done, int total) {
        if (!terminal)
            return;
        QString text;
        switch (import.phase()) {
        case OpinionImport::Phase::Rows:
            text = Tr::tr("Importing… %1/%2").arg(done).arg(total);
            break;
        case OpinionImport::Phase::Indexes:
            text = Tr::tr("Building the indexes… %1/%2").arg(done).arg(total);
            break;
        case OpinionImport::Phase::SearchIndex:
            text = Tr::tr("Building the search index… %1/%2").arg(done).arg(total);
            break;
        case OpinionImport::Phase::Saving:
            text = Tr::tr("Saving…");
            break;
        }
        // Padded over a longer line shown before.
        ctx.err << '\r' << text.leftJustified(shown.size()) << Qt::flush;
        shown = text;
    });
    if (terminal)
        ctx.err << '\r' << QString(shown.size(), QLatin1Char(' ')) << '\r';
    ctx.err << Tr::tr("Imported %1 reports from %2 (%3 duplicates skipped).")
                   .arg(s.imported)
                   .arg(path)
                   .arg(s.duplicates)
            << Qt::endl;
    describeNew(ctx.err, s);
    return 0;
}

int runExport(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("out"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("topic"), QStringLiteral("locality") },
        {});
    requireOpinions(args, QStringLiteral("export"));
    if (args.positional().size() > 1)
        throw UsageError(Tr::tr("export opinions takes no further arguments"));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError(Tr::tr("export opinions needs --out FILE.csv or --out FILE.xlsx"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        throw UsageError(Tr::tr("--out must end in .csv or .xlsx"));

    OpinionFilter filter;
    filter.from = args.date(QStringLiteral("from"));
    filter.to = args.date(QStringLiteral("to"));

    Database &db = ctx.database();
    TaxonomyRepository taxonomy(db);
    if (args.has(QStringLiteral("topic"))) {
        const QString t = args.value(QStringLiteral("topic"));
        if (const auto topic = taxonomy.findTopic(t)) {
            filter.topicId = topic->id;
        } else {
            bool number = false;
            const qint64 id = t.toLongLong(&number);
            if (number && taxonomy.topic(id))
                filter.topicId = id;
            else
                throw InputError({ Tr::tr("thuky-cli: no topic named %1").arg(t) });
        }
    }
    if (args.has(QStringLiteral("locality"))) {
        const QString l = args.value(QStringLiteral("locality"));
        if (const auto found = taxonomy.findLocalityId(l)) {
            filter.localityId = *found;
        } else {
            bool number = false;
            const qint64 id = l.toLongLong(&number);
            if (number && taxonomy.hasLocality(id))
                filter.localityId = id;
            else
                throw InputError({ Tr::tr("thuky-cli: no locality named %1").arg(l) });
        }
    }

    const qint64 rows = OpinionExport(db).write(filter, out);
    ctx.err << Tr::tr("Exported %1 reports to %2.").arg(rows).arg(out) << Qt::endl;
    return 0;
}

int runSearch(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("limit"), QStringLiteral("format") }, {});
    if (!args.positional().isEmpty() && args.positional().constFirst() == QLatin1String("all"))
        return runSearchAll(ctx);
    requireOpinions(args, QStringLiteral("search"));
    QStringList words = args.positional().mid(1);
    if (words.isEmpty())
        throw UsageError(Tr::tr("search opinions needs a QUERY"));
    const QString query = words.join(QLatin1Char(' '));
    const QString format = args.format();
    const int limit = args.integer(QStringLiteral("limit"), 50);
    if (limit < 1)
        throw UsageError(Tr::tr("--limit needs a number of at least 1"));

    Database &db = ctx.database();
    OutputTable table({ QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("locality"),
        QStringLiteral("topic"), QStringLiteral("summary") });
    for (const OpinionReport &r : OpinionRepository(db).search(query, limit))
        table.addRow({ QString::number(r.id), VnDate::iso(r.observedOn), r.localityName,
            r.topicName, r.summary });
    ctx.out << table.render(format);
    return 0;
}

} // namespace thuky::cli
