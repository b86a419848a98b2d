#include <core/home/homesummary.h>

#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>
#include <core/opinions/opinionrepository.h>
#include <core/text/vndate.h>

#include <QSqlQuery>

#include <algorithm>

namespace thuky {

namespace {

/** The first rows of a list (id and sort value) and how many rows the whole list has. */
struct Head
{
    QList<QPair<QString, qint64>> rows;
    qint64 count = 0;
};

/**
 * COUNT(*) of `FROM @p table WHERE @p where`, and the ids of its first @p limit rows by
 * @p sortColumn then id. Each query is a range of an index whose leading columns are the
 * equality and the range of @p where (opinions_status, tasks_status), so neither reads more
 * than its range, nor sorts more than the LIMIT.
 */
Head head(Database &db, const QString &table, const QString &where, const QVariantList &values,
    const QString &sortColumn, int limit)
{
    Head h;
    h.count
        = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where), values)
              .toLongLong();
    if (h.count == 0 || limit <= 0)
        return h;
    QVariantList bound = values;
    bound << limit;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, %3 FROM %1 WHERE %2 ORDER BY %3, id LIMIT ?")
                              .arg(table, where, sortColumn),
        bound);
    while (q.next())
        h.rows.append({ q.value(1).toString(), q.value(0).toLongLong() });
    return h;
}

bool hasAny(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)).isValid();
}

QString setting(Database &db, const QString &key)
{
    return db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key })
        .toString()
        .trimmed();
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

/** The oldest new and the oldest forwarded reports, merged by date: the oldest of both. */
void loadWaiting(Database &db, HomeSummary &s, int limit)
{
    const QString cutoff = VnDate::iso(s.today.addDays(-s.waitingDays));
    QList<QPair<QString, qint64>> rows;
    for (const char *status : { "new", "forwarded" }) {
        const Head h = head(db, QStringLiteral("opinions"),
            QStringLiteral("status = ? AND observed_on <= ?"),
            { QString::fromLatin1(status), cutoff }, QStringLiteral("observed_on"), limit);
        rows += h.rows;
        s.waitingCount += h.count;
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
    const QString open = QStringLiteral("status IN ('open','in_progress') AND ");
    const QString today = VnDate::iso(s.today);
    const Head overdue = head(db, QStringLiteral("tasks"), open + QStringLiteral("due_date < ?"),
        { today }, QStringLiteral("due_date"), limit);
    s.overdue = tasksOf(db, overdue);
    s.overdueCount = overdue.count;
    const Head week = head(db, QStringLiteral("tasks"),
        open + QStringLiteral("due_date >= ? AND due_date <= ?"), { today, VnDate::iso(s.weekEnd) },
        QStringLiteral("due_date"), limit);
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
        const QString suffix = setting(db, QStringLiteral("minutes.number_suffix"));
        s.lastMinutesNumber = QStringLiteral("%1-%2")
                                  .arg(s.lastMeeting->number)
                                  .arg(suffix.isEmpty() ? QStringLiteral("BB/BCĐ") : suffix);
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
    bool ok = false;
    const int days = setting(db, waitingDaysKey()).toInt(&ok);
    return ok && days > 0 ? days : DefaultWaitingDays;
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
