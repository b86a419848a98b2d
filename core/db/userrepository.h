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
    /** The user's role when @p password matches, or an empty string. */
    QString verify(const QString &name, const QString &password);

private:
    Database &m_db;
};

} // namespace thuky
