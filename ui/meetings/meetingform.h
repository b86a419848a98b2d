#pragma once

#include <core/meetings/meeting.h>
#include <core/roster/roster.h>

#include <QTabWidget>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextEdit;
class QTimeEdit;

namespace thuky {

class AgendaModel;
class AttendanceModel;
class Database;
class DateField;
class EntryTable;
class MeetingTaskModel;
class SpeechModel;

/**
 * The meeting editor: the meeting's fields, attendance, agenda and speakers, conclusion
 * (rich text), and the tasks it assigns beside the tasks of earlier meetings carried over.
 * It shows a Meeting and reads one back; saving, undo and drafts are the view's business.
 * The chairs and recorder are picked among the committee's members on the meeting date;
 * speakers and presenters among the whole roster (members first), or typed as guests.
 *
 * Everything is reachable from the keyboard: Tab follows the screen, Ctrl+PgDown and
 * Ctrl+PgUp turn the tabs (the cursor lands in the tab's first field), and the tables are
 * EntryTables. The suggested title follows the kind and the period until the clerk types
 * a title of their own.
 */
class MeetingForm : public QTabWidget
{
    Q_OBJECT
public:
    explicit MeetingForm(Database &db, QWidget *parent = nullptr);

    /** The committee whose members the form offers (used until a meeting names its own). */
    void setCommittee(qint64 committeeId) { m_committeeId = committeeId; }
    /** Shows @p meeting; a saved one also lists the tasks carried over to it. */
    void showMeeting(const Meeting &meeting);
    /** @p base with the form's fields; rows left blank are dropped. */
    Meeting meeting(const Meeting &base) const;
    /** Replaces the attendance with the committee's official delegates on the meeting date. */
    void prefillAttendance();
    /** Keeps what is typed in a table cell still being edited (before the form is read). */
    void commitEdits();
    /** Approved minutes are locked: the fields can be read and copied, not changed. */
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    /** Shows the first tab with the cursor in its first field (the kind). */
    void focusFirstField();
    void focusTitle();

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *periodEdit() const { return m_period; }
    QComboBox *kindCombo() const { return m_kind; }
    DateField *dateEdit() const { return m_date; }
    QLabel *idLabel() const { return m_id; }
    QTextEdit *conclusionEdit() const { return m_conclusion; }
    QTableView *attendanceTable() const;
    QTableView *agendaTable() const;
    QTableView *speechTable() const;
    QTableView *tasksTable() const;
    QListWidget *carriedOverList() const { return m_carried; }
    AttendanceModel *attendanceModel() const { return m_attendance; }
    AgendaModel *agendaModel() const { return m_agenda; }
    SpeechModel *speechModel() const { return m_speeches; }
    MeetingTaskModel *taskModel() const { return m_tasks; }
    /** The persons speakers and presenters are picked from: members first, then the roster. */
    const QList<Person> &persons() const { return m_persons; }

signals:
    /**
     * The clerk changed the form. @p field names what was edited, so that a burst of typing
     * in one field makes one undo step; it is empty for an edit that stands alone.
     */
    void edited(const QString &field);

private:
    QWidget *buildGeneralTab();
    void buildTimeFields(QWidget *parent);
    void buildListFields(QWidget *parent);
    void describeGeneralFields();
    QWidget *buildAttendanceTab();
    QWidget *buildProceedingsTab();
    QWidget *buildConclusionTab();
    QWidget *buildTasksTab();
    QPushButton *rowButton(
        const QString &text, const QString &name, const QString &tip, QWidget *parent) const;
    QWidget *tablePage(EntryTable *table, const QList<QPushButton *> &buttons, QWidget *page);
    void addTabKeys();
    void followTitle();
    void watchEdits();
    void emitEdited(const QString &field);
    void fillPeople(const QDate &date);
    void showCarriedOver(qint64 meetingId);
    QList<qint64> checkedChairs() const;
    QString suggestedTitle() const;

    Database &m_db;
    qint64 m_committeeId = 0;
    bool m_loading = false;
    bool m_locked = false;
    bool m_titleFollows = true; ///< the title is the suggested one: it follows kind and period
    int m_endDays = 0; ///< days from the start to the end (a meeting over several days)
    QList<Person> m_persons; ///< speakers and presenters to pick from
    QList<Person> m_memberPersons; ///< attendees to add
    QList<QWidget *> m_firstFields; ///< the field each tab's cursor lands in

    QLabel *m_id;
    QComboBox *m_kind;
    QLineEdit *m_period;
    QLineEdit *m_title;
    DateField *m_date;
    QTimeEdit *m_startTime;
    QTimeEdit *m_endTime;
    QLineEdit *m_place;
    QPlainTextEdit *m_bridges;
    QPlainTextEdit *m_guests;
    QPlainTextEdit *m_documents;
    QListWidget *m_chairs;
    QComboBox *m_secretary;
    AttendanceModel *m_attendance;
    AgendaModel *m_agenda;
    SpeechModel *m_speeches;
    MeetingTaskModel *m_tasks;
    EntryTable *m_attendanceTable;
    EntryTable *m_agendaTable;
    EntryTable *m_speechTable;
    EntryTable *m_taskTable;
    QTextEdit *m_conclusion;
    QListWidget *m_carried;
};

} // namespace thuky
