#include <core/meetings/taskrepository.h>

#include <core/db/sqlvalue.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace thuky {

using SqlValue::dateOf;
using SqlValue::nullable;
using SqlValue::nullableId;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::TaskRepository)
};

const QString taskSelect = QStringLiteral(
    "SELECT t.id, t.uuid, t.meeting_id, t.description, t.owner, t.owner_person_id, t.due_date, "
    "t.status, t.completion_note, t.completed_on, t.row_version, m.starts_at, m.committee_id, "
    "c.name, m.title FROM tasks t JOIN meetings m ON m.id = t.meeting_id "
    "JOIN committees c ON c.id = m.committee_id");

Task readTask(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.meetingId = q.value(2).toLongLong();
    t.description = q.value(3).toString();
    t.owner = q.value(4).toString();
    t.ownerPersonId = q.value(5).toLongLong();
    t.due = dateOf(q.value(6));
    t.status = q.value(7).toString();
    t.completionNote = q.value(8).toString();
    t.completedOn = dateOf(q.value(9));
    t.rowVersion = q.value(10).toInt();
    t.meetingDate = dateOf(q.value(11));
    t.committeeId = q.value(12).toLongLong();
    t.committeeName = q.value(13).toString();
    t.meetingTitle = q.value(14).toString();
    return t;
}
} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
{
}

QList<Task> TaskRepository::tasks(const TaskFilter &f)
{
    QStringList where;
    QVariantList values;
    if (f.openOnly || f.overdueOnly)
        where << QStringLiteral("t.status IN ('open','in_progress')");
    if (f.overdueOnly) {
        where << QStringLiteral("t.due_date IS NOT NULL AND t.due_date < ?");
        values << VnDate::iso(f.today);
    }
    if (f.committeeId > 0) {
        where << QStringLiteral("m.committee_id = ?");
        values << f.committeeId;
    }
    if (f.meetingId > 0) {
        where << QStringLiteral("t.meeting_id = ?");
        values << f.meetingId;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("t.status = ?");
        values << f.status;
    }
    QSqlQuery q = m_db.exec(taskSelect
            + (where.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY t.id"),
        values);
    const QString ownerNeedle = TextNorm::fold(f.owner);
    QList<Task> out;
    while (q.next()) {
        Task t = readTask(q);
        // Owners are free text: matched here, ignoring case and diacritics.
        if (!ownerNeedle.isEmpty() && !TextNorm::fold(t.owner).contains(ownerNeedle))
            continue;
        out.append(t);
    }
    return out;
}

QList<Task> TaskRepository::carriedOver(const Meeting &m)
{
    const QString startsAt = m.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QSqlQuery q = m_db.exec(taskSelect
            + QStringLiteral(
                " WHERE m.committee_id = ? AND (m.starts_at < ? OR (m.starts_at = ? AND m.id < ?)) "
                "AND (t.status IN ('open','in_progress') OR t.completed_on >= ?) "
                "ORDER BY m.starts_at, t.id"),
        { m.committeeId, startsAt, startsAt, m.id, VnDate::iso(m.date()) });
    QList<Task> out;
    while (q.next())
        out.append(readTask(q));
    return out;
}

bool TaskRepository::updateMeetingTask(const Task &t, qint64 meetingId, const QDate &completedOn)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE tasks SET updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1, description = ?, owner = ?, "
                       "owner_person_id = ?, due_date = ?, status = ?, completion_note = ?, "
                       "completed_on = ? WHERE id = ? AND meeting_id = ? AND row_version = ?"),
        { Database::now(), m_db.currentUser(), TextNorm::clean(t.description),
            TextNorm::clean(t.owner), nullableId(t.ownerPersonId), nullable(t.due), t.status,
            nullable(t.completionNote.trimmed()), nullable(completedOn), t.id, meetingId,
            t.rowVersion });
    if (q.numRowsAffected() > 0)
        return true;
    // A task of this meeting that someone followed up (or edited) since it was read is a
    // conflict; a task that is not (or no longer) this meeting's is written anew.
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM tasks WHERE id = ? AND meeting_id = ?"),
                { t.id, meetingId })
            .isValid())
        RowVersions::require(m_db, 0, QStringLiteral("tasks"), QStringLiteral("task"), t.id,
            Tr::tr("There is no task %1.").arg(t.id));
    return false;
}

void TaskRepository::writeMeetingTasks(qint64 meetingId, QList<Task> &tasks, bool replace)
{
    // Tasks keep their ids (and so their follow-up history) across edits.
    const QString now = Database::now();
    const QString user = m_db.currentUser();
    QSet<qint64> kept;
    for (Task &t : tasks) {
        const bool finished
            = t.status == QLatin1String("done") || t.status == QLatin1String("cancelled");
        const QDate completedOn
            = finished ? (t.completedOn.isValid() ? t.completedOn : QDate::currentDate()) : QDate();
        if (t.id > 0 && replace && updateMeetingTask(t, meetingId, completedOn)) {
            kept.insert(t.id);
            t.rowVersion += 1;
            continue;
        }
        if (t.uuid.isEmpty())
            t.uuid = Database::newUuid();
        t.id = m_db.insert(
            QStringLiteral(
                "INSERT INTO tasks (uuid, created_at, updated_at, updated_by, meeting_id, "
                "description, owner, owner_person_id, due_date, status, completion_note, "
                "completed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
            { t.uuid, now, now, user, meetingId, TextNorm::clean(t.description),
                TextNorm::clean(t.owner), nullableId(t.ownerPersonId), nullable(t.due), t.status,
                nullable(t.completionNote.trimmed()), nullable(completedOn) });
        t.rowVersion = 1;
        t.meetingId = meetingId;
        kept.insert(t.id);
    }
    if (!replace)
        return;
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id FROM tasks WHERE meeting_id = ?"), { meetingId });
    QList<qint64> gone;
    while (q.next()) {
        if (!kept.contains(q.value(0).toLongLong()))
            gone.append(q.value(0).toLongLong());
    }
    for (qint64 id : gone)
        m_db.exec(QStringLiteral("DELETE FROM tasks WHERE id = ?"), { id });
}

std::optional<Task> TaskRepository::task(qint64 id)
{
    QSqlQuery q = m_db.exec(taskSelect + QStringLiteral(" WHERE t.id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

int TaskRepository::setStatus(qint64 taskId, int expectedRowVersion, const QString &status,
    const QString &note, const QDate &on)
{
    if (!TaskStatuses::isValid(status))
        throw ValidationError(
            QStringLiteral("status"), Tr::tr("Unknown task status %1.").arg(status));
    Transaction tx(m_db);
    const auto t = task(taskId);
    if (!t)
        throw ValidationError(QStringLiteral("id"), Tr::tr("There is no task %1.").arg(taskId));
    const bool finished = status == QLatin1String("done") || status == QLatin1String("cancelled");
    const QDate completed = finished ? (on.isValid() ? on : QDate::currentDate()) : QDate();
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "UPDATE tasks SET status = ?, completion_note = ?, completed_on = ?, updated_at = ?, "
            "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        QVariantList { status,
            note.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(note.trimmed()),
            completed.isValid() ? QVariant(VnDate::iso(completed))
                                : QVariant(QMetaType::fromType<QString>()),
            Database::now(), m_db.currentUser(), taskId, expectedRowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("tasks"), QStringLiteral("task"),
        taskId, Tr::tr("There is no task %1.").arg(taskId));
    m_db.audit(QStringLiteral("task_status"), QStringLiteral("task"), t->uuid,
        QStringLiteral("%1 → %2").arg(t->status, status));
    tx.commit();
    return expectedRowVersion + 1;
}

} // namespace thuky
