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

} // namespace thuky::test
