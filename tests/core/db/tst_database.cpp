// The database layer: pragmas, migrations from every earlier version, refusals.

#include <common/testdb.h>
#include <core/db/database.h>
#include <core/roster/rosterrepository.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void pragmasOnEveryConnection();
    void migrateFromEachVersion_data();
    void migrateFromEachVersion();
    void refusesNewerSchema();
    void refusesForeignSqlite();
    void refusesNonDatabase();
    void refusesMissingWhenMustExist();
    void transactionRollsBackOnThrow_data() { test::addBackendRows(); }
    void transactionRollsBackOnThrow();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::pragmasOnEveryConnection()
{
    Database db(path("p.sqlite"));
    db.open();
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QVERIFY(db.wasCreated());
}

void TestDatabase::migrateFromEachVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::SchemaVersion; ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestDatabase::migrateFromEachVersion()
{
    QFETCH(int, from);
    const QString file = path("m.sqlite");
    qint64 personId = 0;
    {
        Database old(file);
        old.open(Database::OpenMode::CreateIfMissing, from);
        QCOMPARE(old.schemaVersion(), from);
        if (from >= 1) {
            Person p;
            p.fullName = QStringLiteral("Nguyễn Văn An");
            personId = RosterRepository(old).addPerson(p);
        }
        if (from == 3) {
            // A report of this person, written as version 3 wrote it (no reporter sort key).
            const QString now = Database::now();
            old.exec(
                QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, name, level) "
                               "VALUES ('l1', ?, ?, 'An Giang', 'province')"),
                { now, now });
            old.exec(QStringLiteral("INSERT INTO topics (uuid, created_at, updated_at, name) "
                                    "VALUES ('t1', ?, ?, 'Đất đai')"),
                { now, now });
            old.exec(
                QStringLiteral(
                    "INSERT INTO opinions (uuid, created_at, updated_at, observed_on, quarter, "
                    "reporter_id, locality_id, topic_id, summary, search_text) "
                    "VALUES ('o1', ?, ?, '2024-05-01', '2024-Q2', ?, 1, 1, 'Phản ánh', 'phan "
                    "anh')"),
                { now, now, personId });
        }
    }
    Database db(file);
    QList<int> notice;
    db.setMigrationNotice([&notice](int a, int b) { notice = { a, b }; });
    db.open();
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    // The user is told of an upgrade of existing data, not of a new database being made, nor
    // of one whose only steps are the server's (v8 on: nothing in the file changes).
    const bool changesFile = from >= 1 && from < 7;
    QCOMPARE(notice, changesFile ? QList<int>({ from, Database::SchemaVersion }) : QList<int>());
    if (from >= 1)
        QCOMPARE(RosterRepository(db).person(personId)->fullName, QStringLiteral("Nguyễn Văn An"));
    if (!changesFile)
        QVERIFY2(db.lastBackup().isEmpty(), qPrintable(db.lastBackup()));
    if (changesFile) {
        // Data survives, and a backup of the old version was made first.
        QVERIFY(!db.lastBackup().isEmpty());
        Database backup(db.lastBackup());
        backup.open(Database::OpenMode::MustExist, from);
        QCOMPARE(backup.schemaVersion(), from);
    }
    if (from == 3) {
        // v4 copied the reporter's sort key onto the report, and keeps it on a rename.
        const QString key
            = db.scalar(QStringLiteral("SELECT sort_key FROM persons WHERE id = ?"), { personId })
                  .toString();
        QVERIFY(!key.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT reporter_key FROM opinions WHERE uuid = 'o1'"))
                     .toString(),
            key);
        Person p = *RosterRepository(db).person(personId);
        p.fullName = QStringLiteral("Nguyễn Văn Bình");
        RosterRepository(db).updatePerson(p);
        QCOMPARE(db.scalar(QStringLiteral("SELECT reporter_key FROM opinions WHERE uuid = 'o1'"))
                     .toString(),
            db.scalar(QStringLiteral("SELECT sort_key FROM persons WHERE id = ?"), { personId })
                .toString());
        QVERIFY(db.scalar(QStringLiteral("SELECT reporter_key FROM opinions WHERE uuid = 'o1'"))
                    .toString()
            != key);
    }
    // Every table of the newest schema is usable.
    for (const char *table :
        { "persons", "memberships", "meetings", "tasks", "opinions", "topics" })
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                    .isValid());
}

void TestDatabase::refusesNewerSchema()
{
    const QString file = path("newer.sqlite");
    {
        Database db(file);
        db.open();
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1));
    }
    const QByteArray before = digest(file);
    Database db(file);
    try {
        db.open();
        QFAIL("a newer schema was accepted");
    } catch (const DbError &e) {
        QCOMPARE(e.kind(), DbError::NewerSchema);
        QVERIFY(e.message().contains(QLatin1String("newer version")));
    }
    db.close();
    QCOMPARE(digest(file), before);
}

void TestDatabase::refusesForeignSqlite()
{
    const QString file = path("foreign.sqlite");
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, amount REAL)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = digest(file);
    Database db(file);
    try {
        db.open();
        QFAIL("a foreign database was accepted");
    } catch (const DbError &e) {
        QCOMPARE(e.kind(), DbError::NotThuky);
    }
    db.close();
    QCOMPARE(digest(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestDatabase::refusesNonDatabase()
{
    const QString file = path("notes.txt");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Biên bản hội nghị — not a database\n");
    f.close();
    const QByteArray before = digest(file);
    Database db(file);
    QVERIFY_THROWS_EXCEPTION(DbError, db.open());
    QCOMPARE(digest(file), before);
}

void TestDatabase::refusesMissingWhenMustExist()
{
    Database db(path("missing.sqlite"));
    QVERIFY_THROWS_EXCEPTION(DbError, db.open(Database::OpenMode::MustExist));
    QVERIFY(!QFile::exists(path("missing.sqlite")));
}

void TestDatabase::transactionRollsBackOnThrow()
{
    QFETCH(QString, backend);
    auto db = test::openFresh(backend, *m_dir);
    RosterRepository roster(*db);
    try {
        Transaction tx(*db);
        Person p;
        p.fullName = QStringLiteral("Trần Thị Bình");
        roster.addPerson(p);
        throw ValidationError(QStringLiteral("x"), QStringLiteral("abort"));
    } catch (const ValidationError &) {
    }
    QCOMPARE(roster.persons().size(), 0);
    QCOMPARE(db->transactionDepth(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
