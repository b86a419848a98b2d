// Users and permissions, backup/restore, check and copy, through the real thuky-cli.

#include <common/clirunner.h>
#include <common/testdb.h>

#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

class TestCliAdmin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void usersAndPermissions();
    void backupRestoreRoundTrip();
    void copyToAnotherDatabase_data() { thuky::test::addBackendRows(); }
    void copyToAnotherDatabase();
    void refusesUnusableDatabases();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("a.sqlite")); }
    QStringList with(const QString &location, const QStringList &args) const
    {
        return QStringList { QStringLiteral("--db"), location } + args;
    }
    QString rosterCsv(const QString &location)
    {
        const auto r = runCli(with(location,
            { QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--as-of"), QStringLiteral("2024-06-30") }));
        return r.exitCode == 0 ? r.out : QString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_roster;
};

void TestCliAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(runCli(with(db(), { QStringLiteral("demo") })).exitCode, 0);
    m_roster = rosterCsv(db());
    QVERIFY(m_roster.count(QLatin1Char('\n')) > 100);
}

void TestCliAdmin::usersAndPermissions()
{
    QProcessEnvironment adminEnv;
    adminEnv.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("mat-khau-1"));
    QCOMPARE(runCli(with(db(),
                        { QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("quantri"),
                            QStringLiteral("--role"), QStringLiteral("admin") }),
                 adminEnv)
                 .exitCode,
        0);
    // From now on every command needs --user and the right password.
    QCOMPARE(runCli(with(db(), { QStringLiteral("roster") })).exitCode, 5);
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("sai"));
    QCOMPARE(runCli(with(db(),
                        { QStringLiteral("--user"), QStringLiteral("quantri"),
                            QStringLiteral("roster") }),
                 wrong)
                 .exitCode,
        5);
    QProcessEnvironment addViewer = adminEnv;
    addViewer.insert(QStringLiteral("THUKY_NEW_PASSWORD"), QStringLiteral("xem-123456"));
    QCOMPARE(
        runCli(with(db(),
                   { QStringLiteral("--user"), QStringLiteral("quantri"), QStringLiteral("users"),
                       QStringLiteral("add"), QStringLiteral("lanhdao"), QStringLiteral("--role"),
                       QStringLiteral("viewer") }),
            addViewer)
            .exitCode,
        0);
    QProcessEnvironment viewer;
    viewer.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("xem-123456"));
    const auto read = runCli(
        with(db(),
            { QStringLiteral("--user"), QStringLiteral("lanhdao"), QStringLiteral("roster"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--as-of"),
                QStringLiteral("2024-06-30") }),
        viewer);
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(read.out, m_roster);
    // A viewer may read but not administer.
    QCOMPARE(runCli(with(db(),
                        { QStringLiteral("--user"), QStringLiteral("lanhdao"),
                            QStringLiteral("users"), QStringLiteral("list") }),
                 viewer)
                 .exitCode,
        5);
    const auto audit
        = runCli(with(db(),
                     { QStringLiteral("--user"), QStringLiteral("quantri"), QStringLiteral("audit"),
                         QStringLiteral("--format"), QStringLiteral("csv") }),
            adminEnv);
    QCOMPARE(audit.exitCode, 0);
    QVERIFY(audit.out.contains(QStringLiteral("quantri,add,user")));
}

void TestCliAdmin::backupRestoreRoundTrip()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(
        runCli(with(db(), { QStringLiteral("backup"), QStringLiteral("--out"), backup })).exitCode,
        0);
    QCOMPARE(rosterCsv(backup), m_roster);
    // An existing file is never overwritten.
    QCOMPARE(
        runCli(with(db(), { QStringLiteral("backup"), QStringLiteral("--out"), backup })).exitCode,
        3);
    // Restore into a database with other content replaces it with the backup's.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(runCli(with(other, { QStringLiteral("init") })).exitCode, 0);
    QCOMPARE(runCli(with(other, { QStringLiteral("restore"), backup })).exitCode, 0);
    QCOMPARE(rosterCsv(other), m_roster);
    QCOMPARE(runCli(with(other, { QStringLiteral("check") })).exitCode, 0);
    // A file that is not a backup is refused and nothing changes.
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    QCOMPARE(runCli(with(other, { QStringLiteral("restore"), junk })).exitCode, 3);
    QCOMPARE(rosterCsv(other), m_roster);
}

void TestCliAdmin::copyToAnotherDatabase()
{
    QFETCH(QString, backend);
    const QString target = thuky::test::freshLocation(backend, *m_dir);
    QCOMPARE(
        runCli(with(db(), { QStringLiteral("copy"), QStringLiteral("--to"), target })).exitCode, 0);
    QCOMPARE(rosterCsv(target), m_roster);
    // Copying into a database that holds records is refused.
    QCOMPARE(
        runCli(with(db(), { QStringLiteral("copy"), QStringLiteral("--to"), target })).exitCode, 3);
}

void TestCliAdmin::refusesUnusableDatabases()
{
    const QString text = m_dir->filePath(QStringLiteral("minutes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BIÊN BẢN HỘI NGHỊ\n");
    f.close();
    const auto r = runCli(with(text, { QStringLiteral("roster") }));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QStringLiteral("not a Thư Ký database")));
    QCOMPARE(runCli(with(m_dir->filePath(QStringLiteral("missing.sqlite")),
                        { QStringLiteral("roster") }))
                 .exitCode,
        4);
    QCOMPARE(runCli(with(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                        { QStringLiteral("roster") }))
                 .exitCode,
        4);
    // A damaged file: valid header, garbage pages.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(db(), damaged));
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::ReadWrite));
    d.seek(8192);
    d.write(QByteArray(40000, '\x13'));
    d.close();
    QCOMPARE(runCli(with(damaged, { QStringLiteral("roster") })).exitCode, 4);
    QCOMPARE(runCli(with(db(), { QStringLiteral("no-such-command") })).exitCode, 2);
    QCOMPARE(runCli(with(db(),
                        { QStringLiteral("roster"), QStringLiteral("--committee"),
                            QStringLiteral("Không có") }))
                 .exitCode,
        3);
    QCOMPARE(runCli(with(db(),
                        { QStringLiteral("roster"), QStringLiteral("--as-of"),
                            QStringLiteral("31/02/2024") }))
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cliadmin.moc"
