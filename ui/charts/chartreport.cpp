#include <ui/charts/chartreport.h>

#include <ui/charts/chartbuilder.h>
#include <ui/charts/chartrenderer.h>

#include <core/documents/partydocument.h>
#include <core/reports/periodreport.h>
#include <core/reports/periodreportdocument.h>
#include <core/reports/stats.h>

#include <QChart>

#include <memory>

namespace thuky {

void ChartReport::charts(
    Database &db, const PeriodReportData &data, QList<QImage> *images, QStringList *captions)
{
    // The period's quarter and the three before it, so that the trend shows.
    StatsFilter span = data.scope;
    const QDate lastQuarterStart(
        data.period.last.year(), ((data.period.last.month() - 1) / 3) * 3 + 1, 1);
    span.from = lastQuarterStart.addMonths(-9);
    span.to = data.period.last;
    OpinionStats stats(db);
    const QSize size(880, 500);
    auto draw = [&](QChart *chart, const QString &caption) {
        std::unique_ptr<QChart> owner(chart);
        images->append(ChartRenderer::toImage(chart, size, 2.5));
        captions->append(caption);
    };
    draw(ChartBuilder::stackedBars(
             stats.countForChart(StatsDimension::Topic, span), StatsDimension::Topic),
        QString::fromUtf8("Số phản ánh theo quý, phân theo lĩnh vực"));
    draw(ChartBuilder::stackedBars(
             stats.countForChart(StatsDimension::Sentiment, span), StatsDimension::Sentiment),
        QString::fromUtf8("Số phản ánh theo quý, phân theo chiều hướng dư luận"));
    draw(ChartBuilder::responses(stats.responsesByQuarter(span)),
        QString::fromUtf8("Tỷ lệ trả lời, giải quyết và số ngày phản hồi (trung vị) theo quý"));
}

void ChartReport::compose(
    Database &db, PartyDocument &doc, const PeriodReportData &data, const QString &imageDir)
{
    QList<QImage> images;
    QStringList captions;
    charts(db, data, &images, &captions);
    PeriodReportDocument::compose(doc, data, images, captions, imageDir);
}

} // namespace thuky
