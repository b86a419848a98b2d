#include <core/reports/statskeys.h>

#include <core/db/database.h>
#include <core/reports/stats.h>

#include <QSqlQuery>

namespace thuky {

StatsKeys::StatsKeys(Database &db, StatsDimension dim, const StatsFilter &filter)
    : m_db(db)
{
    if (dim == StatsDimension::Topic) {
        m_names = names(QStringLiteral("topics"));
        if (filter.rollUpTopics)
            m_upper = upperLevel(QStringLiteral("topics"));
    } else if (dim == StatsDimension::Locality) {
        m_names = names(QStringLiteral("localities"));
        if (filter.rollUpMerged)
            m_merged = mergedTargets(filter.rollUpOn);
        if (filter.rollUpLocalities)
            m_upper = upperLevel(QStringLiteral("localities"));
    }
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

QHash<qint64, QString> StatsKeys::names(const QString &table) const
{
    QHash<qint64, QString> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM %1").arg(table));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
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

QHash<qint64, qint64> StatsKeys::upperLevel(const QString &table) const
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
} // namespace thuky
