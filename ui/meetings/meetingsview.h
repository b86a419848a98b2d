#pragma once

#include <core/meetings/meeting.h>

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPagedPaintDevice;
class QStackedWidget;
class QTableView;
class QTextEdit;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace thuky {

class AgendaModel;
class AttendanceModel;
class CommandFeedback;
class Database;
class DatabaseCommand;
class MeetingForm;
class MeetingListModel;
class MeetingListPane;
class MeetingTaskModel;
class SpeechModel;
class TaskTableModel;
class TasksPane;

/**
 * The Meetings area: a committee's meetings (filtered by year, kind and status), the
 * meeting editor (fields, attendance, agenda and speakers, conclusion, tasks and the tasks
 * carried over), approval and audited reopening, print preview and PDF/ODT export; and a
 * Tasks tab listing every task for follow-up with overdue ones highlighted.
 *
 * Edits of the form's fields are undoable commands (one per burst of typing in a field),
 * and so are saving, approving and reopening. While the clerk types, the form
 * is written to a draft file every few seconds; an unsaved draft is restored when the
 * meeting is opened again (after a crash or power cut).
 *
 * The view wires its pieces together: MeetingListPane, MeetingForm and TasksPane show
 * things; the commands in meetingcommands.h and EditMeetingForm change them;
 * MeetingDraftFile and MinutesExport keep and print them.
 */
class MeetingsView : public QWidget
{
    Q_OBJECT
public:
    MeetingsView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~MeetingsView() override;

    MeetingListModel *meetingModel() const;
    TaskTableModel *taskModel() const;
    AttendanceModel *attendanceModel() const;
    AgendaModel *agendaModel() const;
    SpeechModel *speechModel() const;
    MeetingTaskModel *meetingTaskModel() const;
    QTableView *meetingTable() const;
    QTableView *taskTable() const;
    QComboBox *committeeCombo() const;
    QComboBox *yearFilter() const;
    QComboBox *kindFilter() const;
    QComboBox *statusFilter() const;
    QLineEdit *titleEdit() const;
    QTextEdit *conclusionEdit() const;
    QTableView *attendanceTable() const;
    QTableView *tasksTable() const;
    QListWidget *carriedOverList() const;
    QLineEdit *ownerFilter() const;
    QCheckBox *overdueOnly() const;
    QLabel *messageLabel() const { return m_message; }
    MeetingForm *form() const { return m_form; }
    /** The page shown instead of the form while no meeting is open. */
    QWidget *emptyState() const { return m_empty; }

    /**
     * Whether the signed-in role may change meetings, minutes and tasks (admin, secretary);
     * when not, meetings open read-only and the actions that write are disabled.
     */
    void setEditable(bool editable);

    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *startFromPreviousAction() const { return m_fromPrevious; }
    /** Approves the minutes once the clerk confirms it (approveCurrent() asks nothing). */
    QAction *approveAction() const { return m_approve; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportOdtAction() const { return m_exportOdt; }

    qint64 currentCommitteeId() const;
    void setCurrentCommittee(qint64 id);
    qint64 currentMeetingId() const { return m_meeting.id; }
    /** Opens meeting @p id in the editor (restoring an unsaved draft of it, if any). */
    void setCurrentMeeting(qint64 id);
    /** True while the shown meeting is approved: the editor is read-only. */
    bool isLocked() const;
    /** True when the form differs from what was last saved. */
    bool isModified() const { return m_modified; }

    /** Starts a new draft meeting of the current committee (not yet saved). */
    void newMeeting();
    /**
     * Fills the open draft from the previous meeting of its kind in its committee: the
     * attendance list (those still members), the agenda's titles and the invited guests.
     * One undo step; false with a message when there is no previous meeting.
     */
    bool startFromPrevious();
    /** Saves the form (an undoable command); false with the message shown when refused. */
    bool save();
    bool approveCurrent();
    bool reopenCurrent(const QString &reason);
    /** Exports the saved minutes to @p path (.pdf or .odt). */
    bool exportCurrent(const QString &path);
    /** Paints the saved minutes (print preview). */
    void printCurrent(QPagedPaintDevice *device);

    /** Where the unsaved form of the current meeting is kept. */
    QString draftPath() const;
    /** Writes the draft file now (normally done by a timer while typing). */
    void writeDraft();

    /** Reads everything again from the database (after an undo, say). */
    void reload();

    /**
     * Shows form state @p state of meeting @p uuid: the undo or redo of an EditMeetingForm.
     * Ignored unless that meeting is open and not locked.
     */
    void applyFormState(const QString &uuid, const QJsonObject &state);

public slots:
    /**
     * Shows meeting @p meetingId: selected in the list (its committee chosen, the filters
     * that would hide it cleared) and open in the editor.
     */
    void openMeeting(qint64 meetingId);
    /** Shows task @p taskId selected in the Tasks tab (clearing filters that hide it). */
    void openTask(qint64 taskId);

private:
    void buildUi();
    void createActions();
    void reloadMeetings();
    void showMeeting(const Meeting &m);
    Meeting formMeeting() const;
    void syncFormCommittee();
    void updateActions();
    void markModified(const QString &field);
    void showMessage(const QString &text, bool error = false);
    bool restoreDraft();
    void removeDraft();
    /** Runs @p command and pushes it; false with the message shown when it is refused. */
    /** Saves the edited meeting, asking what to do when someone else changed it meanwhile. */
    bool saveEdited(Meeting after);
    bool execute(DatabaseCommand *command);
    /**
     * Pushes the command @p make builds for the meeting's row version; when the meeting
     * changed since it was read, asks the clerk: Reload shows the stored meeting (false),
     * Overwrite builds the command again for the stored version.
     */
    bool executeChecked(const std::function<DatabaseCommand *(int version)> &make);
    /** Shows @p stored (dropping this workstation's unsaved changes and draft). */
    void showStored(const std::optional<Meeting> &stored);
    /** Reads the current meeting back after a command and shows it with @p message. */
    void showSaved(const QString &message);
    void askReopen();
    void askApprove();
    void showEmptyState();
    QWidget *buildEmptyState(QWidget *parent);
    void clearHidingFilters(const Meeting &m);
    void preview();
    void exportDialog(const QString &suffix);

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    Meeting m_meeting; ///< as last loaded or saved
    bool m_modified = false;
    QJsonObject m_snapshot; ///< the form as last shown or edited, for EditMeetingForm
    bool m_loading = false;
    QTimer *m_draftTimer;

    QTabWidget *m_areaTabs = nullptr;
    MeetingListPane *m_list;
    QStackedWidget *m_editorStack;
    QWidget *m_empty;
    QLabel *m_lockNotice;
    MeetingForm *m_form;
    TasksPane *m_tasks;
    QLabel *m_heading;
    QLabel *m_message;

    bool m_editable = true;
    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_fromPrevious = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportOdt = nullptr;
};

} // namespace thuky
