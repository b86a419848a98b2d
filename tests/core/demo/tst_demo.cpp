// The demo data set: 2021–2025 with the 2025 reform recorded as a user would (localities
// merged and moved, districts ended, committees dissolved and formed), every record valid
// on its date, and the same records for the same seed.

#include <common/testdb.h>
#include <core/demo/demo.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace thuky;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void localitiesBeforeAndAfterTheReform();
    void committeesReformed();
    void everyReportUnderAUnitOfItsDay();
    void meetingsWithinTheirCommitteesTerm();
    void sameSeedSameRecords();

private:
    qint64 count(const QString &sql) { return m_db->scalar(sql).toLongLong(); }
    static QByteArray digest(Database &db);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDemo::initTestCase()
{
    const QString backend
        = test::postgresUrl().isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    m_db = test::openFresh(backend, m_dir);
    DemoGenerator(*m_db, 2024).generate(1500);
}

void TestDemo::localitiesBeforeAndAfterTheReform()
{
    Organisation org(*m_db);
    const QDate eve(2025, 6, 30), reform(2025, 7, 1);
    int districts = 0, provinces = 0;
    for (const Locality &l : org.localities(eve)) {
        districts += l.level == QLatin1String("district");
        provinces += l.level == QLatin1String("province");
    }
    QCOMPARE(districts, 12); // An Giang's nine, Kiên Giang's three
    QCOMPARE(provinces, 2);
    const auto anGiang = org.findLocality(QStringLiteral("An Giang"), reform);
    QVERIFY(anGiang);
    int communes = 0;
    for (const Locality &l : org.localities(reform)) {
        QVERIFY2(l.level != QLatin1String("district"), qPrintable(l.name));
        if (l.level == QLatin1String("province")) {
            QCOMPARE(l.id, anGiang->id); // one province: Kiên Giang merged into An Giang
            continue;
        }
        QCOMPARE(l.parentId, anGiang->id); // every commune directly under the province
        ++communes;
    }
    QCOMPARE(communes, 24); // 18 + 5 new units, Mỹ Hòa Hưng moved unchanged
    const auto kienGiang = org.findLocality(QStringLiteral("Kiên Giang"), eve);
    QVERIFY(kienGiang);
    QCOMPARE(org.unitOn(kienGiang->id, reform), anGiang->id);
    // Old communes roll up to the new units; a district ends without a successor.
    const auto nuiSam = org.findLocality(QStringLiteral("Núi Sam"), eve);
    const auto vinhTe = org.findLocality(QStringLiteral("Phường Vĩnh Tế"), reform);
    QVERIFY(nuiSam && vinhTe);
    QCOMPARE(org.unitOn(nuiSam->id, reform), vinhTe->id);
    QCOMPARE(vinhTe->validFrom, reform);
    const auto triTon = org.findLocality(QStringLiteral("Tri Tôn"), QDate(2024, 1, 1));
    QVERIFY(triTon);
    QCOMPARE(org.localities(reform).size(), communes + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM localities WHERE level = 'district' "
                                  "AND (valid_to IS NULL OR valid_to <> '2025-06-30')")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT at, entity_uuid FROM "
                                  "audit_log WHERE action = 'merge') a")),
        45);
}

void TestDemo::committeesReformed()
{
    Organisation org(*m_db);
    RosterRepository roster(*m_db);
    const QList<Committee> before = org.committees(QDate(2025, 6, 30));
    const QList<Committee> after = org.committees(QDate(2025, 7, 1));
    QCOMPARE(before.size(), 10); // the province and nine districts
    QCOMPARE(after.size(), 6); // the province and five communes
    QCOMPARE(after.first().name, QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"));
    for (const Committee &c : after.mid(1)) {
        QCOMPARE(c.level, QStringLiteral("commune"));
        QCOMPARE(c.parentId, after.first().id);
        // Staffed: one head and one standing deputy once the kiện toàn is done.
        QCOMPARE(roster.holders(c.id, Role::Head, QDate(2025, 9, 1)).size(), 1);
        QCOMPARE(roster.holders(c.id, Role::StandingDeputy, QDate(2025, 9, 1)).size(), 1);
        QVERIFY(roster.members(c.id, QDate(2025, 9, 1)).size() >= 20);
    }
    const auto longXuyen = org.findCommittee(QStringLiteral("Ban Chỉ đạo 35 thành phố Long Xuyên"));
    QVERIFY(longXuyen);
    QCOMPARE(longXuyen->validTo, QDate(2025, 6, 30));
    QVERIFY(longXuyen->successorId != 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT at, entity_uuid FROM "
                                  "audit_log WHERE action = 'dissolve') a")),
        9);
    // No membership outlives its committee.
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM memberships m JOIN committees c ON c.id = m.committee_id "
            "WHERE c.valid_to IS NOT NULL AND (m.end_date IS NULL OR m.end_date > c.valid_to)")),
        0);
}

void TestDemo::everyReportUnderAUnitOfItsDay()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM opinions")), 1500);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM opinions o JOIN localities l ON l.id = o.locality_id "
                 "WHERE (l.valid_from IS NOT NULL AND l.valid_from > o.observed_on) "
                 "OR (l.valid_to IS NOT NULL AND l.valid_to < o.observed_on)")),
        0);
    // Both sides of the reform, every year from 2021 to 2025.
    for (int year = 2021; year <= 2025; ++year)
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM opinions WHERE observed_on "
                                     "BETWEEN '%1-01-01' AND '%1-12-31'")
                          .arg(year))
            > 150);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM opinions WHERE observed_on >= '2025-07-01'"))
        > 100);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM opinions WHERE observed_on < '2021-01-01' "
                                  "OR observed_on > '2025-12-31'")),
        0);
    // The reform is talked about in 2025 only.
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM opinions o JOIN topics t ON t.id = o.topic_id "
                 "WHERE t.name = 'Sắp xếp đơn vị hành chính' AND o.observed_on < '2025-03-01'")),
        0);
}

void TestDemo::meetingsWithinTheirCommitteesTerm()
{
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM meetings m JOIN committees c ON c.id = m.committee_id "
                 "WHERE substr(m.starts_at, 1, 10) < c.valid_from "
                 "OR (c.valid_to IS NOT NULL AND substr(m.starts_at, 1, 10) > c.valid_to)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM meetings m JOIN committees c ON "
                                  "c.id = m.committee_id WHERE c.level = 'commune'")),
        15);
    // Drafts: the latest meeting of each committee in office; a dissolved one's are approved.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM meetings WHERE status = 'draft'")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM meetings WHERE starts_at >= '2025-10-01' "
                                  "AND committee_id = (SELECT min(id) FROM committees)")),
        1);
}

QByteArray TestDemo::digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT o.uuid, o.observed_on, l.name, o.summary, o.status FROM opinions o "
                       "JOIN localities l ON l.id = o.locality_id ORDER BY o.id"),
        QStringLiteral("SELECT name, valid_from, valid_to FROM localities ORDER BY id"),
        QStringLiteral("SELECT p.full_name, m.role, m.start_date, m.end_date FROM memberships m "
                       "JOIN persons p ON p.id = m.person_id ORDER BY m.id"),
        QStringLiteral("SELECT title, starts_at, conclusion FROM meetings ORDER BY id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q = db.exec(sql);
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

void TestDemo::sameSeedSameRecords()
{
    QTemporaryDir dir;
    QByteArray digests[3];
    const quint32 seeds[3] = { 7, 7, 8 };
    for (int i = 0; i < 3; ++i) {
        Database db(dir.filePath(QStringLiteral("d%1.sqlite").arg(i)));
        db.open();
        DemoGenerator(db, seeds[i]).generate(300);
        digests[i] = digest(db);
    }
    QCOMPARE(digests[0], digests[1]);
    QVERIFY(digests[0] != digests[2]);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
