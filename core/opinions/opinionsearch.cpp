#include <core/opinions/opinionsearch.h>

#include <core/db/database.h>

#include <algorithm>

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

QList<qint64> idsOf(QSqlQuery &q)
{
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
} // namespace

OpinionSearch::OpinionSearch(Database &db, int rankedMatches)
    : m_db(db)
    , m_rankedMatches(std::max(1, rankedMatches))
{
}

qint64 OpinionSearch::count(const OpinionFilter &filter)
{
    const QString match = OpinionRepository::ftsQuery(filter.text);
    if (match.isEmpty() || m_db.backend() != Database::Backend::SQLite || !onlyText(filter))
        return OpinionRepository(m_db).count(filter);
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM opinions_fts WHERE opinions_fts MATCH ?"),
            { match })
        .toLongLong();
}

QList<OpinionReport> OpinionSearch::page(const OpinionFilter &filter, int limit, int offset)
{
    OpinionRepository repo(m_db);
    if (limit <= 0)
        return {};
    if (OpinionRepository::queryTokens(filter.text).isEmpty()
        || m_db.backend() != Database::Backend::SQLite)
        return repo.list(filter, OpinionColumn::Date, Qt::DescendingOrder, limit, offset);
    QList<qint64> ids = rankedIds(filter, limit, offset);
    if (ids.size() < limit) {
        // The page reaches past the ranked matches: the older ones follow, if any.
        const qint64 below = oldestRanked(OpinionRepository::ftsQuery(filter.text));
        if (below > 0) {
            const qint64 ranked = ids.isEmpty() ? rankedCount(filter) : offset + ids.size();
            ids += olderIds(
                filter, below, limit - int(ids.size()), int(std::max<qint64>(0, offset - ranked)));
        }
    }
    return repo.reports(ids);
}

/**
 * The most recently entered matches with their bm25 score (the FTS5 rowid is the report id),
 * narrowed by the other fields. A search text alone needs no join: ranking is then the index's
 * work only. Broad filters are kept from driving the index choice (whereClause(…, false)): the
 * candidates, at most m_rankedMatches, drive the join.
 */
QString OpinionSearch::rankedFrom(const OpinionFilter &filter, QVariantList *values)
{
    values->append(OpinionRepository::ftsQuery(filter.text));
    values->append(m_rankedMatches);
    const QString candidates
        = QStringLiteral("FROM (SELECT rowid AS id, bm25(opinions_fts) AS score FROM opinions_fts "
                         "WHERE opinions_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m");
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
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT m.id ") + from
            + QStringLiteral(" ORDER BY m.score, m.id DESC LIMIT ? OFFSET ?"),
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
qint64 OpinionSearch::oldestRanked(const QString &match)
{
    return m_db
        .scalar(QStringLiteral("SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
            { match, m_rankedMatches - 1 })
        .toLongLong();
}

/** Matches entered before @p below, newest first: a walk of the FTS5 rowids or of the ids. */
QList<qint64> OpinionSearch::olderIds(
    const OpinionFilter &filter, qint64 below, int limit, int offset)
{
    if (onlyText(filter)) {
        QSqlQuery q
            = m_db.exec(QStringLiteral("SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ? "
                                       "AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?"),
                { OpinionRepository::ftsQuery(filter.text), below, limit, offset });
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
