#pragma once

namespace thuky {

class Database;

/**
 * Serialises the writers that look names up or check for duplicates and then add what they
 * did not find (imports with missing names or duplicates to skip, the demo's "is the database
 * empty"): call it first inside the write transaction, then look up, then write.
 *
 * On SQLite the transaction's BEGIN IMMEDIATE already holds the one write lock. On PostgreSQL
 * (READ COMMITTED) a transaction-level advisory lock does: a second writer waits at this call
 * until the first commits, and its lookups after it see what the first added. COMMIT or
 * ROLLBACK releases it. Throws DbError outside a transaction.
 */
void lockNames(Database &db);

} // namespace thuky
