#pragma once

// Runs the built thuky-cli as a user would, for the CLI tests.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace thuky::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(
    const QStringList &args, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList keys = extraEnv.keys();
    for (const QString &k : keys)
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(THUKY_CLI_PATH), args);
    p.waitForFinished(timeoutMs);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/** The sign-ins addUsers() makes: an admin and a viewer, each with the password to use. */
struct TestUsers
{
    QString admin = QStringLiteral("quantri");
    QString viewer = QStringLiteral("lanhdao");
    QProcessEnvironment asAdmin;
    QProcessEnvironment asViewer;
};

/** Adds an admin and a viewer to the database at @p db through thuky-cli (QVERIFY-style). */
inline bool addUsers(const QString &db, TestUsers *users)
{
    users->asAdmin.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("mat-khau-1"));
    users->asViewer.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("xem-123456"));
    QProcessEnvironment addViewer = users->asAdmin;
    addViewer.insert(QStringLiteral("THUKY_NEW_PASSWORD"), QStringLiteral("xem-123456"));
    return runCli({ QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"),
                      users->admin, QStringLiteral("--role"), QStringLiteral("admin") },
               users->asAdmin)
               .exitCode
        == 0
        && runCli({ QStringLiteral("--db"), db, QStringLiteral("--user"), users->admin,
                      QStringLiteral("users"), QStringLiteral("add"), users->viewer,
                      QStringLiteral("--role"), QStringLiteral("viewer") },
               addViewer)
               .exitCode
        == 0;
}

} // namespace thuky::test
