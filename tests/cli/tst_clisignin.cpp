// thuky-cli's sign-in: failures audited and shared by every process through the database;
// after three, the next attempt waits and is then checked.

#include <common/clirunner.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;
using thuky::test::CliResult;
using thuky::test::runCli;

class TestCliSignIn : public QObject
{
    Q_OBJECT
private slots:
    void failuresSlowTheNextProcess();
};

void TestCliSignIn::failuresSlowTheNextProcess()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("signin.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode, 0);
    test::TestUsers users;
    QVERIFY(test::addUsers(db, &users));
    const QStringList listUsers { QStringLiteral("--db"), db, QStringLiteral("--user"), users.admin,
        QStringLiteral("users"), QStringLiteral("list") };

    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("doan-sai-1"));
    for (int i = 0; i < 3; ++i) { // three processes, each one wrong guess
        const CliResult r = runCli(listUsers, wrong);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(!r.err.contains(QStringLiteral("waiting")), qPrintable(r.err));
    }
    // The fourth process waits out the delay, then the right password signs in.
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli(listUsers, users.asAdmin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Too many failed sign-ins: waiting 1 second")),
        qPrintable(r.err));
    QVERIFY(timer.elapsed() >= 500);

    const CliResult audit = runCli({ QStringLiteral("--db"), db, QStringLiteral("--user"),
                                       users.admin, QStringLiteral("audit") },
        users.asAdmin);
    QCOMPARE(audit.exitCode, 0);
    QCOMPARE(audit.out.count(QStringLiteral("login-failed")), 3);
    // addUsers signed the admin in once, then this test twice.
    QVERIFY2(audit.out.count(QRegularExpression(QStringLiteral("\\blogin\\b(?!-)"))) >= 3,
        qPrintable(audit.out));
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_clisignin.moc"
