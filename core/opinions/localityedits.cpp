#include <core/opinions/localityedits.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/text/textnorm.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace thuky::LocalityEdits {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::LocalityEdits)
};

QString uuidOf(Database &db, qint64 id)
{
    const QString uuid
        = db.scalar(QStringLiteral("SELECT uuid FROM localities WHERE id = ?"), { id }).toString();
    if (uuid.isEmpty())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The locality does not exist."));
    return uuid;
}

bool used(Database &db, const QString &sql, qint64 id)
{
    return db.scalar(sql, { id }).isValid();
}
} // namespace

int rename(Database &db, qint64 id, const QString &name, int expectedVersion)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The locality needs a name."));
    Transaction tx(db);
    const QString uuid = uuidOf(db, id);
    QSqlQuery q = db.exec(QStringLiteral("UPDATE localities SET name = ?, updated_at = ?, "
                                         "updated_by = ?, row_version = row_version + 1 "
                                         "WHERE id = ? AND row_version = ?"),
        { clean, Database::now(), db.currentUser(), id, expectedVersion });
    RowVersions::require(db, q.numRowsAffected(), QStringLiteral("localities"),
        QStringLiteral("locality"), id, Tr::tr("The locality does not exist."));
    db.audit(QStringLiteral("rename"), QStringLiteral("locality"), uuid, clean);
    tx.commit();
    return expectedVersion + 1;
}

void remove(Database &db, qint64 id)
{
    Transaction tx(db);
    const QString uuid = uuidOf(db, id);
    if (used(db, QStringLiteral("SELECT 1 FROM opinions WHERE locality_id = ? LIMIT 1"), id))
        throw ValidationError(QStringLiteral("id"),
            Tr::tr(
                "Reports were made in this locality: it cannot be deleted (rename it instead)."));
    if (used(db, QStringLiteral("SELECT 1 FROM localities WHERE parent_id = ? LIMIT 1"), id))
        throw ValidationError(QStringLiteral("id"),
            Tr::tr("The locality has localities under it: delete those first."));
    if (used(db, QStringLiteral("SELECT 1 FROM localities WHERE merged_into_id = ? LIMIT 1"), id))
        throw ValidationError(QStringLiteral("id"),
            Tr::tr("Other localities were merged into this one: it cannot be deleted."));
    if (used(db, QStringLiteral("SELECT 1 FROM committees WHERE locality_id = ? LIMIT 1"), id))
        throw ValidationError(QStringLiteral("id"),
            Tr::tr("A committee belongs to this locality: it cannot be deleted."));
    db.exec(QStringLiteral("DELETE FROM localities WHERE id = ?"), { id });
    db.audit(QStringLiteral("remove"), QStringLiteral("locality"), uuid);
    tx.commit();
}

} // namespace thuky::LocalityEdits
