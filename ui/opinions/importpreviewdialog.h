#pragma once

#include <core/opinions/opinionimport.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QUndoStack;
class QLabel;
class QListWidget;
class QTableView;

namespace thuky {

class CommandFeedback;
class Database;

/**
 * Imports opinion reports from a CSV file in two steps: first a preview of the rows and of
 * every problem with its line (the core importer's analysis: nothing is written), with the
 * options to create missing localities and topics and to skip duplicates; then, only when
 * there is no error, the import itself in one transaction with a progress dialog. On
 * @p undo, the import is one undoable step: undo removes the reports and the names it added.
 */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(Database &db, const QString &path, QWidget *parent = nullptr,
        QUndoStack *undo = nullptr, CommandFeedback *feedback = nullptr);
    ~ImportPreviewDialog() override;

    /** Imports (after the preview had no error); the dialog closes on success. */
    void accept() override;

    QCheckBox *createMissingBox() const { return m_createMissing; }
    QCheckBox *skipDuplicatesBox() const { return m_skipDuplicates; }
    QListWidget *problemList() const { return m_problems; }
    QTableView *rowTable() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }
    bool canImport() const;
    /** Milliseconds before the import's progress shows (300; a test shows it at once). */
    void setProgressDelay(int ms) { m_progressDelay = ms; }
    /** What the import wrote (after accept()). */
    OpinionImport::Summary result() const { return m_result; }

protected:
    /** Tab follows the window as laid out (FocusOrder). */
    bool focusNextPrevChild(bool next) override;

private:
    void analyse();
    /** A problem's line in the list, its remedy worded with this dialog's check box. */
    QString problemText(const ImportProblem &p) const;
    QString summaryText(const OpinionImport::Summary &s, int errors, int warnings) const;

    Database &m_db;
    QString m_path;
    QByteArray m_data;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    std::shared_ptr<OpinionImport> m_import;
    OpinionImport::Summary m_result;
    QCheckBox *m_createMissing;
    QCheckBox *m_skipDuplicates;
    QLabel *m_summary;
    QListWidget *m_problems;
    QTableView *m_rows;
    QDialogButtonBox *m_buttons;
    class RowModel;
    RowModel *m_model;
    bool m_readFailed = false;
    int m_progressDelay = 300;
};

} // namespace thuky
