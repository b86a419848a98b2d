#include <ui/common/databasecommand.h>

#include <core/db/database.h>

#include <QUndoStack>

#include <memory>

namespace thuky {

void DatabaseCommand::execute(QUndoStack *stack, DatabaseCommand *command)
{
    std::unique_ptr<DatabaseCommand> owned(command);
    owned->apply(); // throws on refused input; the command is then dropped
    owned->m_skipRedo = true;
    if (stack)
        stack->push(owned.release());
}

void DatabaseCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    try {
        apply();
        if (m_feedback)
            emit m_feedback->changed();
    } catch (const ValidationError &e) {
        report(e.message());
    } catch (const DbError &e) {
        report(e.message());
    }
}

void DatabaseCommand::undo()
{
    try {
        revert();
        if (m_feedback)
            emit m_feedback->changed();
    } catch (const ValidationError &e) {
        report(e.message());
    } catch (const DbError &e) {
        report(e.message());
    }
}

void DatabaseCommand::report(const QString &message)
{
    // The data changed under the command (another workstation, say): drop it from the stack
    // rather than leave an entry that can never be applied.
    setObsolete(true);
    if (m_feedback)
        emit m_feedback->failed(tr("“%1” could not be applied: %2").arg(text(), message));
}

} // namespace thuky
