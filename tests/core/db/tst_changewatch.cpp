// Two workstations on one database: what one saves, the other's ChangeWatch reports within two
// seconds — on PostgreSQL through the v9 triggers' NOTIFY (whoever writes, the application or a
// plain SQL connection), on SQLite through PRAGMA data_version — and not what it wrote itself.
#include <common/testdb.h>

#include <core/db/changewatch.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace thuky;

class TestChangeWatch : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void otherConnectionIsSeen_data() { test::addBackendRows(); }
    void otherConnectionIsSeen();
    void ownWritesAreNotReported_data() { test::addBackendRows(); }
    void ownWritesAreNotReported();
    void burstsAreCoalesced_data() { test::addBackendRows(); }
    void burstsAreCoalesced();
    void plainSqlWriterIsSeen();
    void seenWhileBusyWithAQuery();
    void everyRecordTableNotifies();
    void concerns();

private:
    /** Opens the writer (creating the schema and a locality and a topic) and the watched one. */
    void open(const QString &backend);
    qint64 addReport(Database &db, const QString &summary);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_watched;
    qint64 m_locality = 0;
    qint64 m_topic = 0;
};

void TestChangeWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestChangeWatch::cleanup()
{
    m_watched.reset();
    m_writer.reset();
}

void TestChangeWatch::open(const QString &backend)
{
    m_writer = test::openFresh(backend, *m_dir);
    Locality l;
    l.name = QStringLiteral("Ba Chúc");
    l.level = QStringLiteral("commune");
    m_locality = RosterRepository(*m_writer).addLocality(l);
    m_topic = TaxonomyRepository(*m_writer).addTopic(QStringLiteral("Đất đai"));
    m_watched = std::make_unique<Database>(m_writer->location());
    m_watched->open(Database::OpenMode::MustExist);
    m_watched->setCurrentUser(QStringLiteral("other"));
}

qint64 TestChangeWatch::addReport(Database &db, const QString &summary)
{
    OpinionReport r;
    r.observedOn = QDate(2025, 3, 14);
    r.localityId = m_locality;
    r.topicId = m_topic;
    r.summary = summary;
    return OpinionRepository(db).add(r);
}

void TestChangeWatch::otherConnectionIsSeen()
{
    QFETCH(QString, backend);
    open(backend);
    ChangeWatch watch(*m_watched);
    QVERIFY(watch.isActive());
    QSignalSpy spy(&watch, &ChangeWatch::changed);

    QElapsedTimer clock;
    clock.start();
    addReport(*m_writer, QStringLiteral("Sạt lở bờ kè"));
    QVERIFY(spy.wait(2000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    const QStringList tables = spy.first().first().toStringList();
    if (backend == QLatin1String("postgresql"))
        QVERIFY2(tables.contains(QStringLiteral("opinions")), qPrintable(tables.join(u',')));
    else
        QVERIFY(tables.isEmpty()); // SQLite only knows that something changed
    // The watched connection reads the new report at once.
    QCOMPARE(m_watched->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 1);
}

void TestChangeWatch::ownWritesAreNotReported()
{
    QFETCH(QString, backend);
    open(backend);
    ChangeWatch watch(*m_watched);
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    addReport(*m_watched, QStringLiteral("Của chính máy này"));
    QVERIFY(!spy.wait(ChangeWatch::PollMs + ChangeWatch::CoalesceMs + 500));
    QCOMPARE(spy.count(), 0);
    // …while the other's still are, after it.
    addReport(*m_writer, QStringLiteral("Của máy khác"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
}

void TestChangeWatch::burstsAreCoalesced()
{
    QFETCH(QString, backend);
    open(backend);
    ChangeWatch watch(*m_watched);
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    // Twenty commits, one after the other, letting the watcher read between them.
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 20; ++i) {
        addReport(*m_writer, QStringLiteral("Báo cáo %1").arg(i));
        QTest::qWait(20);
    }
    QTest::qWait(ChangeWatch::PollMs + ChangeWatch::CoalesceMs + 300);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(spy.count() >= 1);
    // At most one signal per CoalesceMs, the first at once.
    QVERIFY2(spy.count() <= elapsed / ChangeWatch::CoalesceMs + 1,
        qPrintable(QStringLiteral("%1 signals in %2 ms").arg(spy.count()).arg(elapsed)));
    QVERIFY2(spy.count() < 20, qPrintable(QString::number(spy.count())));
}

void TestChangeWatch::plainSqlWriterIsSeen()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    open(QStringLiteral("postgresql"));
    const qint64 id = addReport(*m_writer, QStringLiteral("Ngập úng"));
    ChangeWatch watch(*m_watched);
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    // Another program, not Thư Ký: the database itself announces the change.
    const QUrl url(test::postgresUrl());
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("psql"));
        other.setHostName(url.host());
        other.setPort(url.port(5432));
        other.setUserName(url.userName());
        other.setDatabaseName(url.path().mid(1));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE opinions SET status = 'closed' WHERE id = %1").arg(id)));
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.first().first().toStringList(), QStringList { QStringLiteral("opinions") });
        // A statement that changes no row tells too (statement-level), but once per commit.
        spy.clear();
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 50; ++i)
            QVERIFY(q.exec(QStringLiteral("UPDATE topics SET position = position WHERE id = %1")
                               .arg(m_topic)));
        QVERIFY(q.exec(QStringLiteral("UPDATE persons SET note = note WHERE false")));
        QVERIFY(!spy.wait(300)); // nothing before the commit
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toStringList(),
            (QStringList { QStringLiteral("persons"), QStringLiteral("topics") }));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("psql"));
}

void TestChangeWatch::seenWhileBusyWithAQuery()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    open(QStringLiteral("postgresql"));
    ChangeWatch watch(*m_watched);
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    // The notification arrives while the watched connection reads something (the window
    // drawing its list, say): libpq takes it off the socket with the query's result.
    addReport(*m_writer, QStringLiteral("Trong lúc đang đọc"));
    QThread::msleep(200);
    QCOMPARE(m_watched->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 1);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.first().first().toStringList(), QStringList { QStringLiteral("opinions") });
}

void TestChangeWatch::everyRecordTableNotifies()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    open(QStringLiteral("postgresql"));
    QSqlQuery q = m_writer->exec(
        QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "WHERE t.tgname LIKE '%\\_notify' ORDER BY c.relname"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    QCOMPARE(tables,
        QStringList({ QStringLiteral("agencies"), QStringLiteral("agenda_items"),
            QStringLiteral("attendance"), QStringLiteral("channels"), QStringLiteral("committees"),
            QStringLiteral("localities"), QStringLiteral("meeting_chairs"),
            QStringLiteral("meetings"), QStringLiteral("memberships"), QStringLiteral("opinions"),
            QStringLiteral("persons"), QStringLiteral("saved_filters"), QStringLiteral("settings"),
            QStringLiteral("speeches"), QStringLiteral("tasks"), QStringLiteral("topics"),
            QStringLiteral("users") }));
}

void TestChangeWatch::concerns()
{
    const QStringList wanted = { QStringLiteral("opinions"), QStringLiteral("topics") };
    QVERIFY(ChangeWatch::concerns({}, wanted)); // unknown: anything may have changed
    QVERIFY(ChangeWatch::concerns({ QStringLiteral("persons"), QStringLiteral("topics") }, wanted));
    QVERIFY(!ChangeWatch::concerns({ QStringLiteral("persons") }, wanted));
}

QTEST_GUILESS_MAIN(TestChangeWatch)
#include "tst_changewatch.moc"
