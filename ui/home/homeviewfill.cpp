// HomeView: putting a HomeSummary on the page (the building of the page is in homeview.cpp).

#include <ui/home/homeview.h>

#include <ui/home/homelinklabel.h>
#include <ui/home/homelist.h>

#include <core/text/vndate.h>

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace thuky {

namespace {
QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

/** A summary on one line of a list. */
QString oneLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

void HomeView::showSummary()
{
    const QDate today = m_summary.today;
    m_date->setText(
        QStringLiteral("%1, %2").arg(QLocale().dayName(today.dayOfWeek()), VnDate::display(today)));
    showStartSteps();
    showQuarter();
    showMeetings();
    showWaiting();
    showTasks();
}

void HomeView::showStartSteps()
{
    const HomeSummary &s = m_summary;
    m_startCard->setVisible(!s.hasCommittees || !s.hasReports || !s.hasMeetings);
    m_startIntro->setText(s.isEmpty()
            ? tr("This database holds no records yet. Three steps get you going:")
            : tr("Some of the work has not started yet:"));
    struct Step
    {
        bool done;
        QString target, title, text;
    };
    const QList<Step> steps = {
        { s.hasCommittees, QStringLiteral("area:roster"), tr("1. Set up the organisation"),
            tr("Add your committee, its localities and its members in the Roster.") },
        { s.hasReports, QStringLiteral("area:opinions"), tr("2. Enter or import reports"),
            tr("Type in the collaborators' reports, or import a spreadsheet of them, in Opinion "
               "reports.") },
        { s.hasMeetings,
            m_editable ? QStringLiteral("new:meeting") : QStringLiteral("area:meetings"),
            tr("3. Record a meeting"),
            tr("Enter a meeting, its attendance and conclusions, then print its minutes.") },
    };
    QString html;
    for (const Step &step : steps) {
        const QString done
            = step.done ? QStringLiteral(" &nbsp;✓ <i>%1</i>").arg(tr("done")) : QString();
        html += QStringLiteral("<p><b>%1</b>%2<br>%3</p>")
                    .arg(link(step.target, step.title), done, step.text.toHtmlEscaped());
    }
    m_steps->setLinkText(html);
}

void HomeView::showQuarter()
{
    const HomeSummary &s = m_summary;
    m_quarterCount->setText(number(s.quarterCount));
    m_quarterText->setText(
        tr("reports observed in %1, to %2").arg(quarterName(s.quarter), VnDate::display(s.today)));
    m_previousText->setText(
        tr("%1: %2 in all, %3 by %4")
            .arg(quarterName(s.previousQuarter), number(s.previousQuarterCount),
                number(s.previousQuarterToDate), VnDate::display(s.previousQuarterSameDay())));
    const qint64 change = s.quarterChange();
    const QString plus = change > 0 ? QStringLiteral("+") : QString();
    if (s.previousQuarterToDate > 0) {
        const double percent = 100.0 * double(change) / double(s.previousQuarterToDate);
        m_changeText->setText(
            tr("Change against the same day of the last quarter: %1 (%2%)")
                .arg(plus + number(change), plus + QLocale().toString(percent, 'f', 1)));
    } else {
        m_changeText->setText(
            tr("Change against the same day of the last quarter: %1").arg(plus + number(change)));
    }
}

void HomeView::showMeetings()
{
    const HomeSummary &s = m_summary;
    if (const auto &m = s.nextMeeting) {
        const int days = int(s.today.daysTo(m->date()));
        const QString time = m->start.time().toString(QStringLiteral("HH:mm"));
        const QString when = days == 0
            ? tr("Today at %1").arg(time)
            : tr("%1 at %2, in %n day(s)", nullptr, days).arg(VnDate::display(m->date()), time);
        QStringList where { m->committeeName.toHtmlEscaped() };
        if (!m->place.isEmpty())
            where << m->place.toHtmlEscaped();
        m_nextMeeting->setLinkText(
            QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(link(QStringLiteral("meeting:%1").arg(m->id), m->title), when.toHtmlEscaped(),
                    where.join(QStringLiteral("<br>"))));
    } else {
        QString html = tr("No meeting is planned.").toHtmlEscaped();
        if (m_editable)
            html += QStringLiteral("<br>")
                + link(QStringLiteral("new:meeting"), tr("Plan the next meeting"));
        m_nextMeeting->setLinkText(html);
    }
    m_minutesState->setVisible(s.lastMeeting.has_value());
    if (const auto &m = s.lastMeeting) {
        m_lastMeeting->setLinkText(
            QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(link(QStringLiteral("meeting:%1").arg(m->id), m->title),
                    VnDate::display(m->date()), m->committeeName.toHtmlEscaped()));
        const bool approved = m->isApproved();
        m_minutesState->setProperty("approved", approved);
        m_minutesState->setText(approved
                ? tr("Minutes approved, No. %1").arg(s.lastMinutesNumber)
                : tr("The minutes are still a draft: check and approve them."));
        m_minutesState->setStyleSheet(approved
                ? QStringLiteral("color: #1b5e20;")
                : QStringLiteral("color: #b35c00; font-weight: bold;"));
    } else {
        m_lastMeeting->setLinkText(tr("No meeting has been recorded yet.").toHtmlEscaped());
    }
}

void HomeView::showWaiting()
{
    const HomeSummary &s = m_summary;
    m_waitingHeading->setText(
        tr("Reports waiting longest for an answer (%1)").arg(number(s.waitingCount)));
    m_waitingNote->setText(
        tr("New or forwarded reports observed %n day(s) ago or earlier and not yet answered, the "
           "oldest first.",
            nullptr, s.waitingDays));
    m_waiting->clearRows();
    for (const OpinionReport &r : s.waiting) {
        QString tip = r.summary;
        if (r.forwardedOn.isValid())
            tip += QLatin1Char('\n')
                + tr("Forwarded to %1 on %2").arg(r.agencyName, VnDate::display(r.forwardedOn));
        m_waiting->addRow(r.id,
            { tr("%n day(s)", nullptr, int(r.observedOn.daysTo(s.today))),
                VnDate::display(r.observedOn), r.localityName, r.topicName,
                OpinionCodes::label(OpinionCodes::Field::Status, r.status), oneLine(r.summary) },
            tip);
    }
    m_waitingNote->setVisible(s.hasReports);
    m_waiting->setVisible(!s.waiting.isEmpty());
    m_waitingEmpty->setVisible(s.waiting.isEmpty());
    m_waitingEmpty->setText(s.hasReports
            ? tr("No report has been waiting %n day(s) or more.", nullptr, s.waitingDays)
            : tr("No report has been entered yet."));
}

void HomeView::showTasks()
{
    const HomeSummary &s = m_summary;
    fillTasks(m_overdue, m_overdueEmpty, s.overdue, true);
    m_overdueHeading->setText(tr("Overdue (%1)").arg(number(s.overdueCount)));
    m_overdueEmpty->setText(tr("No task is overdue."));
    fillTasks(m_week, m_weekEmpty, s.dueThisWeek, false);
    m_weekHeading->setText(tr("Due this week, to %1 (%2)")
                               .arg(VnDate::display(s.weekEnd), number(s.dueThisWeekCount)));
    m_weekEmpty->setText(tr("No task is due this week."));
}

void HomeView::fillTasks(HomeList *list, QLabel *empty, const QList<Task> &tasks, bool overdue)
{
    list->clearRows();
    for (const Task &t : tasks) {
        const QString tip = tr("%1\nAssigned at: %2 (%3)")
                                .arg(t.description, t.meetingTitle, VnDate::display(t.meetingDate));
        const QString status = TaskStatuses::label(t.status);
        list->addRow(t.id,
            overdue
                ? QStringList { VnDate::display(t.due),
                    tr("%n day(s)", nullptr, int(t.due.daysTo(m_summary.today))),
                    oneLine(t.description), t.owner }
                : QStringList { VnDate::display(t.due), oneLine(t.description), t.owner, status },
            tip);
    }
    list->setVisible(!tasks.isEmpty());
    empty->setVisible(tasks.isEmpty());
}

} // namespace thuky
