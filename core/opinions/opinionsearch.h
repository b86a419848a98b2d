#pragma once

#include <core/opinions/opinionrepository.h>

namespace thuky {

class Database;

/**
 * The one ranking of opinion reports by a search text, shared by `thuky-cli search opinions`
 * (OpinionRepository::search()) and the report list while a search is typed.
 *
 * The order: the rankedMatches most recently entered reports the text matches (all of them
 * when fewer match), narrowed by the filter's other fields, best match first (bm25), equal
 * scores most recently entered first; then the older matches, most recently entered first.
 * Ranking is bounded because bm25 scores every candidate: a broad prefix ("gi") matches half
 * of a million reports, which would take seconds to score; the older matches are walked in
 * index order, a few ms a page. On PostgreSQL (no FTS5) the matches come newest first.
 */
class OpinionSearch
{
public:
    /** How many of the most recently entered matches are ranked by default. */
    static constexpr int RankedMatches = 20000;

    /** @p rankedMatches is the bound above; tests make it small. */
    explicit OpinionSearch(Database &db, int rankedMatches = RankedMatches);

    /**
     * The page of @p limit reports from @p offset matching @p filter in the order above.
     * Without search words it is OpinionRepository::list() by date, newest first.
     */
    QList<OpinionReport> page(const OpinionFilter &filter, int limit, int offset = 0);

    /**
     * OpinionRepository::count(), answered by the full-text index alone when the filter is
     * only a search text (the index has one row per report).
     */
    qint64 count(const OpinionFilter &filter);

private:
    QString rankedFrom(const OpinionFilter &filter, QVariantList *values);
    QList<qint64> rankedIds(const OpinionFilter &filter, int limit, int offset);
    qint64 rankedCount(const OpinionFilter &filter);
    qint64 oldestRanked(const QString &match);
    QList<qint64> olderIds(const OpinionFilter &filter, qint64 below, int limit, int offset);

    Database &m_db;
    int m_rankedMatches;
};

} // namespace thuky
