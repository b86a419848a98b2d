// thuky-cli backup, backups, restore and check as a user runs them: the daily copy, the
// listing, refusals with exit 3, and a damaged database that is read but never written.

#include <common/clirunner.h>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::CliResult;
using thuky::test::runCli;

namespace {
/** Sets the modification time of @p file (QFile wants it open for that). */
bool setModified(const QString &file, const QDateTime &time)
{
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}
} // namespace

class TestCliBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void dailyBackupIsListed();
    void listShowsTheProblemOfEachFile();
    void restoreRefusesWithExit3_data();
    void restoreRefusesWithExit3();
    void restoreKeepsAuditAndACopy();
    void damagedDatabaseIsReadNeverWritten();
    void backupsAreTheAdminsOnly();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("thuky.sqlite")); }
    QString backupsDir() const { return m_dir->filePath(QStringLiteral("backups")); }
    QString today() const { return QDate::currentDate().toString(Qt::ISODate); }
    CliResult cli(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        return runCli(QStringList { QStringLiteral("--db"), db() } + args, env);
    }
    QString roster() const
    {
        const CliResult r = cli({ QStringLiteral("roster"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2024-06-30") });
        return r.exitCode == 0 ? r.out : QString();
    }
    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    /**
     * The records of a database, read-only: every table but the audit log (a refused command
     * still signs its user in, and a sign-in is an audit line), and the audit lines that are
     * not sign-ins.
     */
    static QByteArray records(const QString &file)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("records"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery tables(db);
                tables.exec(
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' AND name NOT LIKE 'opinions_fts%' "
                                   "ORDER BY name"));
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                for (const QString &t : std::as_const(names)) {
                    QSqlQuery rows(db);
                    rows.exec(t == QLatin1String("audit_log")
                            ? QStringLiteral(
                                "SELECT * FROM audit_log WHERE action NOT IN ('login', "
                                "'login-failed') ORDER BY id")
                            : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(t));
                    hash.addData(t.toUtf8());
                    while (rows.next()) {
                        for (int i = 0; i < rows.record().count(); ++i)
                            hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("records"));
        return hash.result();
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_roster;
};

void TestCliBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--opinions"), QStringLiteral("40") })
                 .exitCode,
        0);
    // The run that made the database copies nothing: there was nothing before it.
    QVERIFY(!QFileInfo::exists(backupsDir()));
    m_roster = roster();
    QVERIFY(m_roster.count(QLatin1Char('\n')) > 50);
}

void TestCliBackups::dailyBackupIsListed()
{
    // roster above was the first open of the day on an existing database: the daily copy.
    const QString daily = backupsDir() + QStringLiteral("/thuky-%1.sqlite").arg(today());
    QVERIFY(QFileInfo::exists(daily));
    const QDateTime written = QFileInfo(daily).lastModified();
    const CliResult r
        = cli({ QStringLiteral("backups"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        QStringLiteral("file,date,size,check\nthuky-%1.sqlite,%1,%2,ok\n")
            .arg(today())
            .arg(QFileInfo(daily).size()));
    // Once a day only.
    QCOMPARE(QFileInfo(daily).lastModified(), written);
    QCOMPARE(QDir(backupsDir()).entryList({ QStringLiteral("*.sqlite") }, QDir::Files).size(), 1);
    // backup --out: a checked copy with its checksum; an existing file is never replaced.
    const QString out = m_dir->filePath(QStringLiteral("manual.sqlite"));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--out"), out }).exitCode, 0);
    QVERIFY(QFileInfo::exists(out + QStringLiteral(".sha256")));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--out"), out }).exitCode, 3);
    const CliResult json
        = cli({ QStringLiteral("backups"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains(QStringLiteral("\"check\":\"ok\""))
            || json.out.contains(QStringLiteral("\"check\": \"ok\"")),
        qPrintable(json.out));
}

void TestCliBackups::listShowsTheProblemOfEachFile()
{
    const QString older = backupsDir() + QStringLiteral("/older.sqlite");
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--out"), older }).exitCode, 0);
    QFile f(older);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write("XX");
    f.close();
    QVERIFY(setModified(older, QDateTime::currentDateTime().addDays(-3)));
    writeFile(QStringLiteral("backups/empty.sqlite"), {});
    QVERIFY(setModified(
        backupsDir() + QStringLiteral("/empty.sqlite"), QDateTime::currentDateTime().addDays(-5)));
    const CliResult r
        = cli({ QStringLiteral("backups"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("thuky-%1.sqlite,").arg(today())));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",ok")));
    QVERIFY2(
        lines.at(2).startsWith(QStringLiteral("older.sqlite,%1,")
                                   .arg(QDate::currentDate().addDays(-3).toString(Qt::ISODate))),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("checksum")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("empty.sqlite,")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).endsWith(QStringLiteral(",0,the file is empty")), qPrintable(lines.at(3)));
}

void TestCliBackups::restoreRefusesWithExit3_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("0 bytes") << "empty";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("flipped byte") << "flipped";
    QTest::newRow("random bytes") << "random";
    QTest::newRow("foreign SQLite file") << "foreign";
}

void TestCliBackups::restoreRefusesWithExit3()
{
    QFETCH(QString, kind);
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    QString file;
    if (kind == QLatin1String("empty")) {
        file = writeFile(QStringLiteral("bad.sqlite"), {});
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(20000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file = writeFile(QStringLiteral("bad.sqlite"), bytes);
    } else if (kind == QLatin1String("foreign")) {
        file = m_dir->filePath(QStringLiteral("bad.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE users (name TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(kind);
    } else {
        file = m_dir->filePath(QStringLiteral("bad.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--user"), users.admin, QStringLiteral("backup"),
                         QStringLiteral("--out"), file },
                     users.asAdmin)
                     .exitCode,
            0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(f.resize(f.size() / 3));
        } else {
            f.seek(f.size() / 2 + 77);
            const char c = f.peek(1).at(0);
            f.write(QByteArray(1, char(c ^ 1)));
        }
    }
    const QByteArray before = records(db());
    const CliResult r = cli(
        { QStringLiteral("--user"), users.admin, QStringLiteral("restore"), file }, users.asAdmin);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("not restored")), qPrintable(r.err));
    QCOMPARE(records(db()), before);
    // The users are still there: the admin still signs in, the viewer still reads.
    const CliResult list
        = cli({ QStringLiteral("--user"), users.admin, QStringLiteral("users"),
                  QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") },
            users.asAdmin);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QStringLiteral("name,role,active\nlanhdao,viewer,yes\nquantri,admin,yes\n"));
    QCOMPARE(cli({ QStringLiteral("--user"), users.admin, QStringLiteral("check") }, users.asAdmin)
                 .exitCode,
        0);
}

void TestCliBackups::restoreKeepsAuditAndACopy()
{
    const QString saved = m_dir->filePath(QStringLiteral("saved.sqlite"));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--out"), saved }).exitCode, 0);
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    const CliResult r = cli(
        { QStringLiteral("--user"), users.admin, QStringLiteral("restore"), saved }, users.asAdmin);
    QCOMPARE(r.exitCode, 0);
    // The backup had no users: the database is as it was then, roster and all.
    QCOMPARE(roster(), m_roster);
    // What was replaced (with its users) is kept and listed; the audit log lost nothing.
    const CliResult listed
        = cli({ QStringLiteral("backups"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(listed.out.contains(QStringLiteral("-before-restore.sqlite,%1,").arg(today())),
        qPrintable(listed.out));
    const CliResult audit
        = cli({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains(QStringLiteral("quantri,add,user")), qPrintable(audit.out));
    QVERIFY2(audit.out.contains(QStringLiteral("quantri,restore,database")), qPrintable(audit.out));
    QCOMPARE(cli({ QStringLiteral("check") }).exitCode, 0);
}

void TestCliBackups::damagedDatabaseIsReadNeverWritten()
{
    const QString daily = backupsDir() + QStringLiteral("/thuky-%1.sqlite").arg(today());
    QVERIFY(QFileInfo::exists(daily));
    // Spoil the header of the persons table's first page (its cell count).
    int root = 0;
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'opinions'"));
        root = q.next() ? q.value(0).toInt() : 0;
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(root > 1);
    {
        QFile f(db());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(root - 1) * 4096 + 3));
        f.write("\x7f\xff", 2);
    }
    const QByteArray before = digest(db());
    const QString csv = writeFile(QStringLiteral("new.csv"),
        "date,locality,topic,summary,sentiment\n2024-03-01,Xã Mới,Chủ đề mới,Một phản ánh,"
        "negative\n");
    const CliResult import = cli({ QStringLiteral("import"), QStringLiteral("opinions"), csv,
        QStringLiteral("--create-missing") });
    QCOMPARE(import.exitCode, 4);
    QVERIFY2(import.err.contains(QStringLiteral("thuky-cli restore")), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("thuky-%1.sqlite").arg(today())),
        qPrintable(import.err));
    QCOMPARE(digest(db()), before);
    // check says what is wrong (exit 4) and changes nothing either.
    const CliResult check = cli({ QStringLiteral("check") });
    QCOMPARE(check.exitCode, 4);
    QVERIFY(!check.err.isEmpty());
    QCOMPARE(digest(db()), before);
    // The way forward works.
    QCOMPARE(cli({ QStringLiteral("restore"), daily }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("check") }).exitCode, 0);
    QCOMPARE(roster(), m_roster);
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), csv,
                     QStringLiteral("--create-missing") })
                 .exitCode,
        0);
}

void TestCliBackups::backupsAreTheAdminsOnly()
{
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    QCOMPARE(
        cli({ QStringLiteral("--user"), users.viewer, QStringLiteral("backups") }, users.asViewer)
            .exitCode,
        5);
    QCOMPARE(cli({ QStringLiteral("--user"), users.viewer, QStringLiteral("restore"),
                     backupsDir() + QStringLiteral("/thuky-%1.sqlite").arg(today()) },
                 users.asViewer)
                 .exitCode,
        5);
    QCOMPARE(
        cli({ QStringLiteral("--user"), users.admin, QStringLiteral("backups") }, users.asAdmin)
            .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliBackups)
#include "tst_clibackups.moc"
