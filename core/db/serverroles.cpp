#include <core/db/serverroles.h>

#include <core/db/access.h>
#include <core/db/database.h>

#include <QSqlQuery>
#include <QStringList>

namespace thuky {

namespace {

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

bool mayCreateRoles(Database &db)
{
    return db
        .scalar(QStringLiteral(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
        .toBool();
}

void ensureGroups(Database &db)
{
    for (const QString &role : Access::roles()) {
        const QString group = ServerRoles::groupOf(role);
        if (db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), { group })
                .toInt()
            == 0)
            db.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(group)));
    }
}

} // namespace

QString ServerRoles::groupOf(const QString &role)
{
    return QStringLiteral("thuky_") + role;
}

bool ServerRoles::grant(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL || !mayCreateRoles(db))
        return false;
    QStringList tables;
    QSqlQuery q = db.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                         "current_schema() AND tableowner = current_user "
                                         "ORDER BY tablename"));
    while (q.next())
        tables.append(q.value(0).toString());
    if (!tables.contains(QLatin1String("audit_log")))
        return false; // someone else owns the schema: its owner grants
    ensureGroups(db);
    const QString schema = db.scalar(QStringLiteral("SELECT current_schema()")).toString();
    const QString database = db.scalar(QStringLiteral("SELECT current_database()")).toString();
    for (const QString &role : Access::roles()) {
        const QString group = identifier(groupOf(role));
        db.exec(
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(database), group));
        db.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(identifier(schema), group));
        db.exec(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")
                    .arg(identifier(schema), group));
        db.exec(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2")
                    .arg(identifier(schema), group));
        db.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2")
                    .arg(identifier(schema), group));
        QStringList writable;
        for (const QString &table : std::as_const(tables)) {
            if (table != QLatin1String("audit_log") && Access::mayWrite(role, table))
                writable.append(identifier(table));
        }
        if (!writable.isEmpty())
            db.exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                        .arg(writable.join(QStringLiteral(", ")), group));
        // Append-only, for every role (the triggers refuse UPDATE and DELETE to the owner too).
        db.exec(QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(group));
    }
    return true;
}

bool ServerRoles::addLogin(
    Database &db, const QString &name, const QString &role, const QString &password)
{
    if (db.backend() != Database::Backend::PostgreSQL || !mayCreateRoles(db))
        return false;
    ensureGroups(db);
    const QString login = identifier(name);
    const bool exists
        = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), { name })
              .toInt()
        > 0;
    // The account this connection uses, or a server administrator, is left as it is.
    if (exists
        && db.scalar(QStringLiteral("SELECT rolsuper OR rolname = current_user FROM pg_roles "
                                    "WHERE rolname = ?"),
                 { name })
               .toBool())
        return false;
    const QString attributes = role == Access::Admin ? QStringLiteral("LOGIN CREATEROLE")
                                                     : QStringLiteral("LOGIN NOCREATEROLE");
    db.exec(QStringLiteral("%1 ROLE %2 %3 PASSWORD %4")
                .arg(exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), login, attributes,
                    literal(password)));
    for (const QString &other : Access::roles()) {
        const QString group = identifier(groupOf(other));
        if (other == role)
            db.exec(QStringLiteral("GRANT %1 TO %2").arg(group, login));
        else
            db.exec(QStringLiteral("REVOKE %1 FROM %2").arg(group, login));
    }
    return true;
}

} // namespace thuky
