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

void SaveMeeting::write(Meeting values, bool checkVersion)
{
    MeetingRepository repo(m_db);
    values.id = repo.idByUuid(values.uuid);
    if (!checkVersion)
        values.rowVersion = 0;
    // Tasks are matched by id within the meeting; ids stay stable across edits of the same row.
    repo.update(values);
}

void SaveMeeting::apply()
{
    write(m_after, m_first);
    m_first = false;
}

void SaveMeeting::revert()
{
    write(m_before, false);
}

ApproveMinutes::ApproveMinutes(Database &db, const QString &uuid)
    : DatabaseCommand(db)
    , m_uuid(uuid)
{
    setText(tr("Approve minutes"));
}

void ApproveMinutes::apply()
{
    MeetingRepository repo(m_db);
    m_number = repo.approve(repo.idByUuid(m_uuid));
}

void ApproveMinutes::revert()
{
    MeetingRepository repo(m_db);
    repo.reopen(repo.idByUuid(m_uuid), tr("Approval undone"));
}

ReopenMinutes::ReopenMinutes(Database &db, const QString &uuid, const QString &reason)
    : DatabaseCommand(db)
    , m_uuid(uuid)
    , m_reason(reason)
{
    setText(tr("Reopen minutes"));
}

void ReopenMinutes::apply()
{
    MeetingRepository repo(m_db);
    repo.reopen(repo.idByUuid(m_uuid), m_reason);
}

void ReopenMinutes::revert()
{
    MeetingRepository repo(m_db);
    repo.approve(repo.idByUuid(m_uuid));
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

void ChangeTaskStatus::apply()
{
    TaskRepository(m_db).setStatus(m_before.id, m_status, m_note);
}

void ChangeTaskStatus::revert()
{
    TaskRepository(m_db).setStatus(
        m_before.id, m_before.status, m_before.completionNote, m_before.completedOn);
}

} // namespace thuky
