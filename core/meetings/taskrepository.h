#pragma once

#include <core/meetings/meeting.h>
#include <core/meetings/task.h>

#include <optional>

namespace thuky {

class Database;

/**
 * Task follow-up: listing tasks across meetings and recording their progress. Progress may
 * be recorded on tasks of approved (locked) minutes — following up is not editing the
 * minutes — but the wording, owner and due date of such a task are locked with them.
 */
class TaskRepository
{
public:
    explicit TaskRepository(Database &db);

    /** Tasks matching @p filter, by id (the order they were assigned in). */
    QList<Task> tasks(const TaskFilter &filter = {});
    std::optional<Task> task(qint64 id);
    /**
     * Records progress: the new status and completion note; done/cancelled set the
     * completion date (@p on, default today), reopening clears it. @p expectedRowVersion is
     * the version that was read (ConflictError when someone changed the task since).
     * Returns the new row version.
     */
    int setStatus(qint64 taskId, int expectedRowVersion, const QString &status,
        const QString &note = {}, const QDate &on = {});

    /**
     * Tasks for follow-up at meeting @p meeting: tasks of earlier meetings of the same
     * committee that were still open on its date, oldest first (see
     * MeetingRepository::carriedOver()).
     */
    QList<Task> carriedOver(const Meeting &meeting);

    /**
     * Writes the tasks of meeting @p meetingId, inside the caller's transaction (a meeting's
     * save). With @p replace, tasks with an id are updated in place, so that they keep their
     * ids and follow-up history, and the meeting's tasks missing from @p tasks are removed;
     * every other task is inserted. A task updated in place must carry the row version it
     * was read with (ConflictError otherwise). On return each task carries its id, uuid and
     * new row version.
     */
    void writeMeetingTasks(qint64 meetingId, QList<Task> &tasks, bool replace);

private:
    bool updateMeetingTask(const Task &t, qint64 meetingId, const QDate &completedOn);

    Database &m_db;
};

} // namespace thuky
