#pragma once

#include <QTableView>

class QAbstractItemDelegate;

namespace thuky {

class RowEntryModel;

/**
 * A table a clerk types rows into from the keyboard alone (the meeting editor's attendance,
 * agenda, speakers and tasks). What each key does:
 *
 * - Enter or Insert on the table adds a row below the current one and opens its first cell
 *   (Enter on a row still blank opens that row instead). Typing on an empty cell starts
 *   editing it; typing on a filled cell never changes it (F2 or a double click edits it), so
 *   nothing typed lands in a row the clerk did not choose.
 * - In a cell being edited, Tab and Shift+Tab keep what is typed and open the next or
 *   previous cell, on into the next or previous row. Tab passes over a cell that the cell
 *   just left filled in (a speaker's unit, from the roster). Tab in the last cell of the last
 *   row adds a row, as in a word processor's table.
 * - Enter in a cell keeps what is typed and adds a row below, its first cell open.
 * - Enter or Tab in a row left blank removes it and moves on past the table: an empty row
 *   ends the list. Esc cancels the cell's edit, and removes a row left blank.
 * - Delete on the table removes the selected rows.
 * - Ctrl+V of several lines (in the table or in a cell) adds one row per line, the texts of a
 *   line split at tabs going into the row's cells in order.
 * - Tab on the table (no cell being edited) moves on past the table.
 *
 * Rows are added and removed through the model's insertRows() and removeRows(), pasted ones
 * through RowEntryModel::insertTextRows(): the owner watches the model to record undo steps.
 */
class EntryTable : public QTableView
{
    Q_OBJECT
public:
    EntryTable(RowEntryModel *model, const QString &objectName, QWidget *parent = nullptr);

    /**
     * Shows @p column through @p delegate's editors, always open (choices seen at a glance
     * and changed with one click); Tab walks through them as through the other cells.
     */
    void setChoiceColumn(int column, QAbstractItemDelegate *delegate);
    /** Gives @p column the width @p width, or more when its header needs it. */
    void setColumnWidthAtLeast(int column, int width);

    /** Adds a row below the current one (at the end when there is none) and opens it. */
    void addRow();
    /** Removes the selected rows (the current one when none is selected). */
    void removeSelectedRows();
    /** Adds one row per line of @p text below the current row; returns how many. */
    int pasteRows(const QString &text);
    /** Keeps what is typed in the cell being edited, if any (before the form is read). */
    void commitOpenEditor();

    /** A read-only table opens no cell and adds, removes or pastes no row. */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    RowEntryModel *rowModel() const { return m_model; }
    bool editorKey(QWidget *editor, QKeyEvent *key);
    QModelIndex editorIndex(QWidget *editor) const;
    QModelIndex cellAfter(const QModelIndex &from, bool forward) const;
    int firstEditableColumn(int row) const;
    void finishEditor(QWidget *editor, bool keep);
    void moveOn(QWidget *editor, bool forward);
    void newRowAfter(QWidget *editor);
    void cancel(QWidget *editor);
    void insertRowAt(int row);
    void openCell(const QModelIndex &index);
    void leaveTable(bool forward);
    bool typeIntoEmptyCell(QKeyEvent *event);
    void openChoiceEditors(int first, int last);
    QWidget *openEditor() const;
    int pasteRowsAt(int at, const QString &text);

    RowEntryModel *m_model;
    QList<int> m_choiceColumns;
    bool m_readOnly = false;
};

} // namespace thuky
