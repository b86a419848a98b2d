#pragma once

// The undoable edits of the Meetings area that write to the database. Each command is one
// repository call (one transaction); failures from the stack go to the CommandFeedback.
// Meetings are remembered by UUID: undoing a creation and redoing it makes a new row id.

#include <ui/common/databasecommand.h>

#include <core/meetings/meeting.h>

namespace thuky {

class CreateMeeting : public DatabaseCommand
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

class SaveMeeting : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::SaveMeeting)
public:
    /** @p after carries the row version @p before was read with. */
    SaveMeeting(Database &db, const Meeting &before, const Meeting &after);

protected:
    void apply() override;
    void revert() override;

private:
    void write(Meeting &values);
    Meeting m_before;
    Meeting m_after;
    bool m_first = true;
};

class ApproveMinutes : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ApproveMinutes)
public:
    /** @p version: the meeting's row version as the clerk saw it (0: not checked). */
    ApproveMinutes(Database &db, const QString &uuid, int version = 0);
    int number() const { return m_number; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_uuid;
    int expected() const;

    int m_version;
    int m_number = 0;
    bool m_first = true;
};

class ReopenMinutes : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ReopenMinutes)
public:
    /** @p version: the meeting's row version as the clerk saw it (0: not checked). */
    ReopenMinutes(Database &db, const QString &uuid, const QString &reason, int version = 0);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_uuid;
    QString m_reason;
    int m_version;
    bool m_first = true;
};

class ChangeTaskStatus : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ChangeTaskStatus)
public:
    ChangeTaskStatus(Database &db, const Task &before, const QString &status, const QString &note);

protected:
    void apply() override;
    void revert() override;

private:
    int expected();
    Task m_before; ///< with the row version the view read
    QString m_status;
    QString m_note;
    bool m_first = true;
};

} // namespace thuky
