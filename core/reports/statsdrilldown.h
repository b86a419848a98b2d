#pragma once

#include <core/opinions/opinionrepository.h>
#include <core/reports/stats.h>

namespace thuky {

class Database;

/**
 * The reports behind a figure of OpinionStats as the report list's filter, so that a click on
 * a bar opens exactly the reports its height counts: the same dates, the same scope (a
 * locality with what is under it and merged into it), and the key's own topics or localities
 * only — a parent topic's bar holds the reports filed under the parent itself, not its
 * sub-topics, which have bars of their own.
 */
class StatsDrillDown
{
public:
    explicit StatsDrillDown(Database &db);

    /**
     * The reports of @p quarter (`2024-Q2`; the whole period when empty) counted under
     * @p filter, the filter the figures were counted with (OpinionStats::countForChart()'s
     * `used`), whose key is one of @p groups' keys (several: a chart's "others" series).
     * With @p dim None, every report of the quarter.
     */
    OpinionFilter filterFor(StatsDimension dim, const StatsFilter &filter, const QString &quarter,
        const QList<StatsCount> &groups) const;

private:
    /** The localities (or topics) of @p groups, within @p scope when it is not empty. */
    QList<qint64> exactIds(StatsDimension dim, const StatsFilter &filter,
        const QList<StatsCount> &groups, const QSet<qint64> &scope) const;
    void setLocalities(OpinionFilter *f, const StatsFilter &filter, StatsDimension dim,
        const QList<StatsCount> &groups) const;
    void setTopics(OpinionFilter *f, const StatsFilter &filter, StatsDimension dim,
        const QList<StatsCount> &groups) const;

    Database &m_db;
};

} // namespace thuky
