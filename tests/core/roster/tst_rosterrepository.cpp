// The roster rules: appointments, the one-head rule, reorganisation, as-of queries, history.

#include <common/testdb.h>
#include <core/roster/rosterrepository.h>

#include <QTest>

using namespace thuky;

class TestRosterRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void asOfAndPrintOrder_data() { test::addBackendRows(); }
    void asOfAndPrintOrder();
    void secondHeadRefused_data() { test::addBackendRows(); }
    void secondHeadRefused();
    void invalidInputWritesNothing_data();
    void invalidInputWritesNothing();
    void reorganiseEndsTheDayBefore_data() { test::addBackendRows(); }
    void reorganiseEndsTheDayBefore();
    void findCommitteeIgnoresDiacritics();
    void roleOnTakesThePrintOrderFirst();

private:
    void setUpBackend(const QString &backend);
    qint64 person(const QString &name);
    qint64 appoint(qint64 personId, Role role, const QDate &start, const QDate &end = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterRepository> m_roster;
    qint64 m_committee = 0;
};

void TestRosterRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    setUpBackend(backend);
}

void TestRosterRepository::setUpBackend(const QString &backend)
{
    m_roster.reset();
    m_db = test::openFresh(backend, *m_dir);
    m_roster = std::make_unique<RosterRepository>(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    c.level = QStringLiteral("province");
    m_committee = m_roster->addCommittee(c);
}

qint64 TestRosterRepository::person(const QString &name)
{
    Person p;
    p.fullName = name;
    return m_roster->addPerson(p);
}

qint64 TestRosterRepository::appoint(
    qint64 personId, Role role, const QDate &start, const QDate &end)
{
    Membership m;
    m.personId = personId;
    m.committeeId = m_committee;
    m.role = role;
    m.start = start;
    m.end = end;
    m.decision = QStringLiteral("Quyết định số 123-QĐ/TU");
    return m_roster->appoint(m);
}

void TestRosterRepository::asOfAndPrintOrder()
{
    const qint64 an = person(QStringLiteral("Trần Văn An"));
    const qint64 binh = person(QStringLiteral("Lê Thị Bình"));
    const qint64 cuong = person(QStringLiteral("Phạm Quốc Cường"));
    const qint64 dung = person(QStringLiteral("Nguyễn Dũng"));
    appoint(cuong, Role::Collaborator, QDate(2021, 1, 1));
    appoint(binh, Role::Member, QDate(2021, 1, 1));
    appoint(an, Role::Member, QDate(2021, 1, 1), QDate(2022, 6, 30));
    appoint(dung, Role::Head, QDate(2022, 1, 1));

    QList<Membership> in2021 = m_roster->members(m_committee, QDate(2021, 6, 1));
    QCOMPARE(in2021.size(), 3);
    QCOMPARE(in2021.at(0).personName, QStringLiteral("Trần Văn An")); // member: An before Bình
    QCOMPARE(in2021.at(1).personName, QStringLiteral("Lê Thị Bình"));
    QCOMPARE(in2021.at(2).role, Role::Collaborator);

    QList<Membership> in2023 = m_roster->members(m_committee, QDate(2023, 1, 1));
    QCOMPARE(in2023.size(), 3);
    QCOMPARE(in2023.at(0).role, Role::Head);
    QCOMPARE(in2023.at(0).personName, QStringLiteral("Nguyễn Dũng"));
    QCOMPARE(in2023.at(1).personName, QStringLiteral("Lê Thị Bình"));

    // The last day of a membership still counts.
    QCOMPARE(m_roster->members(m_committee, QDate(2022, 6, 30)).size(), 4);
    QCOMPARE(m_roster->members(m_committee, QDate(2022, 7, 1)).size(), 3);
}

void TestRosterRepository::secondHeadRefused()
{
    const qint64 a = person(QStringLiteral("Võ Văn Hải"));
    const qint64 b = person(QStringLiteral("Đỗ Thị Hà"));
    appoint(a, Role::Head, QDate(2021, 1, 1));
    try {
        appoint(b, Role::Head, QDate(2023, 5, 1));
        QFAIL("a second head was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), QStringLiteral("role"));
        QVERIFY2(e.message().contains(QStringLiteral("Võ Văn Hải")), qPrintable(e.message()));
    }
    QCOMPARE(m_roster->history(b).size(), 0);
    // A head from before the first one started does not overlap only if it ends in time.
    appoint(b, Role::Head, QDate(2020, 1, 1), QDate(2020, 12, 31));
    QCOMPARE(m_roster->holders(m_committee, Role::Head, QDate(2020, 6, 1)).size(), 1);
    // Deputies are not limited.
    appoint(a, Role::Deputy, QDate(2021, 1, 1));
    appoint(b, Role::Deputy, QDate(2021, 1, 1));
    QCOMPARE(m_roster->holders(m_committee, Role::Deputy, QDate(2021, 2, 1)).size(), 2);
}

void TestRosterRepository::invalidInputWritesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QStringLiteral("   ") << QDate(2021, 1, 1) << QDate()
                                << QStringLiteral("name");
    QTest::newRow("end before start") << QStringLiteral("Lý Văn Khoa") << QDate(2021, 5, 1)
                                      << QDate(2021, 4, 30) << QStringLiteral("end");
    QTest::newRow("no start") << QStringLiteral("Lý Văn Khoa") << QDate() << QDate()
                              << QStringLiteral("start");
}

void TestRosterRepository::invalidInputWritesNothing()
{
    QFETCH(QString, name);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, field);
    try {
        const qint64 id = person(name);
        appoint(id, Role::Member, start, end);
        QFAIL("invalid input was accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM memberships")).toInt(), 0);
}

void TestRosterRepository::reorganiseEndsTheDayBefore()
{
    const qint64 oldHead = person(QStringLiteral("Mai Văn Lộc"));
    const qint64 newHead = person(QStringLiteral("Quách Thị Yến"));
    const qint64 oldId = appoint(oldHead, Role::Head, QDate(2021, 1, 15));
    const qint64 newId = m_roster->reorganise(
        oldId, 1, newHead, QDate(2023, 6, 12), QStringLiteral("Quyết định số 1025-QĐ/TU"));
    QCOMPARE(m_roster->membership(oldId)->end, QDate(2023, 6, 11));
    QCOMPARE(m_roster->membership(newId)->start, QDate(2023, 6, 12));
    QCOMPARE(m_roster->membership(newId)->decision, QStringLiteral("Quyết định số 1025-QĐ/TU"));
    QCOMPARE(
        m_roster->holders(m_committee, Role::Head, QDate(2023, 6, 11)).first().personId, oldHead);
    QCOMPARE(
        m_roster->holders(m_committee, Role::Head, QDate(2023, 6, 12)).first().personId, newHead);
    // History is kept: both memberships remain.
    QCOMPARE(m_roster->history(oldHead).size(), 1);

    // A reorganisation dated before the holder started is refused, nothing changes.
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, m_roster->reorganise(newId, 1, oldHead, QDate(2023, 1, 1), QString()));
    QVERIFY(!m_roster->membership(newId)->end.isValid());
}

void TestRosterRepository::findCommitteeIgnoresDiacritics()
{
    QCOMPARE(
        m_roster->findCommittee(QStringLiteral("ban chi dao 35 tinh thu nghiem"))->id, m_committee);
    QCOMPARE(m_roster->findCommittee(QString::number(m_committee))->id, m_committee);
    QVERIFY(!m_roster->findCommittee(QStringLiteral("Ban Chỉ đạo 35 tỉnh Khác")));
}

void TestRosterRepository::roleOnTakesThePrintOrderFirst()
{
    const qint64 an = person(QStringLiteral("Trần Văn An"));
    const qint64 binh = person(QStringLiteral("Lê Thị Bình"));
    appoint(an, Role::Secretariat, QDate(2021, 1, 1));
    appoint(an, Role::Deputy, QDate(2022, 1, 1), QDate(2022, 12, 31));

    // The code of the role, or empty, so that a failure prints what was found.
    auto roleOn = [this](qint64 personId, const QDate &date) {
        const std::optional<Role> role = m_roster->roleOn(personId, m_committee, date);
        return role ? Roles::code(*role) : QString();
    };
    QCOMPARE(roleOn(an, QDate(2021, 6, 1)), QStringLiteral("secretariat"));
    // Both roles on the date: the deputy comes first in print order.
    QCOMPARE(roleOn(an, QDate(2022, 1, 1)), QStringLiteral("deputy"));
    QCOMPARE(roleOn(an, QDate(2022, 12, 31)), QStringLiteral("deputy"));
    QCOMPARE(roleOn(an, QDate(2023, 1, 1)), QStringLiteral("secretariat"));
    QCOMPARE(roleOn(an, QDate(2020, 12, 31)), QString());
    QCOMPARE(roleOn(binh, QDate(2022, 6, 1)), QString());
}

QTEST_GUILESS_MAIN(TestRosterRepository)
#include "tst_rosterrepository.moc"
