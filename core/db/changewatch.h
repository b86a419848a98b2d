#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QSqlDriver;
class QTimer;

namespace thuky {

class Database;

/**
 * Tells the open views that another workstation (or another program on this one) changed the
 * records, so that they show it within a second or two without being reopened.
 *
 * On PostgreSQL the database itself announces each change: statement-level triggers on every
 * record table (schema v9) send `NOTIFY thuky_changes` with the table's name, whoever writes
 * (this application, thuky-cli, an import, an older build that knows nothing of them). The
 * watcher LISTENs on the connection @p db already has; Qt's driver reads the socket in this
 * thread's event loop, so no thread and no second connection are needed. What this very
 * connection wrote is not reported: the undo stack already reloads the views.
 *
 * On SQLite another process (thuky-cli importing while the window is open) shows as a new
 * `PRAGMA data_version` on this connection, read once a second (no disk read: a counter in
 * the shared WAL index); the tables are then unknown and changed() carries an empty list.
 *
 * Bursts are coalesced: changed() is emitted at most once per CoalesceMs.
 */
class ChangeWatch : public QObject
{
    Q_OBJECT
public:
    /** The notification channel the v9 triggers send to. */
    static QString channel();
    static constexpr int CoalesceMs = 300;
    static constexpr int PollMs = 1000;

    /** Starts watching @p db, which must be open and outlive the watcher's use of it. */
    explicit ChangeWatch(Database &db, QObject *parent = nullptr);
    ~ChangeWatch() override;

    /** Whether changes are watched (LISTEN accepted, or the SQLite counter readable). */
    bool isActive() const { return m_active; }

    /** True when @p tables (from changed()) may concern one of @p wanted; empty: any. */
    static bool concerns(const QStringList &tables, const QStringList &wanted);

signals:
    /** Records of @p tables were changed elsewhere (sorted; empty: unknown which). */
    void changed(const QStringList &tables);

private:
    void listen();
    void noted(const QString &table);
    void poll();
    void emitPending();

    Database &m_db;
    QPointer<QSqlDriver> m_driver;
    QTimer *m_poll = nullptr;
    QTimer *m_coalesce = nullptr;
    QElapsedTimer m_sinceEmit;
    QSet<QString> m_pending;
    bool m_unknownPending = false;
    qint64 m_dataVersion = -1;
    bool m_active = false;
};

} // namespace thuky
