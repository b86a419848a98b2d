#pragma once

#include <QString>

namespace thuky {

class Database;

/**
 * Renaming and deleting localities from the taxonomy dialog (RosterRepository adds them).
 * Reports, committees and child localities refer to a locality by id, so a rename keeps
 * their history; a locality anything refers to cannot be deleted (ValidationError).
 */
namespace LocalityEdits {

/**
 * Renames a locality (name cleaned, not empty). @p expectedVersion is the row version that
 * was read (ConflictError when it changed since); returns the new one. One transaction, audited.
 */
int rename(Database &db, qint64 id, const QString &name, int expectedVersion);
/** Deletes a locality nothing refers to. One transaction, audited. */
void remove(Database &db, qint64 id);

} // namespace LocalityEdits
} // namespace thuky
