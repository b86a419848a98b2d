#pragma once

// The base of the undoable edits that write to the database: the first redo runs before the
// push, so refused input surfaces in the dialog and nothing reaches the stack.

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
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

/**
 * The row versions that the commands of one undo stack last wrote, by table and uuid. An undo
 * or a redo expects a record as this stack left it, so that only someone else's change since
 * is a conflict (ConflictError), however many commands of the stack wrote the same record.
 */
class RowVersionLedger : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /** The ledger of @p stack (made on first use, owned by the stack). */
    static RowVersionLedger *of(QUndoStack *stack);
    /** The version last written to row @p uuid of @p table, or @p fallback. */
    int expected(const QString &table, const QString &uuid, int fallback) const;
    void record(const QString &table, const QString &uuid, int version);

private:
    QHash<QString, int> m_versions;
};

/**
 * One repository call (one transaction) in apply(), its inverse in revert(). A command that
 * writes a versioned record passes the version it read on its first apply, and later the one
 * from versionOf() (what the stack last wrote), recording each new version with wrote().
 */
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

    /** The version of row @p uuid of @p table this stack last wrote, or @p fallback. */
    int versionOf(const QString &table, const QString &uuid, int fallback) const;
    /** Records that this command wrote @p version of row @p uuid of @p table. */
    void wrote(const QString &table, const QString &uuid, int version);

    Database &m_db;

private:
    void report(const QString &message);
    CommandFeedback *m_feedback = nullptr;
    QPointer<RowVersionLedger> m_ledger;
    RowVersionLedger m_ownLedger; ///< used when the command runs without a stack
    bool m_skipRedo = false;
};

} // namespace thuky
