// The changes of the organisation over time: dissolutions, locality merges and moves, and
// their inverses. Listing and forming committees are in organisation.cpp.

#include <core/roster/organisation.h>

#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/opinions/localityedits.h>
#include <core/roster/rosterrepository.h>
#include <core/roster/validity.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace thuky {

using SqlValue::nullable;
using SqlValue::nullableId;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Organisation)
};

QString display(const QDate &d)
{
    return VnDate::display(d);
}

std::optional<Locality> localityById(Database &db, qint64 id)
{
    for (const Locality &l : RosterRepository(db).localities()) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

Locality requireLocality(Database &db, qint64 id)
{
    const auto l = localityById(db, id);
    if (!l)
        throw ValidationError(QStringLiteral("locality"), Tr::tr("The locality does not exist."));
    return *l;
}

void touch(Database &db, const QString &table, qint64 id)
{
    db.exec(QStringLiteral("UPDATE %1 SET updated_at = ?, updated_by = ?, row_version = "
                           "row_version + 1 WHERE id = ?")
                .arg(table),
        { Database::now(), db.currentUser(), id });
}
} // namespace

// --- Dissolution --------------------------------------------------------------------------

Dissolution Organisation::dissolveCommittee(qint64 id, const QDate &on, qint64 successorId)
{
    if (!on.isValid())
        throw ValidationError(QStringLiteral("on"), Tr::tr("The dissolution date is missing."));
    Transaction tx(m_db);
    RosterRepository roster(m_db);
    const auto c = roster.committee(id);
    if (!c)
        throw ValidationError(QStringLiteral("id"), Tr::tr("The committee does not exist."));
    if (c->validTo.isValid())
        throw ValidationError(QStringLiteral("on"),
            Tr::tr("%1 was already dissolved on %2.").arg(c->name, display(c->validTo)));
    if (c->validFrom.isValid() && on < c->validFrom)
        throw ValidationError(QStringLiteral("on"),
            Tr::tr("%1 was formed on %2: it cannot be dissolved before that.")
                .arg(c->name, display(c->validFrom)));
    for (const Committee &child : committees(on.addDays(1))) {
        if (child.parentId == id)
            throw ValidationError(QStringLiteral("id"),
                Tr::tr("%1 still has %2 under it: dissolve or re-form that committee first.")
                    .arg(c->name, child.name));
    }
    Dissolution d;
    d.committeeUuid = c->uuid;
    d.on = on;
    if (successorId) {
        const auto s = roster.committee(successorId);
        if (!s)
            throw ValidationError(
                QStringLiteral("into"), Tr::tr("The successor committee does not exist."));
        if (successorId == id)
            throw ValidationError(
                QStringLiteral("into"), Tr::tr("A committee cannot be dissolved into itself."));
        if (!validOn(s->validFrom, s->validTo, on.addDays(1)))
            throw ValidationError(QStringLiteral("into"),
                Tr::tr("%1 is not in office on %2, the day after the dissolution.")
                    .arg(s->name, display(on.addDays(1))));
        d.successorUuid = s->uuid;
    }
    endMemberships(d, id, successorId);
    m_db.exec(QStringLiteral("UPDATE committees SET valid_to = ?, successor_id = ? WHERE id = ?"),
        { VnDate::iso(on), nullableId(successorId), id });
    touch(m_db, QStringLiteral("committees"), id);
    m_db.audit(QStringLiteral("dissolve"), QStringLiteral("committee"), c->uuid,
        QStringLiteral("%1 %2").arg(VnDate::iso(on), d.successorUuid).trimmed());
    tx.commit();
    return d;
}

void Organisation::endMemberships(Dissolution &d, qint64 id, qint64 successorId)
{
    RosterRepository roster(m_db);
    const QString day = VnDate::iso(d.on);
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id FROM memberships WHERE committee_id = ? AND (end_date IS NULL "
                       "OR end_date > ?) ORDER BY id"),
        { id, day });
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 membershipId : std::as_const(ids)) {
        const Membership m = *roster.membership(membershipId);
        if (m.start > d.on)
            throw ValidationError(QStringLiteral("on"),
                Tr::tr("%1's membership starts on %2, after the dissolution.")
                    .arg(m.personName, display(m.start)));
        d.endedMemberships.append(m.uuid);
        d.previousEnds.append(m.end);
        m_db.exec(QStringLiteral("UPDATE memberships SET end_date = ? WHERE id = ?"),
            { day, membershipId });
        touch(m_db, QStringLiteral("memberships"), membershipId);
        if (!successorId)
            continue;
        Membership next = m;
        next.id = 0;
        next.uuid = Database::newUuid();
        next.committeeId = successorId;
        next.start = d.on.addDays(1);
        if (next.end.isValid() && next.end < next.start)
            continue;
        try {
            roster.appoint(next);
        } catch (const ValidationError &e) {
            throw ValidationError(e.field(),
                Tr::tr("%1 cannot take %2 into the successor: %3")
                    .arg(m.committeeName, m.personName, e.message()));
        }
        d.transferredMemberships.append(next.uuid);
    }
}

void Organisation::undoDissolution(const Dissolution &d)
{
    Transaction tx(m_db);
    const QVariant id = m_db.scalar(
        QStringLiteral("SELECT id FROM committees WHERE uuid = ?"), { d.committeeUuid });
    if (!id.isValid())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The committee does not exist."));
    for (const QString &uuid : d.transferredMemberships)
        m_db.exec(QStringLiteral("DELETE FROM memberships WHERE uuid = ?"), { uuid });
    for (int i = 0; i < d.endedMemberships.size(); ++i) {
        m_db.exec(QStringLiteral("UPDATE memberships SET end_date = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE uuid = ?"),
            { nullable(d.previousEnds.value(i)), Database::now(), d.endedMemberships.at(i) });
    }
    m_db.exec(
        QStringLiteral("UPDATE committees SET valid_to = NULL, successor_id = NULL WHERE id = ?"),
        { id });
    touch(m_db, QStringLiteral("committees"), id.toLongLong());
    m_db.audit(QStringLiteral("undo-dissolve"), QStringLiteral("committee"), d.committeeUuid);
    tx.commit();
}

// --- Localities ---------------------------------------------------------------------------

qint64 Organisation::addLocality(
    const QString &name, qint64 parentId, const QDate &from, const QString &level)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The locality needs a name."));
    Transaction tx(m_db);
    QString lvl = level;
    const QDate day = from.isValid() ? from : QDate::currentDate();
    if (parentId) {
        const Locality parent = requireLocality(m_db, parentId);
        if (!validOn(QDate(), parent.validTo, day) || parent.mergedIntoId)
            throw ValidationError(QStringLiteral("parent"),
                Tr::tr("%1 ended on %2: it cannot have a new unit under it.")
                    .arg(parent.name, display(parent.validTo)));
        if (parent.level == QLatin1String("commune"))
            throw ValidationError(
                QStringLiteral("parent"), Tr::tr("A commune has no units under it."));
        // Under a province: a district, unless the unit begins after the 2025 reform that
        // removed the district level.
        if (lvl.isEmpty())
            lvl = parent.level == QLatin1String("province")
                    && (!from.isValid() || from < QDate(2025, 7, 1))
                ? QStringLiteral("district")
                : QStringLiteral("commune");
    } else if (lvl.isEmpty()) {
        lvl = QStringLiteral("province");
    }
    if (lvl != QLatin1String("province") && lvl != QLatin1String("district")
        && lvl != QLatin1String("commune"))
        throw ValidationError(QStringLiteral("level"),
            Tr::tr("Unknown locality level \"%1\" (province, district or commune).").arg(lvl));
    for (const Locality &other : localities(day)) {
        if (other.parentId == parentId && TextNorm::fold(other.name) == TextNorm::fold(clean))
            throw ValidationError(QStringLiteral("name"),
                Tr::tr("%1 already exists there on %2.").arg(other.name, display(day)));
    }
    const QString uuid = Database::newUuid();
    const QString now = Database::now();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, updated_by, name, "
                       "level, parent_id, valid_from) VALUES (?,?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), clean, lvl, nullableId(parentId), nullable(from) });
    m_db.audit(QStringLiteral("add"), QStringLiteral("locality"), uuid, clean);
    tx.commit();
    return id;
}

void Organisation::removeLocality(const QString &uuid)
{
    const QVariant id
        = m_db.scalar(QStringLiteral("SELECT id FROM localities WHERE uuid = ?"), { uuid });
    if (!id.isValid())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The locality does not exist."));
    LocalityEdits::remove(m_db, id.toLongLong());
}

void Organisation::checkMergeSources(const QList<qint64> &sourceIds, const QDate &on)
{
    if (!on.isValid())
        throw ValidationError(QStringLiteral("on"), Tr::tr("The date of the merge is missing."));
    if (sourceIds.isEmpty())
        throw ValidationError(QStringLiteral("sources"), Tr::tr("Choose the units to merge."));
    for (int i = 0; i < sourceIds.size(); ++i) {
        const Locality s = requireLocality(m_db, sourceIds.at(i));
        if (sourceIds.indexOf(s.id) != i)
            throw ValidationError(
                QStringLiteral("sources"), Tr::tr("%1 is named twice.").arg(s.name));
        if (s.mergedIntoId)
            throw ValidationError(QStringLiteral("sources"),
                Tr::tr("%1 was already merged into %2 on %3.")
                    .arg(s.name, requireLocality(m_db, s.mergedIntoId).name, display(s.mergedOn)));
        if (s.validTo.isValid() && s.validTo < on.addDays(-1))
            throw ValidationError(QStringLiteral("sources"),
                Tr::tr("%1 ended on %2, before the merge.").arg(s.name, display(s.validTo)));
        if (s.validFrom.isValid() && s.validFrom >= on)
            throw ValidationError(QStringLiteral("sources"),
                Tr::tr("%1 begins on %2: it cannot be merged on %3.")
                    .arg(s.name, display(s.validFrom), display(on)));
        for (const Locality &child : localities(on)) {
            if (child.parentId == s.id)
                throw ValidationError(QStringLiteral("sources"),
                    Tr::tr("%1 still has %2 under it on %3: merge or move that unit first.")
                        .arg(s.name, child.name, display(on)));
        }
    }
}

LocalityMerge Organisation::mergeLocalities(
    const QList<qint64> &sourceIds, qint64 targetId, const QDate &on)
{
    Transaction tx(m_db);
    checkMergeSources(sourceIds, on);
    const Locality target = requireLocality(m_db, targetId);
    if (sourceIds.contains(targetId))
        throw ValidationError(
            QStringLiteral("into"), Tr::tr("%1 cannot be merged into itself.").arg(target.name));
    if (!validOn(target.validFrom, target.validTo, on) || target.mergedIntoId)
        throw ValidationError(QStringLiteral("into"),
            Tr::tr("%1 does not exist on %2.").arg(target.name, display(on)));
    for (qint64 up = target.parentId; up; up = requireLocality(m_db, up).parentId) {
        if (sourceIds.contains(up))
            throw ValidationError(QStringLiteral("into"),
                Tr::tr("%1 lies inside a unit being merged.").arg(target.name));
    }
    LocalityMerge merge;
    merge.targetUuid = target.uuid;
    merge.on = on;
    for (const qint64 id : sourceIds) {
        const Locality s = requireLocality(m_db, id);
        merge.sourceUuids.append(s.uuid);
        merge.previousEnds.append(s.validTo);
        m_db.exec(QStringLiteral("UPDATE localities SET valid_to = ?, merged_into_id = ?, "
                                 "merged_on = ? WHERE id = ?"),
            { VnDate::iso(on.addDays(-1)), targetId, VnDate::iso(on), id });
        touch(m_db, QStringLiteral("localities"), id);
        m_db.audit(QStringLiteral("merge"), QStringLiteral("locality"), s.uuid,
            QStringLiteral("%1 → %2 %3").arg(s.name, target.name, VnDate::iso(on)));
    }
    tx.commit();
    return merge;
}

LocalityMerge Organisation::mergeLocalitiesIntoNew(
    const QList<qint64> &sourceIds, const QString &name, const QDate &on)
{
    Transaction tx(m_db);
    checkMergeSources(sourceIds, on);
    // The new unit goes where the first source was, or higher when that unit is gone by then
    // (the 2025 reform: communes of a dissolved district go straight under the province).
    const Locality first = requireLocality(m_db, sourceIds.first());
    qint64 parentId = first.parentId;
    while (parentId) {
        const Locality parent = requireLocality(m_db, parentId);
        const bool districtAfterReform
            = parent.level == QLatin1String("district") && on >= QDate(2025, 7, 1);
        if (validOn(QDate(), parent.validTo, on) && !parent.mergedIntoId && !districtAfterReform)
            break;
        parentId = parent.parentId;
    }
    const qint64 target = addLocality(name, parentId, on, first.level);
    LocalityMerge merge = mergeLocalities(sourceIds, target, on);
    merge.targetCreated = true;
    tx.commit();
    return merge;
}

LocalityMerge Organisation::moveLocality(qint64 id, qint64 newParentId, const QDate &on)
{
    Transaction tx(m_db);
    const Locality unit = requireLocality(m_db, id);
    const Locality parent = requireLocality(m_db, newParentId);
    if (newParentId == id || newParentId == unit.parentId)
        throw ValidationError(
            QStringLiteral("to"), Tr::tr("%1 is already under %2.").arg(unit.name, parent.name));
    for (qint64 up = parent.parentId; up; up = requireLocality(m_db, up).parentId) {
        if (up == id)
            throw ValidationError(QStringLiteral("to"),
                Tr::tr("%1 cannot be placed under %2, which lies inside it.")
                    .arg(unit.name, parent.name));
    }
    checkMergeSources({ id }, on);
    QString level = unit.level;
    if (parent.level == QLatin1String("province") && level == QLatin1String("province"))
        level = QStringLiteral("district");
    const qint64 target = addLocality(unit.name, newParentId, on, level);
    LocalityMerge merge = mergeLocalities({ id }, target, on);
    merge.targetCreated = true;
    tx.commit();
    return merge;
}

LocalityMerge Organisation::endLocality(qint64 id, const QDate &on)
{
    Transaction tx(m_db);
    checkMergeSources({ id }, on);
    const Locality unit = requireLocality(m_db, id);
    LocalityMerge end;
    end.sourceUuids.append(unit.uuid);
    end.previousEnds.append(unit.validTo);
    end.on = on;
    m_db.exec(QStringLiteral("UPDATE localities SET valid_to = ? WHERE id = ?"),
        { VnDate::iso(on.addDays(-1)), id });
    touch(m_db, QStringLiteral("localities"), id);
    m_db.audit(QStringLiteral("end"), QStringLiteral("locality"), unit.uuid,
        QStringLiteral("%1 %2").arg(unit.name, VnDate::iso(on.addDays(-1))));
    tx.commit();
    return end;
}

void Organisation::undoMerge(const LocalityMerge &merge)
{
    Transaction tx(m_db);
    for (int i = 0; i < merge.sourceUuids.size(); ++i) {
        m_db.exec(QStringLiteral("UPDATE localities SET valid_to = ?, merged_into_id = NULL, "
                                 "merged_on = NULL, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE uuid = ?"),
            { nullable(merge.previousEnds.value(i)), Database::now(), merge.sourceUuids.at(i) });
        m_db.audit(
            QStringLiteral("undo-merge"), QStringLiteral("locality"), merge.sourceUuids.at(i));
    }
    if (merge.targetCreated)
        removeLocality(merge.targetUuid);
    tx.commit();
}

} // namespace thuky
