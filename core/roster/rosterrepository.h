#pragma once

#include <core/roster/roster.h>

#include <optional>

namespace thuky {

class Database;

/**
 * All SQL of the roster: localities, committees, persons and memberships. Every write is
 * one transaction and validates first (throwing ValidationError with nothing written).
 */
class RosterRepository
{
public:
    explicit RosterRepository(Database &db);

    qint64 addLocality(const Locality &locality);
    QList<Locality> localities();
    /** Finds a locality by name ignoring case and composition form. */
    std::optional<Locality> findLocality(const QString &name);

    qint64 addCommittee(const Committee &committee);
    /** All committees in tree order (each parent before its children, siblings by name). */
    QList<Committee> committees();
    std::optional<Committee> committee(qint64 id);
    /** Finds by numeric id, exact name, or name ignoring case and diacritics. */
    std::optional<Committee> findCommittee(const QString &idOrName);

    qint64 addPerson(const Person &person);
    /**
     * Saves an edited person. @p person.rowVersion must be the version that was read
     * (ConflictError when someone changed the person since).
     */
    void updatePerson(const Person &person);
    std::optional<Person> person(qint64 id);
    /** Persons whose name contains @p filter (ignoring diacritics), in Vietnamese order. */
    QList<Person> persons(const QString &filter = {});
    /** Removes a person that holds no membership (undo of an addition). */
    void removePerson(qint64 id);

    /** Appoints a person to a role; refuses a second head or standing deputy on a date. */
    qint64 appoint(const Membership &membership);
    // The membership writes below take the row version that was read (@p expectedVersion)
    // and throw ConflictError when someone changed the membership since.
    /** Ends a membership on @p end (inclusive); returns the new row version. */
    int endMembership(qint64 membershipId, const QDate &end, int expectedVersion);
    /** Clears the end date again (undo of endMembership); returns the new row version. */
    int reopenMembership(qint64 membershipId, int expectedVersion);
    /** Removes a membership outright (undo of an appointment only). */
    void removeMembership(qint64 membershipId, int expectedVersion);
    /**
     * Kiện toàn: @p newPersonId takes over @p oldMembershipId's role from @p start; the old
     * membership (at @p expectedVersion) ends the day before. Returns the new membership's id.
     */
    qint64 reorganise(qint64 oldMembershipId, int expectedVersion, qint64 newPersonId,
        const QDate &start, const QString &decision);
    std::optional<Membership> membership(qint64 id);
    /** Members of a committee on @p asOf, in print order then Vietnamese name order. */
    QList<Membership> members(qint64 committeeId, const QDate &asOf);
    /** Every membership of a person, newest first. */
    QList<Membership> history(qint64 personId);
    /** Holders of @p role in a committee on @p date. */
    QList<Membership> holders(qint64 committeeId, Role role, const QDate &date);
    /**
     * The role @p personId holds in a committee on @p date; of several, the first in print
     * order (a deputy who is also in the secretariat is a deputy). Empty when none.
     */
    std::optional<Role> roleOn(qint64 personId, qint64 committeeId, const QDate &date);

    qint64 recordCount();

private:
    void validateMembership(const Membership &m, qint64 ignoreId);
    QList<Membership> queryMemberships(
        const QString &where, const QVariantList &values, const QString &order);

    Database &m_db;
};

} // namespace thuky
