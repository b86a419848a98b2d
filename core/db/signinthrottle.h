#pragma once

#include <core/db/database.h>

#include <QDateTime>
#include <QString>

#include <functional>

namespace thuky {

/**
 * A sign-in that must wait because of earlier failures for the same name: nothing was
 * checked (exit code 5, like any refusal). The sign-in dialog counts waitMs() down.
 */
class SignInThrottled : public PermissionError
{
public:
    SignInThrottled(const QString &message, int waitMs)
        : PermissionError(message)
        , m_waitMs(waitMs)
    {
    }
    int waitMs() const { return m_waitMs; }

private:
    int m_waitMs;
};

/**
 * Slows down the guessing of passwords: after FreeFailures failed sign-ins of one name within
 * Window, the next attempt waits FirstDelayMs, doubling with each further failure up to
 * MaxDelayMs, counted from the last failure. The failures are the `login-failed` lines of the
 * audit log (entity `user`, detail the name), so that every thuky-cli process and workstation
 * sees the same count; a successful sign-in (`login`) starts the count again.
 *
 * The wait is capped and never a refusal of the right password: whoever knows it is in after
 * at most MaxDelayMs, however many failures someone else piles up on that name.
 */
class SignInThrottle
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int FreeFailures = 3;
    static constexpr int WindowMinutes = 15;
    static constexpr int FirstDelayMs = 1000;
    static constexpr int MaxDelayMs = 30000;

    /** @p clock gives the current time (tests move it); the system clock when empty. */
    explicit SignInThrottle(Database &db, Clock clock = {});

    /** The delay after @p failures recent failures: 0, then FirstDelayMs doubling, capped. */
    static int delayAfter(int failures);
    /** Failed sign-ins of @p name within the window and since its last successful one. */
    int recentFailures(const QString &name);
    /** How many milliseconds @p name must still wait before its next attempt; 0 for none. */
    int waitMs(const QString &name);

    /** Audits a failed sign-in of @p name, in its own transaction. */
    void recordFailure(const QString &name);
    /** Audits the sign-in of @p name (user @p uuid), in its own transaction. */
    void recordSuccess(const QString &name, const QString &uuid);

private:
    /** The last failure of @p name in the window (invalid for none) and how many there were. */
    QDateTime lastFailure(const QString &name, int *count);
    void record(const QString &action, const QString &name, const QString &uuid);

    Database &m_db;
    Clock m_clock;
};

} // namespace thuky
