#include "clicontext.h"
#include "statsoptions.h"

#include <core/reports/stats.h>
#include <core/text/output.h>

#include <QFileInfo>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};
} // namespace

/** `--by` as a dimension; anything but `quarter[,DIM]` is a usage error. */
StatsDimension dimensionOption(const Arguments &args)
{
    if (!args.has(QStringLiteral("by")))
        throw UsageError(Tr::tr("--by is required (quarter, optionally followed by ,topic, "
                                ",locality, ,sentiment, ,channel or ,status)"));
    const auto dim = StatsDimensions::parseDims(args.value(QStringLiteral("by")));
    if (!dim)
        throw UsageError(Tr::tr("--by %1: expected quarter, optionally followed by ,topic, "
                                ",locality, ,sentiment, ,channel or ,status")
                             .arg(args.value(QStringLiteral("by"))));
    return *dim;
}

void requireOpinions(const Arguments &args, const QString &command)
{
    if (args.positional().size() != 1 || args.positional().first() != QLatin1String("opinions"))
        throw UsageError(Tr::tr("usage: %1 opinions --by DIMS").arg(command));
}

StatsFilter periodFilter(const Arguments &args)
{
    StatsFilter filter;
    filter.from = args.date(QStringLiteral("from"));
    filter.to = args.date(QStringLiteral("to"));
    if (args.has(QStringLiteral("roll-up"))) {
        // Each report under the unit holding its locality today (merges followed).
        filter.rollUpMerged = true;
        filter.rollUpOn = QDate::currentDate();
    }
    return filter;
}
void checkOut(const QString &out, const QStringList &suffixes)
{
    if (out.isEmpty())
        throw UsageError(Tr::tr("--out FILE is required"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!suffixes.contains(suffix))
        throw UsageError(Tr::tr("--out %1: the file name must end in .%2")
                             .arg(out, suffixes.join(QLatin1String(", ."))));
}

int runStats(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("format") },
        { QStringLiteral("roll-up") });
    requireOpinions(args, QStringLiteral("stats"));
    const StatsDimension dim = dimensionOption(args);
    const QString format = args.format();
    const StatsFilter filter = periodFilter(args);

    Database &db = ctx.database();
    OpinionStats::tuneForOneScan(db);
    const QList<StatsCount> rows = OpinionStats(db).countByQuarter(dim, filter);

    QStringList headers { QStringLiteral("quarter") };
    if (dim != StatsDimension::None)
        headers.append(StatsDimensions::code(dim));
    headers.append(QStringLiteral("count"));

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const StatsCount &r : rows) {
            QJsonObject o;
            o.insert(QStringLiteral("quarter"), r.quarter);
            if (dim != StatsDimension::None)
                o.insert(StatsDimensions::code(dim), r.key);
            o.insert(QStringLiteral("count"), r.count);
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    OutputTable table(headers);
    for (const StatsCount &r : rows) {
        QStringList line { r.quarter };
        if (dim != StatsDimension::None)
            line.append(r.key);
        line.append(QString::number(r.count));
        table.addRow(line);
    }
    ctx.out << table.render(format);
    return 0;
}

} // namespace thuky::cli
