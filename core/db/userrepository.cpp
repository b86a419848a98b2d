#include <core/db/userrepository.h>

#include <core/db/database.h>
#include <core/db/serverroles.h>
#include <core/text/textnorm.h>

#include <QCoreApplication>
#include <QSqlQuery>

#include <sodium.h>

namespace thuky {

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
    if (sodium_init() < 0)
        throw DbError(DbError::QueryFailed, QStringLiteral("libsodium could not be initialised"));
}

QStringList UserRepository::roles()
{
    return { QStringLiteral("admin"), QStringLiteral("secretary"), QStringLiteral("viewer"),
        QStringLiteral("collaborator") };
}

qint64 UserRepository::add(const QString &name, const QString &role, const QString &password)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"),
            QCoreApplication::translate(
                "thuky::UserRepository", "The user name must not be empty."));
    if (!roles().contains(role))
        throw ValidationError(QStringLiteral("role"),
            QCoreApplication::translate("thuky::UserRepository", "Unknown role %1.").arg(role));
    if (password.size() < 6)
        throw ValidationError(QStringLiteral("password"),
            QCoreApplication::translate("thuky::UserRepository",
                "The password needs at least 6 "
                "characters."));
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw DbError(DbError::QueryFailed, QStringLiteral("out of memory while hashing"));
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), { clean }).toInt()
        > 0)
        throw ValidationError(QStringLiteral("name"),
            QCoreApplication::translate("thuky::UserRepository", "A user named %1 already exists.")
                .arg(clean));
    const QString uuid = Database::newUuid();
    const QString now = Database::now();
    const qint64 id = m_db.insert(QStringLiteral("INSERT INTO users (uuid, created_at, updated_at, "
                                                 "updated_by, name, role, password_hash) VALUES "
                                                 "(?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), clean, role, QString::fromLatin1(hash) });
    m_db.audit(QStringLiteral("add"), QStringLiteral("user"), uuid,
        QStringLiteral("%1 %2").arg(clean, role));
    // On a server the user is also a database login in its role's group, with the same password.
    if (m_db.backend() == Database::Backend::PostgreSQL)
        ServerRoles::addLogin(m_db, clean, role, password);
    tx.commit();
    return id;
}

QList<User> UserRepository::users()
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id, name, role, active FROM users ORDER BY name"));
    QList<User> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool() });
    return out;
}

qint64 UserRepository::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
}

QString UserRepository::verify(const QString &name, const QString &password, QString *uuid)
{
    // An Argon2id hash of a random password nobody knows, made with the parameters of add():
    // an unknown (or inactive) name costs the same check as a known one, so that the time of
    // a refusal does not tell which names exist.
    static const QByteArray unknownNameHash
        = QByteArrayLiteral("$argon2id$v=19$m=65536,t=2,p=1$BzkTKSNYLSZOVlWox9S7pw$"
                            "vKNhyvIbPeARFW69r82sSJlVaCjua8X27gDyG2EWnCk");
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT role, password_hash, uuid FROM users WHERE "
                                           "name = ? AND active = 1"),
        { TextNorm::clean(name) });
    const bool known = q.next();
    const QByteArray hash = known ? q.value(1).toString().toLatin1() : unknownNameHash;
    const QByteArray utf8 = password.toUtf8();
    const bool matches
        = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    if (!known || !matches)
        return {};
    if (uuid)
        *uuid = q.value(2).toString();
    return q.value(0).toString();
}

} // namespace thuky
