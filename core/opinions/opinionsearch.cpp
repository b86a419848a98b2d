#include <core/opinions/opinionsearch.h>

#include <core/db/database.h>

#include <algorithm>
#include <limits>

namespace thuky {

namespace {
OpinionFilter withoutText(const OpinionFilter &filter)
{
    OpinionFilter rest = filter;
    rest.text.clear();
    return rest;
}

bool onlyText(const OpinionFilter &filter)
{
    return withoutText(filter) == OpinionFilter();
}

/** The order of the ranked matches: best first, equal scores most recently entered first. */
const QLatin1String rankedOrder(" ORDER BY m.score, m.id DESC");

QList<qint64> idsOf(QSqlQuery &q)
{
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
} // namespace

OpinionSearch::OpinionSearch(Database &db, int rankedMatches, Memo *memo)
    : m_db(db)
    , m_rankedMatches(std::max(1,
          rankedMatches > 0                               ? rankedMatches
              : db.backend() == Database::Backend::SQLite ? RankedMatches
                                                          : RankedMatchesServer))
    , m_memo(memo)
{
}

bool OpinionSearch::memoised(const OpinionFilter &filter) const
{
    return m_memo && m_db.backend() == Database::Backend::PostgreSQL && onlyText(filter)
        && !OpinionRepository::queryTokens(filter.text).isEmpty();
}

/**
 * The ranked matches of @p filter's text, and the number of all matches when it came with
 * them, from the memo or read into it: first from the newest reports (recentMatches()), else
 * from one bitmap of all matches read once (the count a window over it) instead of once for
 * the page and once more for the count. The same candidates and order as rankedIds().
 */
OpinionSearch::Memo &OpinionSearch::memo(const OpinionFilter &filter)
{
    const QString query = tsQuery(filter.text);
    if (m_memo->query == query)
        return *m_memo;
    Memo read;
    read.query = query;
    if (!recentMatches(query, &read)) {
        QVariantList values;
        const QString from = rankedFrom(filter, &values, true);
        QSqlQuery q
            = m_db.exec(QStringLiteral("SELECT m.id, m.matches ") + from + rankedOrder, values);
        while (q.next()) {
            read.ranked.append(q.value(0).toLongLong());
            read.matches = q.value(1).toLongLong();
        }
    }
    *m_memo = read;
    return *m_memo;
}

/**
 * The newest m_rankedMatches matches of @p query among the newest m_recentWalk reports, walked
 * newest first by the primary key and scored as rankedFrom() scores them, into @p read. When the
 * walk finds that many, they are the newest matches of all (an older report cannot be newer
 * than the ones found): true, the count left unknown. A frequent word stops the walk within a
 * few thousand reports, where the bitmap reads every match's page of the table (half a million
 * for "gia"). Fewer: false, and the caller reads the bitmap (the walk read at most
 * m_recentWalk reports in vain).
 */
bool OpinionSearch::recentMatches(const QString &query, Memo *read)
{
    struct Match
    {
        qint64 id;
        double score;
    };
    QList<Match> found;
    qint64 walked = 0;
    qint64 below = std::numeric_limits<qint64>::max();
    qint64 walk = m_recentWalk;
    for (int attempt = 0; attempt < 2 && walk > 0; ++attempt) {
        // The inner LIMIT keeps the planner to the walk: it prefers the bitmap, whose estimate
        // of a prefix's matches is poor, and would read them all. A second walk goes on below
        // the oldest match of the first: every report from there up was tested (an OFFSET
        // would read each skipped report's page again, 40 ms for 100,000).
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT s.id, -ts_rank(%1, to_tsquery('simple', ?), 1) FROM (SELECT "
                           "id, search_vector FROM opinions WHERE id < ? ORDER BY id DESC LIMIT "
                           "?) s WHERE %1 @@ to_tsquery('simple', ?) ORDER BY s.id DESC LIMIT ?")
                .arg(tsVector(QStringLiteral("s"))),
            { query, below, walk, query, m_rankedMatches - found.size() });
        while (q.next()) {
            found.append({ q.value(0).toLongLong(), q.value(1).toDouble() });
            below = found.last().id;
        }
        walked += walk;
        if (found.size() >= m_rankedMatches) {
            // rankedOrder: best first, equal scores most recently entered first.
            std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
                return a.score != b.score ? a.score < b.score : a.id > b.id;
            });
            read->ranked.clear();
            for (const Match &m : std::as_const(found))
                read->ranked.append(m.id);
            read->matches = -1;
            return true;
        }
        // Found a good share of them: a walk on as much further as they say is needed (in all
        // at most four times the first: 0.2 s at a million) still beats reading every match's
        // page (0.3 s for the 19,000 matches of "hoc phi", whose newest 2,000 are in 120,000).
        // Found few: the matches are rare, and the bitmap of them all is small.
        if (found.isEmpty())
            return false;
        const qint64 needed = walked * m_rankedMatches / found.size() * 6 / 5 + 1;
        walk = needed <= 4 * qint64(m_recentWalk) ? needed - walked : 0;
    }
    return false;
}

qint64 OpinionSearch::count(const OpinionFilter &filter)
{
    if (memoised(filter)) {
        Memo &held = memo(filter);
        if (held.matches < 0)
            held.matches = OpinionRepository(m_db).count(filter);
        return held.matches;
    }
    const QString match = OpinionRepository::ftsQuery(filter.text);
    if (match.isEmpty() || m_db.backend() != Database::Backend::SQLite || !onlyText(filter))
        return OpinionRepository(m_db).count(filter); // PostgreSQL: a GIN bitmap, counted
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM opinions_fts WHERE opinions_fts MATCH ?"),
            { match })
        .toLongLong();
}

QString OpinionSearch::tsQuery(const QString &query)
{
    // Only letters and digits survive queryTokens(), so no tsquery operator can be typed.
    QStringList terms;
    for (const QString &t : OpinionRepository::queryTokens(query))
        terms.append(
            QLatin1Char('\'') + t + (t.size() > 1 ? QLatin1String("':*") : QLatin1String("'")));
    return terms.join(QLatin1String(" & "));
}

QString OpinionSearch::tsVector(const QString &alias)
{
    // The stored words the index opinions_search is built on (migration v10).
    return QStringLiteral("%1.search_vector").arg(alias);
}

QString OpinionSearch::tsMatch(const QString &alias, const QString &query, QVariantList *values)
{
    values->append(tsQuery(query));
    return tsVector(alias) + QStringLiteral(" @@ to_tsquery('simple', ?)");
}

QList<OpinionReport> OpinionSearch::page(const OpinionFilter &filter, int limit, int offset)
{
    OpinionRepository repo(m_db);
    if (limit <= 0)
        return {};
    if (OpinionRepository::queryTokens(filter.text).isEmpty())
        return repo.list(filter, OpinionColumn::Date, Qt::DescendingOrder, limit, offset);
    if (memoised(filter)) {
        const Memo &held = memo(filter);
        QList<qint64> ids = held.ranked.mid(offset, limit);
        // Matches not counted yet: a walk that found its m_rankedMatches may have left older.
        const bool older = held.matches < 0 ? held.ranked.size() >= m_rankedMatches
                                            : held.matches > held.ranked.size();
        if (ids.size() < limit && older) {
            const qint64 below = *std::min_element(held.ranked.cbegin(), held.ranked.cend());
            ids += olderIds(filter, below, limit - int(ids.size()),
                int(std::max<qint64>(0, offset - held.ranked.size())));
        }
        return repo.reports(ids);
    }
    QList<qint64> ids = rankedIds(filter, limit, offset);
    if (ids.size() < limit) {
        // The page reaches past the ranked matches: the older ones follow, if any.
        const qint64 below = oldestRanked(filter);
        if (below > 0) {
            const qint64 ranked = ids.isEmpty() ? rankedCount(filter) : offset + ids.size();
            ids += olderIds(
                filter, below, limit - int(ids.size()), int(std::max<qint64>(0, offset - ranked)));
        }
    }
    return repo.reports(ids);
}

/**
 * The most recently entered matches with their score, lower first (bm25, or ts_rank negated;
 * on SQLite the FTS5 rowid is the report id), narrowed by the other fields. A search text alone
 * needs no join: ranking is then the index's work only. Broad filters are kept from driving the
 * index choice (whereClause(…, false)): the candidates, at most m_rankedMatches, drive the join.
 *
 * On PostgreSQL the candidates come from the GIN index (a bitmap of every match: "+ 0" keeps
 * the planner from walking the ids and testing each report's text instead, which reads the
 * whole log when the words never meet); only they are scored, their text carried along.
 */
QString OpinionSearch::rankedFrom(
    const OpinionFilter &filter, QVariantList *values, bool withMatches)
{
    QString candidates;
    if (m_db.backend() == Database::Backend::SQLite) {
        values->append(OpinionRepository::ftsQuery(filter.text));
        values->append(m_rankedMatches);
        candidates = QStringLiteral(
            "FROM (SELECT rowid AS id, bm25(opinions_fts) AS score FROM opinions_fts "
            "WHERE opinions_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m");
    } else {
        values->append(tsQuery(filter.text));
        const QString match = tsMatch(QStringLiteral("c"), filter.text, values);
        values->append(m_rankedMatches);
        // withMatches: the number of all matches beside each candidate, a window over the
        // same bitmap.
        candidates
            = QStringLiteral("FROM (SELECT k.id%3, -ts_rank(%1, to_tsquery('simple', ?), 1) "
                             "AS score FROM (SELECT c.id%4 FROM opinions c WHERE %2 "
                             "ORDER BY c.id + 0 DESC LIMIT ?) n JOIN opinions k ON k.id = "
                             "n.id) m")
                  .arg(tsVector(QStringLiteral("k")), match,
                      withMatches ? QStringLiteral(", n.matches") : QString(),
                      withMatches ? QStringLiteral(", count(*) OVER () AS matches") : QString());
    }
    if (onlyText(filter))
        return candidates;
    return candidates + QStringLiteral(" JOIN opinions o ON o.id = m.id")
        + OpinionRepository(m_db).whereClause(withoutText(filter), values, false);
}

QList<qint64> OpinionSearch::rankedIds(const OpinionFilter &filter, int limit, int offset)
{
    QVariantList values;
    const QString from = rankedFrom(filter, &values);
    values.append(limit);
    values.append(offset);
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.id ") + from + rankedOrder + QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    return idsOf(q);
}

qint64 OpinionSearch::rankedCount(const OpinionFilter &filter)
{
    QVariantList values;
    const QString from = rankedFrom(filter, &values);
    return m_db.scalar(QStringLiteral("SELECT count(*) ") + from, values).toLongLong();
}

/** The id of the oldest ranked match, or 0 when fewer match (then none is left unranked). */
qint64 OpinionSearch::oldestRanked(const OpinionFilter &filter)
{
    if (m_db.backend() == Database::Backend::SQLite)
        return m_db
            .scalar(QStringLiteral("SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ? "
                                   "ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                { OpinionRepository::ftsQuery(filter.text), m_rankedMatches - 1 })
            .toLongLong();
    QVariantList values;
    const QString match = tsMatch(QStringLiteral("o"), filter.text, &values);
    values.append(m_rankedMatches - 1);
    return m_db
        .scalar(QStringLiteral("SELECT o.id FROM opinions o WHERE %1 ORDER BY o.id + 0 DESC "
                               "LIMIT 1 OFFSET ?")
                    .arg(match),
            values)
        .toLongLong();
}

/** Matches entered before @p below, newest first: a walk of the FTS5 rowids or of the ids. */
QList<qint64> OpinionSearch::olderIds(
    const OpinionFilter &filter, qint64 below, int limit, int offset)
{
    if (onlyText(filter) && m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery q
            = m_db.exec(QStringLiteral("SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ? "
                                       "AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?"),
                { OpinionRepository::ftsQuery(filter.text), below, limit, offset });
        return idsOf(q);
    }
    if (onlyText(filter)) {
        QVariantList values;
        const QString match = tsMatch(QStringLiteral("o"), filter.text, &values);
        values << below << limit << offset;
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT o.id FROM opinions o WHERE %1 AND o.id < ? "
                                               "ORDER BY o.id + 0 DESC LIMIT ? OFFSET ?")
                                    .arg(match),
            values);
        return idsOf(q);
    }
    QVariantList values;
    const QString where = OpinionRepository(m_db).whereClause(filter, &values, false);
    values.append(below);
    values.append(limit);
    values.append(offset);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT o.id FROM opinions o") + where
            + QStringLiteral(" AND o.id < ? ORDER BY o.id DESC LIMIT ? OFFSET ?"),
        values);
    return idsOf(q);
}

} // namespace thuky
