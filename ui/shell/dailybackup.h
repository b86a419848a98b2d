#pragma once

// The daily backup of a SQLite database, made in a thread of its own after the window is
// shown: on a million reports it takes about a minute (copy, integrity check, checksum), which
// the first start of a day must not wait for.

#include <QObject>
#include <QString>

class QThread;

namespace thuky {

class Database;

class DailyBackup : public QObject
{
    Q_OBJECT
public:
    /**
     * Starts today's backup of @p db (Backups::daily) through a connection of its own in a
     * worker thread, when there may be one to make: a SQLite file this start did not create,
     * not damaged. Returns nullptr when there is nothing to do. The object belongs to
     * @p parent; it must not be destroyed while isRunning() (see abandonRunning()).
     */
    static DailyBackup *start(Database &db, QObject *parent);
    ~DailyBackup() override;

    bool isRunning() const;
    /**
     * True when a backup is still being written at quit: the caller ends the process
     * without waiting (std::_Exit). The half-written copy is a hidden temporary file that
     * nothing trusts and a later backup removes; the next start of the day makes it again.
     */
    static bool abandonRunning();

signals:
    /** Today's backup is there: @p file, or empty when none was needed (made already, off). */
    void finished(const QString &file);
    /** No backup was made: @p message says why; @p damaged when the database failed its check. */
    void failed(const QString &message, bool damaged);

private:
    explicit DailyBackup(const QString &location, QObject *parent);
    void report();
    void release();

    QString m_location;
    QThread *m_thread = nullptr;
    QString m_file;
    QString m_error;
    bool m_damaged = false;
    bool m_counted = true; ///< counted in the running backups (until it reports)
};

} // namespace thuky
