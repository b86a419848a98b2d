#pragma once

#include <core/reports/stats.h>
#include <ui/charts/charttexts.h>

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QBarSet;
QT_END_NAMESPACE

namespace thuky {

/**
 * Builds the opinion charts (Qt Charts) from OpinionStats figures, in the words of a
 * ChartTexts: Vietnamese for the documents for the committee's leaders (the default), the
 * interface's language on screen.
 *
 * A key keeps its colour and its place in the stack from one chart to the next: both follow
 * the key's stable position (StatsCount::position), not its count. Every chart stays legible
 * in black and white: the series differ in lightness and in fill pattern, with a dark outline.
 * The caller owns the returned chart.
 */
class ChartBuilder
{
public:
    /** At most this many series in a stacked chart; the rest are summed as "others". */
    static constexpr int MaxSeries = StatsFilter::MaxChartSeries;
    /** The style of the "others" series (grey). */
    static constexpr int OthersStyle = 8;

    /**
     * Reported items per quarter (the categories, oldest first) stacked by @p dim: a series per
     * key of seriesKeys(), then the others summed when hasOthers(). @p rows come from
     * countByQuarter() or countForChart().
     */
    static QChart *stackedBars(const QList<StatsCount> &rows, StatsDimension dim,
        const ChartTexts &texts = ChartTexts::document());
    /** The total per quarter as a line with points and value labels. */
    static QChart *totalTrend(
        const QList<StatsCount> &totals, const ChartTexts &texts = ChartTexts::document());
    /** Response rate (bars, %) and median days to response (line, right axis) per quarter. */
    static QChart *responses(
        const QList<ResponseSummary> &rows, const ChartTexts &texts = ChartTexts::document());

    /** The quarters of @p rows, sorted, as codes. */
    static QStringList quarters(const QList<StatsCount> &rows);
    /**
     * The keys that get a series of their own, bottom first: all of them when they fit, else
     * the MaxSeries - 1 largest; in their stable order (StatsCount::position).
     */
    static QStringList seriesKeys(const QList<StatsCount> &rows);
    /** Whether @p rows have more keys than fit, the rest summed in an "others" series on top. */
    static bool hasOthers(const QList<StatsCount> &rows);
    /** The label of the "others" series in a document: `Khác`. */
    static QString othersLabel();
    /**
     * The style (styleBarSet()) of each of @p keys: its stable position's, or the next one free
     * when two keys shown together would share one.
     */
    static QHash<QString, int> seriesStyles(const QList<StatsCount> &rows, const QStringList &keys);

    /** Fill colour of style @p index: distinct hues whose lightness alternates. */
    static QColor seriesColor(int index);
    /** Applies the colour, pattern and outline of style @p index to @p set. */
    static void styleBarSet(QBarSet *set, int index);
};

} // namespace thuky
