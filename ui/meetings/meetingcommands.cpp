#include <ui/meetings/meetingcommands.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>

#include <QUndoStack>

namespace thuky {

void MeetingCommand::execute(QUndoStack *stack, MeetingCommand *command)
{
    try {
        command->apply();
    } catch (...) {
        delete command;
        throw;
    }
    command->m_skipRedo = true;
    stack->push(command);
}

void MeetingCommand::guarded(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ValidationError &e) {
        if (m_onFailure)
            m_onFailure(e.message());
    } catch (const DbError &e) {
        if (m_onFailure)
            m_onFailure(e.message());
    }
}

void MeetingCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    guarded([this] { apply(); });
}

void MeetingCommand::undo()
{
    guarded([this] { revert(); });
}

qint64 MeetingCommand::idOf(const QString &uuid)
{
    const QVariant id
        = m_db.scalar(QStringLiteral("SELECT id FROM meetings WHERE uuid = ?"), { uuid });
    if (!id.isValid())
        throw ValidationError(QStringLiteral("id"), tr("The meeting no longer exists."));
    return id.toLongLong();
}

CreateMeeting::CreateMeeting(Database &db, const Meeting &meeting)
    : MeetingCommand(db)
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
    MeetingRepository(m_db).remove(idOf(m_meeting.uuid));
}

SaveMeeting::SaveMeeting(Database &db, const Meeting &before, const Meeting &after)
    : MeetingCommand(db)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit meeting"));
}

void SaveMeeting::write(Meeting values, bool checkVersion)
{
    values.id = idOf(values.uuid);
    if (!checkVersion)
        values.rowVersion = 0;
    // Tasks are matched by id within the meeting; ids stay stable across edits of the same row.
    MeetingRepository(m_db).update(values);
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
    : MeetingCommand(db)
    , m_uuid(uuid)
{
    setText(tr("Approve minutes"));
}

void ApproveMinutes::apply()
{
    m_number = MeetingRepository(m_db).approve(idOf(m_uuid));
}

void ApproveMinutes::revert()
{
    MeetingRepository(m_db).reopen(idOf(m_uuid), tr("Approval undone"));
}

ReopenMinutes::ReopenMinutes(Database &db, const QString &uuid, const QString &reason)
    : MeetingCommand(db)
    , m_uuid(uuid)
    , m_reason(reason)
{
    setText(tr("Reopen minutes"));
}

void ReopenMinutes::apply()
{
    MeetingRepository(m_db).reopen(idOf(m_uuid), m_reason);
}

void ReopenMinutes::revert()
{
    MeetingRepository(m_db).approve(idOf(m_uuid));
}

ChangeTaskStatus::ChangeTaskStatus(
    Database &db, const Task &before, const QString &status, const QString &note)
    : MeetingCommand(db)
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
