#pragma once

#include <core/home/homesummary.h>

#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace thuky {

class Database;
class HomeLinkLabel;
class HomeList;

/**
 * The home page, the application's first area: this quarter's reports against the last
 * quarter's, the reports waiting longest for an answer, overdue tasks and those due this week,
 * the next and the last meeting with its minutes' state. Every item is a click (or Tab and
 * Enter) away from its record: the view asks for it with a signal and the main window opens
 * the area. On a database that holds nothing yet it says what to do first.
 *
 * It only reads (HomeSummary); it reloads when it is shown and after every change on the undo
 * stack while it is visible.
 */
class HomeView : public QWidget
{
    Q_OBJECT
public:
    HomeView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);

    /** The day the page is computed for; today unless set (tests, screenshots). */
    void setToday(const QDate &today);
    /** Viewers cannot add records: without @p editable the "new" buttons and steps go. */
    void setEditable(bool editable);
    /** What the page shows since the last refresh(). */
    const HomeSummary &summary() const { return m_summary; }

public slots:
    /** Reads the figures again and redraws the page. */
    void refresh();

signals:
    void openReport(qint64 reportId);
    void openTask(qint64 taskId);
    void openMeeting(qint64 meetingId);
    /** Asks for an area: roster, meetings, opinions or charts. */
    void openArea(const QString &name);
    void newMeeting();
    void newReport();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QBoxLayout *buildHeader();
    QFrame *buildStartCard();
    QBoxLayout *buildFigureCards();
    QFrame *buildWaitingCard();
    QFrame *buildTaskCard();
    /**
     * A framed card with a heading and, at the right of it, @p links (rich text); its layout is
     * the frame's QVBoxLayout.
     */
    QFrame *card(const QString &objectName, QLabel **heading, const QString &links = {});
    /** A label whose rich-text links (`report:ID`, `area:NAME`, …) go to followLink(). */
    HomeLinkLabel *linkLabel(const QString &objectName);
    QPushButton *button(const QString &text, const QString &objectName, const QString &link);
    void followLink(const QString &link);

    void showSummary();
    void showStartSteps();
    void showQuarter();
    void showMeetings();
    void showWaiting();
    void showTasks();
    void fillTasks(HomeList *list, QLabel *empty, const QList<Task> &tasks, bool overdue);
    /** `Quý IV/2026` in Vietnamese, `Q4 2026` in English. */
    static QString quarterName(const ReportPeriod &quarter);
    static QString number(qint64 n);

    Database &m_db;
    QUndoStack *m_undo;
    QDate m_today;
    bool m_editable = true;
    HomeSummary m_summary;

    QLabel *m_date = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_newReport = nullptr;
    QPushButton *m_newMeeting = nullptr;
    QFrame *m_startCard = nullptr;
    QLabel *m_startIntro = nullptr;
    HomeLinkLabel *m_steps = nullptr;
    QLabel *m_quarterCount = nullptr;
    QLabel *m_quarterText = nullptr;
    QLabel *m_previousText = nullptr;
    QLabel *m_changeText = nullptr;
    HomeLinkLabel *m_nextMeeting = nullptr;
    HomeLinkLabel *m_lastMeeting = nullptr;
    QLabel *m_minutesState = nullptr;
    QLabel *m_waitingHeading = nullptr;
    QLabel *m_waitingNote = nullptr;
    QLabel *m_waitingEmpty = nullptr;
    HomeList *m_waiting = nullptr;
    QLabel *m_overdueHeading = nullptr;
    QLabel *m_overdueEmpty = nullptr;
    HomeList *m_overdue = nullptr;
    QLabel *m_weekHeading = nullptr;
    QLabel *m_weekEmpty = nullptr;
    HomeList *m_week = nullptr;
};

} // namespace thuky
