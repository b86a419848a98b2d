#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;
class TaskTableModel;

/**
 * The Tasks tab: every task for follow-up, filtered by owner, status and overdue, with
 * overdue ones highlighted; a selected task can be marked done (an undoable command).
 */
class TasksPane : public QWidget
{
    Q_OBJECT
public:
    TasksPane(Database &db, QUndoStack *undo, CommandFeedback *feedback, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *ownerFilter() const { return m_ownerFilter; }
    QCheckBox *overdueOnly() const { return m_overdueOnly; }
    /** Marks the selected task done, asking for a completion note. */
    QAction *markDoneAction() const { return m_done; }

    /** Lists the tasks again with the current filters. */
    void reload();
    /**
     * Selects task @p id in the list, clearing the filters when they hide it; false when
     * there is no such task.
     */
    bool showTask(qint64 id);

signals:
    /** A refused change, for the area's message line. */
    void failed(const QString &message);

private:
    void markDone();

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    TaskTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_ownerFilter;
    QComboBox *m_statusFilter;
    QCheckBox *m_overdueOnly;
    QAction *m_done;
};

} // namespace thuky
