#pragma once

namespace thuky {

class Database;

/** The ordered schema steps; Database runs each in its own transaction after a backup. */
namespace Migrations {
/** Brings the schema from version @p version - 1 to @p version. */
void migrateTo(Database &db, int version);
/**
 * Whether the step to @p version changes a SQLite file. Steps 8 to 10 are the server's own
 * (SQLite has had their indexes since v3, and reads `PRAGMA data_version` instead of NOTIFY):
 * an upgrade made only of them writes nothing but the version, and needs no backup first.
 */
bool changesSqlite(int version);
} // namespace Migrations

} // namespace thuky
