// The home page's figures against hand-counted expectations, on SQLite and PostgreSQL: the
// quarter's count against the last quarter's, the reports waiting longest (which statuses, the
// waiting-days boundary and setting, the order), overdue and due-this-week tasks at their
// boundaries, the next and the last meeting, and an empty database.

#include "homefixture.h"

#include <core/home/homesummary.h>

#include <QTest>

using namespace thuky;

namespace {
// A Wednesday in the fourth quarter: the quarter began 48 days earlier, the week ends on 22/11.
const QDate today(2026, 11, 18);
} // namespace

class TestHomeSummary : public QObject, private test::HomeFixture
{
    Q_OBJECT
private slots:
    void emptyDatabase_data() { test::addBackendRows(); }
    void emptyDatabase();
    void quarterAgainstLastQuarter_data() { test::addBackendRows(); }
    void quarterAgainstLastQuarter();
    void sameDayOfTheLastQuarter();
    void waitingOldestFirst_data() { test::addBackendRows(); }
    void waitingOldestFirst();
    void waitingDaysFromTheSettings_data() { test::addBackendRows(); }
    void waitingDaysFromTheSettings();
    void overdueAndDueThisWeek_data() { test::addBackendRows(); }
    void overdueAndDueThisWeek();
    void nextAndLastMeeting_data() { test::addBackendRows(); }
    void nextAndLastMeeting();

private:
    QString backend() const;
};

QString TestHomeSummary::backend() const
{
    return QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql"
        ? QStringLiteral("postgresql")
        : QStringLiteral("sqlite");
}

void TestHomeSummary::emptyDatabase()
{
    openEmpty(backend());
    HomeSummary s = HomeSummary::load(*m_db, today);
    QVERIFY(s.isEmpty());
    QCOMPARE(s.waitingDays, 14);
    QCOMPARE(s.quarter.code(), QStringLiteral("2026-Q4"));
    QCOMPARE(s.previousQuarter.code(), QStringLiteral("2026-Q3"));
    QCOMPARE(s.quarterCount, 0);
    QCOMPARE(s.previousQuarterCount, 0);
    QCOMPARE(s.waitingCount, 0);
    QCOMPARE(s.overdueCount, 0);
    QVERIFY(!s.nextMeeting);
    QVERIFY(!s.lastMeeting);

    // A committee alone: no longer empty, but still no reports and no meetings.
    open(backend());
    s = HomeSummary::load(*m_db, today);
    QVERIFY(!s.isEmpty());
    QVERIFY(s.hasCommittees);
    QVERIFY(!s.hasReports);
    QVERIFY(!s.hasMeetings);
    addReport(QDate(2026, 11, 1));
    QVERIFY(HomeSummary::load(*m_db, today).hasReports);
}

void TestHomeSummary::quarterAgainstLastQuarter()
{
    open(backend());
    // This quarter: 3 (one dated later in the quarter still counts).
    for (const QDate &d : { QDate(2026, 10, 1), QDate(2026, 11, 18), QDate(2026, 12, 30) })
        addReport(d, QStringLiteral("closed"));
    // Last quarter: 4 in all, 2 by the same day (18/08, the 49th day, included).
    for (const QDate &d :
        { QDate(2026, 7, 1), QDate(2026, 8, 18), QDate(2026, 8, 19), QDate(2026, 9, 30) })
        addReport(d, QStringLiteral("closed"));
    addReport(QDate(2026, 6, 30), QStringLiteral("closed")); // the quarter before: not counted
    const HomeSummary s = HomeSummary::load(*m_db, today);
    QCOMPARE(s.quarterCount, 3);
    QCOMPARE(s.previousQuarterCount, 4);
    QCOMPARE(s.previousQuarterSameDay(), QDate(2026, 8, 18));
    QCOMPARE(s.previousQuarterToDate, 2);
    QCOMPARE(s.quarterChange(), 1);
    QCOMPARE(s.waitingCount, 0); // every one of them is closed
}

void TestHomeSummary::sameDayOfTheLastQuarter()
{
    auto sameDay = [](const QDate &day) {
        HomeSummary s;
        s.today = day;
        s.quarter = ReportPeriod::containing(ReportPeriod::Quarter, day);
        s.previousQuarter = s.quarter.previous();
        return s.previousQuarterSameDay();
    };
    QCOMPARE(sameDay(QDate(2026, 10, 1)), QDate(2026, 7, 1));
    QCOMPARE(sameDay(QDate(2026, 12, 31)), QDate(2026, 9, 30)); // day 92 of both
    QCOMPARE(sameDay(QDate(2026, 5, 31)), QDate(2026, 3, 2)); // day 61
    // Day 91 of the second quarter has no twin in a 90-day first quarter: its last day stands in.
    QCOMPARE(sameDay(QDate(2026, 6, 30)), QDate(2026, 3, 31));
}

void TestHomeSummary::waitingOldestFirst()
{
    open(backend());
    const qint64 onTheDay = addReport(QDate(2026, 11, 4)); // 14 days: waiting
    addReport(QDate(2026, 11, 5)); // 13 days: not yet
    const qint64 forwardedOld = addReport(QDate(2026, 9, 1), QStringLiteral("forwarded"));
    addReport(QDate(2026, 8, 1), QStringLiteral("answered"));
    addReport(QDate(2026, 7, 1), QStringLiteral("resolved"));
    addReport(QDate(2026, 6, 1), QStringLiteral("closed"));
    const qint64 newOld = addReport(QDate(2026, 10, 10));
    const qint64 forwarded = addReport(QDate(2026, 10, 20), QStringLiteral("forwarded"));

    HomeSummary s = HomeSummary::load(*m_db, today, 14);
    QCOMPARE(s.waitingCount, 4);
    QList<qint64> ids;
    for (const OpinionReport &r : s.waiting)
        ids << r.id;
    QCOMPARE(ids, QList<qint64>({ forwardedOld, newOld, forwarded, onTheDay }));
    const OpinionReport &oldest = s.waiting.first();
    QCOMPARE(oldest.observedOn.daysTo(today), 78);
    QCOMPARE(oldest.localityName, QStringLiteral("Tri Tôn"));
    QCOMPARE(oldest.topicName, QStringLiteral("Đất đai"));
    QCOMPARE(oldest.agencyName, QStringLiteral("Sở Tài nguyên và Môi trường"));
    QCOMPARE(oldest.status, QStringLiteral("forwarded"));

    // A short list keeps the oldest, and the count still counts them all.
    s = HomeSummary::load(*m_db, today, 14, 2);
    QCOMPARE(s.waiting.size(), 2);
    QCOMPARE(s.waiting.at(1).id, newOld);
    QCOMPARE(s.waitingCount, 4);
}

void TestHomeSummary::waitingDaysFromTheSettings()
{
    open(backend());
    addReport(QDate(2026, 9, 1), QStringLiteral("forwarded"));
    addReport(QDate(2026, 10, 10));
    addReport(QDate(2026, 10, 19)); // exactly 30 days
    addReport(QDate(2026, 10, 20)); // 29 days
    QCOMPARE(HomeSummary::load(*m_db, today).waitingCount, 4); // 14 by default

    setSetting(HomeSummary::waitingDaysKey(), QStringLiteral("30"));
    QCOMPARE(HomeSummary::waitingDaysSetting(*m_db), 30);
    HomeSummary s = HomeSummary::load(*m_db, today);
    QCOMPARE(s.waitingDays, 30);
    QCOMPARE(s.waitingCount, 3);
    QCOMPARE(s.waiting.last().observedOn, QDate(2026, 10, 19));
    // A caller's figure wins over the setting.
    QCOMPARE(HomeSummary::load(*m_db, today, 60).waitingCount, 1);

    for (const char *bad : { "abc", "0", "-3", "" }) {
        setSetting(HomeSummary::waitingDaysKey(), QString::fromLatin1(bad));
        QCOMPARE(HomeSummary::waitingDaysSetting(*m_db), 14);
    }
}

void TestHomeSummary::overdueAndDueThisWeek()
{
    open(backend());
    addMeeting(QDateTime(QDate(2026, 10, 1), QTime(8, 0)), QStringLiteral("Giao ban quý III"),
        { QDate(2026, 11, 17), QDate(2026, 11, 1), QDate(2026, 11, 10), QDate(2026, 11, 18),
            QDate(2026, 11, 22), QDate(2026, 11, 23), QDate(), QDate(2026, 11, 5) },
        { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"),
            QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("open"),
            QStringLiteral("open"), QStringLiteral("cancelled") });
    const QList<Task> tasks = m_tasks;
    const HomeSummary s = HomeSummary::load(*m_db, today);
    QCOMPARE(s.weekEnd, QDate(2026, 11, 22));
    // Overdue: due before today and still open or in progress, the most overdue first.
    QCOMPARE(s.overdueCount, 2);
    QCOMPARE(s.overdue.size(), 2);
    QCOMPARE(s.overdue.at(0).id, tasks.at(1).id);
    QCOMPARE(s.overdue.at(1).id, tasks.at(0).id);
    QCOMPARE(s.overdue.at(0).meetingTitle, QStringLiteral("Giao ban quý III"));
    // This week: today and Sunday included, Monday not; no due date never counts.
    QCOMPARE(s.dueThisWeekCount, 2);
    QCOMPARE(s.dueThisWeek.at(0).id, tasks.at(3).id);
    QCOMPARE(s.dueThisWeek.at(1).id, tasks.at(4).id);

    // On the Sunday, Monday's task is next week's still; today's is not overdue.
    const HomeSummary sunday = HomeSummary::load(*m_db, QDate(2026, 11, 22));
    QCOMPARE(sunday.weekEnd, QDate(2026, 11, 22));
    QCOMPARE(sunday.overdueCount, 3);
    QCOMPARE(sunday.dueThisWeekCount, 1);
}

void TestHomeSummary::nextAndLastMeeting()
{
    open(backend());
    addMeeting(QDateTime(QDate(2026, 10, 1), QTime(8, 0)), QStringLiteral("Quý III"));
    const qint64 approved
        = addMeeting(QDateTime(QDate(2026, 11, 10), QTime(9, 0)), QStringLiteral("Chuyên đề"));
    const qint64 later
        = addMeeting(QDateTime(QDate(2026, 12, 1), QTime(8, 0)), QStringLiteral("Sau"));
    const qint64 todays
        = addMeeting(QDateTime(QDate(2026, 11, 18), QTime(14, 0)), QStringLiteral("Hôm nay"));
    QCOMPARE(MeetingRepository(*m_db).approve(approved), 1);

    HomeSummary s = HomeSummary::load(*m_db, today);
    QVERIFY(s.nextMeeting && s.lastMeeting);
    QCOMPARE(s.nextMeeting->id, todays); // a meeting today is the next one
    QCOMPARE(s.lastMeeting->id, approved);
    QVERIFY(s.lastMeeting->isApproved());
    QCOMPARE(s.lastMinutesNumber, QStringLiteral("1-BB/BCĐ"));
    QCOMPARE(s.lastMeeting->committeeName, QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn"));

    // The day after: today's meeting is the last one, its minutes a draft.
    s = HomeSummary::load(*m_db, today.addDays(1));
    QCOMPARE(s.nextMeeting->id, later);
    QCOMPARE(s.lastMeeting->id, todays);
    QVERIFY(!s.lastMeeting->isApproved());
    QVERIFY(s.lastMinutesNumber.isEmpty());
    // After the last meeting of all: nothing next.
    s = HomeSummary::load(*m_db, QDate(2026, 12, 2));
    QVERIFY(!s.nextMeeting);
    QCOMPARE(s.lastMeeting->id, later);
}

QTEST_GUILESS_MAIN(TestHomeSummary)
#include "tst_homesummary.moc"
