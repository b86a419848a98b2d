// Meetings: attendance as of the meeting date, validation, approval numbering, the lock and
// the audited reopen, task carry-over and the task filters.

#include <common/testdb.h>
#include <core/db/conflict.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>
#include <core/roster/rosterrepository.h>

#include <QSqlQuery>
#include <QTest>

using namespace thuky;

class TestMeetingRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void attendanceAsOfDateAfterReorganisation_data() { test::addBackendRows(); }
    void attendanceAsOfDateAfterReorganisation();
    void createAndReadBack_data() { test::addBackendRows(); }
    void createAndReadBack();
    void idByUuid_data() { test::addBackendRows(); }
    void idByUuid();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void numberingPerCommitteeAndYear_data() { test::addBackendRows(); }
    void numberingPerCommitteeAndYear();
    void approvedMinutesAreLockedAndReopenIsAudited_data() { test::addBackendRows(); }
    void approvedMinutesAreLockedAndReopenIsAudited();
    void updateKeepsTaskIds_data() { test::addBackendRows(); }
    void updateKeepsTaskIds();
    void openTasksCarryOver_data() { test::addBackendRows(); }
    void openTasksCarryOver();
    void taskFilters_data() { test::addBackendRows(); }
    void taskFilters();
    void previousMeetingAndItsAttendance_data() { test::addBackendRows(); }
    void previousMeetingAndItsAttendance();

private:
    qint64 person(const QString &name, const QString &titles = {});
    qint64 appoint(qint64 committee, qint64 personId, Role role, const QDate &start);
    Meeting draft(qint64 committee, const QDateTime &start,
        const QString &title = QStringLiteral("Hội nghị giao ban quý"));
    int auditCount(const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_other = 0;
    qint64 m_oldHead = 0, m_newHead = 0, m_deputy = 0, m_member = 0, m_secretary = 0, m_collab = 0;
};

void TestMeetingRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_db = test::openFresh(backend, *m_dir);
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy Thử Nghiệm");
    c.placeName = QStringLiteral("Thử Nghiệm");
    m_committee = roster.addCommittee(c);
    c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Khác");
    c.level = QStringLiteral("district");
    c.parentId = m_committee;
    m_other = roster.addCommittee(c);

    const QDate start(2021, 1, 15);
    m_oldHead = person(QStringLiteral("Trần Văn Cũ"), QStringLiteral("Phó Bí thư Tỉnh ủy"));
    const qint64 oldHeadMs = appoint(m_committee, m_oldHead, Role::Head, start);
    m_deputy = person(QStringLiteral("Lê Thị Phó"), QStringLiteral("Trưởng ban Tuyên giáo"));
    appoint(m_committee, m_deputy, Role::StandingDeputy, start);
    m_member = person(QStringLiteral("Phạm Minh Ủy"), QStringLiteral("Giám đốc Sở"));
    appoint(m_committee, m_member, Role::Member, start);
    m_secretary = person(QStringLiteral("Võ Thu Ký"), QStringLiteral("Chuyên viên"));
    appoint(m_committee, m_secretary, Role::SecretariatLead, start);
    m_collab = person(QStringLiteral("Đỗ Cộng Tác"));
    appoint(m_committee, m_collab, Role::Collaborator, start);
    m_newHead = person(
        QStringLiteral("Nguyễn Hữu Mới"), QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy"));
    roster.reorganise(
        oldHeadMs, 1, m_newHead, QDate(2023, 6, 12), QStringLiteral("Quyết định số 1025-QĐ/TU"));
}

void TestMeetingRepository::cleanup()
{
    m_db.reset();
}

qint64 TestMeetingRepository::person(const QString &name, const QString &titles)
{
    Person p;
    p.fullName = name;
    p.titles = titles;
    return RosterRepository(*m_db).addPerson(p);
}

qint64 TestMeetingRepository::appoint(
    qint64 committee, qint64 personId, Role role, const QDate &start)
{
    Membership m;
    m.personId = personId;
    m.committeeId = committee;
    m.role = role;
    m.start = start;
    return RosterRepository(*m_db).appoint(m);
}

Meeting TestMeetingRepository::draft(qint64 committee, const QDateTime &start, const QString &title)
{
    Meeting m;
    m.committeeId = committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = title;
    m.start = start;
    m.end = start.addSecs(3 * 3600);
    m.place = QStringLiteral("Hội trường Tỉnh ủy");
    if (committee == m_committee) {
        m.chairIds = { m_deputy };
        m.secretaryId = m_secretary;
    }
    return m;
}

int TestMeetingRepository::auditCount(const QString &action)
{
    return m_db
        ->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT at, entity_uuid FROM "
                                "audit_log WHERE action = ? "
                                "AND entity = 'meeting') a"),
            { action })
        .toInt();
}

void TestMeetingRepository::attendanceAsOfDateAfterReorganisation()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    auto ids = [](const QList<Attendance> &list) {
        QList<qint64> out;
        for (const Attendance &a : list)
            out << a.personId;
        return out;
    };
    // Before the reorganisation: the old head, first in print order; no secretariat, no
    // collaborator.
    Meeting before = draft(m_committee, QDateTime(QDate(2023, 3, 20), QTime(8, 0)));
    repo.create(before);
    const Meeting b = *repo.meeting(before.id);
    QCOMPARE(ids(b.attendance), (QList<qint64> { m_oldHead, m_deputy, m_member }));
    QCOMPARE(b.attendance.first().role, QStringLiteral("head"));
    QCOMPARE(b.attendance.first().status, QStringLiteral("present"));
    // The day before the new head starts, still the old one; from that day, the new one.
    QCOMPARE(ids(repo.prefillAttendance(m_committee, QDate(2023, 6, 11))).first(), m_oldHead);
    Meeting after = draft(m_committee, QDateTime(QDate(2023, 9, 20), QTime(8, 0)));
    repo.create(after);
    QCOMPARE(
        ids(repo.meeting(after.id)->attendance), (QList<qint64> { m_newHead, m_deputy, m_member }));
    // A meeting two years back keeps its own attendance.
    QCOMPARE(ids(repo.meeting(before.id)->attendance).first(), m_oldHead);
}

void TestMeetingRepository::idByUuid()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 7, 17), QTime(8, 0)));
    const qint64 id = repo.create(m);
    QVERIFY(!m.uuid.isEmpty());
    QCOMPARE(repo.idByUuid(m.uuid), id);
    repo.remove(id);
    // Undo commands find their meeting by UUID: a removed one is refused with a message.
    try {
        repo.idByUuid(m.uuid);
        QFAIL("no error for a removed meeting");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("id"));
        QVERIFY(!e.message().isEmpty());
    }
}

void TestMeetingRepository::createAndReadBack()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 7, 17), QTime(8, 0)));
    m.period = QStringLiteral("2024-Q2");
    m.bridgePoints = { QStringLiteral("Điểm cầu Huyện ủy Châu Phú"),
        QStringLiteral("Điểm cầu Thành ủy Long Xuyên") };
    m.guests = { QStringLiteral("Đại diện Đảng ủy Công an tỉnh") };
    m.documents = { QStringLiteral("Báo cáo quý II/2024") };
    m.conclusion = QStringLiteral("<p>Kết luận <b>đậm</b></p>");
    m.agenda = { { QStringLiteral("Báo cáo kết quả quý II"), QStringLiteral("Tổ thư ký"), {} } };
    Speech s1;
    s1.personId = m_member;
    s1.unit = QStringLiteral("Sở");
    s1.summary = QStringLiteral("Đề nghị tăng cường.");
    Speech s2;
    s2.guestName = QStringLiteral("Khách Mời");
    s2.summary = QStringLiteral("Thống nhất.");
    m.speeches = { s1, s2 };
    Task t;
    t.description = QStringLiteral("Xây dựng kế hoạch");
    t.owner = QStringLiteral("Tổ thư ký");
    t.due = QDate(2024, 9, 30);
    m.tasks = { t };
    m.attendance = repo.prefillAttendance(m_committee, m.date());
    m.attendance[2].status = QStringLiteral("absent");
    m.attendance[2].reason = QStringLiteral("đi công tác");
    Attendance extra;
    extra.personId = m_secretary;
    extra.role = QStringLiteral("secretariat_lead");
    m.attendance << extra;
    const qint64 id = repo.create(m);

    const Meeting back = *repo.meeting(id);
    QCOMPARE(back.status, QStringLiteral("draft"));
    QCOMPARE(back.number, 0);
    QCOMPARE(back.start, QDateTime(QDate(2024, 7, 17), QTime(8, 0)));
    QCOMPARE(back.end, QDateTime(QDate(2024, 7, 17), QTime(11, 0)));
    QCOMPARE(back.period, QStringLiteral("2024-Q2"));
    QCOMPARE(back.bridgePoints, m.bridgePoints);
    QCOMPARE(back.guests, m.guests);
    QCOMPARE(back.chairIds, QList<qint64> { m_deputy });
    QCOMPARE(back.secretaryId, m_secretary);
    QCOMPARE(back.attendance.size(), 4);
    QCOMPARE(back.attendance.at(2).personName, QStringLiteral("Phạm Minh Ủy"));
    QCOMPARE(back.attendance.at(2).reason, QStringLiteral("đi công tác"));
    QCOMPARE(back.attendance.at(3).role, QStringLiteral("secretariat_lead"));
    QCOMPARE(back.speeches.size(), 2);
    QCOMPARE(back.speeches.at(0).speakerName(), QStringLiteral("Phạm Minh Ủy"));
    QCOMPARE(back.speeches.at(1).speakerName(), QStringLiteral("Khách Mời"));
    QCOMPARE(back.tasks.size(), 1);
    QCOMPARE(back.tasks.first().due, QDate(2024, 9, 30));
    QCOMPARE(back.committeeName, QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm"));
    QCOMPARE(repo.meetings(m_committee).size(), 1);
    QCOMPARE(repo.meetings(m_other).size(), 0);
    QCOMPARE(repo.meetings(0, 2023).size(), 0);
    QCOMPARE(auditCount(QStringLiteral("create")), 1);
}

void TestMeetingRepository::invalidInputWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << "title"
                              << "title";
    QTest::newRow("ends before start") << "end"
                                       << "end";
    QTest::newRow("bad kind") << "kind"
                              << "kind";
    QTest::newRow("delegate without name") << "delegate"
                                           << "attendance";
    QTest::newRow("task without owner") << "owner"
                                        << "tasks";
    QTest::newRow("speaker without name") << "speaker"
                                          << "speakers";
    QTest::newRow("bad period") << "period"
                                << "period";
}

void TestMeetingRepository::invalidInputWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    MeetingRepository repo(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 3, 20), QTime(8, 0)));
    if (what == QLatin1String("title"))
        m.title = QStringLiteral("   ");
    else if (what == QLatin1String("end"))
        m.end = m.start.addSecs(-60);
    else if (what == QLatin1String("kind"))
        m.kind = QStringLiteral("party");
    else if (what == QLatin1String("delegate")) {
        m.attendance = repo.prefillAttendance(m_committee, m.date());
        m.attendance[1].status = QStringLiteral("delegate");
    } else if (what == QLatin1String("owner")) {
        Task t;
        t.description = QStringLiteral("Việc");
        m.tasks = { t };
    } else if (what == QLatin1String("speaker")) {
        m.speeches = { Speech() };
    } else if (what == QLatin1String("period")) {
        m.period = QStringLiteral("quý 2");
    }
    try {
        repo.create(m);
        QFAIL("no ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
    QCOMPARE(repo.count(), qint64(0));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
}

void TestMeetingRepository::numberingPerCommitteeAndYear()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    auto make = [&](qint64 committee, const QDate &d) {
        Meeting m = draft(committee, QDateTime(d, QTime(8, 0)));
        if (committee == m_other)
            m.chairIds = { m_member };
        return repo.create(m);
    };
    const qint64 a1 = make(m_committee, QDate(2024, 3, 20));
    const qint64 a2 = make(m_committee, QDate(2024, 6, 20));
    const qint64 b1 = make(m_other, QDate(2024, 4, 2));
    const qint64 a3 = make(m_committee, QDate(2025, 1, 10));
    QCOMPARE(repo.approve(a1), 1);
    QCOMPARE(repo.approve(b1), 1);
    QCOMPARE(repo.approve(a2), 2);
    QCOMPARE(repo.approve(a3), 1);
    const Meeting m2 = *repo.meeting(a2);
    QCOMPARE(m2.status, QStringLiteral("approved"));
    QCOMPARE(m2.number, 2);
    QCOMPARE(m2.numberYear, 2024);
    QCOMPARE(m2.approvedBy, QStringLiteral("test"));
    // Reopened and approved again: the minutes keep their number.
    repo.reopen(a1, QStringLiteral("Sửa tên đại biểu"));
    QCOMPARE(repo.approve(a1), 1);
    // A new meeting of the same year takes the next number.
    QCOMPARE(repo.approve(make(m_committee, QDate(2024, 9, 20))), 3);
    QCOMPARE(auditCount(QStringLiteral("approve")), 6);
}

void TestMeetingRepository::approvedMinutesAreLockedAndReopenIsAudited()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 3, 20), QTime(8, 0)));
    Task t;
    t.description = QStringLiteral("Việc cần làm");
    t.owner = QStringLiteral("Tổ thư ký");
    m.tasks = { t };
    const qint64 id = repo.create(m);
    repo.approve(id);
    Meeting edited = *repo.meeting(id);
    edited.title = QStringLiteral("Tên khác");
    try {
        repo.update(edited);
        QFAIL("an approved meeting was edited");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("status"));
    }
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.remove(id));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.approve(id));
    QCOMPARE(repo.meeting(id)->title, QStringLiteral("Hội nghị giao ban quý"));
    // Progress on its tasks is follow-up, not an edit of the minutes.
    TaskRepository tasks(*m_db);
    const Task approved = repo.meeting(id)->tasks.first();
    tasks.setStatus(approved.id, approved.rowVersion, QStringLiteral("done"),
        QStringLiteral("Xong"), QDate(2024, 4, 1));
    QCOMPARE(tasks.task(repo.meeting(id)->tasks.first().id)->status, QStringLiteral("done"));

    // Reopening needs a reason and is recorded.
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.reopen(id, QStringLiteral("  ")));
    QCOMPARE(auditCount(QStringLiteral("reopen")), 0);
    repo.reopen(id, QStringLiteral("Bổ sung ý kiến phát biểu"));
    QSqlQuery q = m_db->exec(QStringLiteral(
        "SELECT user_name, detail, entity_uuid FROM audit_log WHERE action = 'reopen'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("test"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Bổ sung ý kiến phát biểu"));
    QCOMPARE(q.value(2).toString(), repo.meeting(id)->uuid);
    q.finish();
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.reopen(id, QStringLiteral("again")));
    edited = *repo.meeting(id);
    edited.title = QStringLiteral("Tên khác");
    repo.update(edited);
    QCOMPARE(repo.meeting(id)->title, QStringLiteral("Tên khác"));
    QCOMPARE(repo.meeting(id)->status, QStringLiteral("draft"));
}

void TestMeetingRepository::updateKeepsTaskIds()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 3, 20), QTime(8, 0)));
    Task t1, t2;
    t1.description = QStringLiteral("Một");
    t1.owner = QStringLiteral("A");
    t2.description = QStringLiteral("Hai");
    t2.owner = QStringLiteral("B");
    m.tasks = { t1, t2 };
    const qint64 id = repo.create(m);
    Meeting e = *repo.meeting(id);
    const qint64 firstId = e.tasks.at(0).id;
    e.tasks[0].description = QStringLiteral("Một (sửa)");
    e.tasks.removeAt(1);
    Task t3;
    t3.description = QStringLiteral("Ba");
    t3.owner = QStringLiteral("C");
    e.tasks << t3;
    e.attendance.removeLast();
    const Meeting stale = e;
    repo.update(e);
    const Meeting back = *repo.meeting(id);
    QCOMPARE(back.tasks.size(), 2);
    QCOMPARE(back.tasks.at(0).id, firstId);
    QCOMPARE(back.tasks.at(0).description, QStringLiteral("Một (sửa)"));
    QCOMPARE(back.tasks.at(1).description, QStringLiteral("Ba"));
    QCOMPARE(back.attendance.size(), 2);
    // A stale copy is refused; the updated one carries the new versions.
    Meeting staleCopy = stale;
    QVERIFY_THROWS_EXCEPTION(ConflictError, repo.update(staleCopy));
    QCOMPARE(e.rowVersion, back.rowVersion);
    e.title = QStringLiteral("Lần hai");
    repo.update(e);
    QCOMPARE(repo.meeting(id)->title, QStringLiteral("Lần hai"));
}

void TestMeetingRepository::openTasksCarryOver()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    TaskRepository tasks(*m_db);
    auto task = [](const QString &d, const QString &status, const QDate &completed = {}) {
        Task t;
        t.description = d;
        t.owner = QStringLiteral("Tổ thư ký");
        t.due = QDate(2024, 5, 1);
        t.status = status;
        t.completedOn = completed;
        return t;
    };
    Meeting q1 = draft(m_committee, QDateTime(QDate(2024, 3, 20), QTime(8, 0)));
    q1.tasks = { task(QStringLiteral("Còn mở"), QStringLiteral("open")),
        task(QStringLiteral("Xong sớm"), QStringLiteral("done"), QDate(2024, 4, 10)),
        task(QStringLiteral("Xong muộn"), QStringLiteral("done"), QDate(2024, 8, 1)),
        task(QStringLiteral("Đang làm"), QStringLiteral("in_progress")) };
    repo.create(q1);
    Meeting other = draft(m_other, QDateTime(QDate(2024, 3, 21), QTime(8, 0)));
    other.tasks = { task(QStringLiteral("Của huyện"), QStringLiteral("open")) };
    repo.create(other);
    Meeting q2 = draft(m_committee, QDateTime(QDate(2024, 6, 20), QTime(8, 0)));
    q2.tasks = { task(QStringLiteral("Mới giao"), QStringLiteral("open")) };
    repo.create(q2);

    auto descriptions = [](const QList<Task> &list) {
        QStringList out;
        for (const Task &t : list)
            out << t.description + QLatin1Char('/') + t.status;
        return out;
    };
    QCOMPARE(descriptions(repo.carriedOver(q2.id)),
        (QStringList { QStringLiteral("Còn mở/open"), QStringLiteral("Xong muộn/done"),
            QStringLiteral("Đang làm/in_progress") }));
    QVERIFY(repo.carriedOver(q1.id).isEmpty());
    // Done in the meantime: still listed at the next meeting, with its new status.
    tasks.setStatus(q1.tasks.at(0).id, q1.tasks.at(0).rowVersion, QStringLiteral("done"), {},
        QDate(2024, 6, 25));
    QCOMPARE(descriptions(repo.carriedOver(q2.id)).first(), QStringLiteral("Còn mở/done"));
    Meeting q3 = draft(m_committee, QDateTime(QDate(2024, 9, 20), QTime(8, 0)));
    repo.create(q3);
    QCOMPARE(descriptions(repo.carriedOver(q3.id)),
        (QStringList { QStringLiteral("Đang làm/in_progress"), QStringLiteral("Mới giao/open") }));
}

void TestMeetingRepository::taskFilters()
{
    QFETCH(QString, backend);
    MeetingRepository repo(*m_db);
    TaskRepository tasks(*m_db);
    Meeting m = draft(m_committee, QDateTime(QDate(2024, 3, 20), QTime(8, 0)));
    auto task
        = [](const QString &d, const QString &owner, const QDate &due, const QString &status) {
              Task t;
              t.description = d;
              t.owner = owner;
              t.due = due;
              t.status = status;
              return t;
          };
    m.tasks = { task(QStringLiteral("quá hạn"), QStringLiteral("Công an tỉnh"), QDate(2024, 4, 1),
                    QStringLiteral("open")),
        task(QStringLiteral("chưa đến hạn"), QStringLiteral("Tổ thư ký"), QDate(2024, 12, 1),
            QStringLiteral("in_progress")),
        task(QStringLiteral("xong"), QStringLiteral("Tổ thư ký"), QDate(2024, 4, 1),
            QStringLiteral("done")),
        task(QStringLiteral("hủy"), QStringLiteral("Báo An Giang"), QDate(2024, 4, 1),
            QStringLiteral("cancelled")),
        task(QStringLiteral("không hạn"), QStringLiteral("Tổ thư ký"), QDate(),
            QStringLiteral("open")) };
    repo.create(m);
    auto names = [&](const TaskFilter &f) {
        QStringList out;
        for (const Task &t : tasks.tasks(f))
            out << t.description;
        return out;
    };
    TaskFilter f;
    f.today = QDate(2024, 6, 1);
    QCOMPARE(names(f).size(), 5);
    f.openOnly = true;
    QCOMPARE(names(f),
        (QStringList { QStringLiteral("quá hạn"), QStringLiteral("chưa đến hạn"),
            QStringLiteral("không hạn") }));
    f.openOnly = false;
    f.overdueOnly = true;
    QCOMPARE(names(f), QStringList { QStringLiteral("quá hạn") });
    f.today = QDate(2025, 1, 1);
    QCOMPARE(names(f), (QStringList { QStringLiteral("quá hạn"), QStringLiteral("chưa đến hạn") }));
    TaskFilter byOwner;
    byOwner.owner = QStringLiteral("to thu ky");
    QCOMPARE(names(byOwner).size(), 3);
    TaskFilter other;
    other.committeeId = m_other;
    QCOMPARE(names(other).size(), 0);
    QVERIFY(tasks.tasks(f).first().isOverdue(QDate(2025, 1, 1)));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
        tasks.setStatus(tasks.tasks().first().id, tasks.tasks().first().rowVersion,
            QStringLiteral("finished")));
}

void TestMeetingRepository::previousMeetingAndItsAttendance()
{
    MeetingRepository repo(*m_db);
    Meeting first = draft(m_committee, QDateTime(QDate(2023, 3, 20), QTime(8, 0)));
    first.attendance = repo.prefillAttendance(m_committee, first.date());
    Attendance secretary;
    secretary.personId = m_secretary;
    secretary.role = QStringLiteral("secretariat_lead");
    first.attendance << secretary; // added by hand
    first.agenda = { { QStringLiteral("Đánh giá quý"), QStringLiteral("Tổ thư ký"), {} } };
    first.guests = { QStringLiteral("Đại diện Báo Thử Nghiệm") };
    const qint64 firstId = repo.create(first);
    Meeting thematic = draft(m_committee, QDateTime(QDate(2023, 5, 2), QTime(8, 0)));
    thematic.kind = QStringLiteral("thematic");
    repo.create(thematic);
    Meeting second = draft(m_committee, QDateTime(QDate(2023, 9, 20), QTime(14, 0)));
    const qint64 secondId = repo.create(second);
    Meeting elsewhere = draft(m_other, QDateTime(QDate(2023, 12, 1), QTime(8, 0)));
    repo.create(elsewhere);

    const QString quarterly = QStringLiteral("quarterly_briefing");
    const QDateTime next(QDate(2024, 1, 10), QTime(8, 0));
    QCOMPARE(repo.previousMeeting(m_committee, quarterly, next)->id, secondId);
    QCOMPARE(repo.previousMeeting(m_committee, quarterly, next, secondId)->id, firstId);
    QVERIFY(!repo.previousMeeting(
        m_committee, QStringLiteral("thematic"), QDateTime(QDate(2023, 5, 1), QTime(8, 0))));
    QVERIFY(!repo.previousMeeting(m_committee, quarterly, first.start));

    // The head changed meanwhile: the old one is dropped, the new one added after the others.
    const Meeting previous = *repo.meeting(firstId);
    const QList<Attendance> attendance = repo.attendanceFrom(previous, m_committee, next.date());
    QList<qint64> ids;
    for (const Attendance &a : attendance) {
        ids << a.personId;
        QCOMPARE(a.status, QStringLiteral("present"));
    }
    QCOMPARE(ids, QList<qint64>({ m_deputy, m_member, m_secretary, m_newHead }));
    QCOMPARE(attendance.at(3).role, QStringLiteral("head"));

    Meeting m;
    m.agenda = { { QStringLiteral("Cũ"), {}, {} } };
    m.startFrom(previous);
    QCOMPARE(m.agenda.size(), 1);
    QCOMPARE(m.agenda.at(0).title, QStringLiteral("Đánh giá quý"));
    QVERIFY(m.agenda.at(0).presenter.isEmpty());
    QCOMPARE(m.guests, QStringList({ QStringLiteral("Đại diện Báo Thử Nghiệm") }));
}

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
