#include <ui/roster/rostercommands.h>

#include <core/db/database.h>
#include <core/roster/rosterrepository.h>

#include <QUndoStack>

#include <memory>

namespace thuky {

qint64 RosterCommand::resolvePerson(const QString &uuid, const QString &nameHint)
{
    RosterRepository repo(m_db);
    if (!nameHint.isEmpty()) {
        for (const Person &p : repo.persons(nameHint)) {
            if (p.uuid == uuid)
                return p.id;
        }
    }
    for (const Person &p : repo.persons()) {
        if (p.uuid == uuid)
            return p.id;
    }
    throw ValidationError(QStringLiteral("person"), tr("The person no longer exists."));
}

qint64 RosterCommand::resolveMembership(
    const QString &uuid, const QString &personUuid, const QString &nameHint)
{
    RosterRepository repo(m_db);
    for (const Membership &m : repo.history(resolvePerson(personUuid, nameHint))) {
        if (m.uuid == uuid)
            return m.id;
    }
    throw ValidationError(QStringLiteral("membership"), tr("The membership no longer exists."));
}

qint64 RosterCommand::appointedPerson(const Person &person, bool create)
{
    if (create)
        return RosterRepository(m_db).addPerson(person);
    return resolvePerson(person.uuid, person.fullName);
}

// ---------------------------------------------------------------------------------------

AddPerson::AddPerson(Database &db, const Person &person)
    : RosterCommand(db)
    , m_person(person)
{
    if (m_person.uuid.isEmpty())
        m_person.uuid = Database::newUuid(); // the same person again on redo
    setText(tr("Add %1").arg(person.fullName.trimmed()));
}

void AddPerson::apply()
{
    m_id = RosterRepository(m_db).addPerson(m_person);
}

void AddPerson::revert()
{
    RosterRepository(m_db).removePerson(resolvePerson(m_person.uuid, m_person.fullName));
}

// ---------------------------------------------------------------------------------------

EditPerson::EditPerson(Database &db, const Person &before, const Person &after)
    : RosterCommand(db)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit %1").arg(after.fullName.trimmed()));
}

void EditPerson::write(const Person &values)
{
    // The first write expects the version the dialog read, undo and redo the one this stack
    // last wrote: someone else's change in the meantime is a conflict, never overwritten.
    Person p = values;
    p.id = resolvePerson(values.uuid, m_after.fullName);
    p.rowVersion = m_first ? m_after.rowVersion
                           : versionOf(QStringLiteral("persons"), values.uuid, m_after.rowVersion);
    RosterRepository(m_db).updatePerson(p);
    wrote(QStringLiteral("persons"), values.uuid, p.rowVersion + 1);
}

void EditPerson::apply()
{
    write(m_after);
    m_first = false;
}

void EditPerson::revert()
{
    write(m_before);
}

// ---------------------------------------------------------------------------------------

AppointMember::AppointMember(Database &db, const Membership &membership, const QString &personUuid)
    : RosterCommand(db)
    , m_membership(membership)
{
    m_person.uuid = personUuid;
    m_person.fullName = membership.personName;
    if (m_membership.uuid.isEmpty())
        m_membership.uuid = Database::newUuid();
    setText(tr("Appoint %1 as %2").arg(membership.personName, Roles::label(membership.role)));
}

AppointMember::AppointMember(Database &db, const Membership &membership, const Person &newPerson)
    : AppointMember(db, membership, QString())
{
    m_person = newPerson;
    m_createPerson = true;
    if (m_person.uuid.isEmpty())
        m_person.uuid = Database::newUuid(); // the same person again on redo
}

void AppointMember::apply()
{
    Transaction tx(m_db); // a refused appointment adds no person either
    Membership m = m_membership;
    if (m_createPerson || !m_person.uuid.isEmpty())
        m.personId = appointedPerson(m_person, m_createPerson);
    m_personId = m.personId;
    m_id = RosterRepository(m_db).appoint(m);
    tx.commit();
    wrote(QStringLiteral("memberships"), m_membership.uuid, 1);
}

void AppointMember::revert()
{
    RosterRepository repo(m_db);
    Transaction tx(m_db);
    repo.removeMembership(m_id, versionOf(QStringLiteral("memberships"), m_membership.uuid, 1));
    if (m_createPerson)
        repo.removePerson(m_personId);
    tx.commit();
}

// ---------------------------------------------------------------------------------------

EndMembership::EndMembership(
    Database &db, const Membership &membership, const QString &personUuid, const QDate &end)
    : RosterCommand(db)
    , m_membership(membership)
    , m_personUuid(personUuid)
    , m_end(end)
{
    setText(tr("End the membership of %1").arg(membership.personName));
}

int EndMembership::expected()
{
    // The first write expects the version the view read, later ones what this stack wrote.
    const int read = m_membership.rowVersion;
    const int version
        = m_first ? read : versionOf(QStringLiteral("memberships"), m_membership.uuid, read);
    m_first = false;
    return version;
}

void EndMembership::apply()
{
    const qint64 id = resolveMembership(m_membership.uuid, m_personUuid, m_membership.personName);
    wrote(QStringLiteral("memberships"), m_membership.uuid,
        RosterRepository(m_db).endMembership(id, m_end, expected()));
}

void EndMembership::revert()
{
    const qint64 id = resolveMembership(m_membership.uuid, m_personUuid, m_membership.personName);
    RosterRepository repo(m_db);
    const int version = expected();
    wrote(QStringLiteral("memberships"), m_membership.uuid,
        m_membership.end.isValid() ? repo.endMembership(id, m_membership.end, version)
                                   : repo.reopenMembership(id, version));
}

// ---------------------------------------------------------------------------------------

ReplaceRoleHolder::ReplaceRoleHolder(Database &db, const Membership &old,
    const QString &oldPersonUuid, const Person &newPerson, bool createPerson, const QDate &start,
    const QString &decision)
    : RosterCommand(db)
    , m_old(old)
    , m_oldPersonUuid(oldPersonUuid)
    , m_newPerson(newPerson)
    , m_createPerson(createPerson)
    , m_start(start)
    , m_decision(decision)
{
    if (m_createPerson && m_newPerson.uuid.isEmpty())
        m_newPerson.uuid = Database::newUuid();
    setText(tr("Reorganise: %1 replaces %2 as %3")
                .arg(newPerson.fullName.trimmed(), old.personName, Roles::label(old.role)));
}

void ReplaceRoleHolder::apply()
{
    RosterRepository repo(m_db);
    Transaction tx(m_db);
    m_newPersonId = appointedPerson(m_newPerson, m_createPerson);
    const qint64 oldId = resolveMembership(m_old.uuid, m_oldPersonUuid, m_old.personName);
    const QString memberships = QStringLiteral("memberships");
    if (m_newUuid.isEmpty()) {
        // The first write expects the version the view read.
        m_newId = repo.reorganise(oldId, m_old.rowVersion, m_newPersonId, m_start, m_decision);
        m_newUuid = repo.membership(m_newId)->uuid;
        wrote(memberships, m_old.uuid, m_old.rowVersion + 1);
    } else {
        // Redo after undo: the same change again, keeping the new membership's UUID so that
        // later commands on the stack still find it.
        wrote(memberships, m_old.uuid,
            repo.endMembership(
                oldId, m_start.addDays(-1), versionOf(memberships, m_old.uuid, m_old.rowVersion)));
        Membership fresh;
        fresh.uuid = m_newUuid;
        fresh.personId = m_newPersonId;
        fresh.committeeId = m_old.committeeId;
        fresh.role = m_old.role;
        fresh.start = m_start;
        fresh.decision = m_decision;
        m_newId = repo.appoint(fresh);
    }
    wrote(memberships, m_newUuid, 1);
    tx.commit();
}

void ReplaceRoleHolder::revert()
{
    RosterRepository repo(m_db);
    Transaction tx(m_db);
    const QString memberships = QStringLiteral("memberships");
    repo.removeMembership(m_newId, versionOf(memberships, m_newUuid, 1));
    const qint64 oldId = resolveMembership(m_old.uuid, m_oldPersonUuid, m_old.personName);
    const int version = versionOf(memberships, m_old.uuid, m_old.rowVersion + 1);
    wrote(memberships, m_old.uuid,
        m_old.end.isValid() ? repo.endMembership(oldId, m_old.end, version)
                            : repo.reopenMembership(oldId, version));
    if (m_createPerson)
        repo.removePerson(m_newPersonId);
    tx.commit();
}

} // namespace thuky
