// The commands that draw with Qt Charts: they live in thuky-cli-draw, which thuky-cli runs for
// them, so that the everyday commands start without loading the widget libraries.

#include <cli/clicontext.h>
#include <cli/statsoptions.h>

#include <core/documents/partydocument.h>
#include <core/reports/periodreport.h>
#include <core/reports/stats.h>
#include <core/roster/rosterrepository.h>
#include <core/text/output.h>
#include <ui/charts/chartbuilder.h>
#include <ui/charts/chartrenderer.h>
#include <ui/charts/chartreport.h>

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};
} // namespace

int runChart(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("out") },
        { QStringLiteral("roll-up") });
    requireOpinions(args, QStringLiteral("chart"));
    const StatsDimension dim = dimensionOption(args);
    const QString out = args.value(QStringLiteral("out"));
    checkOut(out, { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") });
    const StatsFilter filter = periodFilter(args);

    const QList<StatsCount> rows = OpinionStats(ctx.database()).countForChart(dim, filter);
    std::unique_ptr<QChart> chart(ChartBuilder::stackedBars(rows, dim));
    QString error;
    if (!ChartRenderer::save(chart.get(), out, &error))
        throw InputError({ error });
    ctx.err << Tr::tr("Wrote %1.").arg(out) << Qt::endl;
    return 0;
}

int runReport(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("quarter"), QStringLiteral("week"), QStringLiteral("out"),
            QStringLiteral("committee") },
        { QStringLiteral("roll-up") });
    const QString kind = args.required(0, Tr::tr("report kind (quarterly or weekly)"));
    if (args.positional().size() != 1)
        throw UsageError(Tr::tr("report takes one kind: quarterly or weekly"));
    std::optional<ReportPeriod> period;
    if (kind == QLatin1String("quarterly")) {
        if (args.has(QStringLiteral("week")))
            throw UsageError(Tr::tr("report quarterly takes --quarter, not --week"));
        const QString q = args.value(QStringLiteral("quarter"));
        if (q.isEmpty())
            throw UsageError(Tr::tr("report quarterly needs --quarter YYYY-Qn"));
        period = ReportPeriod::quarter(q);
        if (!period)
            throw UsageError(Tr::tr("--quarter %1: expected YYYY-Qn, e.g. 2024-Q2").arg(q));
    } else if (kind == QLatin1String("weekly")) {
        if (args.has(QStringLiteral("quarter")))
            throw UsageError(Tr::tr("report weekly takes --week, not --quarter"));
        const QString w = args.value(QStringLiteral("week"));
        if (w.isEmpty())
            throw UsageError(Tr::tr("report weekly needs --week YYYY-Www"));
        period = ReportPeriod::isoWeek(w);
        if (!period)
            throw UsageError(
                Tr::tr("--week %1: expected an ISO week YYYY-Www, e.g. 2024-W29").arg(w));
    } else {
        throw UsageError(Tr::tr("unknown report %1 (quarterly or weekly)").arg(kind));
    }
    const QString out = args.value(QStringLiteral("out"));
    checkOut(out, { QStringLiteral("pdf"), QStringLiteral("odt") });

    Database &db = ctx.database();
    qint64 committeeId = 0;
    if (args.has(QStringLiteral("committee"))) {
        const auto c = RosterRepository(db).findCommittee(args.value(QStringLiteral("committee")));
        if (!c)
            throw InputError(
                { Tr::tr("%1: no such committee").arg(args.value(QStringLiteral("committee"))) });
        committeeId = c->id;
    }
    PeriodReport report(db);
    const PeriodReportData data
        = report.build(*period, committeeId, args.has(QStringLiteral("roll-up")));
    QTemporaryDir imageDir;
    PartyDocument doc(DocumentPageSettings::fromDatabase(db));
    ChartReport::compose(db, doc, data, imageDir.path());
    const bool ok = QFileInfo(out).suffix().toLower() == QLatin1String("odt") ? doc.writeOdt(out)
                                                                              : doc.writePdf(out);
    if (!ok)
        throw InputError({ Tr::tr("%1: cannot write: %2").arg(out, doc.errorString()) });
    ctx.err << Tr::tr("Wrote %1 (%2, %3 reports).").arg(out, data.period.label()).arg(data.total)
            << Qt::endl;
    return 0;
}

} // namespace thuky::cli
