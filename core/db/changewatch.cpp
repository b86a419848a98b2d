#include <core/db/changewatch.h>

#include <core/db/database.h>

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace thuky {

QString ChangeWatch::channel()
{
    return QStringLiteral("thuky_changes");
}

ChangeWatch::ChangeWatch(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_poll(new QTimer(this))
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeWatch::emitPending);
    // SQLite: the change counter. PostgreSQL: only whether the connection was opened again
    // (a new driver has forgotten the LISTEN); no statement is sent.
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeWatch::poll);
    listen();
    m_poll->start();
}

ChangeWatch::~ChangeWatch()
{
    if (m_driver && m_driver->isOpen() && m_driver->subscribedToNotifications().contains(channel()))
        m_driver->unsubscribeFromNotification(channel());
}

void ChangeWatch::listen()
{
    m_active = false;
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = nullptr;
    if (!m_db.isOpen())
        return;
    if (m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery q(m_db.connection());
        m_active = q.exec(QStringLiteral("PRAGMA data_version")) && q.next();
        m_dataVersion = m_active ? q.value(0).toLongLong() : -1;
        return;
    }
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
        [this](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // What this connection wrote, the window that wrote it already shows.
            if (name == channel() && source != QSqlDriver::SelfSource)
                noted(payload.toString());
        });
    m_active = driver->subscribeToNotification(channel());
}

void ChangeWatch::poll()
{
    if (m_db.backend() == Database::Backend::PostgreSQL) {
        if (m_db.isOpen() && m_db.connection().driver() != m_driver.data())
            listen();
        return;
    }
    if (!m_db.isOpen() || m_db.transactionDepth() > 0)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    m_active = true;
    if (moved)
        noted(QString());
}

void ChangeWatch::noted(const QString &table)
{
    if (table.isEmpty())
        m_unknownPending = true;
    else
        m_pending.insert(table);
    if (m_coalesce->isActive())
        return;
    // A commit's notifications arrive together: wait for the event loop to hand over the
    // rest before telling, then no sooner than CoalesceMs after the last time.
    const qint64 since = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : CoalesceMs;
    m_coalesce->start(int(std::max<qint64>(0, CoalesceMs - since)));
}

void ChangeWatch::emitPending()
{
    QStringList tables;
    if (!m_unknownPending) {
        tables = QStringList(m_pending.cbegin(), m_pending.cend());
        tables.sort();
    }
    m_pending.clear();
    m_unknownPending = false;
    m_sinceEmit.start();
    emit changed(tables);
}

bool ChangeWatch::concerns(const QStringList &tables, const QStringList &wanted)
{
    if (tables.isEmpty())
        return true;
    return std::any_of(tables.cbegin(), tables.cend(),
        [&wanted](const QString &table) { return wanted.contains(table); });
}

} // namespace thuky
