#pragma once

#include <core/meetings/meeting.h>

#include <QTabWidget>

class QAbstractItemDelegate;
class QAbstractItemModel;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QTextEdit;

namespace thuky {

class AgendaModel;
class AttendanceModel;
class Database;
class MeetingTaskModel;
class SpeechModel;

/**
 * The meeting editor: the meeting's fields, attendance, agenda and speakers, conclusion
 * (rich text), and the tasks it assigns beside the tasks of earlier meetings carried over.
 * It shows a Meeting and reads one back; saving, undo and drafts are the view's business.
 * The chairs, recorder and speakers are picked among the committee's members on the
 * meeting date.
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
    /** Approved minutes are locked: the fields can be read and copied, not changed. */
    void setLocked(bool locked);
    void focusTitle();

    QLineEdit *titleEdit() const { return m_title; }
    QTextEdit *conclusionEdit() const { return m_conclusion; }
    QTableView *attendanceTable() const { return m_attendanceTable; }
    QTableView *agendaTable() const { return m_agendaTable; }
    QTableView *speechTable() const { return m_speechTable; }
    QTableView *tasksTable() const { return m_taskTable; }
    QListWidget *carriedOverList() const { return m_carried; }
    AttendanceModel *attendanceModel() const { return m_attendance; }
    AgendaModel *agendaModel() const { return m_agenda; }
    SpeechModel *speechModel() const { return m_speeches; }
    MeetingTaskModel *taskModel() const { return m_tasks; }

signals:
    /**
     * The clerk changed the form. @p field names what was edited, so that a burst of typing
     * in one field makes one undo step; it is empty for an edit that stands alone.
     */
    void edited(const QString &field);

private:
    QWidget *buildGeneralTab();
    QWidget *buildAttendanceTab();
    QWidget *buildProceedingsTab();
    QWidget *buildConclusionTab();
    QWidget *buildTasksTab();
    QTableView *makeTable(
        QAbstractItemModel *model, const QString &name, int stretchColumn, QWidget *parent);
    void useChoices(QTableView *table, int column, QAbstractItemDelegate *delegate);
    void watchEdits();
    void emitEdited(const QString &field);
    void fillPeople(const QDate &date);
    void showCarriedOver(qint64 meetingId);
    QList<qint64> checkedChairs() const;

    Database &m_db;
    qint64 m_committeeId = 0;
    bool m_loading = false;
    QList<QPair<qint64, QString>> m_people; ///< members on the meeting date (id, name)

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
    AttendanceModel *m_attendance;
    AgendaModel *m_agenda;
    SpeechModel *m_speeches;
    MeetingTaskModel *m_tasks;
    QTableView *m_attendanceTable;
    QTableView *m_agendaTable;
    QTableView *m_speechTable;
    QTableView *m_taskTable;
    QTextEdit *m_conclusion;
    QListWidget *m_carried;
};

} // namespace thuky
