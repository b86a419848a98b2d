#pragma once

#include <core/db/database.h>

#include <QDateTime>
#include <QString>

namespace thuky {

/**
 * Thrown by an update, rename, end or removal whose expected row version no longer matches
 * the stored one: another workstation changed the record after it was read. Nothing has been
 * written. It names who changed the record and when, so that the user can choose to reload
 * that version or to overwrite it (a second call with currentVersion()). A ValidationError
 * (field "row_version"), so that every caller that shows refused input shows it too; exit
 * code 3 in the CLI.
 */
class ConflictError : public ValidationError
{
public:
    /** @p updatedAt as stored (ISO 8601, UTC). */
    ConflictError(const QString &entity, const QString &uuid, const QString &updatedBy,
        const QString &updatedAt, int currentVersion);

    /** The entity as the audit log names it: "opinion", "person", "topic", … */
    QString entity() const { return m_entity; }
    QString uuid() const { return m_uuid; }
    /** The user who made the stored version (empty when the database has no users). */
    QString updatedBy() const { return m_updatedBy; }
    QDateTime updatedAt() const { return m_updatedAt; }
    /** The stored version: pass it to overwrite the record with one's own values. */
    int currentVersion() const { return m_currentVersion; }

    /** updatedBy(), or "someone else" when it is empty. */
    QString who() const;
    /** updatedAt() in local time as DD/MM/YYYY HH:mm. */
    QString when() const;
    /** The entity in words ("the report", "the topic", …). */
    static QString entityLabel(const QString &entity);

private:
    QString m_entity;
    QString m_uuid;
    QString m_updatedBy;
    QDateTime m_updatedAt;
    int m_currentVersion;
};

/** The optimistic concurrency check shared by every repository's writes. */
namespace RowVersions {

/**
 * Call after `UPDATE @p table … WHERE id = ? AND row_version = ?` (or such a DELETE) with
 * @p touched rows affected: returns when one row was touched; otherwise throws ConflictError
 * naming the stored version's author and time, or ValidationError("id", @p missing) when
 * row @p id no longer exists.
 */
void require(Database &db, int touched, const QString &table, const QString &entity, qint64 id,
    const QString &missing);

/** The stored row version of row @p id of @p table (0 when it does not exist). */
int current(Database &db, const QString &table, qint64 id);

} // namespace RowVersions
} // namespace thuky
