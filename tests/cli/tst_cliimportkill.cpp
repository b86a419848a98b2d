// A large import (the indexes dropped, the rows written, the indexes and the search index built
// again, all in one transaction) killed with SIGKILL at random points: each time the database
// is whole, holds the reports it held and exactly the schema it had (every index and trigger),
// and its search index matches its reports; an import left to finish adds every row.

#include <common/clirunner.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

namespace {
constexpr int Rounds = 12;
constexpr int ImportRows = 4000;
constexpr int HeldRows = 40;

struct State
{
    QString problem; ///< empty when the integrity checks pass
    qint64 reports = -1;
    QStringList schema;
};
} // namespace

class TestCliImportKill : public QObject
{
    Q_OBJECT
private slots:
    void killedRebuildLeavesDatabaseAsItWas();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString csv(int rows, const QString &name) const;
    State inspect(const QString &db) const;
    QTemporaryDir m_dir;
};

QString TestCliImportKill::csv(int rows, const QString &name) const
{
    QByteArray text = "date,locality,topic,summary,reporter\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("2024-%1-%2,Xã %3,Lĩnh vực %4,Bờ kè sạt lở %5 đoạn %6,Người %7\n")
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 17)
                    .arg(i % 5)
                    .arg(name)
                    .arg(i)
                    .arg(i % 23)
                    .toUtf8();
    const QString file = path(name + QStringLiteral(".csv"));
    QFile f(file);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return file;
}

State TestCliImportKill::inspect(const QString &db) const
{
    State s;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("i"));
        c.setDatabaseName(db);
        if (!c.open()) {
            s.problem = c.lastError().text();
        } else {
            QSqlQuery q(c);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            const QString integrity = q.next() ? q.value(0).toString() : q.lastError().text();
            if (integrity != QLatin1String("ok"))
                s.problem = integrity;
            if (!q.exec(QStringLiteral(
                    "INSERT INTO opinions_fts(opinions_fts, rank) VALUES('integrity-check', 1)")))
                s.problem += q.lastError().text();
            q.exec(QStringLiteral("SELECT count(*) FROM opinions"));
            s.reports = q.next() ? q.value(0).toLongLong() : -1;
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            while (q.next())
                s.schema.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()
                    + QLatin1Char('|') + q.value(2).toString());
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("i"));
    return s;
}

void TestCliImportKill::killedRebuildLeavesDatabaseAsItWas()
{
    // A database holding a few reports (imported row by row), kept as the pristine copy.
    const QString pristine = path(QStringLiteral("pristine.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), pristine, QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("--db"), pristine, QStringLiteral("import"),
                        QStringLiteral("opinions"), csv(HeldRows, QStringLiteral("held")),
                        QStringLiteral("--create-missing") })
                 .exitCode,
        0);
    const State before = inspect(pristine); // also folds the WAL into the file
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    QCOMPARE(before.reports, qint64(HeldRows));
    QVERIFY(before.schema.filter(QStringLiteral("index|opinions_filter|")).size() == 1);
    QVERIFY(before.schema.filter(QStringLiteral("trigger|opinions_fts_ai|")).size() == 1);

    const QString db = path(QStringLiteral("thuky.sqlite"));
    const QString big = csv(ImportRows, QStringLiteral("big"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("THUKY_IMPORT_REBUILD_ROWS"), QStringLiteral("1000"));
    const QStringList args { QStringLiteral("--db"), db, QStringLiteral("import"),
        QStringLiteral("opinions"), big, QStringLiteral("--create-missing") };
    auto fresh = [&] {
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(db + QLatin1String(suffix));
        return QFile::copy(pristine, db);
    };

    // Left alone: every row, the same schema.
    QVERIFY(fresh());
    QElapsedTimer t;
    t.start();
    const auto whole = runCli(args, env);
    const qint64 duration = qMax<qint64>(50, t.elapsed());
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const State done = inspect(db);
    QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
    QCOMPARE(done.reports, qint64(HeldRows + ImportRows));
    QCOMPARE(done.schema, before.schema);

    QRandomGenerator rng(20261202);
    int kills = 0;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY(fresh());
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(THUKY_CLI_PATH), args);
        QVERIFY(child.waitForStarted());
        // Spread over the whole run: reading, rows, indexes, search index, commit.
        const int delay = int(duration * (round + rng.generateDouble()) / Rounds);
        bool killed = false;
        if (!child.waitForFinished(delay) && child.state() == QProcess::Running) {
            child.kill();
            child.waitForFinished();
            killed = child.exitStatus() == QProcess::CrashExit;
        }
        const State after = inspect(db);
        QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
        QCOMPARE(after.schema, before.schema);
        if (killed) {
            ++kills;
            QVERIFY2(after.reports == HeldRows || after.reports == HeldRows + ImportRows,
                qPrintable(QString::number(after.reports)));
        } else {
            QCOMPARE(after.reports, qint64(HeldRows + ImportRows));
        }
    }
    qInfo("%d of %d imports killed (a whole import took %lld ms)", kills, Rounds, duration);
    QVERIFY(kills >= Rounds / 2);
}

QTEST_GUILESS_MAIN(TestCliImportKill)
#include "tst_cliimportkill.moc"
