#pragma once

#include <core/opinions/opinionrepository.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace thuky {

class Database;

/**
 * Counts the reports matching a filter on a thread and a server connection of its own, so that
 * a list on a shared server shows its first page while the count (every match read: 0.5-1.3 s
 * for a common word at a million reports on PostgreSQL) is still being made. On SQLite the
 * count comes from the search index or a covering index in milliseconds and is made where it
 * is asked for; isAvailable() is then false.
 *
 * Counts asked for while another runs wait for it; of those waiting only the newest is made.
 */
class BackgroundCount : public QObject
{
    Q_OBJECT
public:
    /** Counts in @p db's database; @p db must be open and outlive this. */
    explicit BackgroundCount(Database &db, QObject *parent = nullptr);
    ~BackgroundCount() override;

    /** Whether counts are made in the background (a server database). */
    bool isAvailable() const;

    /** Starts counting the reports matching @p filter; counted() follows with the ticket. */
    quint64 start(const OpinionFilter &filter);

signals:
    /** The count asked for by @p ticket: @p count, or -1 when it could not be made there. */
    void counted(quint64 ticket, qint64 count);

private:
    void count(quint64 ticket, const OpinionFilter &filter);

    Database &m_db;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::atomic<quint64> m_latest { 0 };
    std::unique_ptr<Database> m_reader; ///< opened, used and closed on m_thread only
};

} // namespace thuky
