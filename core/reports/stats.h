#pragma once

#include <core/reports/statsdimensions.h>

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace thuky {

class Database;

/** Which reports an aggregate covers. Every part is optional. */
struct StatsFilter
{
    QDate from; ///< observed on or after
    QDate to; ///< observed on or before
    qint64 localityId = 0; ///< this locality, its sub-localities and those merged into it
    qint64 topicId = 0; ///< this topic and its sub-topics
    /** Count reports of merged localities under the unit they were merged into. */
    bool rollUpMerged = false;
    /** With rollUpMerged: follow the merges made on or before this day (invalid: every merge). */
    QDate rollUpOn;
    /** Count sub-topics under their first-level topic (charts with many topics). */
    bool rollUpTopics = false;
    /** Count localities under their ancestor just below the top (the districts). */
    bool rollUpLocalities = false;

    /** At most this many series fit in a chart; ChartBuilder sums the rest as `Khác`. */
    static constexpr int MaxChartSeries = 8;
    /**
     * How a chart of @p dim groups, once it has seen @p keyCount keys under this filter:
     * topics and localities roll up a level (rollUpTopics and rollUpLocalities) when their
     * keys would not fit in MaxChartSeries series; otherwise this filter unchanged.
     * OpinionStats::countForChart() applies it.
     */
    StatsFilter forChart(StatsDimension dim, int keyCount) const;

    bool operator==(const StatsFilter &o) const
    {
        return from == o.from && to == o.to && localityId == o.localityId && topicId == o.topicId
            && rollUpMerged == o.rollUpMerged && rollUpOn == o.rollUpOn
            && rollUpTopics == o.rollUpTopics && rollUpLocalities == o.rollUpLocalities;
    }
    bool operator!=(const StatsFilter &o) const { return !(*this == o); }
};

/** One group: reports of @p quarter with @p key (a code, or a topic/locality name). */
struct StatsCount
{
    QString quarter; ///< `2024-Q2`; empty when counted over the whole period
    QString key; ///< code for enumerations, leaf name for topics and localities; empty for None
    int count = 0;
    /** Topic or locality ids behind @p key (several when names repeat or units merged). */
    QList<qint64> ids;
    /**
     * The key's place in its dimension's stable order (the codes' order; the taxonomy's tree
     * order, StatsKeys::position()): a chart colours and stacks a key by it. -1: unknown.
     */
    int position = -1;
};

/** The state of responses for one quarter (or a whole period when quarter is empty). */
struct ResponseSummary
{
    QString quarter;
    int total = 0; ///< reports observed
    int answered = 0; ///< answered, resolved or closed
    int withResponseDate = 0; ///< reports with a response date (the median's population)
    double medianDays = -1; ///< median days from observation to response; -1 when none
    double rate() const { return total > 0 ? double(answered) / total : 0.0; }
};

/** A report flagged hot (urgency = hot). */
struct HotItem
{
    qint64 id = 0;
    QDate observed;
    QString locality;
    QString topic;
    QString summary;
    QString status;
    QString sentiment;
};

/** Counts of one key in a period and in the period before it. */
struct ComparisonRow
{
    QString key;
    int current = 0;
    int previous = 0;
    int change() const { return current - previous; }
};

/**
 * The opinion-report aggregates behind the charts, the dashboard, `stats` and the
 * periodic reports. Every figure is a SQL GROUP BY; no report row is ever loaded except
 * for the list of hot items.
 *
 * Counts by quarter read the (quarter, dimension) covering indexes: a date range is cut
 * into whole quarters (answered from the index alone) and the partial quarters at its
 * ends (answered through the observed_on index).
 */
class OpinionStats
{
public:
    explicit OpinionStats(Database &db);

    /** Reports per quarter and @p dim, sorted by quarter then key (code-point order). */
    QList<StatsCount> countByQuarter(StatsDimension dim, const StatsFilter &filter = {}) const;
    /**
     * Reports per quarter and @p dim as a chart shows them: countByQuarter(), counted again
     * rolled up a level (StatsFilter::forChart()) when topics or localities would give
     * more keys than fit in a chart. The one grouping rule of the GUI, the CLI and the
     * periodic report's charts. @p used receives the filter the rows were counted with.
     */
    QList<StatsCount> countForChart(
        StatsDimension dim, const StatsFilter &filter = {}, StatsFilter *used = nullptr) const;
    /** Reports per @p dim over the whole filtered period, sorted by key. */
    QList<StatsCount> countOverPeriod(StatsDimension dim, const StatsFilter &filter = {}) const;
    /** Number of reports matching @p filter. */
    int total(const StatsFilter &filter = {}) const;
    /** Response rate and median days to response per quarter, oldest first. */
    QList<ResponseSummary> responsesByQuarter(const StatsFilter &filter = {}) const;
    /** Response rate and median days over the whole filtered period. */
    ResponseSummary responses(const StatsFilter &filter = {}) const;
    /** Hot reports, newest first, at most @p limit. */
    QList<HotItem> hotItems(const StatsFilter &filter = {}, int limit = 50) const;
    /** Number of hot reports matching @p filter. */
    int hotCount(const StatsFilter &filter = {}) const;
    /**
     * Counts by @p dim in @p current against @p previous, the largest current count
     * first; keys seen in either period are listed.
     */
    QList<ComparisonRow> compare(
        StatsDimension dim, const StatsFilter &current, const StatsFilter &previous) const;

    /**
     * Sets up @p db's connection for one pass over an index by a short-lived process
     * (`thuky-cli stats`): on SQLite, no memory map and a small page cache.
     */
    static void tuneForOneScan(Database &db);

private:
    /** (quarter, raw key) → count, summed over the WHERE pieces; keys are ids or codes. */
    QMap<QPair<QString, QString>, int> rawCounts(
        StatsDimension dim, const StatsFilter &filter, bool byQuarter) const;
    QList<StatsCount> groupCounts(
        StatsDimension dim, const StatsFilter &filter, bool byQuarter) const;
    QList<ResponseSummary> responseQuery(const StatsFilter &filter, bool byQuarter) const;
    /** Totals and answered counts keyed by quarter ('' over the whole period). */
    QMap<QString, ResponseSummary> responseTotals(const StatsFilter &filter, bool byQuarter) const;
    /** Fills the median days of the groups in @p result from a histogram of days. */
    void addMedians(
        const StatsFilter &filter, bool byQuarter, QMap<QString, ResponseSummary> *result) const;
    QString daysExpression() const;

    Database &m_db;
};

} // namespace thuky
