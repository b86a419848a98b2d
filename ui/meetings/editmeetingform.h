#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

namespace thuky {

class MeetingsView;

/**
 * An edit of the meeting form that is not saved yet: it restores the form's state before
 * and after (as MeetingJson). Consecutive edits of the same field merge, so that undo takes
 * back a word or a line, not a keystroke. Nothing reaches the database: saving is SaveMeeting.
 */
class EditMeetingForm : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::EditMeetingForm)
public:
    /** @p field names the edited widget; an empty one never merges. */
    EditMeetingForm(MeetingsView *view, const QString &uuid, const QJsonObject &before,
        const QJsonObject &after, const QString &field);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QJsonObject &state);

    QPointer<MeetingsView> m_view; ///< may be gone while the command is still on the stack
    QString m_uuid;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_field;
    bool m_first = true; ///< the form already shows the state when the command is pushed
};

} // namespace thuky
