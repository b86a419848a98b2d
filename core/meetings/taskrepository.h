#pragma once

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
     * completion date (@p on, default today), reopening clears it. Checks the row version
     * when @p expectedRowVersion > 0.
     */
    void setStatus(qint64 taskId, const QString &status, const QString &note = {},
        const QDate &on = {}, int expectedRowVersion = 0);

private:
    Database &m_db;
};

} // namespace thuky
