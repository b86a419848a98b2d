#pragma once

#include <core/db/settingsrepository.h>
#include <core/meetings/meeting.h>
#include <core/opinions/opinion.h>
#include <core/reports/reportperiod.h>

#include <QDate>
#include <QList>

#include <optional>

namespace thuky {

class Database;

/**
 * What the home page shows: the figures of the quarter, the reports waiting longest for an
 * answer, the tasks to chase, the next and the last meeting, and whether the database holds
 * anything yet. Every figure is a COUNT over an index range and every list a LIMIT over an
 * index, so no more rows are read than are shown: on a million reports (the demo data set) it
 * takes about 40 ms on SQLite and 90 ms on PostgreSQL, warm.
 */
struct HomeSummary
{
    /** The settings key of the days after which an unanswered report counts as waiting. */
    static QString waitingDaysKey() { return QLatin1String(SettingsRepository::WaitingDays); }
    static constexpr int DefaultWaitingDays = SettingsRepository::DefaultWaitingDays;
    /** How many items each list shows at most. */
    static constexpr int DefaultListLimit = 8;

    QDate today;
    int waitingDays = DefaultWaitingDays;

    ReportPeriod quarter; ///< the quarter containing today
    ReportPeriod previousQuarter;
    qint64 quarterCount = 0; ///< reports observed in this quarter
    qint64 previousQuarterCount = 0; ///< reports observed in the whole previous quarter
    /** Reports of the previous quarter up to the same day of the quarter as today. */
    qint64 previousQuarterToDate = 0;

    /**
     * Reports still new or forwarded (not answered) that were observed @ref waitingDays days
     * ago or earlier, oldest first; days are counted from the observation, as the response
     * times of the charts are.
     */
    QList<OpinionReport> waiting;
    qint64 waitingCount = 0; ///< all of them, not only those listed

    QDate weekEnd; ///< the Sunday of today's week
    /** Open or in-progress tasks due before today, most overdue first. */
    QList<Task> overdue;
    qint64 overdueCount = 0;
    /** Open or in-progress tasks due from today to the end of the week, soonest first. */
    QList<Task> dueThisWeek;
    qint64 dueThisWeekCount = 0;

    /** The first meeting on or after today (a meeting today is the next one). */
    std::optional<Meeting> nextMeeting;
    /** The latest meeting before today, with its minutes' status and number. */
    std::optional<Meeting> lastMeeting;
    /** The minutes number of the last meeting as printed ("12-BB/BCĐ"); empty for a draft. */
    QString lastMinutesNumber;

    bool hasCommittees = false;
    bool hasReports = false;
    bool hasMeetings = false;

    /** No committee, no report and no meeting: the page says what to do first. */
    bool isEmpty() const { return !hasCommittees && !hasReports && !hasMeetings; }
    /** This quarter's count against the previous quarter's by the same day. */
    qint64 quarterChange() const { return quarterCount - previousQuarterToDate; }
    /** The day of today's quarter mapped into the previous quarter (its last day at most). */
    QDate previousQuarterSameDay() const;

    /**
     * Reads the summary as of @p today. @p waitingDays < 1 reads the setting
     * (waitingDaysSetting()). Throws DbError when the database cannot be read.
     */
    static HomeSummary load(
        Database &db, const QDate &today, int waitingDays = 0, int listLimit = DefaultListLimit);
    /** The `home/waiting_days` setting, DefaultWaitingDays when unset or not a positive number. */
    static int waitingDaysSetting(Database &db);
};

} // namespace thuky
