#pragma once

namespace thuky {

class Database;

/**
 * The field-level audit, kept by the database itself so that no write path can forget it.
 *
 * Triggers on every table a user's records live in note each changed field (an update's
 * old and new value, a deleted record's values, the rows added to or removed from a meeting's
 * chairs, attendance, agenda and speakers) in `audit_pending`; Database::audit() moves the
 * notes of a record into `audit_log` under the action, user and time of the change, and a
 * commit moves whatever is left. Triggers on `audit_log` refuse UPDATE and DELETE.
 */
namespace AuditTriggers {
/** (Re)creates every audit trigger from the tables' current columns; inside a migration. */
void install(Database &db);
/** Drops them (before a migration that rebuilds a table, which install() then follows). */
void drop(Database &db);
} // namespace AuditTriggers

} // namespace thuky
