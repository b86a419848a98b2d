#pragma once

namespace thuky {

class Database;

/** The ordered schema steps; Database runs each in its own transaction after a backup. */
namespace Migrations {
/** Brings the schema from version @p version - 1 to @p version. */
void migrateTo(Database &db, int version);
} // namespace Migrations

} // namespace thuky
