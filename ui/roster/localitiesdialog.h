#pragma once

#include <core/roster/roster.h>

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;
class DatabaseCommand;
class EditDialog;

/**
 * The locality tree editor: province → district → commune with each unit's validity period
 * and what it was merged into, as of a date or with its whole history. Add a unit, rename
 * it, merge several into one (an existing unit or a new one), move a unit under another, end
 * one without a successor; the history of the selected unit below. Every edit is one undoable step,
 * refused with its reason and nothing changed.
 */
class LocalitiesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        LevelColumn,
        FromColumn,
        ToColumn,
        MergedIntoColumn,
        MergedOnColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    LocalitiesDialog(
        Database &db, QUndoStack *undo, CommandFeedback *feedback, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QCheckBox *historyCheck() const { return m_showHistory; }
    QListWidget *historyList() const { return m_history; }
    QPushButton *addProvinceButton() const { return m_addProvince; }
    QPushButton *addUnderButton() const { return m_addUnder; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *moveButton() const { return m_move; }
    QPushButton *endButton() const { return m_end; }

    /** The item of the unit with @p id, or null when it is not shown. */
    QTreeWidgetItem *itemOf(qint64 id) const;
    /** Selects the units with @p ids (the first one current). */
    void selectUnits(const QList<qint64> &ids);
    /** Reads the tree again (after an undo, say), keeping the selection. */
    void reload();

    /** "province", "district", "commune" as shown. */
    static QString levelLabel(const QString &level);

protected:
    /** Tab follows the window as laid out (FocusOrder). */
    bool focusNextPrevChild(bool next) override;

private:
    /** The date and history option above the tree; creates the tree and the history panel. */
    QHBoxLayout *buildControls();
    void buildButtons();
    QList<Locality> selectedUnits() const;
    void fillHistory();
    void updateButtons();
    void showDialog(EditDialog *dialog);
    /** Runs @p command (refused input throws into the sub-dialog) and selects @p select. */
    void execute(DatabaseCommand *command);

    void addUnit(bool under);
    void renameUnit();
    void mergeUnits();
    void moveUnit();
    void endUnit();

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    QList<Locality> m_all; ///< every unit, history included, for names and the panel
    QDateEdit *m_asOf;
    QCheckBox *m_showHistory;
    QTreeWidget *m_tree;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QPushButton *m_addProvince = nullptr;
    QPushButton *m_addUnder = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_end = nullptr;
};

} // namespace thuky
