#include <core/reports/statswhere.h>

#include <core/db/database.h>
#include <core/reports/stats.h>
#include <core/text/vndate.h>

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

namespace {

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

QDate quarterEnd(const QDate &d)
{
    return quarterStart(d).addMonths(3).addDays(-1);
}

/** `2024-05` → `2024-Q2`. */
QString monthToQuarter(const QString &month)
{
    return QStringLiteral("%1-Q%2").arg(month.left(4)).arg((month.mid(5, 2).toInt() + 2) / 3);
}

QString idList(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    parts.reserve(sorted.size());
    for (qint64 id : std::as_const(sorted))
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

StatsWhere::StatsWhere(Database &db)
    : m_db(db)
{
}

QString StatsWhere::Piece::quarterExpression() const
{
    return byMonth ? QStringLiteral("substr(observed_on, 1, 7)") : QStringLiteral("quarter");
}

QString StatsWhere::Piece::quarterOf(const QVariant &value) const
{
    return byMonth ? monthToQuarter(value.toString()) : value.toString();
}

QSet<qint64> StatsWhere::localityScope(qint64 localityId) const
{
    // A small table, walked here so that the big query gets a plain IN list.
    QHash<qint64, QList<qint64>> children;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, parent_id, merged_into_id FROM localities"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            children[q.value(1).toLongLong()].append(id);
        if (!q.value(2).isNull())
            children[q.value(2).toLongLong()].append(id);
    }
    QSet<qint64> ids { localityId };
    QList<qint64> todo { localityId };
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        for (qint64 c : children.value(id)) {
            if (!ids.contains(c)) {
                ids.insert(c);
                todo.append(c);
            }
        }
    }
    return ids;
}

QSet<qint64> StatsWhere::topicScope(qint64 topicId) const
{
    QSet<qint64> ids { topicId };
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id FROM topics WHERE parent_id = ?"), { topicId });
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QString StatsWhere::scopeClause(const StatsFilter &filter, const QString &alias, bool steer) const
{
    // "+column" keeps the planner off the single-column indexes, so that it reads the
    // (observed_on, locality_id, topic_id, …) covering index instead of the table.
    const QString plus = steer ? QStringLiteral("+") : QString();
    QString clause;
    if (filter.localityId > 0)
        clause += QStringLiteral(" AND %1%2locality_id IN (%3)")
                      .arg(plus, alias, idList(localityScope(filter.localityId)));
    if (filter.topicId > 0)
        clause += QStringLiteral(" AND %1%2topic_id IN (%3)")
                      .arg(plus, alias, idList(topicScope(filter.topicId)));
    return clause;
}

QList<StatsWhere::Piece> StatsWhere::pieces(const StatsFilter &filter) const
{
    const QDate &from = filter.from;
    const QDate &to = filter.to;
    QList<Piece> result;
    if (from.isValid() && to.isValid() && from > to)
        return result;
    if (filter.localityId > 0 || filter.topicId > 0) {
        // A locality or topic filter: no (quarter, …) index helps; the filter index covers
        // the date, the locality, the topic and every dimension, so read it by month.
        Piece scoped = plain(filter, {}, true);
        scoped.byMonth = true;
        result.append(scoped);
        return result;
    }
    auto partial = [&](const QDate &a, const QDate &b) {
        Piece p;
        p.where = QStringLiteral("observed_on >= ? AND observed_on <= ?");
        p.values = { VnDate::iso(a), VnDate::iso(b) };
        p.quarter = VnDate::quarterCode(a);
        result.append(p);
    };
    const bool fromPartial = from.isValid() && from != quarterStart(from);
    const bool toPartial = to.isValid() && to != quarterEnd(to);
    if (from.isValid() && to.isValid() && quarterStart(from) == quarterStart(to)
        && (fromPartial || toPartial)) {
        partial(from, to);
        return result;
    }
    if (fromPartial)
        partial(from, quarterEnd(from));
    if (toPartial)
        partial(quarterStart(to), to);
    // Whole quarters: answered from the (quarter, …) index alone.
    QString lower, upper;
    if (from.isValid())
        lower = VnDate::quarterCode(fromPartial ? quarterEnd(from).addDays(1) : from);
    if (to.isValid())
        upper = VnDate::quarterCode(toPartial ? quarterStart(to).addDays(-1) : to);
    if (!lower.isEmpty() && !upper.isEmpty() && lower > upper)
        return result;
    Piece whole;
    QStringList conditions;
    if (!lower.isEmpty()) {
        conditions.append(QStringLiteral("quarter >= ?"));
        whole.values.append(lower);
    }
    if (!upper.isEmpty()) {
        conditions.append(QStringLiteral("quarter <= ?"));
        whole.values.append(upper);
    }
    if (conditions.isEmpty())
        conditions.append(QStringLiteral("1 = 1"));
    whole.where = conditions.join(QLatin1String(" AND "));
    result.append(whole);
    return result;
}

StatsWhere::Piece StatsWhere::plain(
    const StatsFilter &filter, const QString &alias, bool steer) const
{
    Piece p;
    QStringList conditions { QStringLiteral("1 = 1") };
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("%1observed_on >= ?").arg(alias));
        p.values.append(VnDate::iso(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("%1observed_on <= ?").arg(alias));
        p.values.append(VnDate::iso(filter.to));
    }
    p.where = conditions.join(QLatin1String(" AND ")) + scopeClause(filter, alias, steer);
    return p;
}

} // namespace thuky
