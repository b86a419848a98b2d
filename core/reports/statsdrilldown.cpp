#include <core/reports/statsdrilldown.h>

#include <core/opinions/taxonomyrepository.h>
#include <core/reports/statskeys.h>
#include <core/reports/statswhere.h>
#include <core/text/vndate.h>

#include <algorithm>

namespace thuky {

namespace {

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end());
    return list;
}

/** The first id of the first group: what the report list's filter bar shows. */
qint64 firstId(const QList<StatsCount> &groups)
{
    return groups.size() == 1 && !groups.first().ids.isEmpty() ? groups.first().ids.first() : 0;
}

} // namespace

StatsDrillDown::StatsDrillDown(Database &db)
    : m_db(db)
{
}

OpinionFilter StatsDrillDown::filterFor(StatsDimension dim, const StatsFilter &filter,
    const QString &quarter, const QList<StatsCount> &groups) const
{
    OpinionFilter f;
    f.from = filter.from;
    f.to = filter.to;
    if (!quarter.isEmpty()) {
        QDate last;
        const QDate first = VnDate::parseQuarter(quarter, &last);
        if (!f.from.isValid() || f.from < first)
            f.from = first;
        if (!f.to.isValid() || f.to > last)
            f.to = last;
    }
    setLocalities(&f, filter, dim, groups);
    setTopics(&f, filter, dim, groups);
    QStringList codes;
    for (const StatsCount &g : groups)
        codes.append(g.key);
    if (dim == StatsDimension::Channel)
        f.channels = codes;
    else if (dim == StatsDimension::Sentiment)
        f.sentiments = codes;
    else if (dim == StatsDimension::Status)
        f.statuses = codes;
    return f;
}

QList<qint64> StatsDrillDown::exactIds(StatsDimension dim, const StatsFilter &filter,
    const QList<StatsCount> &groups, const QSet<qint64> &scope) const
{
    QList<qint64> groupIds;
    for (const StatsCount &g : groups) {
        for (qint64 id : g.ids) {
            if (!groupIds.contains(id))
                groupIds.append(id);
        }
    }
    QList<qint64> ids = StatsKeys(m_db, dim, filter).members(groupIds);
    if (!scope.isEmpty())
        ids.removeIf([&scope](qint64 id) { return !scope.contains(id); });
    // An empty list would mean "any"; no id is 0, so this one matches nothing.
    return ids.isEmpty() ? QList<qint64> { 0 } : ids;
}

void StatsDrillDown::setLocalities(OpinionFilter *f, const StatsFilter &filter, StatsDimension dim,
    const QList<StatsCount> &groups) const
{
    const QSet<qint64> scope = filter.localityId > 0
        ? StatsWhere(m_db).localityScope(filter.localityId)
        : QSet<qint64>();
    if (dim == StatsDimension::Locality)
        f->localityIds = exactIds(dim, filter, groups, scope);
    else if (!scope.isEmpty())
        f->localityIds = sorted(scope);
    else
        return;
    // For the filter bar: the scope or the bar's unit, and every other unit of the list, so
    // that these (each with what is under it) take in the whole list.
    f->localityId = filter.localityId > 0 ? filter.localityId
                                          : (dim == StatsDimension::Locality ? firstId(groups) : 0);
    if (f->localityId <= 0)
        return;
    const QList<qint64> under = TaxonomyRepository(m_db).localityWithDescendants(f->localityId);
    for (qint64 id : std::as_const(f->localityIds)) {
        if (!under.contains(id))
            f->mergedLocalityIds.append(id);
    }
}

void StatsDrillDown::setTopics(OpinionFilter *f, const StatsFilter &filter, StatsDimension dim,
    const QList<StatsCount> &groups) const
{
    const QSet<qint64> scope
        = filter.topicId > 0 ? StatsWhere(m_db).topicScope(filter.topicId) : QSet<qint64>();
    if (dim == StatsDimension::Topic)
        f->topicIds = exactIds(dim, filter, groups, scope);
    else if (!scope.isEmpty())
        f->topicIds = sorted(scope);
    else
        return;
    // For the filter bar: the scope, or the bar's topic when it holds the whole list.
    qint64 shown = filter.topicId > 0 ? filter.topicId : 0;
    if (!shown && dim == StatsDimension::Topic && firstId(groups) > 0) {
        const QList<qint64> under = TaxonomyRepository(m_db).topicWithChildren(firstId(groups));
        const bool holdsAll = std::all_of(f->topicIds.cbegin(), f->topicIds.cend(),
            [&under](qint64 id) { return under.contains(id); });
        if (holdsAll)
            shown = firstId(groups);
    }
    f->topicId = shown;
}

} // namespace thuky
