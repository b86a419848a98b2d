#pragma once

#include <QString>

namespace thuky {

class Database;

/**
 * PostgreSQL's own guard of the roles table (SPEC.md, "Roles"): four group roles
 * (thuky_admin, thuky_secretary, thuky_viewer, thuky_collaborator) whose grants match
 * Access::mayWrite, and one database login per application user in its role's group, so that
 * a viewer's account cannot write even with psql. The audit log is INSERT and SELECT only.
 */
namespace ServerRoles {

/** The group role of an application role ("thuky_viewer"). */
QString groupOf(const QString &role);

/**
 * Creates the group roles when missing and grants each its rights on every table of the
 * schema. Does nothing (and returns false) when the connected account may not create roles
 * or does not own the tables; call it inside the migration's transaction.
 */
bool grant(Database &db);

/**
 * Makes @p name a database login with @p password in the group of @p role (and only that
 * group); an admin may also create logins. Returns false, changing nothing, when the connected
 * account may not create roles. Inside the caller's transaction.
 */
bool addLogin(Database &db, const QString &name, const QString &role, const QString &password);

} // namespace ServerRoles

} // namespace thuky
