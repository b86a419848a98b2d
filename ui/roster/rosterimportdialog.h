#pragma once

#include <core/roster/rosterimport.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;

/**
 * Imports a roster sheet (CSV) in two steps, like the opinion import: first a preview of
 * the rows and of every problem with its line (the core importer's analysis: nothing is
 * written), with the committee for rows that name none; then, only when there is no error,
 * the import itself in one transaction. On @p undo the import is one undoable step: undo
 * removes exactly the memberships and persons it added.
 */
class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p committeeId preselects the committee of rows that name none (0: none). */
    RosterImportDialog(Database &db, qint64 committeeId, QWidget *parent = nullptr,
        QUndoStack *undo = nullptr, CommandFeedback *feedback = nullptr);
    ~RosterImportDialog() override;

    /**
     * Asks for a file, then shows the preview (modal). True when something was imported.
     */
    static bool run(Database &db, qint64 committeeId, QWidget *parent, QUndoStack *undo,
        CommandFeedback *feedback);

    /** Reads @p path and shows its analysis. */
    void setPath(const QString &path);
    QString path() const { return m_path; }
    /** Imports (after the preview had no error); the dialog closes on success. */
    void accept() override;

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *committeeBox() const { return m_committee; }
    QListWidget *problemList() const { return m_problems; }
    QTableView *rowTable() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }
    bool canImport() const;
    /** What the import wrote (after accept()). */
    RosterImport::Summary imported() const { return m_result; }

protected:
    /** Tab follows the window as laid out (FocusOrder). */
    bool focusNextPrevChild(bool next) override;

private:
    QWidget *createFileRow();
    QWidget *createLists();
    void choose();
    void analyse();

    Database &m_db;
    QString m_path;
    QByteArray m_data;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    std::shared_ptr<RosterImport> m_import;
    RosterImport::Summary m_result;
    QLineEdit *m_pathEdit;
    QComboBox *m_committee;
    QLabel *m_summary;
    QListWidget *m_problems;
    QTableView *m_rows;
    QDialogButtonBox *m_buttons;
    class RowModel;
    RowModel *m_model;
    bool m_readFailed = false;
};

} // namespace thuky
