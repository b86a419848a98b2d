// Backups a later command can trust: written whole or not at all, checked, rotated, and a
// restore that refuses what it cannot trust and keeps the audit history.

#include <common/testdb.h>

#include <core/db/auditrepository.h>
#include <core/db/backups.h>
#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/db/userrepository.h>
#include <core/demo/demo.h>
#include <core/roster/rosterrepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

namespace {
/** Sets the modification time of @p file (QFile wants it open for that). */
bool setModified(const QString &file, const QDateTime &time)
{
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}
} // namespace

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writeLeavesACheckedCopyAndItsChecksum();
    void dailyOncePerDay();
    void dailyOffWritesNothing();
    void rotationKeepsTheNewestN();
    void listChecksEachFile();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreKeepsTheAuditHistory();
    void restoreOfAServerDatabase();
    void restoreMakesTheSearchIndexAnew();
    void damagedDatabaseRefusesWrites();
    void damagedDatabaseIsRestored();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("thuky.sqlite")); }
    std::unique_ptr<Database> openDb()
    {
        auto db = std::make_unique<Database>(dbPath());
        // Opened twice: a database the open itself created gets no daily copy.
        db->open();
        db->close();
        db->open();
        db->setCurrentUser(QStringLiteral("test"));
        return db;
    }
    /** Users, settings, persons and audit lines, as text: what a refused restore must keep. */
    static QString state(Database &db)
    {
        QString out;
        for (const char *sql : { "SELECT name, role FROM users ORDER BY name",
                 "SELECT key, value FROM settings ORDER BY key",
                 "SELECT full_name FROM persons ORDER BY full_name",
                 "SELECT action, entity, entity_uuid FROM audit_log ORDER BY id" }) {
            QSqlQuery q = db.exec(QString::fromLatin1(sql));
            while (q.next())
                out += q.value(0).toString() + QLatin1Char('|') + q.value(1).toString()
                    + QLatin1Char('\n');
        }
        return out;
    }
    static void fill(Database &db, const QString &name)
    {
        Person p;
        p.fullName = name;
        RosterRepository(db).addPerson(p);
    }
    static void flipByte(const QString &file, qint64 at)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x20)));
    }
    QStringList backupNames() const
    {
        return QDir(m_dir->filePath(QStringLiteral("backups")))
            .entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackups::writeLeavesACheckedCopyAndItsChecksum()
{
    auto db = openDb();
    fill(*db, QStringLiteral("Nguyễn Văn An"));
    const QString file = m_dir->filePath(QStringLiteral("out/copy.sqlite"));
    Backups::write(*db, file);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(Backups::verify(file), QStringList());
    // The sidecar is what sha256sum writes, so it can be checked by hand too.
    QFile sum(Backups::checksumFile(file));
    QVERIFY(sum.open(QIODevice::ReadOnly));
    QFile content(file);
    QVERIFY(content.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(sum.readAll()),
        QString::fromLatin1(
            QCryptographicHash::hash(content.readAll(), QCryptographicHash::Sha256).toHex())
            + QStringLiteral("  copy.sqlite\n"));
    // Only the copy and its checksum: no temporary file stays behind.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
        QStringList({ QStringLiteral("copy.sqlite"), QStringLiteral("copy.sqlite.sha256") }));
    // Opening it as a database for reading changes none of its bytes.
    {
        Database copy(file);
        copy.open(Database::OpenMode::MustExist);
        QCOMPARE(RosterRepository(copy).persons().size(), 1);
    }
    QCOMPARE(Backups::verify(file), QStringList());
    // An existing file is never replaced.
    QVERIFY_THROWS_EXCEPTION(ValidationError, Backups::write(*db, file));
    QCOMPARE(Backups::verify(file), QStringList());
}

void TestBackups::dailyOncePerDay()
{
    auto db = openDb();
    const QDate day(2025, 3, 14);
    const QString file = Backups::daily(*db, day);
    QCOMPARE(file, m_dir->filePath(QStringLiteral("backups/thuky-2025-03-14.sqlite")));
    QCOMPARE(Backups::verify(file), QStringList());
    const QDateTime written = QFileInfo(file).lastModified();
    fill(*db, QStringLiteral("Trần Thị Bình"));
    // The same day again: nothing written, the morning's copy stays as it was.
    QCOMPARE(Backups::daily(*db, day), QString());
    QCOMPARE(QFileInfo(file).lastModified(), written);
    {
        Database copy(file);
        copy.open(Database::OpenMode::MustExist);
        QCOMPARE(RosterRepository(copy).persons().size(), 0);
    }
    // The next day: a new copy, holding the person.
    const QString next = Backups::daily(*db, day.addDays(1));
    QCOMPARE(QFileInfo(next).fileName(), QStringLiteral("thuky-2025-03-15.sqlite"));
    QCOMPARE(Backups::contents(next).people, 1);
}

void TestBackups::dailyOffWritesNothing()
{
    auto db = openDb();
    SettingsRepository(*db).setValues(
        { { QLatin1String(SettingsRepository::BackupDaily), QStringLiteral("off") } });
    QCOMPARE(Backups::daily(*db, QDate(2025, 3, 14)), QString());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups"))));
}

void TestBackups::rotationKeepsTheNewestN()
{
    auto db = openDb();
    SettingsRepository(*db).setValues(
        { { QLatin1String(SettingsRepository::BackupKeep), QStringLiteral("5") } });
    // Files of other names in the folder are never removed.
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QString other = folder + QStringLiteral("/before-the-reform.sqlite");
    Backups::write(*db, other);
    // Not named by its day: listed by the day it was written.
    QVERIFY(setModified(other, QDateTime(QDate(2024, 12, 31), QTime(17, 0))));
    const QDate first(2025, 1, 25);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!Backups::daily(*db, first.addDays(i)).isEmpty());
    QStringList expected { QStringLiteral("before-the-reform.sqlite"),
        QStringLiteral("before-the-reform.sqlite.sha256") };
    for (int i = 7; i < 12; ++i) {
        const QString name = Backups::dailyName(first.addDays(i));
        expected << name << name + QStringLiteral(".sha256");
    }
    expected.sort();
    QCOMPARE(backupNames(), expected);
    // The listing: newest first, each checked.
    const QList<BackupFile> listed = Backups::list(dbPath());
    QCOMPARE(listed.size(), 6);
    QCOMPARE(listed.first().name, QStringLiteral("thuky-2025-02-05.sqlite"));
    QCOMPARE(listed.at(4).name, QStringLiteral("thuky-2025-02-01.sqlite"));
    QCOMPARE(listed.at(5).name, QStringLiteral("before-the-reform.sqlite"));
    QCOMPARE(listed.at(5).date, QDate(2024, 12, 31));
    for (const BackupFile &b : listed)
        QCOMPARE(b.problems, QStringList());
}

void TestBackups::listChecksEachFile()
{
    auto db = openDb();
    for (int i = 0; i < 30; ++i)
        fill(*db, QStringLiteral("Người %1").arg(i));
    const QString good = Backups::daily(*db, QDate(2025, 5, 2));
    const QString flipped = Backups::daily(*db, QDate(2025, 5, 1));
    const QString truncated = Backups::daily(*db, QDate(2025, 4, 30));
    flipByte(flipped, QFileInfo(flipped).size() - 100);
    QVERIFY(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
    QVERIFY(QFile::remove(Backups::checksumFile(truncated)));
    const QList<BackupFile> listed = Backups::list(dbPath());
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).path, good);
    QCOMPARE(listed.at(0).problems, QStringList());
    QVERIFY(listed.at(1).problems.join(QString()).contains(QStringLiteral("checksum")));
    // No checksum beside it: PRAGMA integrity_check finds the missing half.
    QVERIFY(!listed.at(2).problems.isEmpty());
}

void TestBackups::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::newRow("0 bytes") << "empty"
                             << "empty";
    QTest::newRow("truncated") << "truncated"
                               << "checksum";
    QTest::newRow("truncated, no checksum") << "truncated-nosum"
                                            << "";
    QTest::newRow("one flipped byte in a page") << "flipped"
                                                << "checksum";
    QTest::newRow("foreign SQLite file") << "foreign"
                                         << "not a Thư Ký database";
    QTest::newRow("random bytes") << "random"
                                  << "not a SQLite database";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
}

void TestBackups::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    auto db = openDb();
    UserRepository(*db).add(
        QStringLiteral("quantri"), QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
    for (int i = 0; i < 40; ++i)
        fill(*db, QStringLiteral("Người %1").arg(i));
    const QString file = m_dir->filePath(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("random")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(16384, '\0');
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        f.write(bytes);
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE users (name TEXT, role TEXT)"));
            QSqlQuery(other).exec(QStringLiteral("INSERT INTO users VALUES ('x', 'admin')"));
            other.close();
        }
        QSqlDatabase::removeDatabase(kind);
    } else {
        Backups::write(*db, file);
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 40000);
        if (kind.startsWith(QLatin1String("truncated")))
            QVERIFY(QFile::resize(file, size / 2));
        if (kind == QLatin1String("truncated-nosum") || kind == QLatin1String("newer"))
            QVERIFY(QFile::remove(Backups::checksumFile(file)));
        if (kind == QLatin1String("flipped"))
            flipByte(file, size / 2 + 1234);
        if (kind == QLatin1String("newer")) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1));
            other.close();
        }
        if (kind == QLatin1String("newer"))
            QSqlDatabase::removeDatabase(kind);
    }
    // What the restore replaced, and the backup, must remain what they were.
    fill(*db, QStringLiteral("Sau sao lưu"));
    const QString before = state(*db);
    const QByteArray fileBefore = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    try {
        Backups::restore(*db, file);
        QFAIL("the restore was not refused");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(problem), qPrintable(e.message()));
    }
    QCOMPARE(state(*db), before);
    QVERIFY(state(*db).contains(QStringLiteral("quantri|admin")));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), fileBefore);
    // Nothing was taken or left behind: no safety copy, no working folder.
    QVERIFY(!backupNames().join(QLatin1Char(' ')).contains(QStringLiteral("before-restore")));
    QCOMPARE(QDir(m_dir->path())
                 .entryList({ QStringLiteral(".thuky-restore-*") }, QDir::Dirs | QDir::Hidden),
        QStringList());
}

void TestBackups::restoreKeepsTheAuditHistory()
{
    auto db = openDb();
    UserRepository(*db).add(
        QStringLiteral("quantri"), QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
    fill(*db, QStringLiteral("Nguyễn Văn An"));
    db->audit(QStringLiteral("login"), QStringLiteral("user"), QStringLiteral("before"));
    const QString file = m_dir->filePath(QStringLiteral("saved.sqlite"));
    Backups::write(*db, file);
    // After the backup: another person, another user, more audit lines.
    fill(*db, QStringLiteral("Trần Thị Bình"));
    UserRepository(*db).add(
        QStringLiteral("thuky"), QStringLiteral("secretary"), QStringLiteral("mat-khau-2"));
    db->audit(QStringLiteral("login"), QStringLiteral("user"), QStringLiteral("after"));
    const QList<AuditEntry> history = AuditRepository(*db).entries();
    db->setCurrentUser(QStringLiteral("quantri"));

    const QString kept = Backups::restore(*db, file);
    // What was replaced is kept, checked, in the backups folder.
    QVERIFY(QFileInfo(kept).fileName().contains(QStringLiteral("before-restore")));
    QCOMPARE(Backups::verify(kept), QStringList());
    QCOMPARE(Backups::contents(kept).people, 2);

    db = openDb();
    QCOMPARE(RosterRepository(*db).persons().size(), 1);
    QCOMPARE(UserRepository(*db).users().size(), 1);
    const QList<AuditEntry> now = AuditRepository(*db).entries();
    // Every line of the history is there, in its order, then the restore.
    QCOMPARE(now.size(), history.size() + 1);
    for (int i = 0; i < history.size(); ++i) {
        QCOMPARE(now.at(i).action, history.at(i).action);
        QCOMPARE(now.at(i).entityUuid, history.at(i).entityUuid);
        QCOMPARE(now.at(i).at, history.at(i).at);
    }
    QCOMPARE(now.last().action, QStringLiteral("restore"));
    QCOMPARE(now.last().user, QStringLiteral("quantri"));
    QCOMPARE(now.last().detail, QFileInfo(file).absoluteFilePath());
    QCOMPARE(DatabaseCopy::check(*db), QStringList());
}

void TestBackups::restoreOfAServerDatabase()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("THUKY_TEST_PG_URL is not set");
    auto db = test::openFresh(QStringLiteral("postgresql"), *m_dir);
    fill(*db, QStringLiteral("Nguyễn Văn An"));
    db->audit(QStringLiteral("login"), QStringLiteral("user"), QStringLiteral("before"));
    const QString file = m_dir->filePath(QStringLiteral("server.sqlite"));
    Backups::write(*db, file);
    QCOMPARE(Backups::verify(file), QStringList());
    fill(*db, QStringLiteral("Trần Thị Bình"));
    db->audit(QStringLiteral("login"), QStringLiteral("user"), QStringLiteral("after"));
    const int lines = AuditRepository(*db).entries().size();
    Backups::restore(*db, file);
    QCOMPARE(RosterRepository(*db).persons().size(), 1);
    const QList<AuditEntry> now = AuditRepository(*db).entries();
    QCOMPARE(now.size(), lines + 1);
    QCOMPARE(now.at(lines - 1).entityUuid, QStringLiteral("after"));
    QCOMPARE(now.last().action, QStringLiteral("restore"));
}

namespace {
/** Spoils the b-tree page of @p table in @p file (a cell count far beyond the page). */
bool damage(const QString &file, const QString &table)
{
    int root = 0;
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        if (!raw.open())
            return false;
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
        root = q.next() ? q.value(0).toInt() : 0;
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    if (root < 2)
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(root - 1) * 4096 + 3))
        return false;
    return f.write(QByteArray("\x7f\xff", 2)) == 2;
}

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestBackups::restoreMakesTheSearchIndexAnew()
{
    auto db = openDb();
    DemoGenerator(*db, 5).generate(40);
    const QString file = m_dir->filePath(QStringLiteral("index.sqlite"));
    Backups::write(*db, file);
    QCOMPARE(DatabaseCopy::check(*db), QStringList());
    // The first report, and a word of it.
    qint64 id = 0;
    QString word;
    {
        QSqlQuery first
            = db->exec(QStringLiteral("SELECT id, search_text FROM opinions ORDER BY id LIMIT 1"));
        QVERIFY(first.next());
        id = first.value(0).toLongLong();
        word = first.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    }
    QVERIFY(!word.isEmpty());
    // Whether the search index finds that report by that word.
    auto found = [&](Database &d) {
        QSqlQuery q
            = d.exec(QStringLiteral("SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ?"),
                { QLatin1Char('"') + word + QLatin1Char('"') });
        while (q.next()) {
            if (q.value(0).toLongLong() == id)
                return true;
        }
        return false;
    };
    QVERIFY(found(*db));

    // The backup's index loses that report; its pages stay sound, so integrity_check and the
    // restore's own checks pass it (without its checksum file, as the message invites).
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO opinions_fts(opinions_fts, rowid, search_text) "
                         "SELECT 'delete', id, search_text FROM opinions ORDER BY id LIMIT 1")),
                qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(QFile::remove(Backups::checksumFile(file)));
    QCOMPARE(Backups::verify(file), QStringList());
    {
        Database tampered(file);
        tampered.open(Database::OpenMode::MustExist);
        QVERIFY(!found(tampered));
        // `check` finds it, from its child process.
        QCOMPARE(DatabaseCopy::check(tampered),
            QStringList { QStringLiteral("the search index does not match the reports") });
    }

    Backups::restore(*db, file);
    db = openDb();
    // The restored database's index was made from its reports, not taken from the file.
    QVERIFY(found(*db));
    QCOMPARE(DatabaseCopy::check(*db), QStringList());
}

void TestBackups::damagedDatabaseRefusesWrites()
{
    {
        auto db = openDb();
        for (int i = 0; i < 200; ++i)
            fill(*db, QStringLiteral("Người thứ %1 có một cái tên khá dài").arg(i));
        Backups::daily(*db, QDate(2025, 6, 1));
    }
    QVERIFY(damage(dbPath(), QStringLiteral("persons")));
    const QByteArray before = bytesOf(dbPath());
    Database db(dbPath());
    db.open(Database::OpenMode::MustExist);
    QVERIFY(db.isDamaged());
    // The way forward names the last backup.
    QVERIFY2(db.damageMessage().contains(QStringLiteral("thuky-cli restore")),
        qPrintable(db.damageMessage()));
    QVERIFY2(db.damageMessage().contains(QStringLiteral("thuky-2025-06-01.sqlite")),
        qPrintable(db.damageMessage()));
    try {
        Transaction tx(db);
        QFAIL("a write transaction began on a damaged database");
    } catch (const DbError &e) {
        QCOMPARE(e.kind(), DbError::Damaged);
    }
    // Not even a statement outside a transaction gets through.
    QVERIFY_THROWS_EXCEPTION(
        DbError, db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    // No daily backup of a damaged file either (it would push the good ones out).
    QVERIFY_THROWS_EXCEPTION(DbError, Backups::daily(db, QDate(2025, 6, 2)));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups/thuky-2025-06-02.sqlite"))));
    db.close();
    QCOMPARE(bytesOf(dbPath()), before);
}

void TestBackups::damagedDatabaseIsRestored()
{
    QString good;
    {
        auto db = openDb();
        for (int i = 0; i < 200; ++i)
            fill(*db, QStringLiteral("Người thứ %1 có một cái tên khá dài").arg(i));
        db->audit(QStringLiteral("login"), QStringLiteral("user"), QStringLiteral("x"));
        good = Backups::daily(*db, QDate(2025, 6, 1));
    }
    QVERIFY(damage(dbPath(), QStringLiteral("persons")));
    Database db(dbPath());
    db.open(Database::OpenMode::MustExist);
    QVERIFY(db.isDamaged());
    db.setCurrentUser(QStringLiteral("quantri"));
    const QString kept = Backups::restore(db, good);
    QVERIFY(QFileInfo::exists(kept));
    db.close();
    db.open(Database::OpenMode::MustExist);
    QVERIFY(!db.isDamaged());
    QCOMPARE(RosterRepository(db).persons().size(), 200);
    QCOMPARE(DatabaseCopy::check(db), QStringList());
    QCOMPARE(AuditRepository(db).entries().last().action, QStringLiteral("restore"));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
