#pragma once

#include <core/meetings/meeting.h>

#include <QJsonObject>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPagedPaintDevice;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextEdit;
class QTimer;
class QUndoStack;

namespace thuky {

class Database;
class MeetingListModel;
class TaskTableModel;

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
 */
class MeetingsView : public QWidget
{
    Q_OBJECT
public:
    MeetingsView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~MeetingsView() override;

    MeetingListModel *meetingModel() const { return m_meetingModel; }
    TaskTableModel *taskModel() const { return m_taskModel; }
    QTableView *meetingTable() const { return m_meetingTable; }
    QTableView *taskTable() const { return m_taskTable; }
    QComboBox *committeeCombo() const { return m_committee; }
    QComboBox *yearFilter() const { return m_yearFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *titleEdit() const { return m_title; }
    QTextEdit *conclusionEdit() const { return m_conclusion; }
    QTableWidget *attendanceTable() const { return m_attendance; }
    QTableWidget *tasksTable() const { return m_tasks; }
    QListWidget *carriedOverList() const { return m_carried; }
    QLineEdit *ownerFilter() const { return m_ownerFilter; }
    QCheckBox *overdueOnly() const { return m_overdueOnly; }
    QLabel *messageLabel() const { return m_message; }

    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
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

private:
    friend class EditMeetingForm;
    /** Shows a form state recorded by an EditMeetingForm command (its undo/redo). */
    void applyFormSnapshot(const QJsonObject &snapshot);

    void buildUi();
    QWidget *buildEditor();
    QWidget *buildTasksTab();
    void createActions();
    void reloadMeetings();
    void reloadTasks();
    void showMeeting(const Meeting &m);
    Meeting formMeeting() const;
    void fillPeople(const QDate &date);
    void prefillAttendance();
    void addAttendanceRow(const Attendance &a);
    void addSpeakerRow(const Speech &s);
    void addTaskRow(const Task &t);
    void updateActions();
    void setLocked(bool locked);
    void markModified();
    void showMessage(const QString &text, bool error = false);
    bool restoreDraft();
    void removeDraft();
    void askReopen();
    void preview();
    void exportDialog(const QString &suffix);
    void changeTaskStatus();

    Database &m_db;
    QUndoStack *m_undo;
    MeetingListModel *m_meetingModel;
    TaskTableModel *m_taskModel;
    Meeting m_meeting; ///< as last loaded or saved
    QList<QPair<qint64, QString>> m_people; ///< members on the meeting date (id, name)
    bool m_modified = false;
    QJsonObject m_snapshot; ///< the form as last shown or edited, for EditMeetingForm
    bool m_loading = false;
    QTimer *m_draftTimer;

    QTabWidget *m_areaTabs;
    QComboBox *m_committee;
    QComboBox *m_yearFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QTableView *m_meetingTable;
    QLabel *m_heading;
    QLabel *m_message;
    QTabWidget *m_editorTabs;
    QComboBox *m_kind;
    QLineEdit *m_period;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_place;
    QPlainTextEdit *m_bridges;
    QPlainTextEdit *m_guests;
    QPlainTextEdit *m_documents;
    QListWidget *m_chairs;
    QComboBox *m_secretary;
    QTableWidget *m_attendance;
    QTableWidget *m_agenda;
    QTableWidget *m_speeches;
    QTextEdit *m_conclusion;
    QTableWidget *m_tasks;
    QListWidget *m_carried;

    QTableView *m_taskTable;
    QLineEdit *m_ownerFilter;
    QComboBox *m_taskStatusFilter;
    QCheckBox *m_overdueOnly;

    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportOdt = nullptr;
    QAction *m_taskDone = nullptr;
};

} // namespace thuky
