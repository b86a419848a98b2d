#pragma once

#include <QList>
#include <QString>

namespace thuky {

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    QString role; ///< admin, secretary, viewer, collaborator
    bool active = true;
};

/** Application users; passwords are stored as libsodium Argon2id hashes. */
class UserRepository
{
public:
    explicit UserRepository(Database &db);
    static QStringList roles();
    qint64 add(const QString &name, const QString &role, const QString &password);
    QList<User> users();
    qint64 count();
    /**
     * The user's role when @p password matches (and the user's uuid in @p uuid), or an empty
     * string. Takes the same time for an unknown name as for a wrong password.
     */
    QString verify(const QString &name, const QString &password, QString *uuid = nullptr);

private:
    Database &m_db;
};

} // namespace thuky
