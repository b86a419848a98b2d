#include <core/home/homesummary.h>

#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/db/sqlvalue.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>
#include <core/opinions/opinionrepository.h>
#include <core/text/vndate.h>

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace thuky {

namespace {

using Rows = QList<QPair<QString, qint64>>;

/** The rows of @p select, which selects an id and a sort value: (sort value, id) pairs. */
Rows idRows(Database &db, const QString &select, const QVariantList &values)
{
    QSqlQuery q = db.exec(select, values);
    Rows rows;
    while (q.next())
        rows.append({ q.value(1).toString(), q.value(0).toLongLong() });
    return rows;
}

/** The first rows of a list (sort value and id) and how many rows the whole list has. */
struct Head
{
    Rows rows;
    qint64 count = 0;
};

/**
 * COUNT(*) of the tasks matching @p where, and the ids of the first @p limit by due date. Both
 * are a range of tasks_status (status, due_date), so neither reads more than its range.
 */
Head taskHead(Database &db, const QString &where, const QVariantList &values, int limit)
{
    const QString open = QStringLiteral("status IN ('open','in_progress') AND ") + where;
    Head h;
    h.count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE ") + open, values)
                  .toLongLong();
    if (h.count > 0)
        h.rows = idRows(db,
            QStringLiteral("SELECT id, due_date FROM tasks WHERE %1 ORDER BY due_date, id LIMIT ?")
                .arg(open),
            values + QVariantList { limit });
    return h;
}

bool hasAny(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)).isValid();
}

/** Reports observed from @p first to @p last: a range of the opinions_filter index. */
qint64 countObserved(Database &db, const QDate &first, const QDate &last)
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM opinions WHERE observed_on >= ? AND "
                               "observed_on <= ?"),
            { VnDate::iso(first), VnDate::iso(last) })
        .toLongLong();
}

void loadQuarters(Database &db, HomeSummary &s)
{
    s.quarter = ReportPeriod::containing(ReportPeriod::Quarter, s.today);
    s.previousQuarter = s.quarter.previous();
    // Date ranges rather than GROUP BY quarter: on a million reports the range counts of the
    // date index take a quarter of the time of the quarter index's grouped count.
    s.quarterCount = countObserved(db, s.quarter.first, s.quarter.last);
    s.previousQuarterCount = countObserved(db, s.previousQuarter.first, s.previousQuarter.last);
    s.previousQuarterToDate
        = countObserved(db, s.previousQuarter.first, s.previousQuarterSameDay());
}

/**
 * The @p limit oldest reports in @p status observed on or before @p cutoff: a walk of
 * opinions_status (status, observed_on). Written as a row-value range ordered by status too, so
 * that PostgreSQL takes that index: by the date alone it walks opinions_filter from the first
 * report ever (70 ms on a million reports instead of 0.2).
 */
Rows oldest(Database &db, const QString &status, const QString &cutoff, int limit)
{
    return idRows(db,
        QStringLiteral("SELECT id, observed_on FROM opinions WHERE (status, observed_on) > (?, '') "
                       "AND (status, observed_on) <= (?, ?) ORDER BY status, observed_on, id "
                       "LIMIT ?"),
        { status, status, cutoff, limit });
}

/** The oldest new and the oldest forwarded reports, merged by date: the oldest of both. */
void loadWaiting(Database &db, HomeSummary &s, int limit)
{
    const QString cutoff = VnDate::iso(s.today.addDays(-s.waitingDays));
    Rows rows;
    for (const char *code : { "new", "forwarded" }) {
        const QString status = QString::fromLatin1(code);
        // The plain form counts fastest: an index-only range of opinions_status on both.
        s.waitingCount += db.scalar(QStringLiteral("SELECT COUNT(*) FROM opinions WHERE status = ? "
                                                   "AND observed_on <= ?"),
                                { status, cutoff })
                              .toLongLong();
        rows += oldest(db, status, cutoff, limit);
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int i = 0; i < rows.size() && i < limit; ++i)
        ids << rows.at(i).second;
    s.waiting = OpinionRepository(db).reports(ids);
}

QList<Task> tasksOf(Database &db, const Head &h)
{
    TaskRepository repo(db);
    QList<Task> out;
    for (const auto &row : h.rows) {
        if (const std::optional<Task> t = repo.task(row.second))
            out << *t;
    }
    return out;
}

void loadTasks(Database &db, HomeSummary &s, int limit)
{
    const QString today = VnDate::iso(s.today);
    const Head overdue = taskHead(db, QStringLiteral("due_date < ?"), { today }, limit);
    s.overdue = tasksOf(db, overdue);
    s.overdueCount = overdue.count;
    const Head week = taskHead(db, QStringLiteral("due_date >= ? AND due_date <= ?"),
        { today, VnDate::iso(s.weekEnd) }, limit);
    s.dueThisWeek = tasksOf(db, week);
    s.dueThisWeekCount = week.count;
}

std::optional<Meeting> meetingWhere(Database &db, const QString &whereAndOrder, const QDate &day)
{
    const QVariant id
        = db.scalar(QStringLiteral("SELECT id FROM meetings WHERE %1 LIMIT 1").arg(whereAndOrder),
            { VnDate::iso(day) });
    if (!id.isValid())
        return std::nullopt;
    return MeetingRepository(db).meeting(id.toLongLong());
}

void loadMeetings(Database &db, HomeSummary &s)
{
    // starts_at is `YYYY-MM-DDTHH:MM:SS`: any time of today sorts after the bare date.
    s.nextMeeting
        = meetingWhere(db, QStringLiteral("starts_at >= ? ORDER BY starts_at, id"), s.today);
    s.lastMeeting = meetingWhere(
        db, QStringLiteral("starts_at < ? ORDER BY starts_at DESC, id DESC"), s.today);
    if (s.lastMeeting && s.lastMeeting->isApproved()) {
        s.lastMinutesNumber
            = QStringLiteral("%1-%2")
                  .arg(s.lastMeeting->number)
                  .arg(SettingsRepository(db).value(QLatin1String(SettingsRepository::NumberSuffix),
                      SettingsRepository::defaultNumberSuffix()));
    }
}

} // namespace

QDate HomeSummary::previousQuarterSameDay() const
{
    const QDate same = previousQuarter.first.addDays(quarter.first.daysTo(today));
    return std::min(same, previousQuarter.last);
}

int HomeSummary::waitingDaysSetting(Database &db)
{
    return SettingsRepository(db).number(
        waitingDaysKey(), DefaultWaitingDays, 1, std::numeric_limits<int>::max());
}

HomeSummary HomeSummary::load(Database &db, const QDate &today, int waitingDays, int listLimit)
{
    HomeSummary s;
    s.today = today;
    s.waitingDays = waitingDays > 0 ? waitingDays : waitingDaysSetting(db);
    s.weekEnd = today.addDays(7 - today.dayOfWeek());
    s.hasCommittees = hasAny(db, QStringLiteral("committees"));
    s.hasReports = hasAny(db, QStringLiteral("opinions"));
    s.hasMeetings = hasAny(db, QStringLiteral("meetings"));
    loadQuarters(db, s);
    if (s.hasReports)
        loadWaiting(db, s, listLimit);
    if (s.hasMeetings) {
        loadTasks(db, s, listLimit);
        loadMeetings(db, s);
    }
    return s;
}

} // namespace thuky
