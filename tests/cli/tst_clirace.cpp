// Two thuky-cli processes at once: name lookups, duplicate checks and the demo's "is the
// database empty" happen inside the write transaction, so neither twins nor lost rows.

#include <common/clirunner.h>
#include <common/testdb.h>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>

using namespace thuky;
using thuky::test::CliResult;

namespace {

constexpr int Rounds = 4;
constexpr int Rows = 40;
constexpr int Localities = 5;
constexpr int Topics = 4;
constexpr int Reporters = 3;
constexpr int Agencies = 2;

/** Both processes started before either is waited for; their results in start order. */
std::array<CliResult, 2> runTogether(const QStringList &first, const QStringList &second)
{
    std::array<std::unique_ptr<QProcess>, 2> processes;
    const std::array<const QStringList *, 2> args { &first, &second };
    for (int i = 0; i < 2; ++i) {
        processes[i] = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        processes[i]->setProcessEnvironment(env);
        processes[i]->start(QStringLiteral(THUKY_CLI_PATH), *args[i]);
    }
    std::array<CliResult, 2> results;
    for (int i = 0; i < 2; ++i) {
        QProcess &p = *processes[i];
        p.waitForFinished(300000);
        results[i].exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        results[i].out = QString::fromUtf8(p.readAllStandardOutput());
        results[i].err = QString::fromUtf8(p.readAllStandardError());
    }
    return results;
}

/** An import file naming localities, topics, reporters and agencies no database has yet. */
QByteArray newNamesFile()
{
    QByteArray csv("date,locality,topic,summary,channel,sentiment,reporter,forwarded_to\n");
    for (int i = 0; i < Rows; ++i) {
        csv += QStringLiteral("2024-03-%1,Xã Mới %2,Chủ đề mới %3,Ý kiến số %4,direct,negative,"
                              "Người Báo %5,Sở Mới %6\n")
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(i % Localities)
                   .arg(i % Topics)
                   .arg(i)
                   .arg(i % Reporters)
                   .arg(i % Agencies)
                   .toUtf8();
    }
    return csv;
}

} // namespace

class TestCliRace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createMissingAddsEachNameOnce_data() { test::addBackendRows(); }
    void createMissingAddsEachNameOnce();
    void skipDuplicatesImportsOnce_data() { test::addBackendRows(); }
    void skipDuplicatesImportsOnce();
    void rosterPersonsAddedOnce_data() { test::addBackendRows(); }
    void rosterPersonsAddedOnce();
    void demoFillsOnce_data() { test::addBackendRows(); }
    void demoFillsOnce();

private:
    /** A fresh database of @p backend with a province (the parent of new localities). */
    QString freshDatabase(const QString &backend);
    /** Counts of the SQL @p query (first column) in the database at @p location. */
    qint64 count(const QString &location, const QString &query);
    /** Names of @p table's @p column that occur more than once. */
    QStringList twins(const QString &location, const QString &table, const QString &column);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_pgUrl; ///< a database of this test's own on the test server
    int m_round = 0;
};

void TestCliRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (test::postgresUrl().isEmpty())
        return;
    // Its own database, so that other suites emptying the shared one do not disturb a round.
    QUrl url(test::postgresUrl());
    const QString name = url.path().mid(1) + QStringLiteral("_race");
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("create"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
        if (!q.next())
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)),
                qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("create"));
    url.setPath(QLatin1Char('/') + name);
    m_pgUrl = url.toString();
}

QString TestCliRace::freshDatabase(const QString &backend)
{
    QString location;
    if (backend == QLatin1String("postgresql")) {
        test::emptyPostgres(m_pgUrl);
        location = m_pgUrl;
    } else {
        location = m_dir.filePath(QStringLiteral("race%1.sqlite").arg(++m_round));
    }
    const CliResult init
        = test::runCli({ QStringLiteral("--db"), location, QStringLiteral("init") });
    if (init.exitCode != 0)
        qWarning("%s", qPrintable(init.err));
    const CliResult r = test::runCli(
        { QStringLiteral("--db"), location, QStringLiteral("locality"), QStringLiteral("add"),
            QStringLiteral("Tỉnh Thử"), QStringLiteral("--level"), QStringLiteral("province") });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.exitCode == 0 ? location : QString();
}

qint64 TestCliRace::count(const QString &location, const QString &query)
{
    qint64 n = -1;
    {
        QSqlDatabase sql;
        if (location.startsWith(QLatin1String("postgresql:"))) {
            const QUrl u(location);
            sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("count"));
            sql.setHostName(u.host());
            sql.setPort(u.port(5432));
            sql.setUserName(u.userName());
            sql.setPassword(u.password());
            sql.setDatabaseName(u.path().mid(1));
        } else {
            sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            sql.setDatabaseName(location);
        }
        if (sql.open()) {
            QSqlQuery q(sql);
            if (q.exec(query) && q.next())
                n = q.value(0).toLongLong();
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

QStringList TestCliRace::twins(const QString &location, const QString &table, const QString &column)
{
    QStringList out;
    {
        const qint64 n = count(location,
            QStringLiteral("SELECT count(*) FROM (SELECT %2 FROM %1 GROUP BY %2 HAVING count(*) > "
                           "1) AS t")
                .arg(table, column));
        if (n != 0)
            out.append(QStringLiteral("%1: %2 names twice (or no answer: -1)").arg(table).arg(n));
    }
    return out;
}

QString TestCliRace::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestCliRace::createMissingAddsEachNameOnce()
{
    QFETCH(QString, backend);
    const QString file = writeFile(QStringLiteral("new-names.csv"), newNamesFile());
    for (int round = 0; round < Rounds; ++round) {
        const QString db = freshDatabase(backend);
        QVERIFY(!db.isEmpty());
        const QStringList import { QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral("opinions"), file, QStringLiteral("--create-missing") };
        const auto results = runTogether(import, import);
        for (const CliResult &r : results)
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(twins(db, QStringLiteral("localities"), QStringLiteral("name")), QStringList());
        QCOMPARE(twins(db, QStringLiteral("topics"), QStringLiteral("name")), QStringList());
        QCOMPARE(twins(db, QStringLiteral("persons"), QStringLiteral("full_name")), QStringList());
        QCOMPARE(twins(db, QStringLiteral("agencies"), QStringLiteral("name")), QStringList());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM localities")), 1 + Localities);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM topics")), Topics);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM persons")), Reporters);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM agencies")), Agencies);
        // No lost rows: without --skip-duplicates each import adds every row.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM opinions")), 2 * Rows);
    }
}

void TestCliRace::skipDuplicatesImportsOnce()
{
    QFETCH(QString, backend);
    const QString file = writeFile(QStringLiteral("same-file.csv"), newNamesFile());
    for (int round = 0; round < Rounds; ++round) {
        const QString db = freshDatabase(backend);
        QVERIFY(!db.isEmpty());
        const QStringList import { QStringLiteral("--db"), db, QStringLiteral("import"),
            QStringLiteral("opinions"), file, QStringLiteral("--create-missing"),
            QStringLiteral("--skip-duplicates") };
        const auto results = runTogether(import, import);
        for (const CliResult &r : results)
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM opinions")), Rows);
        QCOMPARE(twins(db, QStringLiteral("localities"), QStringLiteral("name")), QStringList());
        QCOMPARE(twins(db, QStringLiteral("topics"), QStringLiteral("name")), QStringList());
        // One of the two found the other's reports: it says so.
        const QString skipped = QStringLiteral("(%1 duplicates skipped)").arg(Rows);
        QVERIFY2(results[0].err.contains(skipped) != results[1].err.contains(skipped),
            qPrintable(results[0].err + results[1].err));
    }
}

void TestCliRace::rosterPersonsAddedOnce()
{
    QFETCH(QString, backend);
    // Two sheets naming the same new people in different committees' roles: each person once.
    QByteArray first("person,organisation,role,start,committee\n");
    QByteArray second = first;
    for (int i = 0; i < 12; ++i) {
        const QByteArray person = QStringLiteral("Người Thử %1,Sở Thử").arg(i).toUtf8();
        first += person + ",member,2024-01-01,Ban Thử Một\n";
        second += person + ",member,2024-01-01,Ban Thử Hai\n";
    }
    const QString firstFile = writeFile(QStringLiteral("roster1.csv"), first);
    const QString secondFile = writeFile(QStringLiteral("roster2.csv"), second);
    for (int round = 0; round < Rounds; ++round) {
        const QString db = freshDatabase(backend);
        QVERIFY(!db.isEmpty());
        for (const char *committee : { "Ban Thử Một", "Ban Thử Hai" }) {
            const CliResult made = test::runCli({ QStringLiteral("--db"), db,
                QStringLiteral("committee"), QStringLiteral("add"), QString::fromUtf8(committee),
                QStringLiteral("--level"), QStringLiteral("province"), QStringLiteral("--locality"),
                QStringLiteral("Tỉnh Thử"), QStringLiteral("--from"),
                QStringLiteral("2020-01-01") });
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        }
        const auto results = runTogether({ QStringLiteral("--db"), db, QStringLiteral("import"),
                                             QStringLiteral("roster"), firstFile },
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("roster"),
                secondFile });
        for (const CliResult &r : results)
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM persons")), 12);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM memberships")), 24);
    }
}

void TestCliRace::demoFillsOnce()
{
    QFETCH(QString, backend);
    qint64 persons = 0; // what the first round's one fill added
    for (int round = 0; round < Rounds; ++round) {
        QString db;
        if (backend == QLatin1String("postgresql")) {
            test::emptyPostgres(m_pgUrl);
            db = m_pgUrl;
        } else {
            db = m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(round));
        }
        // The schema first, so that the two runs race on the filling.
        const CliResult made = test::runCli({ QStringLiteral("--db"), db, QStringLiteral("init") });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QStringList demo { QStringLiteral("--db"), db, QStringLiteral("demo"),
            QStringLiteral("--opinions"), QStringLiteral("50") };
        const auto results = runTogether(demo, demo);
        QList<int> codes { results[0].exitCode, results[1].exitCode };
        std::sort(codes.begin(), codes.end());
        QVERIFY2(codes == (QList<int> { 0, 3 }), qPrintable(results[0].err + results[1].err));
        const CliResult &refused = results[0].exitCode == 3 ? results[0] : results[1];
        QVERIFY2(
            refused.err.contains(QStringLiteral("already holds records")), qPrintable(refused.err));
        const qint64 p = count(db, QStringLiteral("SELECT count(*) FROM persons"));
        const qint64 o = count(db, QStringLiteral("SELECT count(*) FROM opinions"));
        QCOMPARE(o, 50);
        if (round == 0)
            persons = p;
        QCOMPARE(p, persons); // the same seed fills the same roster, once
    }
    QVERIFY(persons > 0);
}

QTEST_GUILESS_MAIN(TestCliRace)
#include "tst_clirace.moc"
