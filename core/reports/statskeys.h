#pragma once

#include <core/reports/statsdimensions.h>

#include <QDate>
#include <QHash>
#include <QList>
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
    /**
     * The place of group @p id among the groups this filter can show, in tree order (each
     * parent before its children, siblings by id): a key's colour in a chart, which neither its
     * count nor the other keys shown change. -1 for an unknown id.
     */
    int position(qint64 id) const;
    /** Every topic or locality counted under one of @p groups (the groups themselves first). */
    QList<qint64> members(const QList<qint64> &groups) const;

private:
    /** Reads the ids, names and parents of @p table. */
    void readTable(const QString &table);
    /** Each merged unit mapped to the unit holding it on @p on (invalid: after every merge). */
    QHash<qint64, qint64> mergedTargets(const QDate &on) const;
    /** Each id mapped to its ancestor just below the root (topics: the root itself). */
    QHash<qint64, qint64> upperLevel(bool belowRoot) const;
    /** The groups (ids counted under themselves) in tree order. */
    void orderGroups();

    Database &m_db;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_parent; ///< 0 at the top
    QHash<qint64, qint64> m_merged;
    QHash<qint64, qint64> m_upper;
    QHash<qint64, int> m_position;
};

} // namespace thuky
