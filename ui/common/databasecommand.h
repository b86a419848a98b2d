#pragma once

// The base of the undoable edits that write to the database: the first redo runs before the
// push, so refused input surfaces in the dialog and nothing reaches the stack.

#include <QCoreApplication>
#include <QObject>
#include <QUndoCommand>

class QUndoStack;

namespace thuky {

class Database;

/** Reports commands that fail when undone or redone from the stack (the data changed meanwhile). */
class CommandFeedback : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void failed(const QString &message);
    /** A command was undone or redone from the stack (the data it touches changed). */
    void changed();
};

/** One repository call (one transaction) in apply(), its inverse in revert(). */
class DatabaseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::DatabaseCommand)
public:
    /**
     * Applies @p command now and pushes it on success. Throws ValidationError or DbError
     * (nothing written, nothing pushed) when the input is refused.
     */
    static void execute(QUndoStack *stack, DatabaseCommand *command);

    void redo() final;
    void undo() final;

    void setFeedback(CommandFeedback *feedback) { m_feedback = feedback; }

protected:
    explicit DatabaseCommand(Database &db)
        : m_db(db)
    {
    }
    virtual void apply() = 0;
    virtual void revert() = 0;

    Database &m_db;

private:
    void report(const QString &message);
    CommandFeedback *m_feedback = nullptr;
    bool m_skipRedo = false;
};

} // namespace thuky
