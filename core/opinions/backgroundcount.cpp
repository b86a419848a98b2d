#include <core/opinions/backgroundcount.h>

#include <core/db/database.h>
#include <core/opinions/opinionsearch.h>

namespace thuky {

BackgroundCount::BackgroundCount(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (!isAvailable())
        return;
    m_thread.setObjectName(QStringLiteral("thuky-count"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundCount::~BackgroundCount()
{
    if (!m_worker)
        return;
    m_latest = ~quint64(0); // what is still waiting is not made
    // The connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_reader.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundCount::isAvailable() const
{
    return m_db.backend() == Database::Backend::PostgreSQL;
}

quint64 BackgroundCount::start(const OpinionFilter &filter)
{
    const quint64 ticket = ++m_latest;
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this, [this, ticket] { emit counted(ticket, -1); }, Qt::QueuedConnection);
        return ticket;
    }
    QMetaObject::invokeMethod(
        m_worker, [this, ticket, filter] { count(ticket, filter); }, Qt::QueuedConnection);
    return ticket;
}

/** On m_thread. */
void BackgroundCount::count(quint64 ticket, const OpinionFilter &filter)
{
    if (ticket != m_latest.load())
        return; // a newer count was asked for meanwhile
    qint64 n = -1;
    try {
        if (!m_reader || !m_reader->isOpen()) {
            m_reader = std::make_unique<Database>(m_db.location());
            m_reader->openAlongside(m_db);
        }
        n = OpinionSearch(*m_reader).count(filter);
    } catch (const std::exception &) {
        m_reader.reset(); // opened again for the next count; this one is made by the asker
    }
    // Queued to this object's thread; dropped with the object if it is gone by then.
    QMetaObject::invokeMethod(
        this, [this, ticket, n] { emit counted(ticket, n); }, Qt::QueuedConnection);
}

} // namespace thuky
