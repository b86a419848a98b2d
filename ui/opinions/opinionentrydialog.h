#pragma once

#include <ui/common/editdialog.h>
#include <ui/opinions/opinionlookups.h>

#include <core/opinions/opinion.h>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;

/**
 * The report form. For entering a stack of paper reports (no report given) it is built for
 * the keyboard: it opens with the last entry's locality, channel and reporter, dates are
 * typed as DD/MM/YYYY, locality and topic complete as typed (diacritics optional), and
 * Enter saves (AddOpinionReport on the undo stack) and starts the next report. With a report
 * it edits that report (EditOpinionReport) and closes on OK. Refused input shows its message
 * next to the field and writes nothing.
 */
class OpinionEntryDialog : public EditDialog
{
    Q_OBJECT
public:
    OpinionEntryDialog(Database &db, QUndoStack *undo, const OpinionReport *editing = nullptr,
        QWidget *parent = nullptr);

    void accept() override;

    bool isEntryMode() const { return !m_editing; }
    /** Reports saved since the form opened (entry mode). */
    int savedCount() const { return m_saved; }
    void setFeedback(CommandFeedback *feedback) { m_feedback = feedback; }

    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *localityEdit() const { return m_locality; }
    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *channelCombo() const { return m_channel; }
    QComboBox *reporterCombo() const { return m_reporter; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

signals:
    /** A report was added or edited (its id). */
    void saved(qint64 id);
    /**
     * The report was changed by someone else meanwhile and the user chose their version:
     * nothing was written, the dialog closes and the list should show the stored report.
     */
    void reloaded(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Reads the form; shows the first problem next to its field and returns false. */
    bool readForm(OpinionReport *report);
    void createFields();
    void addFields();
    void load(const OpinionReport &r);
    void startNext();
    void rememberKeptFields(const OpinionReport &r);

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback = nullptr;
    std::optional<OpinionReport> m_editing;
    QList<OpinionChoice> m_localities;
    QList<OpinionChoice> m_topics;
    int m_saved = 0;

    QLineEdit *m_date;
    QLineEdit *m_locality;
    QLineEdit *m_topic;
    QComboBox *m_channel;
    QComboBox *m_sentiment;
    QComboBox *m_urgency;
    QComboBox *m_scope;
    QComboBox *m_reporter;
    QPlainTextEdit *m_summary;
    QLineEdit *m_recommendation;
    QLabel *m_status;
};

} // namespace thuky
