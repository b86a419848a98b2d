#include <ui/meetings/meetingcommands.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>

namespace thuky {

CreateMeeting::CreateMeeting(Database &db, const Meeting &meeting)
    : DatabaseCommand(db)
    , m_meeting(meeting)
{
    if (m_meeting.uuid.isEmpty())
        m_meeting.uuid = Database::newUuid();
    setText(tr("Create meeting"));
}

void CreateMeeting::apply()
{
    Meeting m = m_meeting;
    m_id = MeetingRepository(m_db).create(m);
    m_meeting.attendance = m.attendance; // prefilled on the first creation: keep it for redo
    for (int i = 0; i < m_meeting.tasks.size() && i < m.tasks.size(); ++i)
        m_meeting.tasks[i].uuid = m.tasks.at(i).uuid;
}

void CreateMeeting::revert()
{
    MeetingRepository repo(m_db);
    repo.remove(repo.idByUuid(m_meeting.uuid));
}

SaveMeeting::SaveMeeting(Database &db, const Meeting &before, const Meeting &after)
    : DatabaseCommand(db)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit meeting"));
}

void SaveMeeting::write(Meeting &values)
{
    // The first write expects the versions the view read (the meeting's and each task's);
    // undo and redo what this stack last wrote: someone else's change is a conflict.
    MeetingRepository repo(m_db);
    const QString meetings = QStringLiteral("meetings");
    const QString tasks = QStringLiteral("tasks");
    Meeting m = values;
    m.id = repo.idByUuid(m.uuid);
    if (!m_first) {
        m.rowVersion = versionOf(meetings, m.uuid, m.rowVersion);
        for (Task &t : m.tasks)
            if (!t.uuid.isEmpty())
                t.rowVersion = versionOf(tasks, t.uuid, t.rowVersion);
    }
    m_first = false;
    // Tasks are matched by id within the meeting; ids stay stable across edits of the same row.
    repo.update(m);
    wrote(meetings, m.uuid, m.rowVersion);
    for (const Task &t : std::as_const(m.tasks))
        wrote(tasks, t.uuid, t.rowVersion);
    values.tasks = m.tasks; // ids and uuids of tasks added: the same tasks again on redo
}

void SaveMeeting::apply()
{
    write(m_after);
}

void SaveMeeting::revert()
{
    write(m_before);
}

ApproveMinutes::ApproveMinutes(Database &db, const QString &uuid, int version)
    : DatabaseCommand(db)
    , m_uuid(uuid)
    , m_version(version)
{
    setText(tr("Approve minutes"));
}

namespace {
/** The meeting's version after a status change, which an undone edit further down expects. */
int meetingVersion(MeetingRepository &repo, qint64 id)
{
    const auto m = repo.meeting(id);
    return m ? m->rowVersion : 0;
}
} // namespace

int ApproveMinutes::expected() const
{
    // The first time the version the clerk saw; a redo the version this stack left.
    if (m_first)
        return m_version;
    return versionOf(QStringLiteral("meetings"), m_uuid, m_version);
}

void ApproveMinutes::apply()
{
    MeetingRepository repo(m_db);
    const qint64 id = repo.idByUuid(m_uuid);
    m_number = repo.approve(id, expected());
    m_first = false;
    wrote(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id));
}

void ApproveMinutes::revert()
{
    MeetingRepository repo(m_db);
    const qint64 id = repo.idByUuid(m_uuid);
    repo.reopen(id, tr("Approval undone"),
        versionOf(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id)));
    wrote(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id));
}

ReopenMinutes::ReopenMinutes(Database &db, const QString &uuid, const QString &reason, int version)
    : DatabaseCommand(db)
    , m_uuid(uuid)
    , m_reason(reason)
    , m_version(version)
{
    setText(tr("Reopen minutes"));
}

void ReopenMinutes::apply()
{
    MeetingRepository repo(m_db);
    const qint64 id = repo.idByUuid(m_uuid);
    repo.reopen(id, m_reason,
        m_first ? m_version : versionOf(QStringLiteral("meetings"), m_uuid, m_version));
    m_first = false;
    wrote(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id));
}

void ReopenMinutes::revert()
{
    MeetingRepository repo(m_db);
    const qint64 id = repo.idByUuid(m_uuid);
    repo.approve(id, versionOf(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id)));
    wrote(QStringLiteral("meetings"), m_uuid, meetingVersion(repo, id));
}

ChangeTaskStatus::ChangeTaskStatus(
    Database &db, const Task &before, const QString &status, const QString &note)
    : DatabaseCommand(db)
    , m_before(before)
    , m_status(status)
    , m_note(note)
{
    setText(tr("Change task status"));
}

int ChangeTaskStatus::expected()
{
    // The first write expects the version the view read, later ones what this stack wrote.
    const int version = m_first
        ? m_before.rowVersion
        : versionOf(QStringLiteral("tasks"), m_before.uuid, m_before.rowVersion);
    m_first = false;
    return version;
}

void ChangeTaskStatus::apply()
{
    wrote(QStringLiteral("tasks"), m_before.uuid,
        TaskRepository(m_db).setStatus(m_before.id, expected(), m_status, m_note));
}

void ChangeTaskStatus::revert()
{
    wrote(QStringLiteral("tasks"), m_before.uuid,
        TaskRepository(m_db).setStatus(m_before.id, expected(), m_before.status,
            m_before.completionNote, m_before.completedOn));
}

} // namespace thuky
