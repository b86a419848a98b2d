#include <core/db/namelock.h>

#include <core/db/database.h>

namespace thuky {

namespace {
// The advisory lock key of Thư Ký's name writers: "THKYNAME" in ASCII, unlikely to collide
// with another application's key on a shared server.
constexpr qint64 NameLockKey = 0x54484B594E414D45;
} // namespace

void lockNames(Database &db)
{
    if (db.transactionDepth() == 0)
        throw DbError(DbError::QueryFailed,
            QStringLiteral("lockNames() outside a transaction would hold nothing"));
    if (db.backend() == Database::Backend::PostgreSQL)
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(NameLockKey));
}

} // namespace thuky
