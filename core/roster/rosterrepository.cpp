#include <core/roster/rosterrepository.h>

#include <core/db/sqlvalue.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

using SqlValue::dateOf;
using SqlValue::nullable;
using SqlValue::nullableId;

namespace {

const char personColumns[] = "id, uuid, full_name, honorific, titles, organisation, phone, email, "
                             "note, row_version";

/** A person from a row of personColumns. */
Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.fullName = q.value(2).toString();
    p.honorific = q.value(3).toString();
    p.titles = q.value(4).toString();
    p.organisation = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.note = q.value(8).toString();
    p.rowVersion = q.value(9).toInt();
    return p;
}

// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RosterRepository)
};

} // namespace

RosterRepository::RosterRepository(Database &db)
    : m_db(db)
{
}

qint64 RosterRepository::addLocality(const Locality &l)
{
    if (TextNorm::clean(l.name).isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The locality needs a name."));
    Transaction tx(m_db);
    const QString uuid = l.uuid.isEmpty() ? Database::newUuid() : l.uuid;
    const QString now = Database::now();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, updated_by, name, "
                       "level, parent_id, valid_from, valid_to, merged_into_id, merged_on) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), TextNorm::clean(l.name), l.level,
            nullableId(l.parentId), nullable(l.validFrom), nullable(l.validTo),
            nullableId(l.mergedIntoId), nullable(l.mergedOn) });
    tx.commit();
    return id;
}

QList<Locality> RosterRepository::localities()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, uuid, name, level, parent_id, valid_from, valid_to, merged_into_id, "
        "merged_on, row_version FROM localities ORDER BY id"));
    QList<Locality> out;
    while (q.next()) {
        Locality l;
        l.id = q.value(0).toLongLong();
        l.uuid = q.value(1).toString();
        l.name = q.value(2).toString();
        l.level = q.value(3).toString();
        l.parentId = q.value(4).toLongLong();
        l.validFrom = dateOf(q.value(5));
        l.validTo = dateOf(q.value(6));
        l.mergedIntoId = q.value(7).toLongLong();
        l.mergedOn = dateOf(q.value(8));
        l.rowVersion = q.value(9).toInt();
        out.append(l);
    }
    return out;
}

std::optional<Locality> RosterRepository::findLocality(const QString &name)
{
    const QString wanted = TextNorm::clean(name).toLower();
    for (const Locality &l : localities()) {
        if (l.name.toLower() == wanted)
            return l;
    }
    return std::nullopt;
}

qint64 RosterRepository::addCommittee(const Committee &c)
{
    if (TextNorm::clean(c.name).isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The committee needs a name."));
    if (c.validFrom.isValid() && c.validTo.isValid() && c.validTo < c.validFrom)
        throw ValidationError(
            QStringLiteral("end"), Tr::tr("The end date is before the start date."));
    Transaction tx(m_db);
    const QString uuid = c.uuid.isEmpty() ? Database::newUuid() : c.uuid;
    const QString now = Database::now();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO committees (uuid, created_at, updated_at, updated_by, name, "
                       "level, parent_id, locality_id, superior_body, place_name, valid_from, "
                       "valid_to) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), TextNorm::clean(c.name),
            c.level.isEmpty() ? QStringLiteral("province") : c.level, nullableId(c.parentId),
            nullableId(c.localityId), nullable(c.superiorBody), nullable(c.placeName),
            nullable(c.validFrom), nullable(c.validTo) });
    m_db.audit(QStringLiteral("add"), QStringLiteral("committee"), uuid, c.name);
    tx.commit();
    return id;
}

QList<Committee> RosterRepository::committees()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, uuid, name, level, parent_id, locality_id, superior_body, place_name, "
        "valid_from, valid_to, successor_id, row_version FROM committees"));
    QList<Committee> all;
    while (q.next()) {
        Committee c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.name = q.value(2).toString();
        c.level = q.value(3).toString();
        c.parentId = q.value(4).toLongLong();
        c.localityId = q.value(5).toLongLong();
        c.superiorBody = q.value(6).toString();
        c.placeName = q.value(7).toString();
        c.validFrom = dateOf(q.value(8));
        c.validTo = dateOf(q.value(9));
        c.successorId = q.value(10).toLongLong();
        c.rowVersion = q.value(11).toInt();
        all.append(c);
    }
    std::sort(all.begin(), all.end(), [](const Committee &a, const Committee &b) {
        return TextNorm::compare(a.name, b.name) < 0;
    });
    // Depth-first: roots, then each one's children.
    QList<Committee> ordered;
    std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
        for (const Committee &c : std::as_const(all)) {
            if (c.parentId == parent) {
                Committee copy = c;
                copy.depth = depth;
                ordered.append(copy);
                visit(c.id, depth + 1);
            }
        }
    };
    visit(0, 0);
    return ordered;
}

std::optional<Committee> RosterRepository::committee(qint64 id)
{
    for (const Committee &c : committees()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<Committee> RosterRepository::findCommittee(const QString &idOrName)
{
    const QList<Committee> all = committees();
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        for (const Committee &c : all) {
            if (c.id == id)
                return c;
        }
    }
    // By name: a committee in office today before one dissolved with the same name.
    const QString folded = TextNorm::fold(TextNorm::clean(idOrName));
    std::optional<Committee> found;
    for (const Committee &c : all) {
        if (TextNorm::fold(c.name) != folded)
            continue;
        if (!c.validTo.isValid() || c.validTo >= QDate::currentDate())
            return c;
        found = c;
    }
    return found;
}

qint64 RosterRepository::addPerson(const Person &p)
{
    const QString name = TextNorm::clean(p.fullName);
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The full name must not be empty."));
    Transaction tx(m_db);
    const QString uuid = p.uuid.isEmpty() ? Database::newUuid() : p.uuid;
    const QString now = Database::now();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO persons (uuid, created_at, updated_at, updated_by, "
                       "full_name, sort_key, search_name, honorific, titles, organisation, "
                       "phone, email, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), name, TextNorm::personSortKey(name),
            TextNorm::fold(name), nullable(TextNorm::clean(p.honorific)),
            nullable(TextNorm::clean(p.titles)), nullable(TextNorm::clean(p.organisation)),
            nullable(p.phone.trimmed()), nullable(p.email.trimmed()), nullable(p.note) });
    m_db.audit(QStringLiteral("add"), QStringLiteral("person"), uuid, name);
    tx.commit();
    return id;
}

void RosterRepository::updatePerson(const Person &p)
{
    const QString name = TextNorm::clean(p.fullName);
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The full name must not be empty."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE persons SET full_name = ?, sort_key = ?, search_name = ?, "
                       "honorific = ?, titles = ?, organisation = ?, phone = ?, email = ?, "
                       "note = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"),
        { name, TextNorm::personSortKey(name), TextNorm::fold(name),
            nullable(TextNorm::clean(p.honorific)), nullable(TextNorm::clean(p.titles)),
            nullable(TextNorm::clean(p.organisation)), nullable(p.phone.trimmed()),
            nullable(p.email.trimmed()), nullable(p.note), Database::now(), m_db.currentUser(),
            p.id, p.rowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("persons"),
        QStringLiteral("person"), p.id, Tr::tr("The person does not exist."));
    m_db.audit(QStringLiteral("update"), QStringLiteral("person"), p.uuid, name);
    tx.commit();
}

std::optional<Person> RosterRepository::person(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(QLatin1String(personColumns)),
        { id });
    if (!q.next())
        return std::nullopt;
    return personFrom(q);
}

QList<Person> RosterRepository::persons(const QString &filter)
{
    // One query for all of them (the report filters list every person before the first paint).
    QString sql = QStringLiteral("SELECT %1 FROM persons").arg(QLatin1String(personColumns));
    QVariantList values;
    if (!filter.trimmed().isEmpty()) {
        sql += QStringLiteral(" WHERE search_name LIKE ?");
        values << QStringLiteral("%%1%").arg(TextNorm::fold(filter.trimmed()));
    }
    sql += QStringLiteral(" ORDER BY sort_key");
    QSqlQuery q = m_db.exec(sql, values);
    QList<Person> out;
    while (q.next())
        out.append(personFrom(q));
    std::stable_sort(out.begin(), out.end(), [](const Person &a, const Person &b) {
        return TextNorm::personSortKey(a.fullName) < TextNorm::personSortKey(b.fullName);
    });
    return out;
}

void RosterRepository::removePerson(qint64 id)
{
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE person_id = ?"), { id })
            .toInt()
        > 0)
        throw ValidationError(QStringLiteral("name"),
            Tr::tr("This person holds or held a role and cannot be removed."));
    const QString uuid
        = m_db.scalar(QStringLiteral("SELECT uuid FROM persons WHERE id = ?"), { id }).toString();
    m_db.exec(QStringLiteral("DELETE FROM persons WHERE id = ?"), { id });
    m_db.audit(QStringLiteral("remove"), QStringLiteral("person"), uuid);
    tx.commit();
}

void RosterRepository::validateMembership(const Membership &m, qint64 ignoreId)
{
    if (m.personId <= 0 || !person(m.personId))
        throw ValidationError(QStringLiteral("person"), Tr::tr("Choose a person."));
    if (m.committeeId <= 0 || !committee(m.committeeId))
        throw ValidationError(QStringLiteral("committee"), Tr::tr("Choose a committee."));
    if (!m.start.isValid())
        throw ValidationError(
            QStringLiteral("start"), Tr::tr("The start date is missing or invalid."));
    if (m.end.isValid() && m.end < m.start)
        throw ValidationError(
            QStringLiteral("end"), Tr::tr("The end date is before the start date."));
    if (!Roles::isUnique(m.role))
        return;
    // Does another holder of this role overlap [start, end]?
    const QString end = m.end.isValid() ? VnDate::iso(m.end) : QStringLiteral("9999-12-31");
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT p.full_name, m.start_date FROM memberships m JOIN persons p ON "
                       "p.id = m.person_id WHERE m.committee_id = ? AND m.role = ? AND m.id <> ? "
                       "AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)"),
        { m.committeeId, Roles::code(m.role), ignoreId, end, VnDate::iso(m.start) });
    if (q.next()) {
        const QString message = m.role == Role::Head
            ? Tr::tr("The committee already has a head on that date (%1, since %2). Use "
                     "reorganisation to replace the holder.")
            : Tr::tr("The committee already has a standing deputy head on that date (%1, since "
                     "%2). Use reorganisation to replace the holder.");
        throw ValidationError(QStringLiteral("role"),
            message.arg(q.value(0).toString(), VnDate::display(dateOf(q.value(1)))));
    }
}

qint64 RosterRepository::appoint(const Membership &m)
{
    Transaction tx(m_db);
    validateMembership(m, 0);
    const QString uuid = m.uuid.isEmpty() ? Database::newUuid() : m.uuid;
    const QString now = Database::now();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO memberships (uuid, created_at, updated_at, updated_by, "
                       "person_id, committee_id, role, start_date, end_date, decision, note) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), m.personId, m.committeeId, Roles::code(m.role),
            VnDate::iso(m.start), nullable(m.end), nullable(TextNorm::clean(m.decision)),
            nullable(m.note) });
    m_db.audit(QStringLiteral("appoint"), QStringLiteral("membership"), uuid,
        QStringLiteral("%1 %2").arg(Roles::code(m.role), m.decision));
    tx.commit();
    return id;
}

int RosterRepository::endMembership(qint64 membershipId, const QDate &end, int expectedVersion)
{
    Transaction tx(m_db);
    auto m = membership(membershipId);
    if (!m)
        throw ValidationError(QStringLiteral("membership"), Tr::tr("No such membership."));
    if (!end.isValid())
        throw ValidationError(QStringLiteral("end"), Tr::tr("The end date is missing or invalid."));
    if (end < m->start)
        throw ValidationError(
            QStringLiteral("end"), Tr::tr("The end date is before the start date."));
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE memberships SET end_date = ?, updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        { VnDate::iso(end), Database::now(), m_db.currentUser(), membershipId, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("memberships"),
        QStringLiteral("membership"), membershipId, Tr::tr("No such membership."));
    m_db.audit(QStringLiteral("end"), QStringLiteral("membership"), m->uuid, VnDate::iso(end));
    tx.commit();
    return expectedVersion + 1;
}

int RosterRepository::reopenMembership(qint64 membershipId, int expectedVersion)
{
    Transaction tx(m_db);
    auto m = membership(membershipId);
    if (!m)
        throw ValidationError(QStringLiteral("membership"), Tr::tr("No such membership."));
    Membership open = *m;
    open.end = QDate();
    validateMembership(open, membershipId);
    QSqlQuery q
        = m_db.exec(QStringLiteral("UPDATE memberships SET end_date = NULL, updated_at = ?, "
                                   "updated_by = ?, row_version = row_version + 1 "
                                   "WHERE id = ? AND row_version = ?"),
            { Database::now(), m_db.currentUser(), membershipId, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("memberships"),
        QStringLiteral("membership"), membershipId, Tr::tr("No such membership."));
    m_db.audit(QStringLiteral("reopen"), QStringLiteral("membership"), m->uuid);
    tx.commit();
    return expectedVersion + 1;
}

void RosterRepository::removeMembership(qint64 membershipId, int expectedVersion)
{
    Transaction tx(m_db);
    auto m = membership(membershipId);
    if (!m)
        throw ValidationError(QStringLiteral("membership"), Tr::tr("No such membership."));
    QSqlQuery q
        = m_db.exec(QStringLiteral("DELETE FROM memberships WHERE id = ? AND row_version = ?"),
            { membershipId, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("memberships"),
        QStringLiteral("membership"), membershipId, Tr::tr("No such membership."));
    m_db.audit(QStringLiteral("remove"), QStringLiteral("membership"), m->uuid);
    tx.commit();
}

qint64 RosterRepository::reorganise(qint64 oldMembershipId, int expectedVersion, qint64 newPersonId,
    const QDate &start, const QString &decision)
{
    Transaction tx(m_db);
    auto old = membership(oldMembershipId);
    if (!old)
        throw ValidationError(
            QStringLiteral("membership"), Tr::tr("Choose the role holder to replace."));
    if (!start.isValid())
        throw ValidationError(
            QStringLiteral("start"), Tr::tr("The start date is missing or invalid."));
    if (start <= old->start)
        throw ValidationError(QStringLiteral("start"),
            Tr::tr("The new holder must start after the current holder started "
                   "(%1).")
                .arg(VnDate::display(old->start)));
    if (old->end.isValid() && old->end < start.addDays(-1))
        throw ValidationError(QStringLiteral("start"),
            Tr::tr("The membership to replace had already ended on %1.")
                .arg(VnDate::display(old->end)));
    if (newPersonId == old->personId)
        throw ValidationError(QStringLiteral("person"),
            Tr::tr("The new holder is the same person as the current one."));
    endMembership(oldMembershipId, start.addDays(-1), expectedVersion);
    Membership fresh;
    fresh.personId = newPersonId;
    fresh.committeeId = old->committeeId;
    fresh.role = old->role;
    fresh.start = start;
    fresh.decision = decision;
    const qint64 id = appoint(fresh);
    tx.commit();
    return id;
}

QList<Membership> RosterRepository::queryMemberships(
    const QString &where, const QVariantList &values, const QString &order)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.id, m.uuid, m.person_id, m.committee_id, m.role, m.start_date, "
                       "m.end_date, m.decision, m.note, p.full_name, p.titles, c.name, p.sort_key, "
                       "m.row_version "
                       "FROM memberships m JOIN persons p ON p.id = m.person_id "
                       "JOIN committees c ON c.id = m.committee_id WHERE ")
            + where + QStringLiteral(" ORDER BY ") + order,
        values);
    QList<Membership> out;
    while (q.next()) {
        Membership m;
        m.id = q.value(0).toLongLong();
        m.uuid = q.value(1).toString();
        m.personId = q.value(2).toLongLong();
        m.committeeId = q.value(3).toLongLong();
        Roles::fromCode(q.value(4).toString(), &m.role);
        m.start = dateOf(q.value(5));
        m.end = dateOf(q.value(6));
        m.decision = q.value(7).toString();
        m.note = q.value(8).toString();
        m.personName = q.value(9).toString();
        m.personTitles = q.value(10).toString();
        m.committeeName = q.value(11).toString();
        m.rowVersion = q.value(13).toInt();
        out.append(m);
    }
    return out;
}

std::optional<Membership> RosterRepository::membership(qint64 id)
{
    const QList<Membership> found
        = queryMemberships(QStringLiteral("m.id = ?"), { id }, QStringLiteral("m.id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Membership> RosterRepository::members(qint64 committeeId, const QDate &asOf)
{
    QList<Membership> out = queryMemberships(
        QStringLiteral("m.committee_id = ? AND m.start_date <= ? AND (m.end_date IS NULL OR "
                       "m.end_date >= ?)"),
        { committeeId, VnDate::iso(asOf), VnDate::iso(asOf) }, QStringLiteral("m.id"));
    // Print order of roles, then names the Vietnamese way (computed here, so that the order
    // does not depend on the server's collation).
    std::stable_sort(out.begin(), out.end(), [](const Membership &a, const Membership &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return TextNorm::personSortKey(a.personName) < TextNorm::personSortKey(b.personName);
    });
    return out;
}

QList<Membership> RosterRepository::history(qint64 personId)
{
    return queryMemberships(QStringLiteral("m.person_id = ?"), { personId },
        QStringLiteral("m.start_date DESC, m.id DESC"));
}

QList<Membership> RosterRepository::holders(qint64 committeeId, Role role, const QDate &date)
{
    return queryMemberships(
        QStringLiteral("m.committee_id = ? AND m.role = ? AND m.start_date <= ? AND "
                       "(m.end_date IS NULL OR m.end_date >= ?)"),
        { committeeId, Roles::code(role), VnDate::iso(date), VnDate::iso(date) },
        QStringLiteral("m.start_date"));
}

std::optional<Role> RosterRepository::roleOn(qint64 personId, qint64 committeeId, const QDate &date)
{
    const QVariant code = m_db.scalar(
        QStringLiteral("SELECT role FROM memberships WHERE person_id = ? AND committee_id = ? AND "
                       "start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY %1")
            .arg(Roles::sqlOrder(QStringLiteral("role"))),
        { personId, committeeId, VnDate::iso(date), VnDate::iso(date) });
    Role role;
    if (!code.isValid() || !Roles::fromCode(code.toString(), &role))
        return std::nullopt;
    return role;
}

qint64 RosterRepository::recordCount()
{
    return m_db
        .scalar(QStringLiteral("SELECT (SELECT count(*) FROM committees) + (SELECT count(*) "
                               "FROM persons) + (SELECT count(*) FROM localities)"))
        .toLongLong();
}

} // namespace thuky
