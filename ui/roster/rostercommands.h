#pragma once

// The undoable edits of the roster area. Each command makes one repository call (one
// transaction) in redo() and its inverse in undo(). Commands remember persons and
// memberships by UUID, because undoing an addition and redoing it creates a new row id.

#include <ui/common/databasecommand.h>

#include <core/roster/roster.h>

#include <QCoreApplication>
#include <QObject>
#include <QUndoCommand>

namespace thuky {

class Database;
class RosterRepository;

/** Base of the roster commands: the first redo runs before the push, so input errors surface. */
class RosterCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RosterCommand)
protected:
    explicit RosterCommand(Database &db)
        : DatabaseCommand(db)
    {
    }

    /** The current row id of the person with @p uuid (@p nameHint speeds up the search). */
    qint64 resolvePerson(const QString &uuid, const QString &nameHint = {});
    /** The current row id of a membership of a person. */
    qint64 resolveMembership(
        const QString &uuid, const QString &personUuid, const QString &nameHint = {});
    /**
     * The row id of the person a command appoints: @p person added to the roster now when
     * @p create (with the same UUID on every redo), else found by UUID.
     */
    qint64 appointedPerson(const Person &person, bool create);
};

class AddPerson : public RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AddPerson)
public:
    AddPerson(Database &db, const Person &person);
    qint64 personId() const { return m_id; }
    QString personUuid() const { return m_person.uuid; }

protected:
    void apply() override;
    void revert() override;

private:
    Person m_person;
    qint64 m_id = 0;
};

class EditPerson : public RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::EditPerson)
public:
    /** @p after carries the row version @p before was read with. */
    EditPerson(Database &db, const Person &before, const Person &after);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const Person &values);
    Person m_before;
    Person m_after;
    bool m_first = true;
};

/** Appoints a person of the roster, or a new person added with the appointment. */
class AppointMember : public RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AppointMember)
public:
    AppointMember(Database &db, const Membership &membership, const QString &personUuid);
    /** Adds @p newPerson to the roster and appoints them (undo removes both). */
    AppointMember(Database &db, const Membership &membership, const Person &newPerson);
    qint64 membershipId() const { return m_id; }
    qint64 personId() const { return m_personId; }

protected:
    void apply() override;
    void revert() override;

private:
    Membership m_membership;
    Person m_person; ///< the person by UUID, or the new person
    bool m_createPerson = false;
    qint64 m_id = 0;
    qint64 m_personId = 0;
};

class EndMembership : public RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::EndMembership)
public:
    EndMembership(
        Database &db, const Membership &membership, const QString &personUuid, const QDate &end);

protected:
    void apply() override;
    void revert() override;

private:
    int expected();
    Membership m_membership;
    QString m_personUuid;
    QDate m_end;
    bool m_first = true;
};

/** Kiện toàn: a new holder (an existing person or a new one) takes over a role on a date. */
class ReplaceRoleHolder : public RosterCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ReplaceRoleHolder)
public:
    ReplaceRoleHolder(Database &db, const Membership &old, const QString &oldPersonUuid,
        const Person &newPerson, bool createPerson, const QDate &start, const QString &decision);
    qint64 newMembershipId() const { return m_newId; }
    qint64 newPersonId() const { return m_newPersonId; }

protected:
    void apply() override;
    void revert() override;

private:
    Membership m_old;
    QString m_oldPersonUuid;
    Person m_newPerson;
    bool m_createPerson;
    QDate m_start;
    QString m_decision;
    QString m_newUuid;
    qint64 m_newId = 0;
    qint64 m_newPersonId = 0;
};

} // namespace thuky
