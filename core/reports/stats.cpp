#include <core/reports/stats.h>

#include <core/db/database.h>
#include <core/reports/statskeys.h>
#include <core/reports/statswhere.h>
#include <core/text/vndate.h>

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

namespace {

QString column(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Topic:
        return QStringLiteral("topic_id");
    case StatsDimension::Locality:
        return QStringLiteral("locality_id");
    case StatsDimension::Sentiment:
        return QStringLiteral("sentiment");
    case StatsDimension::Channel:
        return QStringLiteral("channel");
    case StatsDimension::Status:
        return QStringLiteral("status");
    case StatsDimension::None:
        break;
    }
    return {};
}

bool isNamed(StatsDimension dim)
{
    return dim == StatsDimension::Topic || dim == StatsDimension::Locality;
}

/** The median of a histogram (value → count): the values at positions (n+1)/2 and (n+2)/2
 * (1-based), averaged. */
double histogramMedian(const QMap<double, int> &histogram, int n)
{
    const int lowPos = (n + 1) / 2, highPos = (n + 2) / 2;
    double low = 0, high = 0;
    int seen = 0;
    bool haveLow = false;
    for (auto it = histogram.constBegin(); it != histogram.constEnd(); ++it) {
        seen += it.value();
        if (!haveLow && seen >= lowPos) {
            low = it.key();
            haveLow = true;
        }
        if (seen >= highPos) {
            high = it.key();
            break;
        }
    }
    return (low + high) / 2.0;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Charts

StatsFilter StatsFilter::forChart(StatsDimension dim, int keyCount) const
{
    StatsFilter f = *this;
    if (isNamed(dim) && keyCount > MaxChartSeries)
        f.rollUpTopics = f.rollUpLocalities = true;
    return f;
}

OpinionStats::OpinionStats(Database &db)
    : m_db(db)
{
}

QList<StatsCount> OpinionStats::countForChart(
    StatsDimension dim, const StatsFilter &filter, StatsFilter *used) const
{
    const QList<StatsCount> rows = countByQuarter(dim, filter);
    QSet<QString> keys;
    for (const StatsCount &r : rows)
        keys.insert(r.key);
    const StatsFilter chart = filter.forChart(dim, int(keys.size()));
    if (used)
        *used = chart;
    return chart == filter ? rows : countByQuarter(dim, chart);
}

// ---------------------------------------------------------------------------------------
// Counts

QMap<QPair<QString, QString>, int> OpinionStats::rawCounts(
    StatsDimension dim, const StatsFilter &filter, bool byQuarter) const
{
    const QString col = column(dim);
    QMap<QPair<QString, QString>, int> raw;
    for (const StatsWhere::Piece &piece : StatsWhere(m_db).pieces(filter)) {
        QStringList select, groupBy;
        const bool quarterInSql = byQuarter && piece.quarter.isEmpty();
        if (quarterInSql) {
            select.append(piece.quarterExpression());
            groupBy.append(piece.quarterExpression());
        }
        if (!col.isEmpty()) {
            select.append(col);
            groupBy.append(col);
        }
        select.append(QStringLiteral("count(*)"));
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM opinions WHERE %2%3")
                                    .arg(select.join(QLatin1String(", ")), piece.where,
                                        groupBy.isEmpty() ? QString()
                                                          : QLatin1String(" GROUP BY ")
                                                + groupBy.join(QLatin1String(", "))),
            piece.values);
        while (q.next()) {
            int i = 0;
            QString quarter;
            if (quarterInSql)
                quarter = piece.quarterOf(q.value(i++));
            else if (byQuarter)
                quarter = piece.quarter;
            const QString key = col.isEmpty() ? QString() : q.value(i++).toString();
            const int n = q.value(i).toInt();
            if (n > 0)
                raw[qMakePair(quarter, key)] += n;
        }
    }
    return raw;
}

QList<StatsCount> OpinionStats::groupCounts(
    StatsDimension dim, const StatsFilter &filter, bool byQuarter) const
{
    const QMap<QPair<QString, QString>, int> raw = rawCounts(dim, filter, byQuarter);
    // Ids become names (a small table); equal names and merged units share one group.
    const StatsKeys keys(m_db, dim, filter);
    const QStringList codes = StatsDimensions::enumerationCodes(dim);
    QMap<QPair<QString, QString>, StatsCount> groups;
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        QString key = it.key().second;
        qint64 id = 0;
        int position = 0;
        if (isNamed(dim)) {
            id = keys.groupId(key.toLongLong());
            key = keys.name(id, key);
            position = keys.position(id);
        } else if (!codes.isEmpty()) {
            position = codes.contains(key) ? int(codes.indexOf(key)) : int(codes.size());
        }
        StatsCount &g = groups[qMakePair(it.key().first, key)];
        g.quarter = it.key().first;
        g.key = key;
        g.count += it.value();
        if (id && !g.ids.contains(id))
            g.ids.append(id);
        if (g.position < 0 || (position >= 0 && position < g.position))
            g.position = position;
    }
    return groups.values();
}

QList<StatsCount> OpinionStats::countByQuarter(StatsDimension dim, const StatsFilter &filter) const
{
    return groupCounts(dim, filter, true);
}

QList<StatsCount> OpinionStats::countOverPeriod(StatsDimension dim, const StatsFilter &filter) const
{
    return groupCounts(dim, filter, false);
}

int OpinionStats::total(const StatsFilter &filter) const
{
    const QList<StatsCount> rows = groupCounts(StatsDimension::None, filter, false);
    return rows.isEmpty() ? 0 : rows.first().count;
}

// ---------------------------------------------------------------------------------------
// Responses

QString OpinionStats::daysExpression() const
{
    if (m_db.backend() == Database::Backend::SQLite)
        return QStringLiteral("response_days"); // generated column, indexed (v3 migration)
    return QStringLiteral(
        "(CAST(substr(response_on, 1, 10) AS date) - CAST(substr(observed_on, 1, 10) AS date))");
}

QMap<QString, ResponseSummary> OpinionStats::responseTotals(
    const StatsFilter &filter, bool byQuarter) const
{
    // Totals and answered shares through the (quarter, status) index.
    QMap<QString, ResponseSummary> result;
    for (const StatsWhere::Piece &piece : StatsWhere(m_db).pieces(filter)) {
        const bool quarterInSql = byQuarter && piece.quarter.isEmpty();
        const QString quarterExpr = piece.quarterExpression();
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT %1count(*), sum(CASE WHEN status IN "
                           "('answered','resolved','closed') THEN 1 ELSE 0 END) "
                           "FROM opinions WHERE %2%3")
                .arg(quarterInSql ? quarterExpr + QStringLiteral(", ") : QString(), piece.where,
                    quarterInSql ? QStringLiteral(" GROUP BY ") + quarterExpr : QString()),
            piece.values);
        while (q.next()) {
            const int i = quarterInSql ? 1 : 0;
            if (q.value(i).toInt() == 0)
                continue;
            QString quarter;
            if (quarterInSql)
                quarter = piece.quarterOf(q.value(0));
            else if (byQuarter)
                quarter = piece.quarter;
            ResponseSummary &r = result[quarter];
            r.quarter = quarter;
            r.total += q.value(i).toInt();
            r.answered += q.value(i + 1).toInt();
        }
    }
    return result;
}

void OpinionStats::addMedians(
    const StatsFilter &filter, bool byQuarter, QMap<QString, ResponseSummary> *result) const
{
    // The median from a histogram of whole days per quarter (a GROUP BY, a few hundred rows).
    const StatsWhere::Piece where = StatsWhere(m_db).plain(filter);
    // On SQLite the partial index opinions_response_days covers this query; a date-range
    // index would otherwise win the plan and read every row's table page.
    const QString from = m_db.backend() == Database::Backend::SQLite
        ? QStringLiteral("opinions INDEXED BY opinions_response_days")
        : QStringLiteral("opinions");
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT %1, %2, count(*) FROM %3 "
                                   "WHERE response_on IS NOT NULL AND response_on <> '' AND %4 "
                                   "GROUP BY %1, %2")
                        // Over the whole period: one group, keyed '' like the totals.
                        .arg(byQuarter ? QStringLiteral("quarter")
                                       : QStringLiteral("substr(observed_on, 1, 0)"),
                            daysExpression(), from, where.where),
            where.values);
    QMap<QString, QMap<double, int>> histograms;
    while (q.next())
        histograms[q.value(0).toString()][q.value(1).toDouble()] += q.value(2).toInt();
    for (auto h = histograms.constBegin(); h != histograms.constEnd(); ++h) {
        if (!result->contains(h.key()))
            continue;
        int n = 0;
        for (int c : h.value())
            n += c;
        ResponseSummary &r = (*result)[h.key()];
        r.medianDays = histogramMedian(h.value(), n);
        r.withResponseDate = n;
    }
}

QList<ResponseSummary> OpinionStats::responseQuery(const StatsFilter &filter, bool byQuarter) const
{
    QMap<QString, ResponseSummary> result = responseTotals(filter, byQuarter);
    addMedians(filter, byQuarter, &result);
    return result.values();
}

QList<ResponseSummary> OpinionStats::responsesByQuarter(const StatsFilter &filter) const
{
    return responseQuery(filter, true);
}

ResponseSummary OpinionStats::responses(const StatsFilter &filter) const
{
    const QList<ResponseSummary> rows = responseQuery(filter, false);
    return rows.isEmpty() ? ResponseSummary() : rows.first();
}

// ---------------------------------------------------------------------------------------
// Hot items and comparisons

QList<HotItem> OpinionStats::hotItems(const StatsFilter &filter, int limit) const
{
    const StatsWhere::Piece where = StatsWhere(m_db).plain(filter, QStringLiteral("o."));
    QVariantList values = where.values;
    values.append(limit);
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT o.id, o.observed_on, l.name, t.name, o.summary, o.status, "
                       "o.sentiment FROM opinions o "
                       "JOIN localities l ON l.id = o.locality_id "
                       "JOIN topics t ON t.id = o.topic_id "
                       "WHERE o.urgency = 'hot' AND %1 "
                       "ORDER BY o.observed_on DESC, o.id DESC LIMIT ?")
            .arg(where.where),
        values);
    QList<HotItem> items;
    while (q.next()) {
        HotItem h;
        h.id = q.value(0).toLongLong();
        h.observed = VnDate::parse(q.value(1).toString().left(10));
        h.locality = q.value(2).toString();
        h.topic = q.value(3).toString();
        h.summary = q.value(4).toString();
        h.status = q.value(5).toString();
        h.sentiment = q.value(6).toString();
        items.append(h);
    }
    return items;
}

int OpinionStats::hotCount(const StatsFilter &filter) const
{
    const StatsWhere::Piece where = StatsWhere(m_db).plain(filter);
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE urgency = 'hot' AND %1")
                    .arg(where.where),
            where.values)
        .toInt();
}

QList<ComparisonRow> OpinionStats::compare(
    StatsDimension dim, const StatsFilter &current, const StatsFilter &previous) const
{
    QMap<QString, ComparisonRow> rows;
    for (const StatsCount &c : groupCounts(dim, current, false)) {
        rows[c.key].key = c.key;
        rows[c.key].current = c.count;
    }
    for (const StatsCount &c : groupCounts(dim, previous, false)) {
        rows[c.key].key = c.key;
        rows[c.key].previous = c.count;
    }
    QList<ComparisonRow> result = rows.values();
    std::stable_sort(
        result.begin(), result.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
            if (a.current != b.current)
                return a.current > b.current;
            return a.previous > b.previous;
        });
    return result;
}

void OpinionStats::tuneForOneScan(Database &db)
{
    if (db.backend() == Database::Backend::SQLite) {
        // One pass over an index by a short-lived process: a big page cache or a memory map
        // only adds allocations and page faults (twice the CPU time on a million reports).
        db.exec(QStringLiteral("PRAGMA mmap_size = 0"));
        db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    }
}

} // namespace thuky
