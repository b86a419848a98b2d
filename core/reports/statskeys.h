#pragma once

#include <core/reports/statsdimensions.h>

#include <QDate>
#include <QHash>
#include <QString>

namespace thuky {

class Database;
struct StatsFilter;

/**
 * How the topic or locality ids of a GROUP BY become the keys a figure shows: a merged unit
 * counts under today's unit (rollUpMerged), a sub-topic or commune under its upper level
 * (rollUpTopics, rollUpLocalities), and the id under its name. The small taxonomy tables are
 * read once, when the keys are made; no report row is read.
 */
class StatsKeys
{
public:
    /** The keys of @p dim under @p filter's roll-ups; ids pass through for enumerations. */
    StatsKeys(Database &db, StatsDimension dim, const StatsFilter &filter);

    /** The id the reports of @p id are counted under. */
    qint64 groupId(qint64 id) const;
    /** The name of @p id; @p fallback when there is no such id. */
    QString name(qint64 id, const QString &fallback) const;

private:
    QHash<qint64, QString> names(const QString &table) const;
    /** Each merged unit mapped to the unit holding it on @p on (invalid: after every merge). */
    QHash<qint64, qint64> mergedTargets(const QDate &on) const;
    /** Each id of @p table mapped to its ancestor just below the root (roots to themselves). */
    QHash<qint64, qint64> upperLevel(const QString &table) const;

    Database &m_db;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_merged;
    QHash<qint64, qint64> m_upper;
};

} // namespace thuky
