#include <ui/meetings/editmeetingform.h>

#include <ui/common/undocommands.h>
#include <ui/meetings/meetingsview.h>

namespace thuky {

EditMeetingForm::EditMeetingForm(MeetingsView *view, const QString &uuid, const QJsonObject &before,
    const QJsonObject &after, const QString &field)
    : m_view(view)
    , m_uuid(uuid)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(tr("Edit meeting form"));
}

int EditMeetingForm::id() const
{
    return CmdEditMeetingForm;
}

bool EditMeetingForm::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditMeetingForm *>(other);
    if (m_field.isEmpty() || o->m_field != m_field || o->m_uuid != m_uuid || o->m_view != m_view)
        return false;
    m_after = o->m_after;
    return true;
}

void EditMeetingForm::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    apply(m_after);
}

void EditMeetingForm::undo()
{
    apply(m_before);
}

void EditMeetingForm::apply(const QJsonObject &state)
{
    if (m_view)
        m_view->applyFormState(m_uuid, state);
}

} // namespace thuky
