// Two workstations on one database: every update, rename, end and removal checks the row
// version it read. The second writer gets a ConflictError naming who changed the record and
// when, nothing of its own is written, and it may then overwrite with the stored version.
#include <common/testdb.h>

#include <core/db/conflict.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>
#include <core/opinions/localityedits.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyentries.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>

#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <optional>

using namespace thuky;

namespace {
/** The conflict @p write throws, or nothing when it went through. */
std::optional<ConflictError> conflictOf(const std::function<void()> &write)
{
    try {
        write();
    } catch (const ConflictError &e) {
        return e;
    }
    return std::nullopt;
}
} // namespace

class TestRowVersions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opinion_data() { test::addBackendRows(); }
    void opinion();
    void person_data() { test::addBackendRows(); }
    void person();
    void committeeRename_data() { test::addBackendRows(); }
    void committeeRename();
    void membershipEndReopenRemove_data() { test::addBackendRows(); }
    void membershipEndReopenRemove();
    void meetingSave_data() { test::addBackendRows(); }
    void meetingSave();
    void taskStatus_data() { test::addBackendRows(); }
    void taskStatus();
    void taxonomyRenames_data() { test::addBackendRows(); }
    void taxonomyRenames();
    void opinionWorkflowSteps_data() { test::addBackendRows(); }
    void opinionWorkflowSteps();
    void approveAndReopen_data() { test::addBackendRows(); }
    void approveAndReopen();
    void missingRowIsNotAConflict_data() { test::addBackendRows(); }
    void missingRowIsNotAConflict();

private:
    /** Checks that @p conflict names the first workstation's user and a time. */
    void checkNamesFirst(const std::optional<ConflictError> &conflict, const QString &entity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_first; ///< the workstation that saves first ("lan")
    std::unique_ptr<Database> m_second; ///< the one that read the same version ("minh")
    qint64 m_locality = 0, m_topic = 0, m_agency = 0, m_committee = 0, m_person = 0;
    qint64 m_membership = 0;
};

void TestRowVersions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_first = test::openFresh(backend, *m_dir);
    m_first->setCurrentUser(QStringLiteral("lan"));
    m_second = std::make_unique<Database>(m_first->location());
    m_second->open(Database::OpenMode::MustExist);
    m_second->setCurrentUser(QStringLiteral("minh"));

    RosterRepository roster(*m_first);
    Locality l;
    l.name = QStringLiteral("An Giang");
    l.level = QStringLiteral("province");
    m_locality = roster.addLocality(l);
    TaxonomyRepository taxonomy(*m_first);
    m_topic = taxonomy.addTopic(QStringLiteral("Đất đai"));
    m_agency = taxonomy.addAgency(QStringLiteral("Sở Tài nguyên"));
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.localityId = m_locality;
    m_committee = roster.addCommittee(c);
    Person p;
    p.fullName = QStringLiteral("Nguyễn Văn An");
    m_person = roster.addPerson(p);
    Membership m;
    m.personId = m_person;
    m.committeeId = m_committee;
    m.role = Role::Member;
    m.start = QDate(2024, 1, 15);
    m_membership = roster.appoint(m);
}

void TestRowVersions::cleanup()
{
    m_second.reset();
    m_first.reset();
}

void TestRowVersions::checkNamesFirst(
    const std::optional<ConflictError> &conflict, const QString &entity)
{
    QVERIFY2(conflict, "the second save went through");
    QCOMPARE(conflict->entity(), entity);
    QCOMPARE(conflict->updatedBy(), QStringLiteral("lan"));
    QVERIFY(conflict->updatedAt().isValid());
    QVERIFY(qAbs(conflict->updatedAt().secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"))
                 .match(conflict->when())
                 .hasMatch(),
        qPrintable(conflict->when()));
    QVERIFY(conflict->message().contains(QStringLiteral("lan")));
    QVERIFY(conflict->message().contains(conflict->when()));
    QCOMPARE(conflict->field(), QStringLiteral("row_version"));
}

void TestRowVersions::opinion()
{
    OpinionReport r;
    r.observedOn = QDate(2024, 5, 3);
    r.localityId = m_locality;
    r.topicId = m_topic;
    r.summary = QStringLiteral("Bản gốc");
    const qint64 id = OpinionRepository(*m_first).add(r);
    OpinionReport mine = *OpinionRepository(*m_first).report(id);
    OpinionReport theirs = *OpinionRepository(*m_second).report(id);
    mine.summary = QStringLiteral("Sửa của Lan");
    OpinionRepository(*m_first).update(mine);
    theirs.summary = QStringLiteral("Sửa của Minh");
    const auto conflict = conflictOf([&] { OpinionRepository(*m_second).update(theirs); });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    QCOMPARE(OpinionRepository(*m_second).report(id)->summary, QStringLiteral("Sửa của Lan"));
    // Overwrite: the same values again, expecting the stored version.
    theirs.rowVersion = conflict->currentVersion();
    OpinionRepository(*m_second).update(theirs);
    QCOMPARE(OpinionRepository(*m_first).report(id)->summary, QStringLiteral("Sửa của Minh"));
}

void TestRowVersions::person()
{
    Person mine = *RosterRepository(*m_first).person(m_person);
    Person theirs = *RosterRepository(*m_second).person(m_person);
    mine.phone = QStringLiteral("0901 000 001");
    RosterRepository(*m_first).updatePerson(mine);
    theirs.phone = QStringLiteral("0901 000 002");
    const auto conflict = conflictOf([&] { RosterRepository(*m_second).updatePerson(theirs); });
    checkNamesFirst(conflict, QStringLiteral("person"));
    QCOMPARE(RosterRepository(*m_second).person(m_person)->phone, QStringLiteral("0901 000 001"));
    theirs.rowVersion = conflict->currentVersion();
    RosterRepository(*m_second).updatePerson(theirs);
    QCOMPARE(RosterRepository(*m_first).person(m_person)->phone, QStringLiteral("0901 000 002"));
}

void TestRowVersions::committeeRename()
{
    const int read = RosterRepository(*m_second).committee(m_committee)->rowVersion;
    QCOMPARE(RosterRepository(*m_first).committee(m_committee)->rowVersion, read);
    QCOMPARE(Organisation(*m_first).renameCommittee(m_committee, QStringLiteral("BCĐ Lan"), read),
        read + 1);
    const auto conflict = conflictOf([&] {
        Organisation(*m_second).renameCommittee(m_committee, QStringLiteral("BCĐ Minh"), read);
    });
    checkNamesFirst(conflict, QStringLiteral("committee"));
    QCOMPARE(RosterRepository(*m_second).committee(m_committee)->name, QStringLiteral("BCĐ Lan"));
    Organisation(*m_second).renameCommittee(
        m_committee, QStringLiteral("BCĐ Minh"), conflict->currentVersion());
    QCOMPARE(RosterRepository(*m_first).committee(m_committee)->name, QStringLiteral("BCĐ Minh"));
}

void TestRowVersions::membershipEndReopenRemove()
{
    const int read = RosterRepository(*m_second).membership(m_membership)->rowVersion;
    const int ended
        = RosterRepository(*m_first).endMembership(m_membership, QDate(2024, 6, 30), read);
    // Ending: the second workstation's end date is refused, the first's stays.
    auto conflict = conflictOf(
        [&] { RosterRepository(*m_second).endMembership(m_membership, QDate(2024, 7, 31), read); });
    checkNamesFirst(conflict, QStringLiteral("membership"));
    QCOMPARE(RosterRepository(*m_second).membership(m_membership)->end, QDate(2024, 6, 30));
    // Reopening with the version read before the end is refused too.
    conflict
        = conflictOf([&] { RosterRepository(*m_second).reopenMembership(m_membership, read); });
    checkNamesFirst(conflict, QStringLiteral("membership"));
    QCOMPARE(RosterRepository(*m_second).membership(m_membership)->end, QDate(2024, 6, 30));
    // Removing with a stale version is refused, and the membership stays.
    conflict
        = conflictOf([&] { RosterRepository(*m_second).removeMembership(m_membership, read); });
    checkNamesFirst(conflict, QStringLiteral("membership"));
    QVERIFY(RosterRepository(*m_second).membership(m_membership));
    // With the stored version (the user chose to overwrite) each goes through.
    QCOMPARE(conflict->currentVersion(), ended);
    const int reopened = RosterRepository(*m_second).reopenMembership(m_membership, ended);
    QVERIFY(!RosterRepository(*m_first).membership(m_membership)->end.isValid());
    RosterRepository(*m_second).removeMembership(m_membership, reopened);
    QVERIFY(!RosterRepository(*m_first).membership(m_membership));
}

void TestRowVersions::meetingSave()
{
    Meeting m;
    m.committeeId = m_committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = QStringLiteral("Giao ban quý II");
    m.start = QDateTime(QDate(2024, 6, 20), QTime(8, 0));
    m.end = m.start.addSecs(3 * 3600);
    Task t;
    t.description = QStringLiteral("Báo cáo tình hình");
    t.owner = QStringLiteral("Văn phòng");
    m.tasks = { t };
    const qint64 id = MeetingRepository(*m_first).create(m);
    Meeting mine = *MeetingRepository(*m_first).meeting(id);
    Meeting theirs = *MeetingRepository(*m_second).meeting(id);
    mine.title = QStringLiteral("Giao ban của Lan");
    QCOMPARE(MeetingRepository(*m_first).update(mine), theirs.rowVersion + 1);
    QCOMPARE(mine.tasks.first().rowVersion, theirs.tasks.first().rowVersion + 1);
    theirs.title = QStringLiteral("Giao ban của Minh");
    auto conflict = conflictOf([&] { MeetingRepository(*m_second).update(theirs); });
    checkNamesFirst(conflict, QStringLiteral("meeting"));
    QCOMPARE(MeetingRepository(*m_second).meeting(id)->title, QStringLiteral("Giao ban của Lan"));

    // A task followed up meanwhile is a conflict too, though the meeting's version is fresh.
    Meeting fresh = *MeetingRepository(*m_second).meeting(id);
    TaskRepository(*m_first).setStatus(
        mine.tasks.first().id, mine.tasks.first().rowVersion, QStringLiteral("done"));
    fresh.title = QStringLiteral("Giao ban của Minh");
    conflict = conflictOf([&] { MeetingRepository(*m_second).update(fresh); });
    checkNamesFirst(conflict, QStringLiteral("task"));
    QCOMPARE(MeetingRepository(*m_second).meeting(id)->title, QStringLiteral("Giao ban của Lan"));
    QCOMPARE(TaskRepository(*m_second).task(mine.tasks.first().id)->status, QStringLiteral("done"));

    // Overwrite: the stored versions of the meeting and its task.
    const Meeting stored = *MeetingRepository(*m_second).meeting(id);
    fresh.rowVersion = stored.rowVersion;
    fresh.tasks.first().rowVersion = stored.tasks.first().rowVersion;
    MeetingRepository(*m_second).update(fresh);
    const Meeting after = *MeetingRepository(*m_first).meeting(id);
    QCOMPARE(after.title, QStringLiteral("Giao ban của Minh"));
    QCOMPARE(after.tasks.first().id, stored.tasks.first().id);
    QCOMPARE(after.tasks.first().status, QStringLiteral("open"));
}

void TestRowVersions::taskStatus()
{
    Meeting m;
    m.committeeId = m_committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = QStringLiteral("Giao ban quý III");
    m.start = QDateTime(QDate(2024, 9, 20), QTime(8, 0));
    m.end = m.start.addSecs(3 * 3600);
    Task t;
    t.description = QStringLiteral("Rà soát địa bàn");
    t.owner = QStringLiteral("Công an tỉnh");
    m.tasks = { t };
    MeetingRepository(*m_first).create(m);
    const qint64 taskId = m.tasks.first().id;
    const int read = TaskRepository(*m_second).task(taskId)->rowVersion;
    QCOMPARE(TaskRepository(*m_first).setStatus(taskId, read, QStringLiteral("done"),
                 QStringLiteral("Đã xong"), QDate(2024, 10, 1)),
        read + 1);
    const auto conflict = conflictOf(
        [&] { TaskRepository(*m_second).setStatus(taskId, read, QStringLiteral("cancelled")); });
    checkNamesFirst(conflict, QStringLiteral("task"));
    QCOMPARE(TaskRepository(*m_second).task(taskId)->status, QStringLiteral("done"));
    QCOMPARE(TaskRepository(*m_second).task(taskId)->completionNote, QStringLiteral("Đã xong"));
    // A version of 0 (never read) is refused like any stale one.
    QVERIFY(conflictOf(
        [&] { TaskRepository(*m_second).setStatus(taskId, 0, QStringLiteral("cancelled")); }));
    TaskRepository(*m_second).setStatus(
        taskId, conflict->currentVersion(), QStringLiteral("cancelled"));
    QCOMPARE(TaskRepository(*m_first).task(taskId)->status, QStringLiteral("cancelled"));
}

void TestRowVersions::taxonomyRenames()
{
    const struct
    {
        TaxonomyKind kind;
        qint64 id;
        const char *entity;
    } cases[] = {
        { TaxonomyKind::Topic, m_topic, "topic" },
        { TaxonomyKind::Agency, m_agency, "agency" },
        { TaxonomyKind::Locality, m_locality, "locality" },
    };
    for (const auto &c : cases) {
        const QString entity = QLatin1String(c.entity);
        const int read = TaxonomyEntries(*m_second).entry(c.kind, c.id)->rowVersion;
        QVERIFY(read > 0);
        QCOMPARE(
            TaxonomyEntries(*m_first).rename(c.kind, c.id, entity + QStringLiteral(" Lan"), read),
            read + 1);
        const auto conflict = conflictOf([&] {
            TaxonomyEntries(*m_second).rename(c.kind, c.id, entity + QStringLiteral(" Minh"), read);
        });
        checkNamesFirst(conflict, entity);
        QCOMPARE(
            TaxonomyEntries(*m_second).entry(c.kind, c.id)->name, entity + QStringLiteral(" Lan"));
        TaxonomyEntries(*m_second).rename(
            c.kind, c.id, entity + QStringLiteral(" Minh"), conflict->currentVersion());
        QCOMPARE(
            TaxonomyEntries(*m_first).entry(c.kind, c.id)->name, entity + QStringLiteral(" Minh"));
    }
    // The repositories' own functions check it too.
    const int topic = TaxonomyRepository(*m_first).topic(m_topic)->rowVersion;
    QVERIFY(conflictOf([&] {
        TaxonomyRepository(*m_first).renameTopic(m_topic, QStringLiteral("X"), topic - 1);
    }));
    QVERIFY(
        conflictOf([&] { LocalityEdits::rename(*m_first, m_locality, QStringLiteral("X"), 0); }));
    QCOMPARE(TaxonomyRepository(*m_first).topic(m_topic)->name, QStringLiteral("topic Minh"));
}

void TestRowVersions::opinionWorkflowSteps()
{
    // Two clerks read one new report; Lan forwards it to one agency, Minh (still holding the
    // version he read) forwards it to another: he is told who and when, nothing is written.
    const qint64 other = TaxonomyRepository(*m_first).addAgency(QStringLiteral("Sở Xây dựng"));
    OpinionReport r;
    r.observedOn = QDate(2024, 5, 3);
    r.localityId = m_locality;
    r.topicId = m_topic;
    r.summary = QStringLiteral("Sạt lở bờ kè");
    const qint64 id = OpinionRepository(*m_first).add(r);
    const int read = OpinionRepository(*m_second).report(id)->rowVersion;
    OpinionRepository(*m_first).forward(id, m_agency, QDate(2024, 5, 6), read);
    auto conflict = conflictOf(
        [&] { OpinionRepository(*m_second).forward(id, other, QDate(2024, 5, 7), read); });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    OpinionReport stored = *OpinionRepository(*m_second).report(id);
    QCOMPARE(stored.agencyId, m_agency);
    QCOMPARE(stored.forwardedOn, QDate(2024, 5, 6));
    QCOMPARE(stored.rowVersion, read + 1);
    const auto forwards = [&] {
        return m_first
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'forward' "
                                    "AND field = 'agency_id'"))
            .toInt();
    };
    QCOMPARE(forwards(), 1);
    // Each later step with a stale version is a conflict too, even where the status allows it.
    conflict = conflictOf([&] { OpinionRepository(*m_second).resolve(id, read); });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    conflict = conflictOf([&] { OpinionRepository(*m_second).close(id, read); });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    conflict = conflictOf([&] {
        OpinionRepository(*m_second).recordAnswer(
            id, QStringLiteral("Đã khảo sát"), QDate(2024, 5, 9), read);
    });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    QCOMPARE(OpinionRepository(*m_first).report(id)->status, QStringLiteral("forwarded"));
    // Overwrite: the stored version lets the step through.
    OpinionRepository(*m_second).forward(id, other, QDate(2024, 5, 7), conflict->currentVersion());
    QCOMPARE(OpinionRepository(*m_first).report(id)->agencyId, other);
    QCOMPARE(forwards(), 2);
    // Resolved by Lan; Minh's reopen with the version before it is a conflict, then goes through.
    const int beforeResolve = OpinionRepository(*m_first).report(id)->rowVersion;
    OpinionRepository(*m_first).resolve(id, beforeResolve);
    conflict = conflictOf([&] { OpinionRepository(*m_second).reopen(id, beforeResolve); });
    checkNamesFirst(conflict, QStringLiteral("opinion"));
    QCOMPARE(OpinionRepository(*m_first).report(id)->status, QStringLiteral("resolved"));
    OpinionRepository(*m_second).reopen(id, conflict->currentVersion());
    QCOMPARE(OpinionRepository(*m_first).report(id)->status, QStringLiteral("forwarded"));
    // With the right version a step the status forbids is still refused for its status.
    const int now = OpinionRepository(*m_first).report(id)->rowVersion;
    try {
        OpinionRepository(*m_first).reopen(id, now);
        QFAIL("a forwarded report was reopened");
    } catch (const ConflictError &) {
        QFAIL("a wrong status was taken for a conflict");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("status"));
    }
}

void TestRowVersions::approveAndReopen()
{
    Meeting m;
    m.committeeId = m_committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = QStringLiteral("Giao ban quý II");
    m.start = QDateTime(QDate(2024, 6, 20), QTime(8, 0));
    m.end = m.start.addSecs(3 * 3600);
    m.chairIds = { m_person };
    const qint64 id = MeetingRepository(*m_first).create(m);
    // Minh reads the draft; Lan changes its conclusion; Minh's approval of what he read is a
    // conflict: he would approve minutes he has not seen.
    const int read = MeetingRepository(*m_second).meeting(id)->rowVersion;
    Meeting mine = *MeetingRepository(*m_first).meeting(id);
    mine.conclusion = QStringLiteral("Kết luận của Lan");
    MeetingRepository(*m_first).update(mine);
    auto conflict = conflictOf([&] { MeetingRepository(*m_second).approve(id, read); });
    checkNamesFirst(conflict, QStringLiteral("meeting"));
    QCOMPARE(MeetingRepository(*m_second).meeting(id)->status, QStringLiteral("draft"));
    QCOMPARE(MeetingRepository(*m_second).meeting(id)->number, 0);
    // Having seen it (the stored version), he approves.
    QCOMPARE(MeetingRepository(*m_second).approve(id, conflict->currentVersion()), 1);
    const int approved = MeetingRepository(*m_first).meeting(id)->rowVersion;
    // Lan reopens; Minh's reopen of the approved version he saw is a conflict.
    MeetingRepository(*m_first).reopen(id, QStringLiteral("Sửa tên đại biểu"), approved);
    conflict = conflictOf(
        [&] { MeetingRepository(*m_second).reopen(id, QStringLiteral("Bổ sung"), approved); });
    checkNamesFirst(conflict, QStringLiteral("meeting"));
    QCOMPARE(m_first
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reopen' "
                                         "AND field = 'status'"))
                 .toInt(),
        1);
}

void TestRowVersions::missingRowIsNotAConflict()
{
    // A record deleted meanwhile is said to be gone, not changed by someone.
    try {
        TaxonomyRepository(*m_second).renameAgency(m_agency + 1000, QStringLiteral("X"), 1);
        QFAIL("renamed a missing agency");
    } catch (const ConflictError &) {
        QFAIL("a missing agency was reported as a conflict");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("id"));
    }
}

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
