// thuky-cli search all (SPEC.md "Search across everything").

#include "clicontext.h"

#include <core/search/globalsearch.h>
#include <core/text/output.h>
#include <core/text/vndate.h>

#include <QCoreApplication>

namespace thuky::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};
} // namespace

int runSearchAll(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("limit"), QStringLiteral("format") }, {});
    const QStringList words = args.positional().mid(1);
    if (words.isEmpty())
        throw UsageError(Tr::tr("search all needs a QUERY"));
    const QString format = args.format();
    const int limit = args.integer(QStringLiteral("limit"), 50);
    if (limit < 1)
        throw UsageError(Tr::tr("--limit needs a number of at least 1"));

    OutputTable table({ QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("date"),
        QStringLiteral("title") });
    for (const SearchHit &hit :
        GlobalSearch(ctx.database()).search(words.join(QLatin1Char(' ')), limit))
        table.addRow({ SearchHit::kindCode(hit.kind), QString::number(hit.id),
            hit.date.isValid() ? VnDate::iso(hit.date) : QString(), hit.title });
    ctx.out << table.render(format);
    return 0;
}

} // namespace thuky::cli
