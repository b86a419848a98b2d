#pragma once

#include <QString>
#include <QStringList>

namespace thuky {

/**
 * What each application role may change (SPEC.md, "Roles"), in one place.
 *
 * Database checks every statement it prepares or runs against the signed-in role
 * (Database::setCurrentRole), so that no repository, import, exchange or undo path can write
 * what its role may not, whatever the caller. An empty role (a database without users) may
 * do everything. The same table gives the PostgreSQL grants of the group roles (ServerRoles).
 */
namespace Access {

inline const QString Admin = QStringLiteral("admin");
inline const QString Secretary = QStringLiteral("secretary");
inline const QString Viewer = QStringLiteral("viewer");
inline const QString Collaborator = QStringLiteral("collaborator");

/** Every role, in the order the SPEC lists them. */
QStringList roles();

/** The table a statement writes, or an empty string for a statement that writes none. */
QString writtenTable(const QString &sql, bool *schemaChange = nullptr);

/** Whether @p role may insert, update or delete rows of @p table. */
bool mayWrite(const QString &role, const QString &table);

/**
 * Throws PermissionError when @p sql would write a table @p role may not write (or change
 * the schema, which only an admin may do).
 */
void checkStatement(const QString &role, const QString &sql);

/** The role may change roster, meetings, minutes, tasks and lists (admin, secretary). */
bool editsRecords(const QString &role);
/** The role may add opinion reports (admin, secretary, collaborator). */
bool addsOpinions(const QString &role);
/** Users, backups, restore, copy and exchange import (admin). */
bool administers(const QString &role);
/** Export (everyone but a collaborator). */
bool exports(const QString &role);

/** Tables every role may write: the audit log, temporary tables, personal saved filters. */
bool isOpenToAll(const QString &table);
/** Tables a collaborator may write (opinion reports and their search index). */
bool isOpinionTable(const QString &table);
/** Tables only an admin may write. */
bool isAdminTable(const QString &table);

} // namespace Access

} // namespace thuky
