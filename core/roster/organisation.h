#pragma once

#include <core/roster/roster.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thuky {

class Database;

/** What a dissolution changed, so that it can be undone exactly. */
struct Dissolution
{
    QString committeeUuid;
    QDate on; ///< the committee's last day
    QString successorUuid; ///< empty when dissolved without a successor
    QStringList endedMemberships; ///< uuids of the memberships that ended on `on`
    QList<QDate> previousEnds; ///< their end dates before (invalid = open), same order
    QStringList transferredMemberships; ///< uuids of the successor's new memberships
};

/** What a merge or move of localities changed, so that it can be undone exactly. */
struct LocalityMerge
{
    QStringList sourceUuids; ///< the units that ended the day before `on`
    QList<QDate> previousEnds; ///< their last days before the merge (invalid = open)
    QString targetUuid; ///< the unit they now belong to
    bool targetCreated = false; ///< the target was created by the merge (or the move)
    QDate on; ///< the first day of the new unit
};

/** One line of a locality's history. */
struct LocalityEvent
{
    enum Kind {
        Formed, ///< the unit began (`date` = its first day)
        MergedFrom, ///< `other` was merged into this unit on `date`
        MergedInto, ///< this unit was merged into `other` on `date`
        Ended, ///< the unit ended without a successor (`date` = its last day)
    };
    Kind kind = Formed;
    QDate date;
    qint64 otherId = 0;
    QString otherName;
};

/**
 * The organisation as it changes over time: committees formed, renamed and dissolved (into a
 * successor or not), localities added, merged and moved (the 2025 reform). Every change is one
 * transaction, audited, checked against the rules of SPEC.md, and has an inverse for the
 * GUI's undo. Nothing is deleted except by the inverse of an addition that nothing uses yet.
 *
 * Validity: a committee or locality is valid on a date D when `validFrom` is empty or ≤ D and
 * `validTo` is empty or ≥ D.
 */
class Organisation
{
public:
    explicit Organisation(Database &db);

    // --- Committees -------------------------------------------------------------------
    /**
     * Forms a committee. Level one of province, district, commune, agency; the parent (if
     * any) must exist and be valid on `validFrom`; the name must not repeat among the
     * committees valid on that date. Returns the new id.
     */
    qint64 addCommittee(const Committee &committee);
    /** The inverse of addCommittee(): refused once it has members, meetings or sub-committees. */
    void removeCommittee(const QString &uuid);
    /**
     * Renames a committee. @p expectedVersion is the row version that was read
     * (ConflictError when someone changed the committee since); returns the new one.
     */
    int renameCommittee(qint64 id, const QString &name, int expectedVersion);
    /**
     * Dissolves a committee on @p on (its last day): its open memberships end that day; with a
     * @p successorId its current members continue in the successor from the next day (same
     * role and decision), refused when that would give the successor two heads or two standing
     * deputies. Refused before the committee was formed, when already dissolved, when it has
     * sub-committees still valid after @p on, or when the successor is itself or not valid the
     * next day. Meetings, minutes and tasks stay.
     */
    Dissolution dissolveCommittee(qint64 id, const QDate &on, qint64 successorId = 0);
    void undoDissolution(const Dissolution &dissolution);
    /** Every committee, history included, in tree order (depth filled). */
    QList<Committee> committees();
    /** The committees valid on @p asOf, in tree order (depth filled). */
    QList<Committee> committees(const QDate &asOf);
    /**
     * A committee by id or name (ignoring case and diacritics' composition). Several with the
     * name: the one valid on @p asOf (today when invalid).
     */
    std::optional<Committee> findCommittee(const QString &idOrName, const QDate &asOf = {});

    // --- Localities -------------------------------------------------------------------
    /**
     * Adds a unit under @p parentId (0 = a province) from @p from. @p level empty: province
     * without a parent, commune under a province from 01/07/2025 on (the reform), district
     * under a province before that or with no date, commune under a district.
     */
    qint64 addLocality(
        const QString &name, qint64 parentId, const QDate &from, const QString &level = {});
    /** The inverse of addLocality(): refused once anything refers to it. */
    void removeLocality(const QString &uuid);
    /**
     * Merges @p sourceIds into @p targetId on @p on: the sources end the day before and record
     * the target. Refused for a merge into itself, a source already merged or ended before
     * @p on, a target not valid on @p on or merged (directly or through a chain) into a source.
     */
    LocalityMerge mergeLocalities(const QList<qint64> &sourceIds, qint64 targetId, const QDate &on);
    /**
     * As mergeLocalities(), into a new unit @p name formed on @p on under the first source's
     * parent — or higher when that unit has ended by then, or is a district and @p on comes
     * after the 2025 reform (the new communes lie directly under the province).
     */
    LocalityMerge mergeLocalitiesIntoNew(
        const QList<qint64> &sourceIds, const QString &name, const QDate &on);
    /**
     * Places a unit under @p newParentId from @p on: the old unit ends the day before and is
     * merged into a new unit of the same name under the new parent (so old reports keep the
     * unit they were made under and roll up to the new one).
     */
    LocalityMerge moveLocality(qint64 id, qint64 newParentId, const QDate &on);
    /**
     * Ends a unit without a successor: its last day is the day before @p on (a district on
     * 01/07/2025). Refused while units under it still exist on @p on.
     */
    LocalityMerge endLocality(qint64 id, const QDate &on);
    /** The inverse of a merge, a move or an end. */
    void undoMerge(const LocalityMerge &merge);
    /** Every locality, history included, in tree order. */
    QList<Locality> localities();
    /** The localities valid on @p asOf, in tree order. */
    QList<Locality> localities(const QDate &asOf);
    /** A locality by id or name; several with the name: the one valid on @p asOf (today). */
    std::optional<Locality> findLocality(const QString &idOrName, const QDate &asOf = {});
    /** Formed, merged from, merged into, ended; oldest first. */
    QList<LocalityEvent> history(qint64 localityId);
    /** The unit holding @p localityId on @p asOf, following merges (and merges of merges). */
    qint64 unitOn(qint64 localityId, const QDate &asOf);

private:
    /** Ends the committee's memberships open after `d.on`, continuing them in the successor. */
    void endMemberships(Dissolution &d, qint64 id, qint64 successorId);
    /** Throws unless every source can be merged on @p on. */
    void checkMergeSources(const QList<qint64> &sourceIds, const QDate &on);

    Database &m_db;
};

} // namespace thuky
