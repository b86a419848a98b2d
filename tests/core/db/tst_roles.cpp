// Roles checked in core for every write (SPEC.md, "Roles"): whatever the caller, a viewer
// changes nothing and a collaborator only adds reports and edits its own new ones; on
// PostgreSQL the group roles' grants refuse a viewer's database login even outside Thư Ký.

#include "../opinions/opinionfixture.h"
#include <core/db/access.h>
#include <core/db/auditrepository.h>
#include <core/db/serverroles.h>
#include <core/db/settingsrepository.h>
#include <core/db/userrepository.h>
#include <core/meetings/meetingrepository.h>
#include <core/opinions/opinionexport.h>

#include <QSqlError>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace thuky;

class TestRoles : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init() { reset(); }
    void writtenTable_data();
    void writtenTable();
    void viewerChangesNothing_data() { test::addBackendRows(); }
    void viewerChangesNothing();
    void collaboratorAddsAndEditsItsOwnNewReports_data() { test::addBackendRows(); }
    void collaboratorAddsAndEditsItsOwnNewReports();
    void secretaryMayNotManageUsers();
    void serverGrantsMatchTheRoles();

private:
    /** Number of rows in every table a user's records live in. */
    QString fingerprint()
    {
        QStringList counts;
        for (const char *t : { "opinions", "persons", "committees", "memberships", "meetings",
                 "tasks", "topics", "agencies", "localities", "users", "settings" })
            counts << QString::number(
                m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)))
                    .toInt());
        counts << m_db->scalar(QStringLiteral("SELECT max(row_version) FROM opinions")).toString();
        return counts.join(QLatin1Char(','));
    }
    bool refused(const std::function<void()> &write)
    {
        try {
            write();
        } catch (const PermissionError &) {
            return true;
        }
        return false;
    }
};

void TestRoles::writtenTable_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::newRow("select") << "SELECT * FROM opinions"
                            << "";
    QTest::newRow("insert") << "INSERT INTO opinions (a) VALUES (1)"
                            << "opinions";
    QTest::newRow("insert or") << "INSERT OR IGNORE INTO topics(name) VALUES (?)"
                               << "topics";
    QTest::newRow("update") << "  update persons SET x = 1"
                            << "persons";
    QTest::newRow("update or") << "UPDATE OR ROLLBACK meetings SET x = 1"
                               << "meetings";
    QTest::newRow("delete") << "DELETE FROM memberships WHERE id = 1"
                            << "memberships";
    QTest::newRow("quoted") << "DELETE FROM \"users\""
                            << "users";
    QTest::newRow("schema") << "DROP TABLE opinions"
                            << "schema";
    QTest::newRow("temp") << "CREATE TEMP TABLE IF NOT EXISTS s (a)"
                          << "temp";
    QTest::newRow("truncate") << "TRUNCATE TABLE audit_log"
                              << "audit_log";
    QTest::newRow("pragma") << "PRAGMA user_version"
                            << "";
}

void TestRoles::writtenTable()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QCOMPARE(Access::writtenTable(sql), table);
}

void TestRoles::viewerChangesNothing()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 report = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Ngập"));
    const qint64 agency = TaxonomyRepository(*m_db).addAgency(QStringLiteral("Sở Xây dựng"));
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    const qint64 committee = roster.addCommittee(c);
    Person p;
    p.fullName = QStringLiteral("Lê Văn Xem");
    const qint64 person = roster.addPerson(p);
    const QString before = fingerprint();
    const int auditBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    m_db->setCurrentUser(QStringLiteral("lanhdao"));
    m_db->setCurrentRole(Access::Viewer);
    OpinionRepository opinions(*m_db);
    OpinionReport r = *opinions.report(report);
    QVERIFY(
        refused([&] { addReport(QDate(2024, 5, 18), m_commune, m_land, QStringLiteral("x")); }));
    QVERIFY(refused([&] {
        r.summary = QStringLiteral("đổi");
        opinions.update(r);
    }));
    QVERIFY(refused([&] { opinions.forward(report, agency, QDate(2024, 5, 20)); }));
    QVERIFY(refused([&] { opinions.remove(report); }));
    QVERIFY(refused([&] { TaxonomyRepository(*m_db).addTopic(QStringLiteral("Mới")); }));
    QVERIFY(
        refused([&] { TaxonomyRepository(*m_db).renameTopic(m_land, QStringLiteral("Đất"), 1); }));
    QVERIFY(refused([&] { roster.addPerson(p); }));
    QVERIFY(refused([&] { roster.removePerson(person); }));
    QVERIFY(refused([&] {
        Membership m;
        m.personId = person;
        m.committeeId = committee;
        m.role = Role::Member;
        m.start = QDate(2024, 1, 1);
        roster.appoint(m);
    }));
    QVERIFY(refused([&] {
        Meeting m;
        m.committeeId = committee;
        m.kind = QStringLiteral("quarterly_briefing");
        m.title = QStringLiteral("Giao ban");
        m.start = QDateTime(QDate(2024, 7, 17), QTime(8, 0));
        m.end = m.start.addSecs(3600);
        m.place = QStringLiteral("Hội trường");
        MeetingRepository(*m_db).create(m);
    }));
    QVERIFY(refused([&] {
        SettingsRepository(*m_db).setValues(
            { { QString::fromLatin1(SettingsRepository::WaitingDays), QStringLiteral("9") } });
    }));
    QVERIFY(refused([&] {
        UserRepository(*m_db).add(QStringLiteral("x"), Access::Admin, QStringLiteral("123456789"));
    }));
    QVERIFY(refused([&] { m_db->exec(QStringLiteral("DELETE FROM opinions")); }));

    m_db->setCurrentRole(QString());
    QCOMPARE(fingerprint(), before);
    // Refusals wrote no audit line either: nothing happened.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
    // A viewer reads and exports.
    m_db->setCurrentRole(Access::Viewer);
    QCOMPARE(OpinionExport(*m_db).write({}, m_dir->filePath(QStringLiteral("x.csv"))), 1);
}

void TestRoles::collaboratorAddsAndEditsItsOwnNewReports()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 agency = TaxonomyRepository(*m_db).addAgency(QStringLiteral("Sở Y tế"));
    const qint64 others = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Khác"));
    m_db->setCurrentUser(QStringLiteral("ctv1"));
    m_db->setCurrentRole(Access::Collaborator);
    OpinionRepository opinions(*m_db);
    const qint64 own = addReport(QDate(2024, 5, 18), m_commune, m_land, QStringLiteral("Của tôi"));
    OpinionReport r = *opinions.report(own);
    r.summary = QStringLiteral("Của tôi, sửa lại");
    opinions.update(r);
    QCOMPARE(opinions.report(own)->summary, QStringLiteral("Của tôi, sửa lại"));

    OpinionReport o = *opinions.report(others);
    o.summary = QStringLiteral("sửa của người khác");
    QVERIFY(refused([&] { opinions.update(o); }));
    QVERIFY(refused([&] { opinions.remove(others); }));
    QVERIFY(refused([&] { opinions.forward(own, agency, QDate(2024, 5, 20)); }));
    r = *opinions.report(own);
    r.status = QStringLiteral("forwarded");
    r.agencyId = agency;
    r.forwardedOn = QDate(2024, 5, 20);
    QVERIFY(refused([&] { opinions.update(r); })); // forwarding through an edit
    QVERIFY(refused([&] { TaxonomyRepository(*m_db).addTopic(QStringLiteral("Mới")); }));
    QVERIFY(
        refused([&] { OpinionExport(*m_db).write({}, m_dir->filePath(QStringLiteral("x.csv"))); }));

    // Once forwarded by the secretariat, the report is no longer the collaborator's to edit.
    m_db->setCurrentRole(Access::Secretary);
    m_db->setCurrentUser(QStringLiteral("thuky"));
    opinions.forward(own, agency, QDate(2024, 5, 20));
    m_db->setCurrentRole(Access::Collaborator);
    m_db->setCurrentUser(QStringLiteral("ctv1"));
    r = *opinions.report(own);
    r.summary = QStringLiteral("sửa sau khi chuyển");
    QVERIFY(refused([&] { opinions.update(r); }));
    QCOMPARE(opinions.report(others)->summary, QStringLiteral("Khác"));
}

void TestRoles::secretaryMayNotManageUsers()
{
    open(QStringLiteral("sqlite"));
    m_db->setCurrentRole(Access::Secretary);
    QVERIFY(refused([&] {
        UserRepository(*m_db).add(
            QStringLiteral("moi"), Access::Admin, QStringLiteral("123456789"));
    }));
    // …but keeps every record.
    addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Được"));
    TaxonomyRepository(*m_db).addTopic(QStringLiteral("Môi trường"));
}

void TestRoles::serverGrantsMatchTheRoles()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    open(QStringLiteral("postgresql"));
    addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Trên máy chủ"));
    UserRepository users(*m_db);
    users.add(QStringLiteral("tk_admin_t"), Access::Admin, QStringLiteral("quantri-123"));
    users.add(QStringLiteral("tk_viewer_t"), Access::Viewer, QStringLiteral("xem-123456"));
    users.add(QStringLiteral("tk_collab_t"), Access::Collaborator, QStringLiteral("ctv-123456"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g "
                                         "ON g.oid = m.roleid JOIN pg_roles u ON u.oid = "
                                         "m.member WHERE u.rolname = 'tk_viewer_t' AND "
                                         "g.rolname = 'thuky_viewer'"))
                 .toInt(),
        1);

    // The viewer's own login, as psql would use it: reads, cannot write anything.
    auto connectAs = [](const QString &login, const QString &password, const QString &name) {
        const QUrl url(test::postgresUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login);
        db.setPassword(password);
        return db;
    };
    {
        QSqlDatabase viewer = connectAs(
            QStringLiteral("tk_viewer_t"), QStringLiteral("xem-123456"), QStringLiteral("viewer"));
        QVERIFY2(viewer.open(), qPrintable(viewer.lastError().text()));
        QSqlQuery q(viewer);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM opinions")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const QString &sql : { QStringLiteral("UPDATE opinions SET summary = 'x'"),
                 QStringLiteral("DELETE FROM opinions"),
                 QStringLiteral("INSERT INTO topics (uuid, created_at, updated_at, name) VALUES "
                                "('t', 'x', 'x', 'x')"),
                 QStringLiteral("UPDATE users SET role = 'admin'"),
                 QStringLiteral("DELETE FROM audit_log") })
            QVERIFY2(!q.exec(sql), qPrintable(sql));
        viewer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("viewer"));
    {
        QSqlDatabase collab = connectAs(
            QStringLiteral("tk_collab_t"), QStringLiteral("ctv-123456"), QStringLiteral("collab"));
        QVERIFY2(collab.open(), qPrintable(collab.lastError().text()));
        QSqlQuery q(collab);
        QVERIFY2(q.exec(QStringLiteral("UPDATE opinions SET summary = 'ctv' WHERE id > 0")),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE persons SET full_name = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")));
        collab.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("collab"));
    {
        QSqlDatabase admin = connectAs(
            QStringLiteral("tk_admin_t"), QStringLiteral("quantri-123"), QStringLiteral("admin"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("UPDATE topics SET position = position")));
        // The audit log is INSERT and SELECT only, even for an admin's login.
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
