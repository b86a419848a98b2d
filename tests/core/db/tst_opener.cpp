// The one opener of the GUI and the CLI: open, upgrade with its notice, sign in, refuse.

#include <core/db/database.h>
#include <core/db/opener.h>
#include <core/db/userrepository.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace thuky;

namespace {

/** Records what the opener asked; answers as the test says. */
class ScriptedPrompts : public Opener::Prompts
{
public:
    void upgrading(int from, int to) override { upgrades.append({ from, to }); }
    void schemaReady() override { ++ready; }
    Opener::Answer askServerPassword(
        const QString &location, bool refused, Opener::ServerPassword *answer) override
    {
        Q_UNUSED(answer)
        serverAsks.append({ location, refused });
        return Opener::Answer::NotAsked;
    }
    bool signIn(Opener &opener) override
    {
        ++signIns;
        return signInAnswer ? signInAnswer(opener) : false;
    }

    QList<QPair<int, int>> upgrades;
    int ready = 0;
    QList<QPair<QString, bool>> serverAsks;
    int signIns = 0;
    std::function<bool(Opener &)> signInAnswer;
};

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestOpener : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsWithoutAsking();
    void upgradeIsAnnouncedAndBackedUp();
    void environmentPasswordSignsIn();
    void wrongEnvironmentPasswordIsRefused();
    void roleNotAllowed();
    void promptAsksUntilRight();
    void promptCancelled();
    void promptMustSignIn();
    void signInNotRequired();
    void foreignFileRefusedUntouched();
    void missingFileWhenMustExist();
    void serverDownAsksNoPassword();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    /** A database with the admin "quantri" and the viewer "lanhdao". */
    QString databaseWithUsers();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOpener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qunsetenv("THUKY_PASSWORD");
    qunsetenv("THUKY_DB_PASSWORD");
}

void TestOpener::cleanup()
{
    qunsetenv("THUKY_PASSWORD");
}

QString TestOpener::databaseWithUsers()
{
    const QString location = path("users.sqlite");
    Database db(location);
    db.open();
    UserRepository users(db);
    users.add(QStringLiteral("quantri"), QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
    users.add(QStringLiteral("lanhdao"), QStringLiteral("viewer"), QStringLiteral("xem-123456"));
    return location;
}

void TestOpener::createsWithoutAsking()
{
    Database db(path("new.sqlite"));
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    QCOMPARE(opener.open(Database::OpenMode::CreateIfMissing), Opener::Result::Opened);
    QVERIFY(db.isOpen());
    QVERIFY(db.wasCreated());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(opener.role(), QString()); // no users: nobody signs in
    QVERIFY(prompts.upgrades.isEmpty()); // creating is no upgrade
    QCOMPARE(prompts.ready, 1);
    QVERIFY(prompts.serverAsks.isEmpty());
    QCOMPARE(prompts.signIns, 0);
}

void TestOpener::upgradeIsAnnouncedAndBackedUp()
{
    const QString location = path("old.sqlite");
    {
        Database old(location);
        old.open(Database::OpenMode::CreateIfMissing, 2);
    }
    Database db(location);
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    QCOMPARE(opener.open(Database::OpenMode::MustExist), Opener::Result::Opened);
    QCOMPARE(prompts.upgrades, (QList<QPair<int, int>> { { 2, Database::SchemaVersion } }));
    QCOMPARE(prompts.ready, 1);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QVERIFY(!db.lastBackup().isEmpty());
    Database backup(db.lastBackup());
    backup.open(Database::OpenMode::MustExist, 2);
    QCOMPARE(backup.schemaVersion(), 2);
}

void TestOpener::environmentPasswordSignsIn()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    opener.setUser(QStringLiteral("quantri"));
    qputenv("THUKY_PASSWORD", "mat-khau-1");
    QCOMPARE(opener.open(Database::OpenMode::MustExist), Opener::Result::Opened);
    QCOMPARE(opener.role(), QStringLiteral("admin"));
    QCOMPARE(db.currentUser(), QStringLiteral("quantri"));
    QCOMPARE(prompts.signIns, 0);
}

void TestOpener::wrongEnvironmentPasswordIsRefused()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    opener.setUser(QStringLiteral("quantri"));
    qputenv("THUKY_PASSWORD", "sai");
    QVERIFY_THROWS_EXCEPTION(WrongPasswordError, opener.open(Database::OpenMode::MustExist));
    QCOMPARE(opener.role(), QString());
    QCOMPARE(db.currentUser(), QString());
    QCOMPARE(prompts.signIns, 0);
}

void TestOpener::roleNotAllowed()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    opener.setUser(QStringLiteral("lanhdao"));
    opener.setAllowedRoles({ QStringLiteral("admin") });
    qputenv("THUKY_PASSWORD", "xem-123456");
    try {
        opener.open(Database::OpenMode::MustExist);
        QFAIL("a viewer was let in where only an admin may go");
    } catch (const WrongPasswordError &) {
        QFAIL("the password was right: the role is what is refused");
    } catch (const PermissionError &e) {
        QCOMPARE(e.message(), QStringLiteral("the role viewer may not run this command"));
    }
    QCOMPARE(opener.role(), QString());
}

void TestOpener::promptAsksUntilRight()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    QStringList refusals;
    // Like the sign-in dialog: a wrong password is shown and the person types again.
    prompts.signInAnswer = [&refusals](Opener &opener) {
        for (const char *password : { "sai", "xem-123456" }) {
            try {
                opener.signIn(QStringLiteral("lanhdao"), QString::fromLatin1(password));
                return true;
            } catch (const WrongPasswordError &e) {
                refusals.append(e.message());
            }
        }
        return false;
    };
    Opener opener(db, prompts);
    QCOMPARE(opener.open(Database::OpenMode::MustExist), Opener::Result::Opened);
    QCOMPARE(refusals, QStringList { QStringLiteral("wrong user name or password") });
    QCOMPARE(prompts.signIns, 1);
    QCOMPARE(opener.role(), QStringLiteral("viewer"));
    QCOMPARE(db.currentUser(), QStringLiteral("lanhdao"));
}

void TestOpener::promptCancelled()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts; // gives up at once
    Opener opener(db, prompts);
    // THUKY_PASSWORD alone names no user: the prompt is asked.
    qputenv("THUKY_PASSWORD", "mat-khau-1");
    QCOMPARE(opener.open(Database::OpenMode::MustExist), Opener::Result::Cancelled);
    QCOMPARE(prompts.signIns, 1);
    QCOMPARE(opener.role(), QString());
    QCOMPARE(db.currentUser(), QString());
}

void TestOpener::promptMustSignIn()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    prompts.signInAnswer = [](Opener &) { return true; }; // says yes, signs no one in
    Opener opener(db, prompts);
    QVERIFY_THROWS_EXCEPTION(WrongPasswordError, opener.open(Database::OpenMode::MustExist));
}

void TestOpener::signInNotRequired()
{
    Database db(databaseWithUsers());
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    opener.setSignInRequired(false);
    QCOMPARE(opener.open(Database::OpenMode::MustExist), Opener::Result::Opened);
    QCOMPARE(prompts.signIns, 0);
    QCOMPARE(opener.role(), QString());
}

void TestOpener::foreignFileRefusedUntouched()
{
    const QString notes = path("notes.sqlite");
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are meeting notes, not a database\n");
    }
    const QString other = path("other.sqlite");
    {
        Database seed(other); // a SQLite file of another application
        seed.open();
        seed.close();
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(other);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = 7")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    for (const QString &location : { notes, other }) {
        const QByteArray before = digest(location);
        Database db(location);
        ScriptedPrompts prompts;
        Opener opener(db, prompts);
        try {
            opener.open(Database::OpenMode::CreateIfMissing);
            QFAIL(qPrintable(location + QStringLiteral(" was opened")));
        } catch (const DbError &e) {
            QCOMPARE(e.kind(), DbError::NotThuky);
            QVERIFY2(e.message().contains(location), qPrintable(e.message()));
        }
        QCOMPARE(digest(location), before);
        QVERIFY(prompts.serverAsks.isEmpty());
        QCOMPARE(prompts.ready, 0);
    }
}

void TestOpener::missingFileWhenMustExist()
{
    const QString location = path("missing.sqlite");
    Database db(location);
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    try {
        opener.open(Database::OpenMode::MustExist);
        QFAIL("a missing file was opened");
    } catch (const DbError &e) {
        QCOMPARE(e.kind(), DbError::CannotOpen);
    }
    QVERIFY(!QFile::exists(location));
}

void TestOpener::serverDownAsksNoPassword()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("no PostgreSQL driver");
    // Port 1 on loopback: refused at once. A server that is down wants no password.
    Database db(QStringLiteral("postgresql://thuky@127.0.0.1:1/thuky"));
    ScriptedPrompts prompts;
    Opener opener(db, prompts);
    try {
        opener.open(Database::OpenMode::CreateIfMissing);
        QFAIL("a closed port was opened");
    } catch (const DbError &e) {
        QCOMPARE(e.kind(), DbError::CannotOpen);
    }
    QVERIFY(!db.passwordRefused());
    QVERIFY(prompts.serverAsks.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpener)
#include "tst_opener.moc"
