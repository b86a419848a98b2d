#include <ui/common/databasecommand.h>

#include <core/db/database.h>

#include <QUndoStack>

#include <memory>

namespace thuky {

RowVersionLedger *RowVersionLedger::of(QUndoStack *stack)
{
    if (!stack)
        return nullptr;
    auto *ledger = stack->findChild<RowVersionLedger *>(QString(), Qt::FindDirectChildrenOnly);
    return ledger ? ledger : new RowVersionLedger(stack);
}

int RowVersionLedger::expected(const QString &table, const QString &uuid, int fallback) const
{
    return m_versions.value(table + QLatin1Char('/') + uuid, fallback);
}

void RowVersionLedger::record(const QString &table, const QString &uuid, int version)
{
    m_versions.insert(table + QLatin1Char('/') + uuid, version);
}

int DatabaseCommand::versionOf(const QString &table, const QString &uuid, int fallback) const
{
    return (m_ledger ? m_ledger.data() : &m_ownLedger)->expected(table, uuid, fallback);
}

void DatabaseCommand::wrote(const QString &table, const QString &uuid, int version)
{
    (m_ledger ? m_ledger.data() : &m_ownLedger)->record(table, uuid, version);
}

void DatabaseCommand::execute(QUndoStack *stack, DatabaseCommand *command)
{
    std::unique_ptr<DatabaseCommand> owned(command);
    owned->m_ledger = RowVersionLedger::of(stack);
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
