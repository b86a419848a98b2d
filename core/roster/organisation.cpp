#include <core/roster/organisation.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/roster/rosterrepository.h>
#include <core/roster/validity.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace thuky {

using SqlValue::dateOf;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Organisation)
};

const QStringList committeeLevels = { QStringLiteral("province"), QStringLiteral("district"),
    QStringLiteral("commune"), QStringLiteral("agency") };

QString display(const QDate &d)
{
    return VnDate::display(d);
}

/** The entries of @p all that @p keep accepts, in the same (tree) order. */
template <typename T, typename Keep> QList<T> keepIf(const QList<T> &all, Keep keep)
{
    QList<T> out;
    for (const T &item : all) {
        if (keep(item))
            out.append(item);
    }
    return out;
}

/** The match of @p idOrName among @p all; several by name: the one valid on @p asOf. */
template <typename T, typename ValidOn>
std::optional<T> findByIdOrName(
    const QList<T> &all, const QString &idOrName, const QDate &asOf, ValidOn isValid)
{
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        for (const T &item : all) {
            if (item.id == id)
                return item;
        }
    }
    const QString folded = TextNorm::fold(TextNorm::clean(idOrName));
    QList<T> matches;
    for (const T &item : all) {
        if (TextNorm::fold(item.name) == folded)
            matches.append(item);
    }
    if (matches.isEmpty())
        return std::nullopt;
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    for (const T &item : std::as_const(matches)) {
        if (isValid(item, day))
            return item;
    }
    return matches.last(); // the newest of units long gone
}
} // namespace

Organisation::Organisation(Database &db)
    : m_db(db)
{
}

// --- Committees ---------------------------------------------------------------------------

qint64 Organisation::addCommittee(const Committee &committee)
{
    Committee c = committee;
    c.name = TextNorm::clean(c.name);
    if (c.name.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The committee needs a name."));
    if (c.level.isEmpty())
        c.level = c.parentId ? QStringLiteral("district") : QStringLiteral("province");
    if (!committeeLevels.contains(c.level))
        throw ValidationError(QStringLiteral("level"),
            Tr::tr("Unknown committee level \"%1\" (province, district, commune or agency).")
                .arg(c.level));
    Transaction tx(m_db);
    RosterRepository roster(m_db);
    const QDate day = c.validFrom.isValid() ? c.validFrom : QDate::currentDate();
    if (c.parentId) {
        const auto parent = roster.committee(c.parentId);
        if (!parent)
            throw ValidationError(
                QStringLiteral("parent"), Tr::tr("The parent committee does not exist."));
        if (!validOn(QDate(), parent->validTo, day))
            throw ValidationError(QStringLiteral("parent"),
                Tr::tr("%1 was dissolved on %2: it cannot have a new committee under it.")
                    .arg(parent->name, display(parent->validTo)));
        if (c.placeName.isEmpty())
            c.placeName = parent->placeName;
    }
    if (c.localityId
        && !m_db.scalar(QStringLiteral("SELECT id FROM localities WHERE id = ?"), { c.localityId })
                .isValid())
        throw ValidationError(QStringLiteral("locality"), Tr::tr("The locality does not exist."));
    for (const Committee &other : committees(day)) {
        if (TextNorm::fold(other.name) == TextNorm::fold(c.name))
            throw ValidationError(QStringLiteral("name"),
                Tr::tr("A committee named %1 already exists on %2.").arg(other.name, display(day)));
    }
    const qint64 id = roster.addCommittee(c);
    tx.commit();
    return id;
}

void Organisation::removeCommittee(const QString &uuid)
{
    Transaction tx(m_db);
    const QVariant id
        = m_db.scalar(QStringLiteral("SELECT id FROM committees WHERE uuid = ?"), { uuid });
    if (!id.isValid())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The committee does not exist."));
    const QStringList uses = {
        QStringLiteral("SELECT 1 FROM memberships WHERE committee_id = ? LIMIT 1"),
        QStringLiteral("SELECT 1 FROM meetings WHERE committee_id = ? LIMIT 1"),
        QStringLiteral("SELECT 1 FROM committees WHERE parent_id = ? LIMIT 1"),
        QStringLiteral("SELECT 1 FROM committees WHERE successor_id = ? LIMIT 1"),
    };
    for (const QString &sql : uses) {
        if (m_db.scalar(sql, { id }).isValid())
            throw ValidationError(QStringLiteral("id"),
                Tr::tr("The committee already has members, meetings or committees under it: "
                       "dissolve it instead."));
    }
    m_db.exec(QStringLiteral("DELETE FROM committees WHERE id = ?"), { id });
    m_db.audit(QStringLiteral("remove"), QStringLiteral("committee"), uuid);
    tx.commit();
}

int Organisation::renameCommittee(qint64 id, const QString &name, int expectedVersion)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The committee needs a name."));
    Transaction tx(m_db);
    const auto c = RosterRepository(m_db).committee(id);
    if (!c)
        throw ValidationError(QStringLiteral("id"), Tr::tr("The committee does not exist."));
    const QDate day = c->validTo.isValid() ? c->validTo : QDate::currentDate();
    for (const Committee &other : committees(day)) {
        if (other.id != id && TextNorm::fold(other.name) == TextNorm::fold(clean))
            throw ValidationError(QStringLiteral("name"),
                Tr::tr("A committee named %1 already exists on %2.").arg(other.name, display(day)));
    }
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE committees SET name = ?, updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        { clean, Database::now(), m_db.currentUser(), id, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("committees"),
        QStringLiteral("committee"), id, Tr::tr("The committee does not exist."));
    m_db.audit(QStringLiteral("rename"), QStringLiteral("committee"), c->uuid,
        QStringLiteral("%1 → %2").arg(c->name, clean));
    tx.commit();
    return expectedVersion + 1;
}

QList<Committee> Organisation::committees()
{
    return RosterRepository(m_db).committees();
}

QList<Committee> Organisation::committees(const QDate &asOf)
{
    QList<Committee> kept = keepIf(
        committees(), [&](const Committee &c) { return validOn(c.validFrom, c.validTo, asOf); });
    // Depth among the committees kept: one under a dissolved parent moves up.
    QHash<qint64, int> depthOf;
    for (Committee &c : kept) {
        c.depth = depthOf.value(c.parentId, -1) + 1;
        depthOf.insert(c.id, c.depth);
    }
    return kept;
}

std::optional<Committee> Organisation::findCommittee(const QString &idOrName, const QDate &asOf)
{
    return findByIdOrName(committees(), idOrName, asOf,
        [](const Committee &c, const QDate &d) { return validOn(c.validFrom, c.validTo, d); });
}

// --- Localities ---------------------------------------------------------------------------

QList<Locality> Organisation::localities()
{
    QList<Locality> all = RosterRepository(m_db).localities();
    std::sort(all.begin(), all.end(), [](const Locality &a, const Locality &b) {
        const int byName = TextNorm::compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    QList<Locality> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Locality &l : std::as_const(all)) {
            if (l.parentId == parent) {
                ordered.append(l);
                visit(l.id);
            }
        }
    };
    visit(0);
    return ordered;
}

QList<Locality> Organisation::localities(const QDate &asOf)
{
    return keepIf(
        localities(), [&](const Locality &l) { return validOn(l.validFrom, l.validTo, asOf); });
}

std::optional<Locality> Organisation::findLocality(const QString &idOrName, const QDate &asOf)
{
    return findByIdOrName(localities(), idOrName, asOf,
        [](const Locality &l, const QDate &d) { return validOn(l.validFrom, l.validTo, d); });
}

qint64 Organisation::unitOn(qint64 localityId, const QDate &asOf)
{
    qint64 id = localityId;
    for (int guard = 0; guard < 64; ++guard) {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT merged_into_id, merged_on FROM localities WHERE id = ?"),
            { id });
        if (!q.next() || q.value(0).isNull())
            break;
        if (asOf.isValid() && dateOf(q.value(1)) > asOf)
            break;
        id = q.value(0).toLongLong();
    }
    return id;
}

QList<LocalityEvent> Organisation::history(qint64 localityId)
{
    const QList<Locality> all = RosterRepository(m_db).localities();
    QHash<qint64, QString> names;
    for (const Locality &l : all)
        names.insert(l.id, l.name);
    QList<LocalityEvent> events;
    for (const Locality &l : all) {
        if (l.id == localityId && l.validFrom.isValid())
            events.prepend({ LocalityEvent::Formed, l.validFrom, 0, {} });
        if (l.id != localityId && l.mergedIntoId == localityId)
            events.append({ LocalityEvent::MergedFrom, l.mergedOn, l.id, l.name });
    }
    for (const Locality &l : all) {
        if (l.id != localityId)
            continue;
        if (l.mergedIntoId)
            events.append({ LocalityEvent::MergedInto, l.mergedOn, l.mergedIntoId,
                names.value(l.mergedIntoId) });
        else if (l.validTo.isValid())
            events.append({ LocalityEvent::Ended, l.validTo, 0, {} });
    }
    // Oldest first; on one day the unit's forming, then what joined it, then its end.
    std::stable_sort(events.begin(), events.end(),
        [](const LocalityEvent &a, const LocalityEvent &b) { return a.date < b.date; });
    return events;
}

} // namespace thuky
