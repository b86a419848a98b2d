#include <core/reports/statskeys.h>

#include <core/db/database.h>
#include <core/reports/stats.h>

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

StatsKeys::StatsKeys(Database &db, StatsDimension dim, const StatsFilter &filter)
    : m_db(db)
{
    if (dim == StatsDimension::Topic) {
        readTable(QStringLiteral("topics"));
        if (filter.rollUpTopics)
            m_upper = upperLevel(false);
    } else if (dim == StatsDimension::Locality) {
        readTable(QStringLiteral("localities"));
        if (filter.rollUpMerged)
            m_merged = mergedTargets(filter.rollUpOn);
        if (filter.rollUpLocalities)
            m_upper = upperLevel(true);
    }
    orderGroups();
}

qint64 StatsKeys::groupId(qint64 id) const
{
    // A merged unit first goes to today's unit, which then climbs to its upper level (itself
    // perhaps merged since: a district merged into another).
    id = m_merged.value(id, id);
    id = m_upper.value(id, id);
    return m_merged.value(id, id);
}

QString StatsKeys::name(qint64 id, const QString &fallback) const
{
    return m_names.value(id, fallback);
}

int StatsKeys::position(qint64 id) const
{
    return m_position.value(id, -1);
}

QList<qint64> StatsKeys::members(const QList<qint64> &groups) const
{
    QList<qint64> ids = groups;
    QList<qint64> all = m_names.keys();
    std::sort(all.begin(), all.end());
    for (qint64 id : std::as_const(all)) {
        if (!ids.contains(id) && groups.contains(groupId(id)))
            ids.append(id);
    }
    return ids;
}

void StatsKeys::readTable(const QString &table)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, parent_id FROM %1").arg(table));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_names.insert(id, q.value(1).toString());
        m_parent.insert(id, q.value(2).isNull() ? 0 : q.value(2).toLongLong());
    }
}

QHash<qint64, qint64> StatsKeys::mergedTargets(const QDate &on) const
{
    QHash<qint64, qint64> direct;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, merged_into_id, merged_on FROM localities WHERE merged_into_id IS NOT NULL"));
    while (q.next()) {
        // A merge after @p on has not happened yet for a figure as of that day.
        if (on.isValid() && !q.value(2).isNull()
            && QDate::fromString(q.value(2).toString(), Qt::ISODate) > on)
            continue;
        direct.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
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

QHash<qint64, qint64> StatsKeys::upperLevel(bool belowRoot) const
{
    // Localities climb while the grandparent exists (stopping one below the root); topics
    // climb to the root, their first level.
    QHash<qint64, qint64> result;
    for (auto it = m_parent.constBegin(); it != m_parent.constEnd(); ++it) {
        qint64 id = it.key();
        int guard = 0;
        while (m_parent.value(id) && (!belowRoot || m_parent.value(m_parent.value(id)))
            && ++guard < 64)
            id = m_parent.value(id);
        result.insert(it.key(), id);
    }
    return result;
}

void StatsKeys::orderGroups()
{
    QHash<qint64, QList<qint64>> children;
    for (auto it = m_parent.constBegin(); it != m_parent.constEnd(); ++it)
        children[it.value()].append(it.key());
    for (auto &list : children)
        std::sort(list.begin(), list.end());
    // Depth first from the roots; a cycle in the parent links cannot loop (each id once).
    QList<qint64> todo = children.value(0);
    std::reverse(todo.begin(), todo.end());
    QSet<qint64> seen;
    while (!todo.isEmpty()) {
        const qint64 id = todo.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (groupId(id) == id)
            m_position.insert(id, int(m_position.size()));
        const QList<qint64> below = children.value(id);
        for (auto c = below.crbegin(); c != below.crend(); ++c)
            todo.append(*c);
    }
}

} // namespace thuky
