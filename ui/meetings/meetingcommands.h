#pragma once

// The undoable edits of the Meetings area. Each command is one repository call (one
// transaction). Meetings are remembered by UUID: undoing a creation and redoing it makes a
// new row id.

#include <core/meetings/meeting.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace thuky {

class Database;

/** Base: the first redo runs before the push, so that refused input surfaces as an exception. */
class MeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::MeetingCommand)
public:
    /** Applies @p command and pushes it; throws (nothing pushed) when the input is refused. */
    static void execute(QUndoStack *stack, MeetingCommand *command);
    /** Called with the message when an undo or redo from the stack fails. */
    void setFailureHandler(std::function<void(const QString &)> handler)
    {
        m_onFailure = std::move(handler);
    }

    void redo() final;
    void undo() final;

protected:
    explicit MeetingCommand(Database &db)
        : m_db(db)
    {
    }
    virtual void apply() = 0;
    virtual void revert() = 0;
    qint64 idOf(const QString &uuid);

    Database &m_db;

private:
    void guarded(const std::function<void()> &f);
    std::function<void(const QString &)> m_onFailure;
    bool m_skipRedo = false;
};

class CreateMeeting : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::CreateMeeting)
public:
    CreateMeeting(Database &db, const Meeting &meeting);
    qint64 meetingId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    Meeting m_meeting;
    qint64 m_id = 0;
};

class SaveMeeting : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::SaveMeeting)
public:
    /** @p after carries the row version @p before was read with. */
    SaveMeeting(Database &db, const Meeting &before, const Meeting &after);

protected:
    void apply() override;
    void revert() override;

private:
    void write(Meeting values, bool checkVersion);
    Meeting m_before;
    Meeting m_after;
    bool m_first = true;
};

class ApproveMinutes : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ApproveMinutes)
public:
    ApproveMinutes(Database &db, const QString &uuid);
    int number() const { return m_number; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_uuid;
    int m_number = 0;
};

class ReopenMinutes : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ReopenMinutes)
public:
    ReopenMinutes(Database &db, const QString &uuid, const QString &reason);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_uuid;
    QString m_reason;
};

class ChangeTaskStatus : public MeetingCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ChangeTaskStatus)
public:
    ChangeTaskStatus(Database &db, const Task &before, const QString &status, const QString &note);

protected:
    void apply() override;
    void revert() override;

private:
    Task m_before;
    QString m_status;
    QString m_note;
};

} // namespace thuky
