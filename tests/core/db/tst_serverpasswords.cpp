// Server passwords in a real Secret Service keychain (GNOME Keyring on a private D-Bus session
// bus this test starts), and a password-protected PostgreSQL account opened through it.

#include <core/db/database.h>
#include <core/db/serverpasswords.h>

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace thuky;

class TestServerPasswords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyLeavesOutThePassword();
    void storeReadForget();
    void serverPasswordComesFromTheKeychain();

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    qint64 m_keyringPid = 0;
};

void TestServerPasswords::initTestCase()
{
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty() || keyring.isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring (the test command installs them)");
    // A session bus and a keyring of this test's own, in a home of its own.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    m_bus.start(busDaemon,
        { QStringLiteral("--session"), QStringLiteral("--nofork"),
            QStringLiteral("--print-address") });
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    QProcess unlock;
    unlock.start(keyring,
        { QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
            QStringLiteral("--daemonize") });
    QVERIFY(unlock.waitForStarted());
    unlock.write("keyring-of-the-test");
    unlock.closeWriteChannel();
    QVERIFY(unlock.waitForFinished(20000));
    // It prints GNOME_KEYRING_CONTROL=… and GNOME_KEYRING_PID=… lines.
    for (const QByteArray &line : unlock.readAllStandardOutput().split('\n')) {
        if (line.startsWith("GNOME_KEYRING_PID="))
            m_keyringPid = line.mid(18).toLongLong();
    }
}

void TestServerPasswords::cleanupTestCase()
{
    if (m_keyringPid > 0)
        ::kill(pid_t(m_keyringPid), SIGTERM);
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

void TestServerPasswords::keyLeavesOutThePassword()
{
    QCOMPARE(ServerPasswords::key(QStringLiteral("postgresql://an:secret@db.local:5433/thuky")),
        QStringLiteral("postgresql://an@db.local:5433/thuky"));
}

void TestServerPasswords::storeReadForget()
{
    const QString location = QStringLiteral("postgresql://an@db.local:5433/thuky");
    QString error;
    QVERIFY2(
        ServerPasswords::store(location, QStringLiteral("mật khẩu 1"), &error), qPrintable(error));
    QCOMPARE(ServerPasswords::read(location), QStringLiteral("mật khẩu 1"));
    QCOMPARE(ServerPasswords::read(QStringLiteral("postgresql://an:typed@db.local:5433/thuky")),
        QStringLiteral("mật khẩu 1")); // the same server, whatever the URL carries
    QVERIFY(
        ServerPasswords::read(QStringLiteral("postgresql://binh@db.local:5433/thuky")).isEmpty());
    QVERIFY(ServerPasswords::store(location, QStringLiteral("mới"), &error));
    QCOMPARE(ServerPasswords::read(location), QStringLiteral("mới"));
    ServerPasswords::forget(location);
    QVERIFY(ServerPasswords::read(location).isEmpty());
}

void TestServerPasswords::serverPasswordComesFromTheKeychain()
{
    const QString url = qEnvironmentVariable("THUKY_TEST_PG_PASSWORD_URL");
    const QString password = qEnvironmentVariable("THUKY_TEST_PG_PASSWORD");
    if (url.isEmpty() || password.isEmpty())
        QSKIP("needs the password-protected account the test command creates");
    qunsetenv("THUKY_DB_PASSWORD");
    ServerPasswords::forget(url);
    {
        // Nothing in the keychain: refused, and the caller learns a password is wanted.
        Database db(url);
        try {
            db.open();
            QFAIL("the server let us in without a password");
        } catch (const DbError &e) {
            QCOMPARE(e.kind(), DbError::CannotOpen);
        }
        QVERIFY(db.passwordRefused());
    }
    QVERIFY(ServerPasswords::store(url, password));
    {
        Database db(url);
        db.open(); // the password comes from the keychain
        QVERIFY(db.schemaVersion() > 0);
    }
    QVERIFY(ServerPasswords::store(url, QStringLiteral("an old password")));
    {
        Database db(url);
        QVERIFY_THROWS_EXCEPTION(DbError, db.open());
        QVERIFY(db.passwordRefused());
        db.setPassword(password); // typed at the prompt
        db.open();
    }
    ServerPasswords::forget(url);
}

QTEST_GUILESS_MAIN(TestServerPasswords)
#include "tst_serverpasswords.moc"
