#pragma once

#include <ui/common/editdialog.h>
#include <ui/opinions/opinioncommands.h>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QUndoStack;

namespace thuky {

class Database;

/**
 * Asks what a workflow step needs — the agency and date for forwarding, the answer and its
 * date for recording an answer — and applies it as a ChangeReportStatus on the undo stack.
 */
class OpinionStatusDialog : public EditDialog
{
    Q_OBJECT
public:
    OpinionStatusDialog(Database &db, QUndoStack *undo, const OpinionReport &report,
        ChangeReportStatus::Step step, QWidget *parent = nullptr);

    QComboBox *agencyCombo() const { return m_agency; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *responseEdit() const { return m_response; }

signals:
    /** The report had changed and the clerk chose to see the stored version (nothing written). */
    void reloaded(qint64 reportId);

private:
    QComboBox *m_agency = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace thuky
