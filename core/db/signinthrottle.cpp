#include <core/db/signinthrottle.h>

#include <QSqlQuery>

#include <algorithm>

namespace thuky {

namespace {
QString stamp(const QDateTime &at)
{
    // The form Database::now() writes, so that the audit log's times compare as text.
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SignInThrottle::SignInThrottle(Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

int SignInThrottle::delayAfter(int failures)
{
    if (failures < FreeFailures)
        return 0;
    const int doublings = failures - FreeFailures;
    // FirstDelayMs << 5 is past the cap already; stop before the shift overflows.
    if (doublings >= 5)
        return MaxDelayMs;
    return std::min(FirstDelayMs << doublings, MaxDelayMs);
}

QDateTime SignInThrottle::lastFailure(const QString &name, int *count)
{
    QString since = stamp(m_clock().addSecs(-qint64(WindowMinutes) * 60));
    // A successful sign-in starts the count again.
    const QString lastSignIn
        = m_db.scalar(QStringLiteral("SELECT max(at) FROM audit_log WHERE at >= ? AND "
                                     "action = 'login' AND entity = 'user' AND detail = ?"),
                  { since, name })
              .toString();
    if (!lastSignIn.isEmpty())
        since = lastSignIn;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*), max(at) FROM audit_log WHERE at >= ? "
                                           "AND action = 'login-failed' AND entity = 'user' "
                                           "AND detail = ?"),
        { since, name });
    *count = 0;
    if (!q.next())
        return {};
    *count = q.value(0).toInt();
    return QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
}

int SignInThrottle::recentFailures(const QString &name)
{
    int count = 0;
    lastFailure(name, &count);
    return count;
}

int SignInThrottle::waitMs(const QString &name)
{
    int count = 0;
    const QDateTime last = lastFailure(name, &count);
    const int delay = delayAfter(count);
    if (delay == 0 || !last.isValid())
        return 0;
    const qint64 remaining = m_clock().msecsTo(last.addMSecs(delay));
    return int(std::clamp<qint64>(remaining, 0, MaxDelayMs));
}

void SignInThrottle::recordFailure(const QString &name)
{
    record(QStringLiteral("login-failed"), name, QString());
}

void SignInThrottle::recordSuccess(const QString &name, const QString &uuid)
{
    record(QStringLiteral("login"), name, uuid);
}

void SignInThrottle::record(const QString &action, const QString &name, const QString &uuid)
{
    try {
        Transaction tx(m_db);
        m_db.audit(action, QStringLiteral("user"), uuid, name);
        tx.commit();
    } catch (const DbError &) {
        // A database that is open read-only (damaged, or a copy on a read-only medium) still
        // lets its users sign in to read it or restore a backup; the line is what is lost.
    }
}

} // namespace thuky
