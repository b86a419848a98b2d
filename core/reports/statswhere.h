#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace thuky {

class Database;
struct StatsFilter;

/**
 * The WHERE clauses of the OpinionStats queries, chosen so that each query keeps to one
 * index: a date range is cut into whole quarters (answered from the (quarter, dimension)
 * covering indexes alone) and the partial quarters at its ends (read through the
 * observed_on index); a locality or topic filter reads the filter index by month.
 */
class StatsWhere
{
public:
    /** One WHERE clause over `opinions` with its bound values. */
    struct Piece
    {
        QString where;
        QVariantList values;
        /** Set when every row of the piece lies in this one quarter (a partial quarter). */
        QString quarter;
        /** Rows are grouped by month (substr of observed_on), read through the filter index. */
        bool byMonth = false;

        /** The expression to group by for a quarter: the quarter column or the month. */
        QString quarterExpression() const;
        /** The quarter code of a value of quarterExpression(). */
        QString quarterOf(const QVariant &value) const;
    };

    explicit StatsWhere(Database &db);

    /** The filter as disjoint WHERE clauses that each keep to one index. */
    QList<Piece> pieces(const StatsFilter &filter) const;
    /**
     * The filter as one WHERE clause (for queries that read the table anyway). @p alias
     * prefixes the columns (`o.`); @p steer keeps the planner on the covering filter index.
     */
    Piece plain(const StatsFilter &filter, const QString &alias = {}, bool steer = false) const;

    /** The localities a filter on @p localityId covers: it, everything under it or merged into it.
     */
    QSet<qint64> localityScope(qint64 localityId) const;
    /** The topics a filter on @p topicId covers: it and its sub-topics. */
    QSet<qint64> topicScope(qint64 topicId) const;

private:
    QString scopeClause(const StatsFilter &filter, const QString &alias, bool steer) const;

    Database &m_db;
};

} // namespace thuky
