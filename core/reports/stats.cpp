#include <core/reports/stats.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QMap>
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

/** `2024-05` → `2024-Q2`. */
QString monthToQuarter(const QString &month)
{
    return QStringLiteral("%1-Q%2").arg(month.left(4)).arg((month.mid(5, 2).toInt() + 2) / 3);
}

bool isNamed(StatsDimension dim)
{
    return dim == StatsDimension::Topic || dim == StatsDimension::Locality;
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

// ---------------------------------------------------------------------------------------
// Dimensions

QString StatsDimensions::code(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Topic:
        return QStringLiteral("topic");
    case StatsDimension::Locality:
        return QStringLiteral("locality");
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

std::optional<StatsDimension> StatsDimensions::fromCode(const QString &code)
{
    for (StatsDimension d : { StatsDimension::Topic, StatsDimension::Locality,
             StatsDimension::Sentiment, StatsDimension::Channel, StatsDimension::Status }) {
        if (StatsDimensions::code(d) == code)
            return d;
    }
    return std::nullopt;
}

std::optional<StatsDimension> StatsDimensions::parseDims(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(','));
    if (parts.isEmpty() || parts.size() > 2 || parts.first().trimmed() != QLatin1String("quarter"))
        return std::nullopt;
    if (parts.size() == 1)
        return StatsDimension::None;
    return fromCode(parts.at(1).trimmed());
}

QStringList StatsDimensions::enumerationCodes(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Sentiment:
        return { QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative"),
            QStringLiteral("mixed") };
    case StatsDimension::Channel:
        return { QStringLiteral("direct"), QStringLiteral("social_media"), QStringLiteral("press"),
            QStringLiteral("meeting"), QStringLiteral("hotline"), QStringLiteral("survey") };
    case StatsDimension::Status:
        return { QStringLiteral("new"), QStringLiteral("forwarded"), QStringLiteral("answered"),
            QStringLiteral("resolved"), QStringLiteral("closed") };
    default:
        break;
    }
    return {};
}

QString StatsDimensions::vietnameseLabel(StatsDimension dim, const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("sentiment:positive"), "Tích cực" },
        { QStringLiteral("sentiment:neutral"), "Trung lập" },
        { QStringLiteral("sentiment:negative"), "Tiêu cực" },
        { QStringLiteral("sentiment:mixed"), "Trái chiều" },
        { QStringLiteral("channel:direct"), "Trực tiếp" },
        { QStringLiteral("channel:social_media"), "Mạng xã hội" },
        { QStringLiteral("channel:press"), "Báo chí" },
        { QStringLiteral("channel:meeting"), "Hội nghị" },
        { QStringLiteral("channel:hotline"), "Đường dây nóng" },
        { QStringLiteral("channel:survey"), "Khảo sát" },
        { QStringLiteral("status:new"), "Mới" },
        { QStringLiteral("status:forwarded"), "Đã chuyển" },
        { QStringLiteral("status:answered"), "Đã trả lời" },
        { QStringLiteral("status:resolved"), "Đã giải quyết" },
        { QStringLiteral("status:closed"), "Đã đóng" },
    };
    const auto it = labels.constFind(code(dim) + QLatin1Char(':') + key);
    return it == labels.constEnd() ? key : QString::fromUtf8(it.value());
}

QString StatsDimensions::vietnameseName(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Topic:
        return QString::fromUtf8("Lĩnh vực");
    case StatsDimension::Locality:
        return QString::fromUtf8("Địa bàn");
    case StatsDimension::Sentiment:
        return QString::fromUtf8("Chiều hướng");
    case StatsDimension::Channel:
        return QString::fromUtf8("Kênh");
    case StatsDimension::Status:
        return QString::fromUtf8("Trạng thái");
    case StatsDimension::None:
        break;
    }
    return QString::fromUtf8("Tổng số");
}

// ---------------------------------------------------------------------------------------
// Filters

OpinionStats::OpinionStats(Database &db)
    : m_db(db)
{
}

QString OpinionStats::scopeClause(const StatsFilter &filter, const QString &alias, bool steer) const
{
    // "+column" keeps the planner off the single-column indexes, so that it reads the
    // (observed_on, locality_id, topic_id, …) covering index instead of the table.
    const QString plus = steer ? QStringLiteral("+") : QString();
    QString clause;
    if (filter.localityId > 0) {
        // The locality, everything under it and everything merged into it: a small table,
        // walked here so that the big query gets a plain IN list.
        QHash<qint64, QList<qint64>> children;
        QSqlQuery q
            = m_db.exec(QStringLiteral("SELECT id, parent_id, merged_into_id FROM localities"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!q.value(1).isNull())
                children[q.value(1).toLongLong()].append(id);
            if (!q.value(2).isNull())
                children[q.value(2).toLongLong()].append(id);
        }
        QSet<qint64> ids { filter.localityId };
        QList<qint64> todo { filter.localityId };
        while (!todo.isEmpty()) {
            const qint64 id = todo.takeLast();
            for (qint64 c : children.value(id)) {
                if (!ids.contains(c)) {
                    ids.insert(c);
                    todo.append(c);
                }
            }
        }
        clause += QStringLiteral(" AND %1%2locality_id IN (%3)").arg(plus, alias, idList(ids));
    }
    if (filter.topicId > 0) {
        QSet<qint64> ids { filter.topicId };
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT id FROM topics WHERE parent_id = ?"), { filter.topicId });
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        clause += QStringLiteral(" AND %1%2topic_id IN (%3)").arg(plus, alias, idList(ids));
    }
    return clause;
}

QList<OpinionStats::Piece> OpinionStats::pieces(const StatsFilter &filter) const
{
    const QDate &from = filter.from;
    const QDate &to = filter.to;
    QList<Piece> result;
    if (from.isValid() && to.isValid() && from > to)
        return result;
    if (filter.localityId > 0 || filter.topicId > 0) {
        // A locality or topic filter: no (quarter, …) index helps; the filter index covers
        // the date, the locality, the topic and every dimension, so read it by month.
        Piece scoped = plainWhere(filter, {}, true);
        scoped.byMonth = true;
        result.append(scoped);
        return result;
    }
    const QString scope;
    auto partial = [&](const QDate &a, const QDate &b) {
        Piece p;
        p.where = QStringLiteral("observed_on >= ? AND observed_on <= ?") + scope;
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
    whole.where = conditions.join(QLatin1String(" AND ")) + scope;
    result.append(whole);
    return result;
}

OpinionStats::Piece OpinionStats::plainWhere(
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

QHash<qint64, QString> OpinionStats::names(const QString &table) const
{
    QHash<qint64, QString> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM %1").arg(table));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

QHash<qint64, qint64> OpinionStats::mergedTargets() const
{
    QHash<qint64, qint64> direct;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, merged_into_id FROM localities WHERE merged_into_id IS NOT NULL"));
    while (q.next())
        direct.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    // Follow chains (A merged into B, B later into C) to today's unit.
    QHash<qint64, qint64> result;
    for (auto it = direct.constBegin(); it != direct.constEnd(); ++it) {
        qint64 target = it.value();
        int guard = 0;
        while (direct.contains(target) && ++guard < 64)
            target = direct.value(target);
        result.insert(it.key(), target);
    }
    return result;
}

QHash<qint64, qint64> OpinionStats::upperLevel(const QString &table) const
{
    QHash<qint64, qint64> parent;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, parent_id FROM %1").arg(table));
    while (q.next())
        parent.insert(q.value(0).toLongLong(), q.value(1).isNull() ? 0 : q.value(1).toLongLong());
    QHash<qint64, qint64> result;
    for (auto it = parent.constBegin(); it != parent.constEnd(); ++it) {
        qint64 id = it.key();
        int guard = 0;
        // Climb while the grandparent exists: stop one below the root.
        while (parent.value(id) && parent.value(parent.value(id)) && ++guard < 64)
            id = parent.value(id);
        if (table == QLatin1String("topics")) {
            // Topics: the first level is the root itself.
            id = it.key();
            guard = 0;
            while (parent.value(id) && ++guard < 64)
                id = parent.value(id);
        }
        result.insert(it.key(), id);
    }
    return result;
}

// ---------------------------------------------------------------------------------------
// Counts

QList<StatsCount> OpinionStats::groupCounts(
    StatsDimension dim, const StatsFilter &filter, bool byQuarter) const
{
    const QString col = column(dim);
    // (quarter, raw key) → count, summed over the pieces.
    QMap<QPair<QString, QString>, int> raw;
    for (const Piece &piece : pieces(filter)) {
        QStringList select, groupBy;
        const bool quarterInSql = byQuarter && piece.quarter.isEmpty();
        const QString quarterExpr = piece.byMonth ? QStringLiteral("substr(observed_on, 1, 7)")
                                                  : QStringLiteral("quarter");
        if (quarterInSql) {
            select.append(quarterExpr);
            groupBy.append(quarterExpr);
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
                quarter = piece.byMonth ? monthToQuarter(q.value(i++).toString())
                                        : q.value(i++).toString();
            else if (byQuarter)
                quarter = piece.quarter;
            const QString key = col.isEmpty() ? QString() : q.value(i++).toString();
            const int n = q.value(i).toInt();
            if (n > 0)
                raw[qMakePair(quarter, key)] += n;
        }
    }

    // Ids become names (a small table); equal names and merged units share one group.
    QMap<QPair<QString, QString>, StatsCount> groups;
    QHash<qint64, QString> nameOf;
    QHash<qint64, qint64> merged;
    QHash<qint64, qint64> upper;
    if (isNamed(dim)) {
        nameOf = names(
            dim == StatsDimension::Topic ? QStringLiteral("topics") : QStringLiteral("localities"));
        if (dim == StatsDimension::Locality && filter.rollUpMerged)
            merged = mergedTargets();
        if (dim == StatsDimension::Topic && filter.rollUpTopics)
            upper = upperLevel(QStringLiteral("topics"));
        if (dim == StatsDimension::Locality && filter.rollUpLocalities)
            upper = upperLevel(QStringLiteral("localities"));
    }
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        QString key = it.key().second;
        qint64 id = 0;
        if (isNamed(dim)) {
            id = key.toLongLong();
            if (merged.contains(id))
                id = merged.value(id);
            if (upper.contains(id))
                id = upper.value(id);
            key = nameOf.value(id, key);
        }
        StatsCount &g = groups[qMakePair(it.key().first, key)];
        g.quarter = it.key().first;
        g.key = key;
        g.count += it.value();
        if (id && !g.ids.contains(id))
            g.ids.append(id);
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

QList<ResponseSummary> OpinionStats::responseQuery(const StatsFilter &filter, bool byQuarter) const
{
    QMap<QString, ResponseSummary> result;
    const QString quarterSelect = byQuarter ? QStringLiteral("quarter") : QStringLiteral("''");
    const QString groupBy = byQuarter ? QStringLiteral(" GROUP BY quarter") : QString();

    // Totals and answered shares through the (quarter, status) index.
    for (const Piece &piece : pieces(filter)) {
        const bool quarterInSql = byQuarter && piece.quarter.isEmpty();
        const QString quarterExpr = piece.byMonth ? QStringLiteral("substr(observed_on, 1, 7)")
                                                  : QStringLiteral("quarter");
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
                quarter
                    = piece.byMonth ? monthToQuarter(q.value(0).toString()) : q.value(0).toString();
            else if (byQuarter)
                quarter = piece.quarter;
            ResponseSummary &r = result[quarter];
            r.quarter = quarter;
            r.total += q.value(i).toInt();
            r.answered += q.value(i + 1).toInt();
        }
    }

    // The median from a histogram of whole days per quarter (a GROUP BY, a few hundred rows).
    const Piece where = plainWhere(filter);
    // On SQLite the partial index opinions_response_days covers this query; a date-range
    // index would otherwise win the plan and read every row's table page.
    const QString from = m_db.backend() == Database::Backend::SQLite
        ? QStringLiteral("opinions INDEXED BY opinions_response_days")
        : QStringLiteral("opinions");
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT %1, %2, count(*) FROM %3 "
                                   "WHERE response_on IS NOT NULL AND response_on <> '' AND %4 "
                                   "GROUP BY %1, %2")
                        // Over the whole period: one group, keyed '' like the totals above.
                        .arg(byQuarter ? QStringLiteral("quarter")
                                       : QStringLiteral("substr(observed_on, 1, 0)"),
                            daysExpression(), from, where.where),
            where.values);
    QMap<QString, QMap<double, int>> histograms;
    while (q.next())
        histograms[q.value(0).toString()][q.value(1).toDouble()] += q.value(2).toInt();
    for (auto h = histograms.constBegin(); h != histograms.constEnd(); ++h) {
        if (!result.contains(h.key()))
            continue;
        int n = 0;
        for (int c : h.value())
            n += c;
        // The values at positions (n+1)/2 and (n+2)/2 (1-based), averaged.
        const int lowPos = (n + 1) / 2, highPos = (n + 2) / 2;
        double low = 0, high = 0;
        int seen = 0;
        bool haveLow = false;
        for (auto it = h.value().constBegin(); it != h.value().constEnd(); ++it) {
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
        ResponseSummary &r = result[h.key()];
        r.medianDays = (low + high) / 2.0;
        r.withResponseDate = n;
    }
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
    const Piece where = plainWhere(filter, QStringLiteral("o."));
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
    const Piece where = plainWhere(filter);
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

} // namespace thuky
