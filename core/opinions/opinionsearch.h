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
 * On PostgreSQL the same order comes from the GIN index over the same folded words, stored
 * with each report (schema v10): ts_rank (normalised by the document's length, like bm25
 * favouring short texts) stands for bm25, higher first.
 */
class OpinionSearch
{
public:
    /** How many of the most recently entered matches are ranked by default. */
    static constexpr int RankedMatches = 20000;
    /**
     * The same on PostgreSQL, where finding the most recent matches reads each match's page of
     * the table (a GIN index holds no order): the candidates are fewer.
     */
    static constexpr int RankedMatchesServer = 2000;
    /**
     * PostgreSQL, the report list's search (Memo): the ranked matches are first looked for among
     * this many most recently entered reports, walked newest first, which stops as soon as it
     * has them all - a frequent word's newest matches are found without reading every match.
     * When it finds some but fewer, a second walk goes on below the first as far as they say is
     * needed (in all at most four times as far); when that finds fewer too, or the first found
     * none, the search reads the GIN index's bitmap of all matches.
     */
    static constexpr int RecentWalkServer = 100000;

    /**
     * PostgreSQL, a search text alone: its ranked matches and the number of all its matches,
     * kept for the next pages and the count. Its owner (the report list) clears it whenever the
     * reports may have changed. The ranked matches found by the walk of the newest reports
     * (RecentWalkServer) come without their count, which is read when first asked for; those
     * read from the index's bitmap come with it (a window over the same bitmap).
     */
    struct Memo
    {
        QString query; ///< the tsQuery() it holds; empty: nothing held
        QList<qint64> ranked; ///< the ranked matches, best first
        qint64 matches = 0; ///< every match, ranked or older; -1: not counted yet
        void clear() { *this = Memo(); }
    };

    /**
     * @p rankedMatches is the bound above (0: the backend's default); tests make it small.
     * With @p memo, a PostgreSQL search's pages and count come from it (see Memo).
     */
    explicit OpinionSearch(Database &db, int rankedMatches = 0, Memo *memo = nullptr);

    /** How many of the newest reports the memo's walk reads at most (tests make it small). */
    void setRecentWalk(int rows) { m_recentWalk = rows; }

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
    /** PostgreSQL: the indexed words (schema v10) of the search text of @p alias's report. */
    static QString tsVector(const QString &alias);
    /**
     * PostgreSQL: the condition that report @p alias matches @p query, answered by the GIN
     * index; its value is appended to @p values.
     */
    static QString tsMatch(const QString &alias, const QString &query, QVariantList *values);

private:
    bool memoised(const OpinionFilter &filter) const;
    Memo &memo(const OpinionFilter &filter);
    bool recentMatches(const QString &query, Memo *read);
    QString rankedFrom(const OpinionFilter &filter, QVariantList *values, bool withMatches = false);
    QList<qint64> rankedIds(const OpinionFilter &filter, int limit, int offset);
    qint64 rankedCount(const OpinionFilter &filter);
    qint64 oldestRanked(const OpinionFilter &filter);
    QList<qint64> olderIds(const OpinionFilter &filter, qint64 below, int limit, int offset);

    Database &m_db;
    int m_rankedMatches;
    Memo *m_memo;
    int m_recentWalk = RecentWalkServer;
};

} // namespace thuky
