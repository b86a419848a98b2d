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
 * index order, a few ms a page.
 *
 * On PostgreSQL the same order comes from the GIN index over the same folded text (schema v8):
 * ts_rank (normalised by the document's length, like bm25 favouring short texts) stands for
 * bm25, higher first.
 */
class OpinionSearch
{
public:
    /** How many of the most recently entered matches are ranked by default. */
    static constexpr int RankedMatches = 20000;
    /**
     * The same on PostgreSQL, where ts_rank parses each candidate's text again (a GIN index
     * keeps no positions): about 30 µs a report, so 2,000 take what 20,000 take on SQLite.
     */
    static constexpr int RankedMatchesServer = 2000;

    /** @p rankedMatches is the bound above (0: the backend's default); tests make it small. */
    explicit OpinionSearch(Database &db, int rankedMatches = 0);

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

    /**
     * PostgreSQL: the text search query of @p query's folded words, each a prefix
     * ("'dat':* & 'dai':*") but a one-letter word, which must be a whole word (as on SQLite).
     */
    static QString tsQuery(const QString &query);
    /** PostgreSQL: the indexed tsvector (schema v8) of the search text of @p alias's report. */
    static QString tsVector(const QString &alias);
    /**
     * PostgreSQL: the condition that report @p alias matches @p query, answered by the GIN
     * index; its value is appended to @p values.
     */
    static QString tsMatch(const QString &alias, const QString &query, QVariantList *values);

private:
    QString rankedFrom(const OpinionFilter &filter, QVariantList *values);
    QList<qint64> rankedIds(const OpinionFilter &filter, int limit, int offset);
    qint64 rankedCount(const OpinionFilter &filter);
    qint64 oldestRanked(const OpinionFilter &filter);
    QList<qint64> olderIds(const OpinionFilter &filter, qint64 below, int limit, int offset);

    Database &m_db;
    int m_rankedMatches;
};

} // namespace thuky
