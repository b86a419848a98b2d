#include <core/db/serverpasswords.h>

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace thuky {

namespace {
const QString service = QStringLiteral("Thư Ký database server");

/** Runs @p job to its end, or gives up after a few seconds (a keychain waiting on a dialog). */
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(8000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}
} // namespace

QString ServerPasswords::key(const QString &location)
{
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

QString ServerPasswords::read(const QString &location)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key(location));
    return run(job) ? job.textData() : QString();
}

bool ServerPasswords::store(const QString &location, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key(location));
    job.setTextData(password);
    const bool ok = run(job);
    if (!ok && error)
        *error = job.errorString().isEmpty() ? QStringLiteral("no keychain answered")
                                             : job.errorString();
    return ok;
}

void ServerPasswords::forget(const QString &location)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key(location));
    run(job);
}

} // namespace thuky
