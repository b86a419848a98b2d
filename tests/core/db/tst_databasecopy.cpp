// DatabaseCopy into a PostgreSQL server: every value through COPY … FROM STDIN as it was
// (tabs, line breaks, backslashes, NULLs), the large tables loaded bare with their indexes,
// keys and triggers put back after the rows, and all or nothing. Skipped without
// THUKY_TEST_PG_URL.

#include "../opinions/opinionfixture.h"
#include <core/db/databasecopy.h>
#include <core/opinions/opinionsearch.h>
#include <core/roster/roster.h>

#include <QTest>

using namespace thuky;

class TestDatabaseCopy : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init()
    {
        reset();
        if (test::postgresUrl().isEmpty())
            QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    }
    void cleanup() { DatabaseCopy::bareLoadRows = m_defaultBareRows; }
    void copiesEveryValueToTheServer_data();
    void copiesEveryValueToTheServer();
    void failedCopyLeavesTheServerAsItWas_data();
    void failedCopyLeavesTheServerAsItWas();

private:
    /** The definitions of the opinion table's indexes, constraints and enabled triggers. */
    static QStringList schemaOfOpinions(Database &db);
    void addSourceReports();

    const qint64 m_defaultBareRows = DatabaseCopy::bareLoadRows;
    QList<qint64> m_ids;
    qint64 m_reporter = 0;
};

QStringList TestDatabaseCopy::schemaOfOpinions(Database &db)
{
    QStringList out;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'opinions' UNION ALL "
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'opinions'::regclass "
        "UNION ALL SELECT tgname || ' ' || tgenabled::text FROM pg_trigger WHERE tgrelid = "
        "'opinions'::regclass AND NOT tgisinternal"));
    while (q.next())
        out.append(q.value(0).toString());
    out.sort();
    return out;
}

void TestDatabaseCopy::addSourceReports()
{
    Person p;
    p.fullName = QStringLiteral("Nguyễn Văn Tư");
    m_reporter = RosterRepository(*m_db).addPerson(p);
    const QString texts[] = {
        QStringLiteral("Tab\there, a backslash \\ and \\N, 'quotes' \"too\""),
        QStringLiteral("Dòng một\nDòng hai\\nnot a break"),
        QStringLiteral("Đất đai 12.5 triệu/tấn"),
        QStringLiteral("Karaoke ồn ào"),
    };
    m_ids.clear();
    for (int i = 0; i < 40; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2024, 1, 1).addDays(i);
        r.localityId = i % 2 ? m_commune : m_otherDistrict;
        r.topicId = i % 3 ? m_land : m_prices;
        r.summary = texts[i % 4] + QStringLiteral(" %1").arg(i);
        if (i % 5 == 0)
            r.recommendation = QStringLiteral("Kiến nghị\tgiải quyết");
        if (i % 7 == 0)
            r.reporterId = m_reporter;
        m_ids.append(OpinionRepository(*m_db).add(r));
    }
}

void TestDatabaseCopy::copiesEveryValueToTheServer_data()
{
    QTest::addColumn<qint64>("bareRows");
    QTest::newRow("indexes kept during the load") << qint64(1000000);
    QTest::newRow("loaded bare, indexes built after") << qint64(1);
}

void TestDatabaseCopy::copiesEveryValueToTheServer()
{
    QFETCH(qint64, bareRows);
    DatabaseCopy::bareLoadRows = bareRows;
    open(QStringLiteral("sqlite"));
    addSourceReports();
    auto target = test::openFresh(QStringLiteral("postgresql"), *m_dir);
    const QStringList schema = schemaOfOpinions(*target);
    QVERIFY(schema.join(QLatin1Char('\n')).contains(QLatin1String("opinions_search")));

    DatabaseCopy::copy(*m_db, *target);

    // Every report, value for value.
    OpinionRepository from(*m_db), to(*target);
    const QList<OpinionReport> before = from.list({}, OpinionColumn::Id, Qt::AscendingOrder, 1000);
    const QList<OpinionReport> after = to.list({}, OpinionColumn::Id, Qt::AscendingOrder, 1000);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        const OpinionReport &a = before.at(i), &b = after.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.uuid, a.uuid);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.recommendation, a.recommendation);
        QCOMPARE(b.observedOn, a.observedOn);
        QCOMPARE(b.localityName, a.localityName);
        QCOMPARE(b.reporterName, a.reporterName);
        QCOMPARE(b.rowVersion, a.rowVersion);
    }
    QCOMPARE(target
                 ->scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE reporter_key = "
                                         "(SELECT sort_key FROM persons WHERE id = ?)"),
                     { m_reporter })
                 .toInt(),
        6);
    // Indexes, keys and triggers as a new server database has them.
    QCOMPARE(schemaOfOpinions(*target), schema);
    // Vacuumed after the commit: the pages marked all-visible (index-only scans stay in the
    // index) and the planner's statistics there.
    QVERIFY(target
                ->scalar(QStringLiteral(
                    "SELECT relallvisible > 0 FROM pg_class WHERE oid = 'opinions'::regclass"))
                .toBool());
    QVERIFY(target
                ->scalar(QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = "
                                        "'opinions' AND attname = 'quarter'"))
                .toInt()
        > 0);
    // The search index answers, the keys hold, the triggers run, the ids go on.
    QCOMPARE(to.search(QStringLiteral("dat dai 12")).size(), 10);
    QCOMPARE(to.search(QStringLiteral("tab backslash")).size(), 10);
    OpinionReport added = after.first();
    added.uuid.clear();
    added.reporterId = m_reporter;
    const qint64 id = to.add(added);
    QCOMPARE(id, m_ids.last() + 1);
    QCOMPARE(to.report(id)->reporterName, QStringLiteral("Nguyễn Văn Tư"));
    QVERIFY(
        !target->scalar(QStringLiteral("SELECT reporter_key FROM opinions WHERE id = ?"), { id })
             .toString()
             .isEmpty());
    QVERIFY_THROWS_EXCEPTION(DbError, to.add(after.first())); // the same uuid
    added.localityId = 999999;
    QVERIFY_THROWS_EXCEPTION(DbError, to.add(added)); // no such locality
}

void TestDatabaseCopy::failedCopyLeavesTheServerAsItWas_data()
{
    copiesEveryValueToTheServer_data();
}

void TestDatabaseCopy::failedCopyLeavesTheServerAsItWas()
{
    QFETCH(qint64, bareRows);
    DatabaseCopy::bareLoadRows = bareRows;
    open(QStringLiteral("sqlite"));
    addSourceReports();
    // A report whose locality is missing: the server's key refuses it, during the COPY or
    // when the key is put back after a bare load.
    m_db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    m_db->exec(
        QStringLiteral("UPDATE opinions SET locality_id = 999999 WHERE id = ?"), { m_ids.last() });
    auto target = test::openFresh(QStringLiteral("postgresql"), *m_dir);
    const QStringList schema = schemaOfOpinions(*target);
    QVERIFY_THROWS_EXCEPTION(DbError, DatabaseCopy::copy(*m_db, *target));
    QCOMPARE(DatabaseCopy::recordCount(*target), qint64(0));
    QCOMPARE(schemaOfOpinions(*target), schema);
    // Mended, the same copy goes through into the same database.
    m_db->exec(QStringLiteral("UPDATE opinions SET locality_id = ? WHERE id = ?"),
        { m_commune, m_ids.last() });
    DatabaseCopy::copy(*m_db, *target);
    QCOMPARE(OpinionRepository(*target).totalCount(), qint64(m_ids.size()));
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
