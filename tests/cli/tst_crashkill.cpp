// Crash safety: a thuky-cli importing, editing a report, backing up or restoring is killed
// (SIGKILL) at random points, at least 200 times. After each kill the database passes
// PRAGMA integrity_check, each transaction is there whole or not at all, and every file at a
// backup's final name is whole and checked (SPEC.md "Audit, backups and exchange files").

#include <common/clirunner.h>

#include <core/db/backups.h>

#include <QDate>
#include <QDir>
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
constexpr int WantedKills = 200;
constexpr int RowsPerImport = 25;
constexpr qint64 TimeBudgetMs = 170000;

enum Operation { Import, Edit, Backup, Restore, Daily, OperationCount };
const char *const operationNames[] = { "import", "edit", "backup", "restore", "daily backup" };
} // namespace

class TestCrashKill : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomLeavesEverythingWhole();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("thuky.sqlite")); }
    QString backups() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QStringList with(const QStringList &args) const
    {
        return QStringList { QStringLiteral("--db"), db() } + args;
    }
    /** The integrity check, the number of reports and the status of report 1. */
    bool inspect(qint64 *reports, QString *status, QString *problem)
    {
        bool ok = false;
        {
            QSqlDatabase c
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            c.setDatabaseName(db());
            if (c.open()) {
                QSqlQuery q(c);
                q.exec(QStringLiteral("PRAGMA integrity_check"));
                *problem = q.next() ? q.value(0).toString() : q.lastError().text();
                ok = *problem == QLatin1String("ok");
                q.exec(QStringLiteral("SELECT count(*) FROM opinions"));
                *reports = q.next() ? q.value(0).toLongLong() : -1;
                q.exec(QStringLiteral("SELECT status FROM opinions WHERE id = 1"));
                *status = q.next() ? q.value(0).toString() : QString();
                c.close();
            } else {
                *problem = c.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return ok;
    }
    QString writeImport(int round)
    {
        QByteArray csv("date,locality,topic,summary,sentiment\n");
        for (int i = 0; i < RowsPerImport; ++i)
            csv += QStringLiteral(
                "2024-%1-%2,Xã %3,Chủ đề %4,Phản ánh số %5-%6 về đường sá,negative\n")
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i % 5)
                       .arg(i % 3)
                       .arg(round)
                       .arg(i)
                       .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(csv);
        return path;
    }
    /** Every file at a backup's final name is whole and checked; returns the first problem. */
    QString checkBackupFiles()
    {
        for (const QString &dir : { backups(), outDir() }) {
            for (const QFileInfo &info :
                QDir(dir).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files)) {
                const QStringList problems = thuky::Backups::verify(info.absoluteFilePath());
                if (!problems.isEmpty())
                    return info.fileName() + QStringLiteral(": ")
                        + problems.join(QStringLiteral("; "));
                // Keep each round's check small: the restores' safety copies and the outs go.
                if (dir == outDir() || info.fileName().contains(QLatin1String("before-restore"))) {
                    QFile::remove(info.absoluteFilePath());
                    QFile::remove(thuky::Backups::checksumFile(info.absoluteFilePath()));
                }
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
};

void TestCrashKill::killedAtRandomLeavesEverythingWhole()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(outDir()));
    QCOMPARE(runCli(with({ QStringLiteral("init") })).exitCode, 0);
    QCOMPARE(runCli(with({ QStringLiteral("import"), QStringLiteral("opinions"), writeImport(0),
                        QStringLiteral("--create-missing") }))
                 .exitCode,
        0);
    const QString saved = m_dir.filePath(QStringLiteral("saved.sqlite"));
    QCOMPARE(
        runCli(with({ QStringLiteral("backup"), QStringLiteral("--out"), saved })).exitCode, 0);
    const qint64 savedReports = RowsPerImport;
    const QString daily
        = backups() + QLatin1Char('/') + thuky::Backups::dailyName(QDate::currentDate());

    auto argsFor = [&](Operation op, int round, const QString &status) {
        switch (op) {
        case Import:
            return with({ QStringLiteral("import"), QStringLiteral("opinions"), writeImport(round),
                QStringLiteral("--create-missing") });
        case Edit:
            return with({ QStringLiteral("opinion"),
                status == QLatin1String("closed") ? QStringLiteral("reopen")
                                                  : QStringLiteral("close"),
                QStringLiteral("1") });
        case Backup:
            return with({ QStringLiteral("backup"), QStringLiteral("--out"),
                outDir() + QStringLiteral("/copy-%1.sqlite").arg(round) });
        case Restore:
            return with({ QStringLiteral("restore"), saved });
        case Daily:
        case OperationCount:
            break;
        }
        QFile::remove(daily);
        QFile::remove(thuky::Backups::checksumFile(daily));
        return with({ QStringLiteral("check") });
    };

    // How long each operation takes when left alone: kills fall within that time.
    qint64 reports = 0;
    QString status;
    QString problem;
    QList<qint64> duration(OperationCount, 0);
    for (int op = 0; op < OperationCount; ++op) {
        QVERIFY2(inspect(&reports, &status, &problem), qPrintable(problem));
        QElapsedTimer t;
        t.start();
        const auto r = runCli(argsFor(Operation(op), 1000 + op, status));
        duration[op] = qMax<qint64>(20, t.elapsed());
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromLatin1(operationNames[op]) + r.err));
    }

    QRandomGenerator rng(20251202);
    QList<int> kills(OperationCount, 0);
    int total = 0;
    int rounds = 0;
    QElapsedTimer budget;
    budget.start();
    while (total < WantedKills && budget.elapsed() < TimeBudgetMs) {
        ++rounds;
        const auto op = Operation(rng.bounded(int(OperationCount)));
        QVERIFY2(inspect(&reports, &status, &problem), qPrintable(problem));
        const qint64 before = reports;
        const QString statusBefore = status;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(THUKY_CLI_PATH), argsFor(op, rounds, status));
        QVERIFY(child.waitForStarted());
        const int delay = int(rng.bounded(duration[op] + duration[op] / 5 + 1));
        bool killed = false;
        if (!child.waitForFinished(delay) && child.state() == QProcess::Running) {
            child.kill(); // SIGKILL
            child.waitForFinished();
            killed = child.exitStatus() == QProcess::CrashExit;
        }
        if (killed) {
            ++kills[op];
            ++total;
        } else {
            QVERIFY2(child.exitCode() == 0,
                qPrintable(QString::fromLatin1(operationNames[op]) + QStringLiteral(": ")
                    + QString::fromUtf8(child.readAllStandardError())));
        }

        const QString where = QStringLiteral("round %1, %2, %3 ms")
                                  .arg(rounds)
                                  .arg(QString::fromLatin1(operationNames[op]))
                                  .arg(delay);
        QVERIFY2(inspect(&reports, &status, &problem),
            qPrintable(where + QStringLiteral(": ") + problem));
        switch (op) {
        case Import:
            QVERIFY2(reports == before + RowsPerImport || (killed && reports == before),
                qPrintable(where + QStringLiteral(": %1 → %2 reports").arg(before).arg(reports)));
            break;
        case Restore:
            QVERIFY2(reports == savedReports || (killed && reports == before),
                qPrintable(where + QStringLiteral(": %1 → %2 reports").arg(before).arg(reports)));
            break;
        case Edit:
            QCOMPARE(reports, before);
            QVERIFY2(status != statusBefore || killed, qPrintable(where));
            QVERIFY2(status == statusBefore || status == QLatin1String("closed")
                    || statusBefore == QLatin1String("closed"),
                qPrintable(where + QStringLiteral(": ") + status));
            break;
        default:
            QCOMPARE(reports, before);
        }
        const QString badBackup = checkBackupFiles();
        QVERIFY2(badBackup.isEmpty(), qPrintable(where + QStringLiteral(": ") + badBackup));
    }
    qInfo("%d SIGKILLs in %d rounds (%d import, %d edit, %d backup, %d restore, %d daily "
          "backup) in %lld s; every database and backup whole",
        total, rounds, kills[Import], kills[Edit], kills[Backup], kills[Restore], kills[Daily],
        budget.elapsed() / 1000);
    QVERIFY2(total >= WantedKills, qPrintable(QStringLiteral("only %1 kills").arg(total)));
    // And the database still works for the next command.
    QCOMPARE(runCli(with({ QStringLiteral("check") })).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crashkill.moc"
