#pragma once

#include <core/meetings/meeting.h>

#include <optional>

namespace thuky {

class Database;

/**
 * All SQL of meetings: the meeting with its chairs, attendance, agenda, speakers and tasks.
 * Every write is one transaction and validates first (ValidationError(field, message), with
 * nothing written). Approved minutes are locked: any edit throws until reopen() — an
 * explicit act recorded in the audit log — makes the meeting a draft again.
 */
class MeetingRepository
{
public:
    explicit MeetingRepository(Database &db);

    /**
     * Creates a meeting with its children and returns its id (also set in @p meeting).
     * An empty attendance list is prefilled from the roster as of the meeting date.
     * The status of a new meeting is always draft.
     */
    qint64 create(Meeting &meeting);
    /**
     * Saves an edited draft: the fields and the children (attendance, agenda, speakers,
     * chairs are replaced; tasks are matched by id — new ones inserted, missing ones removed
     * unless a later meeting already followed them up). @p meeting.rowVersion, and the
     * rowVersion of each task kept, must be the version that was read: ConflictError, with
     * nothing written, when someone changed them since. On success @p meeting carries the
     * new row versions and the ids of inserted tasks; returns the meeting's new row version.
     */
    int update(Meeting &meeting);
    /** Removes a draft meeting outright (undo of its creation). */
    void remove(qint64 meetingId);

    std::optional<Meeting> meeting(qint64 id);
    /**
     * The id of the meeting with @p uuid. Undo commands remember meetings by UUID, since
     * undoing a creation and redoing it makes a new row id. Throws ValidationError when the
     * meeting no longer exists.
     */
    qint64 idByUuid(const QString &uuid);
    /** Meetings (without children) oldest first; @p committeeId 0 lists every committee. */
    QList<Meeting> meetings(qint64 committeeId = 0, int year = 0);

    /**
     * The attendance a meeting of @p committeeId on @p date starts from: the official
     * delegates (head, deputies, members) on that date, present, in print order.
     * Collaborators are never prefilled; secretariat and experts may be added by hand.
     */
    QList<Attendance> prefillAttendance(qint64 committeeId, const QDate &date);
    /**
     * The attendance a meeting of @p committeeId on @p date starts from when it follows
     * @p previous: the people listed then who still belong to the committee on @p date (with
     * their role on that date, present), then the official delegates not listed then.
     */
    QList<Attendance> attendanceFrom(
        const Meeting &previous, qint64 committeeId, const QDate &date);
    /**
     * The latest meeting of @p committeeId of @p kind that starts before @p before, other than
     * @p exceptId, with its children; none when there is none.
     */
    std::optional<Meeting> previousMeeting(
        qint64 committeeId, const QString &kind, const QDateTime &before, qint64 exceptId = 0);

    /**
     * Approves the minutes: assigns the next number of the committee in the meeting's year
     * (kept when a reopened meeting is approved again) and locks the meeting.
     * Returns the number. With @p expectedVersion > 0 (the version the clerk saw), a meeting
     * changed since throws ConflictError naming who changed it and when (nothing written).
     */
    int approve(qint64 meetingId, int expectedVersion = 0);
    /**
     * Makes approved minutes a draft again; @p reason is recorded in the audit log.
     * @p expectedVersion as for approve().
     */
    void reopen(qint64 meetingId, const QString &reason, int expectedVersion = 0);

    /**
     * Tasks for follow-up at meeting @p meetingId: tasks of earlier meetings of the same
     * committee that were still open on its date (open or in progress now, or completed on
     * or after that date), oldest first.
     */
    QList<Task> carriedOver(qint64 meetingId);

    qint64 count();

private:
    void validate(const Meeting &m);
    void writeChildren(Meeting &m, bool replace);
    void writeAttendance(const Meeting &m);
    void writeAgenda(const Meeting &m);
    void writeSpeeches(const Meeting &m);
    QList<qint64> readChairs(qint64 meetingId);
    QList<Attendance> readAttendance(qint64 meetingId);
    QList<AgendaItem> readAgenda(qint64 meetingId);
    QList<Speech> readSpeeches(qint64 meetingId);
    void requireDraft(qint64 meetingId);
    /** ConflictError when @p expectedVersion > 0 and the stored version differs. */
    void requireVersion(qint64 meetingId, int expectedVersion);

    Database &m_db;
};

} // namespace thuky
