#pragma once

#include <core/reports/stats.h>

#include <QColor>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QBarSet;
QT_END_NAMESPACE

namespace thuky {

/**
 * Builds the opinion charts (Qt Charts) from OpinionStats figures. The charts are
 * documents for the committee's leaders, like the printed reports, so their texts are
 * Vietnamese: quarters as `Quý I/2024`, enumerations by their Vietnamese labels.
 *
 * Every chart stays legible in black and white: the series differ in lightness and in
 * fill pattern, with a dark outline. The caller owns the returned chart.
 */
class ChartBuilder
{
public:
    /** At most this many series in a stacked chart; the rest are summed as `Khác`. */
    static constexpr int MaxSeries = StatsFilter::MaxChartSeries;

    /**
     * Reported items per quarter (the categories, oldest first) stacked by @p dim. A series
     * per key, the largest overall at the bottom. @p rows come from countByQuarter().
     */
    static QChart *stackedBars(
        const QList<StatsCount> &rows, StatsDimension dim, const QString &title = {});
    /** The total per quarter as a line with points and value labels. */
    static QChart *totalTrend(const QList<StatsCount> &totals, const QString &title = {});
    /** Response rate (bars, %) and median days to response (line, right axis) per quarter. */
    static QChart *responses(const QList<ResponseSummary> &rows, const QString &title = {});

    /** The default title of stackedBars() for @p dim. */
    static QString stackedTitle(StatsDimension dim);
    /** The quarters of @p rows, sorted, as codes. */
    static QStringList quarters(const QList<StatsCount> &rows);
    /** The keys of the series stackedBars() draws, bottom first (`Khác` last if any). */
    static QStringList seriesKeys(const QList<StatsCount> &rows);
    /** The label of the series summing the keys beyond MaxSeries. */
    static QString othersLabel();

    /** Fill colour of series @p index: distinct hues whose lightness alternates. */
    static QColor seriesColor(int index);
    /** Applies the colour, pattern and outline of series @p index to @p set. */
    static void styleBarSet(QBarSet *set, int index);
};

} // namespace thuky
